"""Round 9, body parts in a check that they are fine: "can lift both arms", "my face looks
normal", "both legs look the same" tell how a part is, not where the spasm is, so neither a
place nor a side is read from them (a side read from them is never asked again, and "both
arms" beside a one-sided numbness hid a stroke's one-sidedness). A spasm word beside the part
keeps it the place. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("side_both", "twitching in both arms for a week"),
    ("loc_arm", "twitching in both arms for a week"),
    ("side_both", "I can lift both legs but both calves cramp at night"),
    ("loc_arm", "can't lift my arm since the spasm"),
]

GUARDS = [
    ("side_both", "numb right hand at night; I can lift both arms over my head no problem"),
    ("side_both", "she can raise both arms and her smile is even"),
    ("side_both", "I could grip with both hands when the nurse checked"),
    ("side_both", "he is able to lift both legs off the bed"),
    ("loc_arm", "left leg cramp, and both arms feel normal"),
    ("loc_face", "my face looks normal in the mirror, it's my calf that cramps"),
    ("loc_face", "the cramp is in my foot and my face seems fine"),
    ("loc_leg", "the twitch is in my eyelid, my legs are completely fine"),
    ("side_both", "my hands look the same as ever, the cramp is in one calf"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_body_part_said_to_be_fine_is_not_the_place(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
