"""Round 7: a finding whose meaning has two parts is read only when both are said.

A stiff or locked jaw is tetanus's warning sign *after a wound* (findings.tsv); read on its own
it ended interviews at once as an emergency for a jaw locked by an anti-sickness drug or a
clenched jaw. Now the jaw without a wound is left to the interview, which asks it among the
warning signs; a mention of tetanus or its jab is no wound either.
"""

from __future__ import annotations

import pytest

from myotriage.engine.case import parse_case
from myotriage.engine.interview import simulate_interview
from myotriage.engine.text import parse_text
from myotriage.knowledge.loader import load_knowledge


def _read(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "cut my hand on a rusty fence last week and now my jaw is stiff and I cant open my mouth",
        "after cutting my hand in the garden my jaw has gone stiff",
        "stepped on something in the field last week and now i cant open my mouth properly",
        "stood on a rusty nail 8 days ago, jaw feels tight",
        "got bitten by a dog on sunday, today my jaw is locking",
    ],
)
def test_a_stiff_jaw_after_a_wound_is_read(text: str) -> None:
    read = _read(text)
    assert read.get("wound_recent") == "present"
    assert read.get("wound_jaw_stiffness") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "since the sickness injection yesterday my jaw is locked and my eyes keep rolling up",
        "my jaw feels stiff and tight in the mornings, I think I clench it at night",
        "could this be tetanus? my jaw is a bit stiff",
        "my tetanus jab is probably out of date, and my jaw feels tight",
    ],
)
def test_a_stiff_jaw_without_a_wound_is_left_to_the_interview(text: str) -> None:
    read = _read(text)
    assert "wound_jaw_stiffness" not in read
    assert read.get("wound_recent") != "present"


def test_the_interview_asks_it_among_the_warning_signs() -> None:
    kb = load_knowledge()
    text = "my jaw is locked and I cant open my mouth, it came on today"
    told = {
        "age": 40,
        "sex": "male",
        "evidence": [{"id": "wound_jaw_stiffness", "choice": "present"}],
    }
    step, asked = simulate_interview(parse_case(told, kb), evidence=parse_text(text, kb).evidence())
    assert step["assessment"]["triage"] == "emergency"
    assert asked  # asked, not read from the words
