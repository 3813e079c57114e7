"""After a story, the interview stops only when "no" to everything still open (the
follow-ups still to come included) would leave the level where it is.

Before round 7 a second, shorter check (over the questions askable at that moment, without
the follow-ups that wait for them) could stop it first: a story that never said how long it
had gone on ended at "see a doctor" where the full picture is "see a doctor today"."""

from __future__ import annotations

import pytest

from myotriage.engine.assessment import assess
from myotriage.engine.case import parse_case
from myotriage.engine.case_sampling import full_information_case
from myotriage.engine.interview import simulate_interview
from myotriage.engine.text import parse_text
from myotriage.knowledge.loader import load_knowledge

STORIES = [
    (
        "Both my calves cramp up every night for a few minutes, stretching them out helps."
        " Pain is about 5 out of 10.",
        66,
        "female",
    ),
    (
        "my calves cramp every night for a few minutes, pain about 5/10, stretching eases it",
        66,
        "female",
    ),
]


@pytest.mark.parametrize(("text", "age", "sex"), STORIES)
def test_a_story_without_a_duration_ends_where_full_information_does(
    text: str, age: int, sex: str
) -> None:
    kb = load_knowledge()
    parsed = parse_text(text, kb)
    told = {
        "age": age,
        "sex": sex,
        "evidence": [{"id": f.id, "choice": f.choice} for f in parsed.stated],
    }
    step, _asked = simulate_interview(parse_case(told, kb), evidence=parsed.evidence())
    full = assess(parse_case(full_information_case(told, kb), kb), kb).to_dict()["triage"]
    assert step["assessment"]["triage"] == full
