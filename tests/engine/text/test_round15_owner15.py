"""Round 15 (owner15): whose sign it is, and when.

A dead relative's or a grandchild's signs are theirs; a writer who fears the same as a relative
tells their own story; a carer's hand that feels the patient is no place of the story; a sign
someone said to watch for, imagined with "if ever" or "if I had ... would", dated to last
winter or said to be better now, or given as the reason a medicine was changed, is not had now.
A "can't ... without" and a "nothing ..., not even ..." say the sign, they do not deny it.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

NOT_PRESENT = [
    # someone else's
    ("My late father had a weak arm for years, and I wonder if mine is going that way.",
     "weakness_persistent"),
    ("My granddaughter has had a high fever, and I worry so when she is poorly.", "fever"),
    ("My nephew's cramps are agony and nothing helps them, but mine are mild.",
     "severe_unrelieved"),
    ("My brother had a stroke and his face dropped, and I worry I will go the same way.",
     "sudden_one_side"),
    # imagined or advised
    ("If I became breathless with the cramps I would ring 999 straight away.",
     "breathing_difficulty"),
    ("I am scared that if I had a seizure at home nobody would know for hours.", "seizure"),
    ("The physio told me what to do if ever I get a pounding headache.", "pounding_headache"),
    ("The nurse said to watch for tingling round the mouth after my neck operation.",
     "tingling_lips_hands"),
    # a past that is over
    ("Last summer I had a bad fever with tonsillitis, but I have been well since.", "fever"),
    ("Years ago, after a car crash, my leg was weak for months, but it mended long since.",
     "weakness_persistent"),
    ("Years ago I had back pain so bad nothing helped it, but that cleared up.",
     "severe_unrelieved"),
    ("My calves were swollen last month, they are back to normal now.", "calf_swelling"),
    ("My GP added a second water tablet ten days ago as I was getting breathless, and my "
     "calves cramp now.", "breathing_difficulty"),
]  # fmt: skip

PRESENT = [
    ("He is grey and sweaty, and his forehead feels cold under my hand.", "cold_sweat"),
    ("Mum has a headache and she cannot bend her head forward at all without crying.",
     "neck_stiffness"),
    ("Nothing to see on his leg, not even a scratch, yet the pain is unbearable.",
     "pain_out_of_proportion"),
    # the writer's own: a relative lifted is the load, not the owner of what follows
    ("Lifted my son on Sunday and since then my leg is weak.", "persist_days"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding"), NOT_PRESENT)
def test_not_the_patients_now(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding"), PRESENT)
def test_said(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


def test_carers_hand_is_no_place() -> None:
    assert "loc_hand" not in said("Her skin is clammy and feels cold under my hand.")
