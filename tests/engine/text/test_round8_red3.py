"""Round 8, red flags as other writers put them (third pass): twitching told as going "from
place to place" or "in all four limbs", or twitches that "jump around everywhere"; a bulge that never flattens or a muscle gone lumpy or
misshapen; a foot or heel that cannot be put to the floor, not one step taken, nothing lifted
with the arm, legs that will not let someone stand or are not taking the weight, a leg not
obeying, walking on the leg no longer possible; stairs harder every week; strength that never
goes back to normal; nothing making a difference to the pain, rest making no difference, pain
that does not go with rest or tablets, still there the next day or carrying on for hours after;
hardly a bruise yet pain off the scale, pain beyond what an injury should cause, far worse than
ordinary gym soreness; the use of one side lost suddenly, speech slurred all at once. Guards:
twitching all over the body (widespread, not spreading), children jumping around, a bulge that flattens when relaxed, a knee that takes weight fine,
soreness for days after a cramp, slurring after drinks. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("appearance_change", "the twitches jump around everywhere, legs, belly, arms"),
    ("appearance_change", "twitching hopping from place to place, never in one spot"),
    ("appearance_change", "fasciculations in all four limbs for two months"),
    ("appearance_change", "there's a bulge in my forearm that never flattens"),
    ("appearance_change", "my thigh muscle looks lumpy since the tear"),
    ("loss_of_function", "since the tackle he's not been able to put his foot on the ground"),
    ("loss_of_function", "I can't put my heel down at all since it went"),
    ("loss_of_function", "I can't lift anything with that arm since the fall"),
    ("loss_of_function", "she couldn't take a single step after the spasm"),
    ("loss_of_function", "his legs won't let him stand this morning"),
    ("loss_of_function", "my knee is not taking any weight since it popped"),
    ("loss_of_function", "my leg is not obeying me after the cramp"),
    ("loss_of_function", "I can no longer walk on the leg"),
    ("weakness_progressive", "walking up the stairs gets harder every month"),
    ("weakness_persistent", "after each attack the arm never goes back to full strength"),
    ("severe_unrelieved", "nothing I try makes any difference to the pain"),
    ("severe_unrelieved", "resting makes no difference, the calf is agony"),
    ("severe_unrelieved", "the pain doesn't ease with rest or tablets"),
    ("severe_unrelieved", "the pain is still there the next day"),
    ("pain_out_of_proportion", "barely a bruise on it but the pain is off the scale"),
    ("pain_out_of_proportion", "the pain is beyond what a sprain should do"),
    ("pain_out_of_proportion", "way worse than any doms I have had"),
    ("sudden_one_side", "he suddenly lost the use of his left side"),
    ("sudden_one_side", "her words came out slurred all of a sudden"),
]

GUARDS = [
    ("appearance_change", "the kids jump around all over the house"),
    ("appearance_change", "my eyelid twitches when I'm tired"),
    ("appearance_change", "twitching all over my body for a week, no weakness"),
    ("appearance_change", "the lump in my calf flattens out when I relax it"),
    ("loss_of_function", "I can put my foot on the ground fine, it's just the cramp"),
    ("loss_of_function", "my knee is taking my weight fine"),
    ("severe_unrelieved", "the calf is a bit sore for a day after the cramp"),
    ("severe_unrelieved", "rest makes the cramp go in a minute"),
    ("pain_out_of_proportion", "the soreness is worse than normal after leg day"),
    ("sudden_one_side", "my speech slurred after six pints"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
