"""Round 16 (red16): red flags said in plain words the lexicon did not know, their denials,
and the look-alikes that must not read.

- Pain that tries did not ease ("took two tablets and it's done nothing", "lying down doesn't
  help", "hasn't budged", "despite everything we've tried"), or that stays after the cramp
  has gone, is unrelieved pain; pain that settles with a painkiller is not.
- Pain far beyond what was done ("bad for what was an easy walk", "worse than normal
  stiffness", "all I did was ..., doesn't fit") is out of proportion; "the pain matches what
  I did" denies it. "Worse than usual" alone stays no such finding (the cramps got worse).
- "can't wiggle them", "can't do coat buttons" say the limb cannot be used; "fumbling buttons",
  "dropping tools", "can barely lift my legs" say it stays weak; "slapping down more and more"
  says the weakness grows.
- Twitching "spread everywhere" is a changed look; "burning hot to touch" (a person) is a
  fever, a calf burning hot is not; a neck that locks when looking down is a stiff neck.
- An "I think" that only judges someone else's signs is the carer's ("his grip is weak, I
  think it isn't getting better"); "confused, I keep forgetting what ..." is confusion.
- "worried I might faint" fears a sign, it does not state it.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # unrelieved pain
    ("I tried two ibuprofen and it's done nothing for the leg", "severe_unrelieved", "present"),
    ("my back is killing me and lying still doesn't help one bit", "severe_unrelieved", "present"),
    ("her calf pain hasn't budged all night", "severe_unrelieved", "present"),
    ("the ache is awful despite everything I've tried", "severe_unrelieved", "present"),
    ("the spasm stopped at lunch but the pain has stayed there ever since",
     "severe_unrelieved", "present"),
    ("the ache settles with ibuprofen after a while", "severe_unrelieved", "absent"),
    ("tried two ibuprofen and the cramp went", "severe_unrelieved", None),
    # out of proportion
    ("his thigh pain is awful for what was a short easy walk", "pain_out_of_proportion",
     "present"),
    ("my calves are in agony, way worse than normal stiffness after a ride",
     "pain_out_of_proportion", "present"),
    ("the ache in my arm is unbearable and all I did was carry a bag, doesn't fit",
     "pain_out_of_proportion", "present"),
    ("the pain matches what I did, sore but fine", "pain_out_of_proportion", "absent"),
    ("the cramps are worse than usual this week", "pain_out_of_proportion", None),
    # loss of function, weakness
    ("her foot is white and she can't wiggle them", "loss_of_function", "present"),
    ("he can't do coat buttons any more", "loss_of_function", "present"),
    ("she's putting full weight on the ankle now", "loss_of_function", "absent"),
    ("I keep fumbling keys and dropping tools at work", "weakness_persistent", "present"),
    ("after the shift I can barely lift my legs onto the bed", "weakness_persistent", "present"),
    ("his right foot is slapping down more and more", "weakness_progressive", "present"),
    # look, fever, neck, swelling, colour
    ("the flickers have spread all over, arms and back, you can see the twitching",
     "appearance_change", "present"),
    ("she came in from the garden burning hot to touch and muddled", "fever", "present"),
    ("my shin is burning hot to touch where I banged it", "fever", None),
    ("my neck locks if I try to bend it forward", "neck_stiffness", "present"),
    ("he can nod easily and his head is fine", "neck_stiffness", "absent"),
    ("there's a hot red patch on my calf, only that leg", "calf_swelling", "present"),
    ("my foot went numb an hour ago and it's white", "limb_cold_pale", "present"),
    ("her eyelids are level and she is seeing single", "eyelid_droop_double_vision", "absent"),
    ("she's in full control of her bladder", "bladder_bowel", "absent"),
    ("he's been to the loo three times today no problem", "urine_retention", "absent"),
    ("no clamminess at all", "cold_sweat", "absent"),
    ("she's dropped from a 16 to a 12 without trying", "weight_loss", "present"),
    # whose, and feared
    ("his grip stays weak between cramps, I think it isn't getting better",
     "weakness_persistent", "present"),
    ("I feel really confused, I keep forgetting what day it is", "confusion", "present"),
    ("I'm confused as to why it hurts", "confusion", None),
    ("I'm scared I might faint at the dentist", "seizure", None),
    ("I'm worried I might be having a stroke, my face is drooping", "sudden_one_side",
     "present"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "expected"), CASES)
def test_round16_red_flags(text: str, finding: str, expected: str | None) -> None:
    assert said(text).get(finding) == expected
