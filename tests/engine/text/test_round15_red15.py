"""Round 15, red flags stated in words the parser missed, and their look-alikes.

Stated: old-fashioned and polite words for the body ("my water", "the waterworks", "spend a
penny", "motions", "the seat area"); a bladder or bowel that "let me down", a "mishap" with it,
"no feeling of needing to go"; "nearly wet myself" where the same sentence says it gave no
warning; weight lost "without any dieting"; strength "not full"; legs like jelly that can
hardly get up; legs that cannot be lifted onto the bed; the use of a limb lost, or a limb that
hangs by the side; weakness failing gradually or coming on gradually; a stripe of aching round
the ribs; a heart beating rapidly; a cold perspiration; severe pain that painkillers leave
awful, that nothing will shift, or that stays long after the muscle relaxes; someone else
pressing the foot back; a bulge that has been there for a month; a funny turn with jerking.
Look-alikes: "can't see any blood in my pee" is no retention; instructions that confuse,
yellow toenails, a corset or girdle worn, a neck stiff for years with arthritis. The sentences
are our own.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

PRESENT = [
    ("the strength in my hand is not full even on good days", "weakness_persistent"),
    ("my knees feel like jelly and I can hardly get up to the bedroom", "weakness_persistent"),
    ("both legs so weak I couldnt lift them onto the bed last night", "loss_of_function"),
    ("he has lost the use of his hand since the fall", "loss_of_function"),
    ("I nearly wet myself in the shop and did not feel it coming", "bladder_bowel"),
    ("I can't control my waterworks any more", "bladder_bowel"),
    ("had a mishap with my bladder on the bus, so embarrassing", "bladder_bowel"),
    ("my bowels let me down twice today", "bladder_bowel"),
    ("there is no feeling of needing to go, it just happens", "bladder_bowel"),
    ("I have gone numb in the seat area", "saddle_numbness"),
    ("when I spend a penny it comes out dark", "dark_urine"),
    ("I havent been able to spend a penny since breakfast", "urine_retention"),
    ("I cant pass any water at all", "urine_retention"),
    ("he cant get his bladder to empty", "urine_retention"),
    ("my water looks pink and bloody", "bleeding"),
    ("without any dieting I have lost half a stone", "weight_loss"),
    ("my arms have been failing gradually since the spring", "weakness_progressive"),
    ("my heart keeps beating rapidly for no reason", "palpitations"),
    ("I broke out in a cold perspiration", "cold_sweat"),
    ("took two paracetamol, yet the pain in my leg is still awful", "severe_unrelieved"),
    ("nothing I try will shift it", "severe_unrelieved"),
    ("she had a funny turn at church, her arms were jerking", "seizure"),
    ("lost all sensation in the whole of my left side in a few minutes", "sudden_one_side"),
    ("it is getting hard to get my tablets down", "speech_swallow"),
    ("since the fall it just hangs by my side", "loss_of_function"),
    ("his water has gone very dark", "dark_urine"),
    ("there is a stripe of aching at the level of my ribs", "band_pain"),
    ("the nurse pressed my foot back and I yelped", "pain_passive_stretch"),
    ("there is no feeling in the seat area since this morning", "saddle_numbness"),
    ("the weakness came on gradually over the winter", "weakness_progressive"),
    ("the pain is still bad long after the muscle relaxes", "severe_unrelieved"),
    ("a bulge has been there for a month in my arm", "appearance_change"),
]  # fmt: skip

NOT_PRESENT = [
    ("I can't see any blood in my pee", "urine_retention"),
    ("I wear a girdle to hold my tummy in", "band_pain"),
    ("my neck has been stiff with arthritis for years", "neck_stiffness"),
    ("the instructions for my new inhaler confused me", "confusion"),
    ("my toenails have gone yellowish and thick", "jaundice"),
    ("I wear a corset for my bad back", "band_pain"),
]

OTHER = [
    # the strength "not full" is no denial of weakness between the episodes
    ("strength is not full between the attacks", "weakness_persistent", "present"),
]


@pytest.mark.parametrize(("text", "finding"), PRESENT)
def test_stated_red_flag_is_read(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), NOT_PRESENT)
def test_look_alike_is_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding", "choice"), OTHER)
def test_choice(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice
