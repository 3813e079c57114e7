"""What the words state, and what only follows from them, are kept apart in the result."""

from __future__ import annotations

from myotriage.engine.text import parse_text

STORY = "calf cramps for 3 days, no swelling"


def test_a_span_of_time_implies_the_other_spans_are_not_so() -> None:
    parsed = parse_text(STORY)
    implied = {f.id: f.choice for f in parsed.findings if f.implied}
    assert implied == {
        "persist_hours": "absent",
        "persist_over_2w": "absent",
        "persist_over_3m": "absent",
    }
    assert {f.id for f in parsed.stated} == {"loc_calf", "persist_days", "calf_swelling"}


def test_the_result_lists_what_follows_apart_from_what_is_stated() -> None:
    out = parse_text(STORY).to_dict()
    assert [e["id"] for e in out["evidence"]] == ["loc_calf", "persist_days", "calf_swelling"]
    assert [e["id"] for e in out["implied"]] == [
        "persist_hours",
        "persist_over_2w",
        "persist_over_3m",
    ]
    assert all(e["spans"] == [[16, 22]] for e in out["implied"])  # "3 days"


def test_the_interview_and_assess_take_both() -> None:
    ids = {e["id"] for e in parse_text(STORY).evidence()}
    assert {"persist_over_2w", "persist_days", "loc_calf"} <= ids


def test_nothing_implied_means_no_implied_key() -> None:
    assert "implied" not in parse_text("my left calf is swollen").to_dict()


def test_a_stated_absent_is_not_implied() -> None:
    parsed = parse_text("cramps for 3 days, it has not been going on for months")
    assert not any(f.implied for f in parsed.findings if f.id == "persist_months")
