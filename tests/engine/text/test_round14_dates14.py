"""Round 14, time, age and place words every writer uses.

A weekday told in the past ("Tuesday my calf started cramping", "ran a marathon Sunday",
"this monday my back went") dates the start a day or more ago: it started under a week ago,
not within the last 24 hours, and a later "today" or "tonight" in the story is that day's
news, not the start. Today's weekday ("it's Tuesday now", "today (Thursday)"), a weekday to
come ("GP is closed till Monday", "the nurse is back Monday") and a timetable ("dialysis
Tuesday Thursday Saturday") date no start. "Since Monday" opening its own clause after a trip
("flew back Sunday and since Monday he's had a cramp") is the cramp's start, not the trip's
date. An age said aside after a person ("my father (baba), 63 years, ...", "Mum, 74 years,
...") is how old they are, not since when. "Back from Sydney yesterday", "back in his chair",
"eyes rolled back", "legs push back against me" are no place in the body. The sentences are
our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("persist_days", "Tuesday my left calf started cramping. Today it is fatter than the right."),
    ("persist_days", "Monday I was lifting boxes and my lower back went into spasm. Still stuck."),
    ("persist_days", "ran a marathon sunday, both calves cramped, today my wee is dark"),
    ("persist_days", "did my first spin class Tuesday and since then my thighs are rock hard"),
    ("persist_days", "lower back went into spasm lifting this monday, tonight both legs are weak"),
    ("persist_days", "Saturday, second half, his hamstring locked up and he went down"),
    (
        "persist_days",
        "we flew back from Spain sunday and since monday he has had a cramp in his calf. "
        "tonight he got puffed out on the stairs",
    ),
    ("persist_hours", "My calf started cramping this morning."),
    ("persist_hours", "I had a tummy bug last month. Since this morning my calf has cramped."),
    ("persist_over_2w", "My father (baba), 63 years, has had cramps in his calves for 3 weeks."),
    ("persist_weeks", "Mum, 74 years, has had cramps in her calves for a week."),
    ("loc_back", "my lower back went into spasm when I got back from work"),
    ("loc_back", "pain in my back from lifting the sofa"),
]

ABSENT = [
    ("persist_hours", "Tuesday my left calf started cramping. Today it is fatter than the right."),
    ("persist_hours", "ran a marathon sunday, both calves cramped, today my wee is dark"),
]

GUARDS = [
    ("persist_days", "my calf cramps every night. GP is closed till Monday."),
    ("persist_days", "cramps in both calves every night, the nurse is back Monday"),
    ("persist_days", "on dialysis Tuesday Thursday Saturday and my calves cramp at the end"),
    ("persist_days", "I have an appointment Friday about my calf cramps"),
    ("persist_months", "My father (baba), 63 years, has had cramps in his calves for 3 weeks."),
    ("persist_over_3m", "My father (baba), 63 years, has had cramps in his calves for 3 weeks."),
    ("persist_over_3m", "my dad, 70 years, his right calf is swollen since yesterday"),
    ("persist_months", "Mum, 74 years, has had cramps in her calves for a week."),
    ("loc_back", "back from Sydney yesterday and my left calf has been cramping since"),
    ("loc_back", "back from Spain 2 days ago, my calf is swollen"),
    ("loc_back", "he is back in his chair now but his calves keep cramping"),
    ("loc_back", "she went stiff and her eyes rolled back, her arms jerked"),
    ("loc_back", "when I bend her knees they push back against me"),
]

KEPT = [
    ("persist_months", "calf cramps for years. Saw the GP on Monday."),
    ("persist_over_3m", "cramps in my calves for 5 years, the GP saw me Monday"),
    ("persist_months", "twitching in my arm for 3 months"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), ABSENT)
def test_denied_by_the_date(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(("finding", "text"), KEPT)
def test_kept_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text
