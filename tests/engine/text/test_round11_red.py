"""Round 11, red flags. A warning sign the writer only imagines or plans for ("if I start
getting double vision I'll go in", "what if I get a cold sweat?") is not said; "if I get up"
and "if I get a cramp" still tell what happens. A warning sign dated to a past that is over
("had a fit as a toddler", "palpitations years ago") is not now, while a start ("began two
years ago") and a comparison ("worse than when I broke it years ago") stay. A friend's sign
("my mate had dark pee") is the friend's, though a friend who tells what they see ("my mate
says...") reports on the writer. A calf swollen on one side in pregnancy is calf swelling
(swollen ankles in pregnancy are not); the water one passes being dark is dark urine; "without
noticing" denies nothing after it. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("weakness_persistent", "if i get up off the sofa my legs just give way under me"),
    ("limb_cold_pale", "if i get a cramp now my whole foot goes white and icy"),
    ("weakness_progressive", "my grip started going two years ago and gets weaker every month"),
    (
        "pain_out_of_proportion",
        "only a tiny knock but my shin hurts far more than when I broke my wrist years ago",
    ),
    ("weight_loss", "my mate says i look gaunt, ive dropped a stone without trying"),
    ("calf_swelling", "30 weeks pregnant and my left calf is swollen and warm since yesterday"),
    ("dark_urine", "what little water i pass now is dark like strong tea"),
    ("weakness_persistent", "i had wet myself without realising, and now both legs are weak"),
]

GUARDS = [
    ("calf_swelling", "im 34 weeks pregnant and both my ankles are swollen by the evening"),
    ("dark_urine", "the water i pass is pale and clear, just leg cramps"),
    (
        "eyelid_droop_double_vision",
        "if i start seeing double i'll go straight to a&e, for now just a twitchy lid",
    ),
    (
        "bladder_bowel",
        "what happens if i lose control of my bowels, is that serious? cramps only so far",
    ),
    ("cold_sweat", "what if i get a cold sweat with these cramps, the nhs page mentions it"),
    ("confusion", "the nurse told me if i get confused to ring 111, im fine, just cramp"),
    ("saddle_numbness", "if i ever get numb around my bum i know its urgent, not now though"),
    (
        "breathing_difficulty",
        "if i start to get short of breath i'll phone 999, just a side stitch",
    ),
    ("seizure", "had a fit as a toddler with a fever, nothing since, now calf cramps"),
    ("palpitations", "had palpitations years ago when stressed at uni, now just a jumpy eyelid"),
    ("eyelid_droop_double_vision", "had double vision after a head injury 8 yrs ago, long gone"),
    ("dark_urine", "my mate had brown pee after a marathon, i just get calf cramps"),
    ("jaundice", "the baby had jaundice last year, i have tummy cramps"),
    ("bladder_bowel", "grandad has bladder problems since his op, i only have a stiff neck"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_red_flag_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present"
