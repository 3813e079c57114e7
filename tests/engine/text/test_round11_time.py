"""Round 11, what a span of months states. "For 4 months" states that it has gone on more
than three weeks (persist_months) and, past three months, persist_over_3m; that it is more
than two weeks follows from it and is reported as implied, as 7 of the 10 spec version-2 cases
with persist_months code it (``follows_from_finer`` in the lexicon). The engine and the
interview still take it. A span that states two to three weeks ("for three weeks") still
states more than two weeks. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text


def _stated_and_implied(text: str) -> tuple[dict[str, str], dict[str, str]]:
    parsed = parse_text(text)
    stated = {f.id: f.choice for f in parsed.stated}
    implied = {f.id: f.choice for f in parsed.findings if f.implied}
    return stated, implied


@pytest.mark.parametrize(
    "text",
    [
        "my right eye has been twitching for about 6 months",
        "belly cramps on and off for 2 months",
        "cramps in both calves most nights since the summer",
        "the twitching started in my forearm a year ago",
    ],
)
def test_months_imply_more_than_two_weeks(text: str) -> None:
    stated, implied = _stated_and_implied(text)
    assert stated.get("persist_months") == "present", stated
    assert "persist_over_2w" not in stated, stated
    assert implied.get("persist_over_2w") == "present", implied


@pytest.mark.parametrize(
    "text",
    ["my calf cramps at night, going on three weeks now", "twitching for 2 and a half weeks"],
)
def test_weeks_past_two_still_state_more_than_two_weeks(text: str) -> None:
    stated, _implied = _stated_and_implied(text)
    assert stated.get("persist_over_2w") == "present", stated
    assert "persist_months" not in stated, stated


def test_the_evidence_sent_on_keeps_what_follows() -> None:
    evidence = {
        e["id"]: e["choice"] for e in parse_text("eyelid twitching for 4 months").evidence()
    }
    assert evidence.get("persist_over_2w") == "present"
    assert evidence.get("persist_months") == "present"
