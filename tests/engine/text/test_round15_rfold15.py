"""Round 15 (rfold15): warning signs denied in short everyday checks, read as denied.

People tick off a warning sign in few words: "I can grip and lift things like normal", "heart
and chest feel fine", "no missed beats", "the wee flows freely", "no worse than you'd
expect". Each is a general way of saying the sign is not there (lexicon ``denials``).

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

DENIED = [
    ("I can still grip and carry stuff as before", "weakness_persistent"),
    ("he moves his leg like he always did", "weakness_persistent"),
    ("my strength is holding steady", "weakness_progressive"),
    ("his strength has shown no change", "weakness_progressive"),
    ("my chest felt okay", "chest_pain"),
    ("heart and chest both seem okay", "chest_pain"),
    ("heart and chest both seem okay", "palpitations"),
    ("her fingers never curl up", "tingling_lips_hands"),
    ("the left arm is the same as the other", "muscle_wasting"),
    ("she can eat and drink okay", "speech_swallow"),
    ("it is only ever at one spot on my calf", "appearance_change"),
    ("no twitching round my mouth", "eyelid_closure"),
    ("no shaking and no restlessness", "agitation_sweating"),
    ("his toes wiggle freely", "pain_passive_stretch"),
    ("she didn't wince when I bent her fingers", "pain_passive_stretch"),
    ("it isnt sorer than youd expect", "pain_out_of_proportion"),
    ("the pain seems in proportion", "pain_out_of_proportion"),
    ("weight bearing is okay", "loss_of_function"),
    ("no skipping", "palpitations"),
    ("no fluttering at all", "palpitations"),
    ("the wee flows freely", "urine_retention"),
    ("no change in weight", "weight_loss"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding"), DENIED)
def test_an_everyday_check_denies_the_warning_sign(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"


# Warning signs said in everyday words; and words that only look like one.
SAID = [
    ("my eye scrunches up tight", "eyelid_closure", "present"),
    ("half my face twitches along with the eyelid", "eyelid_closure", "present"),
    ("it hurts way over the top for a bump", "pain_out_of_proportion", "present"),
    ("a bit of red mixed through his poo", "bleeding", "present"),
    ("didnt feel the urge for the loo and it just came", "bladder_bowel", "present"),
    ("my chin wont go down to my chest", "neck_stiffness", "present"),
    ("the potty training accidents are endless", "bladder_bowel", None),
    ("no change at all over the summer", "loc_widespread", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "expected"), SAID)
def test_everyday_words_for_a_warning_sign(text: str, finding: str, expected: str | None) -> None:
    assert said(text).get(finding) == expected
