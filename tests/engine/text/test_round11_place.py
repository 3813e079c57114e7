"""Round 11, places and triggers read from words that are about something else.

"From the knees down" is the calf as much as "from the knee down"; the back of the leg
*below the knee* is the calf, not the thigh; an "ITB pump" is intrathecal baclofen, not the
iliotibial band. "Nothing helps, and the leg from the knee down is cold": the "nothing" is
spent on "nothing helps" and denies no place after it ("no stiffness in my jaw" still denies
where the stiffness is not). A gym named as proof of strength ("still lifting the same weights
at the gym"), a pre-workout drink, "chewing is hard work" are no exercise trigger; "sitting
still isn't touching it" is a rest that fails as a remedy, not a rest that brings the spasm on.
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("loc_calf", "since this evening both his legs judder from the knees down, on and off"),
    ("loc_calf", "my legs keep jerking from my knees down and I'm sweating loads"),
    ("loc_calf", "a cramp at the back of her leg below the knee wakes her most nights"),
    ("loc_calf", "he's in agony, nothing helps, and the leg from the knee down is pale"),
    ("loc_calf", "nothing helps at all, and the leg from the knee down has gone cold"),
    ("loc_thigh", "the back of my leg cramped up during the match, just above the knee"),
    ("loc_thigh", "my ITB is really tight after long runs"),
    ("trig_exercise", "my calves cramp at the gym on leg day"),
    ("trig_exercise", "cramps after a day of hard work on the farm"),
    ("trig_rest", "the twitching comes on when I'm sitting still in the evening"),
    ("trig_rest", "my thighs flicker when I sit down to watch telly"),
]

GUARDS = [
    ("loc_thigh", "the back of his leg below the knee cramps at night"),
    ("loc_thigh", "I have an ITB pump and the refill is late, my spasms are worse"),
    ("loc_jaw", "a puncture on my foot from a rake, no stiffness in my jaw, no fever"),
    ("trig_exercise", "no weakness, I'm still lifting the same weights at the gym"),
    ("trig_exercise", "I still carry the heavy plates in the gym, legs look normal"),
    ("trig_exercise", "my eyelid flickers and I have two pre workout drinks a day"),
    ("trig_exercise", "her eyelid droops by evening and chewing is hard work"),
    ("trig_rest", "the foot is white and cold, the pain is awful, sitting still isn't touching it"),
    ("trig_rest", "lying down doesn't ease it at all, the calf is still rock hard"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
