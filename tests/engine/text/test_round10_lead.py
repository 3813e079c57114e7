"""Round 10, the lead's changes. A hedge that opens a clause of its own ("..., maybe I'm just
not drinking enough") doubts that clause, not the sign told before it; a tail hedge ("swollen
maybe") still doubts it. Urine dark "this morning" is an event, not the harmless darker first
pee of every morning. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("dark_urine", "my pee was brown like cola this morning, maybe it's because I ran so far"),
    ("dark_urine", "wee went really dark this morning, maybe I'm dehydrated?"),
    ("dark_urine", "urine looked dark this morning after the gym session"),
    ("calf_swelling", "the calf is puffy and hot, maybe it's nothing but it hurts"),
    ("bowel_habit_change", "my bowels have gone much looser, maybe it's something I ate"),
]

UNSURE = [
    ("calf_swelling", "my calf is swollen maybe"),
    ("calf_swelling", "calf a bit swollen, maybe, hard to say"),
    ("numbness", "toes a bit numb perhaps"),
]

GUARDS = [
    ("dark_urine", "my pee is always darker first thing in the morning"),
    ("dark_urine", "wee is a bit dark in the mornings, fine later"),
    ("dark_urine", "urine every morning is darker until I drink some water"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), UNSURE)
def test_tail_hedge_still_doubts(finding: str, text: str) -> None:
    assert said(text).get(finding) == "unknown", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_usual_morning_colour_is_not_dark_urine(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
