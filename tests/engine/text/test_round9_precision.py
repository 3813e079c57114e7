"""Round 9, precision, from the classes of wording over-read in fresh17-31 by new writers:
a body part said to be all right in a list of checks ("arms fine", "face fine", "chewing
fine") is no place of the complaint; a sport or a run that the person can still do ("I can
run fine", "plays hockey most days no problem", "at netball fine") is no trigger;
a kick taken as a blow ("worse than it should be for a kick", "got kicked in the shin") is no
visible jerking. STATED keeps the same words where they do say the finding (a place with the
complaint, a sport that brings it on, legs that kick out). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("loc_arm", "the twitching is in my left arm and it will not stop"),
    ("loc_jaw", "my jaw aches when I am chewing"),
    ("loc_face", "my face keeps twitching by the nose"),
    ("trig_exercise", "my calf cramps whenever I run, fine at rest"),
    ("trig_exercise", "the thigh seized up halfway through the rugby match"),
    ("trig_exercise", "cramps in my feet after the gym, no problem walking"),
    ("visible_jerking", "at night both his legs kick out on their own"),
    ("visible_jerking", "my feet kick about in bed and wake my husband"),
]

GUARDS = [
    ("loc_arm", "stiff neck since Monday, no fever, arms fine, no pins and needles"),
    ("loc_arm", "cramp in the thigh. wrists ok, elbows fine"),
    ("loc_face", "she has a rigid leg. speech clear, face fine"),
    ("loc_jaw", "cramp in the calf at night. opening my mouth and chewing fine"),
    ("trig_exercise", "the twitch is in my thumb. no weakness and i can jog fine"),
    ("trig_exercise", "aching legs in bed, he plays hockey most days no problem"),
    ("trig_exercise", "night cramps, but she is at netball fine all afternoon"),
    ("trig_exercise", "eyelid flicker, no weakness, could still swim normally"),
    ("visible_jerking", "my shin swelled up and it hurts far more than it should for a kick"),
    ("visible_jerking", "he took a kick to the shin in training and now the calf is tight"),
    ("visible_jerking", "it felt like somebody kicking the back of my heel"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
