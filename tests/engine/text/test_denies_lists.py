"""A clinic note's "denies" governs its whole list, items the lexicon does not know included;
"but", "c/o", "reports" end it, and the sentence's end does."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Denies clots, PV discharge, fever, change in bowels.", "fever"),
        ("Denies clots, PV discharge, fever, change in bowels.", "bowel_habit_change"),
        ("pt denies headache, chest pain, calf swelling or fever", "fever"),
        ("Denies: fever, night sweats, weight loss, saddle numbness.", "saddle_numbness"),
        ("Neg for fever, dark urine, weakness", "dark_urine"),
    ],
)
def test_the_whole_list_after_denies_is_denied(text: str, finding: str) -> None:
    assert said(text)[finding] == "absent"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("denies fever, reports calf swelling and redness", "calf_swelling"),
        ("pt denies trauma but has a swollen calf", "calf_swelling"),
        ("Denies SOB. c/o calf swelling x3/7", "calf_swelling"),
        ("denies fever, c/o calf swelling", "calf_swelling"),
    ],
)
def test_what_comes_after_the_list_is_not_denied(text: str, finding: str) -> None:
    assert said(text)[finding] == "present"
