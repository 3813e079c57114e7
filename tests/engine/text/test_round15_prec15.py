"""Round 15, precision: words about something else than the spasms or twitches.

How often or how long a medicine is taken is the medicine's ("on weekly docetaxel",
"semaglutide weekly", "risedronic acid weekly", "diclofenac 50 three times a day",
"esomeprazole 20mg (had it for years)"), and so is a change of habit ("switched to vaping"). A
relative's past named with a possessive ("my husband's dialysis machine", "my mum's diabetes")
is the relative's. "Can't tell if", "no idea if" leave a sign open. A bout of a cramp that
is not easing is no unrelieved pain by itself; limbs jerking constantly are no constant tone;
"limping everywhere" or "twitching all over that arm" are not many places; "slept in a funny
position" is no fixed posture; "last night's dose" is no night trigger; "achy more than
agony" is no severe pain, nor is a terrible headache; both ankles puffy is no one swollen leg. What the
person still does or can do ("still doing my deadlifts", "I can hop") tells strength, not a
trigger, and a sport's weekly game is the sport's frequency; "was drowsy for ages" after a fit
and "up all night gaming for weeks" do not say since when; warm feet and feet pressed against
a wall are no place of the spasm. The sentences are our own
wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

GUARDS = [
    ("freq_weekly", "My thighs cramp at night. I am on weekly docetaxel for breast cancer."),
    ("freq_weekly", "Calf cramps in bed. Tablets: risedronic acid weekly and calcium."),
    ("freq_daily", "My back went into spasm. Diclofenac 50 three times a day with lansoprazole."),
    ("persist_over_3m", "My calf has cramped since Monday. Esomeprazole 20mg (had it for years)."),
    ("persist_months", "My calf has cramped since Monday. Esomeprazole 20mg (had it for years)."),
    ("freq_daily", "My eyelid flickers. I have been up most nights with the new baby."),
    ("med_new", "Calf cramps when I walk uphill. I switched to vaping in spring."),
    ("hx_kidney_disease", "I was moving my husband's dialysis machine when my back locked."),
    ("hx_diabetes", "Carrying my mum's diabetes supplies upstairs, my calf cramped."),
    (
        "severe_unrelieved",
        "Felt a pop at the back of my heel. I thought it was a cramp but it is not easing.",
    ),
    ("dur_constant", "His legs are kicking out constantly since this morning."),
    ("loc_widespread", "My calf gave way at tennis and I am limping everywhere."),
    ("loc_widespread", "Little ripples of twitching all over the left arm."),
    ("fixed_posture", "Fell asleep on the couch in a weird position, now my neck is stuck."),
    ("trig_night", "He forgot last night's tablets and now his arm is weak."),
    ("pain_severe", "My calves cramp in the day, more of an ache than agony."),
    ("calf_swelling", "Water tablet doubled since my ankles got swollen. Now both calves cramp."),
    ("trig_exercise", "My calves twitch. Not weak at all, still doing my deadlifts fine."),
    ("trig_exercise", "Twitching in my thighs at night. I can hop and do squats."),
    ("freq_weekly", "Shoulders ache since the new tablets, still playing netball every weekend."),
    ("persist_months", "She had a fit this morning and afterwards she was drowsy for ages."),
    ("persist_over_3m", "She had a fit this morning and afterwards she was drowsy for ages."),
    ("persist_over_2w", "My eyelid twitches today. I have been up all night gaming for weeks."),
    ("pain_severe", "Temp of 39 and a horrendous headache, her neck is stiff."),
    ("loc_foot", "Calf cramps after 100 yards. Feet warm, no sores."),
    ("loc_foot", "My calves knot up and I press my feet against the wall until it goes."),
]

#: The story's own frequency stands beside a medicine's.
OWN = [
    ("freq_daily", "Calf cramps every night. I inject liraglutide weekly."),
    ("freq_daily", "Hamstring cramps most days, alendronic acid weekly."),
]

OPEN = [
    ("confusion", "Dad says I'm vague today, I can't tell if I'm confused or just tired."),
    ("fever", "I have no idea if I have a fever, no thermometer."),
]


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_other_words_are_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(("finding", "text"), OWN)
def test_own_frequency_stands(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), OPEN)
def test_left_open(finding: str, text: str) -> None:
    assert said(text).get(finding) == "unknown", text
