"""A warning sign never makes the triage less urgent, however many are present.

The conditions' level is the highest over every subset of the present red flags, so adding
one only adds subsets. Beyond ``MAX_SUBSET_FLAGS`` present at once they are not weighed and
the level is the most urgent, said as such. The first case below is the one hypothesis found
when the subsets stopped at four: adding a band of pain to four other warning signs moved the
posterior away from a fit and lowered the triage from emergency to urgent.
"""

from __future__ import annotations

from typing import Any

from myotriage.engine.assessment import assess, assess_many
from myotriage.engine.model import compile_model
from myotriage.engine.triage import MAX_SUBSET_FLAGS, rule_rank
from myotriage.knowledge.loader import load_knowledge

KB = load_knowledge()
RANK = {"self_care": 0, "consult": 1, "urgent": 2, "emergency": 3}

FOUND = {
    "age": 3,
    "evidence": [
        {"id": f, "choice": "present"}
        for f in (
            "rhythmic", "visible_flicker", "eyelid_closure", "freq_weekly", "hx_pad", "med_new",
            "dur_minutes", "alcohol_heavy", "bleeding", "hx_stroke", "appearance_change",
            "calf_swelling", "diary_frequent_persistent", "bowel_habit_change",
        )
    ]
    + [
        {"id": f, "choice": "absent"}
        for f in ("loc_neck", "dur_constant", "agitation_sweating", "breathing_difficulty")
    ],
}  # fmt: skip


def _mild_flags() -> list[str]:
    """Warning signs whose rules, all together, ask for less than an emergency (so that the
    conditions' level is what decides)."""
    model = compile_model(KB)
    chosen: list[str] = []
    for flag in sorted(f.id for f in KB.findings.values() if f.red_flag):
        if rule_rank(model, frozenset([*chosen, flag]), None, None) < RANK["emergency"]:
            chosen.append(flag)
    return chosen


MILD_FLAGS = _mild_flags()


def _with(case: dict[str, Any], flag: str) -> dict[str, Any]:
    evidence = [e for e in case["evidence"] if e["id"] != flag]
    return {**case, "evidence": [*evidence, {"id": flag, "choice": "present"}]}


def test_a_fifth_warning_sign_does_not_lower_the_found_case() -> None:
    before = assess(FOUND).triage
    assert RANK[assess(_with(FOUND, "band_pain")).triage] >= RANK[before]


def test_adding_mild_warning_signs_one_by_one_never_lowers_the_triage() -> None:
    case: dict[str, Any] = {"age": 40, "evidence": []}
    last = assess(case).triage
    for flag in MILD_FLAGS[: MAX_SUBSET_FLAGS + 3]:
        case = _with(case, flag)
        now = assess(case).triage
        assert RANK[now] >= RANK[last], (flag, last, now)
        last = now


def test_too_many_warning_signs_at_once_are_an_emergency_said_as_such() -> None:
    assert len(MILD_FLAGS) > MAX_SUBSET_FLAGS
    case = {
        "evidence": [{"id": f, "choice": "present"} for f in MILD_FLAGS[: MAX_SUBSET_FLAGS + 1]]
    }
    result = assess(case)
    assert result.triage == "emergency"
    reasons = [
        r for r in result.to_dict()["red_flags"] if r["rule"].startswith("many_warning_signs")
    ]
    assert reasons and reasons[0]["title"].startswith(f"{MAX_SUBSET_FLAGS + 1} warning signs")
    # the batch path (the command line on a file) says the same
    batch = assess_many([case, FOUND])
    assert batch[0].to_dict()["red_flags"] == result.to_dict()["red_flags"]
    assert batch[1].triage == assess(FOUND).triage
