"""Round 8, from the classes of wording the parser got wrong in fresh17-19 (the unseen stories
of round 7, rotated into tuning in round 8): "&" and "+" written for "and" ("pins & needles",
"pins+needles"); a bare "nothing" that denies what follows ("nothing numb down there");
"gonna" that hedges like "going to" ("felt like I was gonna pass out"); a long-standing
hemiparesis that is not a new one-sided weakness; a hand torn open on wire that is a wound, not
a strain nor the cramp's place; "pinky-red" skin that is not the little finger; "bite the
pillow" pain that is not a bite; a foot that shakes or bounces fast up and down, which is a run
of beats; starting a job "on Monday" that is not a new medicine; pain "like someone stabbed me"
that is not a wound; pain under the ribs that is not the chest. The sentences are our own
wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("numbness", "pins & needles in my left foot since the weekend"),
    ("numbness", "pins+needles in the thumb and first finger"),
    ("numbness", "calf cramps and pins n needles + numb toes"),
    ("rhythmic", "his foot shakes rapidly up and down when the physio pushes it"),
    ("rhythmic", "my right ankle bounces fast up and down on the pedal"),
    ("visible_jerking", "her foot jumps quickly up and down on the step"),
    ("sudden_one_side", "sudden hemiparesis on the left this morning"),
    ("wound_recent", "I tore my hand open on barbed wire last week"),
    ("loc_hand", "my pinky finger keeps cramping when I type"),
    ("med_new", "the GP started me on a statin three weeks ago"),
    ("wound_recent", "stabbed my palm on a garden fork last week"),
]

DENIED = [
    ("saddle_numbness", "back went again lifting, nothing numb down below and I can pee fine"),
    ("saddle_numbness", "no problems with the loo and nothing numb round my bottom"),
    ("numbness", "the calf cramps but nothing numb or tingly"),
]

GUARDS = [
    ("seizure", "went dizzy in the shower, felt like i was gonna pass out"),
    ("seizure", "I was gonna faint from the pain"),
    ("sudden_one_side", "left hemiparesis following a stroke in 2019, the arm stays bent"),
    ("sudden_one_side", "residual hemiparesis from my stroke, now the foot beats on stairs"),
    ("strain_injury", "I tore my hand open on barbed wire last week"),
    ("snap_felt", "ripped my finger open on a nail in the shed"),
    ("loc_hand", "I tore my hand open on barbed wire and now my jaw is stiff"),
    ("loc_hand", "the calf is warm and a bit pinky-red"),
    ("wound_recent", "proper bite-the-pillow pain in my calf at night"),
    ("rhythmic", "the pain goes up and down all day"),
    ("visible_jerking", "the pain goes up and down all day"),
    ("rhythmic", "I walked up and down the stairs fast and then the calf cramped"),
    ("med_new", "forearms cramp every shift since I started on Monday"),
    ("med_new", "my calves cramp since I started the new job at the warehouse"),
    ("wound_recent", "my lower back went, like someone stabbed me"),
    ("wound_recent", "a pain like being stabbed in the calf"),
    ("loc_chest", "waves of pain in my right side under the ribs going to my groin"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
