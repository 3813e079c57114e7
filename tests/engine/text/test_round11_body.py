"""Round 11, causes and reliefs: a water infection said in the words people use for passing
water, an unaccustomed first class of a new exercise, and a remedy only tried.

"It stings when I pass water", "burning on passing urine", "his wee smells" or "cloudy urine"
is a water infection (urine_infection); struggling or unable to pass water is not (that is
retention, a warning sign of its own). "My first crossfit class", "first leg day in ages" or
"a spin class for the first time" is unaccustomed exertion (strain_injury); a first marathon
or a first visit is not. "Tried massage and warm socks" or "tried stretching but it isn't that
kind of pain" says a remedy was tried, not that it eases the spasm (relief_stretch); "tried
stretching and it helped" still does. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("urine_infection", "my legs are jumpier than usual and it stings when I pass water"),
    ("urine_infection", "spasms worse this week, burning on passing urine and going a lot"),
    ("urine_infection", "he's stiffer and his wee smells awful, temp 38"),
    ("urine_infection", "the carer says her urine is cloudy and she is going every hour"),
    ("urine_infection", "passing water burns since friday and my legs keep kicking out"),
    ("strain_injury", "went to my first crossfit class on monday and now my thighs are rock hard"),
    ("strain_injury", "first leg day in ages and today my quads are so sore"),
    ("strain_injury", "did a boxing session for the first time and my shoulders are in agony"),
    ("relief_stretch", "I tried stretching it and that helped within a minute"),
    ("relief_stretch", "stretching helps and so does a hot bath"),
]

DENIED = [
    ("urine_infection", "legs spasming more but no stinging when I pass water"),
]

GUARDS = [
    ("urine_infection", "he is struggling to pass water and only a trickle comes"),
    ("urine_infection", "my tummy is painful and I can't pass urine at all"),
    ("urine_infection", "she is still passing urine, just less than usual"),
    ("strain_injury", "ran my first marathon today and drank at every station"),
    ("strain_injury", "this is my first message to the practice about the cramps"),
    ("relief_stretch", "tried magnesium and massage, still cramping every night"),
    ("relief_stretch", "tried massage and warm socks, anything else for the cramps?"),
    ("relief_stretch", "thought it was cramp so tried stretching but it's not that kind of pain"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
