"""Round 11 (dpara), red flags denied the way new people write it, and their look-alikes.

Denied: a limb that looks as before ("my arm looks normal, nothing different", "no change in
shape"), pain that does not go round to the front, no trouble controlling the bladder, "wees
and poos normal", "bladder same as usual", "still weeing", "I can make pee normal", "my water is
its ordinary colour", a twitch that "does not pull my mouth", an eye that "never shuts all the
way", "my eyesight is normal", "no cold foot", a foot that "doesn't change colour", "I can put
weight on the leg", moving the toes that does not hurt more, "hasn't had any headaches", no loss
of feeling in the groin, a cramp that eases with rest or a tablet, "I can swallow fine and talk
normal", "could breathe ok", "my face is same both sides", "weeing normal", "no feeling of the
throat shutting", "know exactly where I am", "the whites look normal".
Guards: a denial turned round by an inability ("no longer able to walk normally", "can no
longer walk fine", "can't swallow fine", "not able to walk fine", "unable to swallow
normally"), "not normal", "can only just put weight on it", a tablet that "helps a bit", and
look-alikes that only sound like a denial or a sign ("no sweat", "no wonder", a hard bike
saddle, "out cold asleep", cramps "getting weaker", "no feeling like before in my foot").
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

DENIED = [
    ("appearance_change", "I checked in the mirror and my arm looks normal, nothing different"),
    ("appearance_change", "the leg look same like before, no change in shape"),
    ("appearance_change", "no bulge, no dip, calf looks normal both sides"),
    ("band_pain", "the ache stays in my back and doesn't spread round to the front"),
    ("bladder_bowel", "no trouble controlling my bladder or bowels"),
    ("bladder_bowel", "back spasm since friday, wees and poos normal"),
    ("bladder_bowel", "legs stiff with my MS, bladder same as usual"),
    ("bladder_bowel", "spasms at night, no change in my bladder, no fever"),
    ("urine_retention", "tummy bug, she's drinking sips and still weeing"),
    ("urine_retention", "my back make big spasm but I can make pee normal"),
    ("urine_retention", "weeing normal, no trouble going"),
    ("dark_urine", "I am 88 and my calves cramp at night, my water is its ordinary colour"),
    ("eyelid_closure", "it does not pull my mouth or cheek, only the lid"),
    ("eyelid_closure", "no closing of the eye, lid just jumps a bit"),
    ("eyelid_closure", "my lower lid flickers but it never shuts all the way"),
    ("eyelid_droop_double_vision", "my eyesight is normal, no drooping"),
    ("limb_cold_pale", "no cold foot, no colour change"),
    ("limb_cold_pale", "cramp in the arch of her foot, the foot doesnt change colour"),
    ("loss_of_function", "I can put weight on the leg no problem"),
    ("pain_passive_stretch", "stretching the calf doesn't make the pain worse"),
    ("pain_passive_stretch", "wiggling my fingers is fine, no extra pain"),
    ("pain_passive_stretch", "pulling the toes back is ok, doesn't hurt"),
    ("pounding_headache", "he hasn't had any headaches"),
    ("saddle_numbness", "no loss of feeling in the groin or back passage"),
    ("severe_unrelieved", "it eases when I rest"),
    ("severe_unrelieved", "ibuprofen helps it"),
    ("severe_unrelieved", "the painkillers work, it doesn't hang around"),
    ("severe_unrelieved", "pain is gone once the cramp stops"),
    ("speech_swallow", "I can swallow fine and talk normal"),
    ("speech_swallow", "my leg is thin now. Swallow and talking is ok."),
    ("breathing_difficulty", "my throat felt tight but I could breathe ok"),
    ("breathing_difficulty", "her neck is twisted to one side, breathing is ok"),
    ("breathing_difficulty", "I can breathe and swallow fine"),
    ("sudden_one_side", "my face is same both sides"),
    ("throat_closing", "no feeling of the throat shutting"),
    ("confusion", "I jump awake but I know exactly where I am"),
    ("jaundice", "my wife asked if my eyes were yellow but the whites look normal"),
    ("neck_stiffness", "crick in my neck, I can still put my chin to my chest fine"),
]


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent"


# A denial's words turned round by an inability or a "not": never absent.
TURNED = [
    ("loss_of_function", "she is no longer able to walk normally"),
    ("loss_of_function", "I can no longer walk fine"),
    ("loss_of_function", "I am not able to walk fine"),
    ("loss_of_function", "I can only just put weight on the leg"),
    ("loss_of_function", "I can barely put weight on the leg"),
    ("speech_swallow", "he can't swallow fine no more"),
    ("speech_swallow", "he is no longer talking normally"),
    ("speech_swallow", "unable to swallow normally since last week"),
    ("sudden_one_side", "he is no longer talking normally"),
    ("dark_urine", "my pee is not normal colour"),
    ("severe_unrelieved", "ibuprofen helps a bit but it comes straight back"),
    ("severe_unrelieved", "paracetamol doesn't help"),
]


@pytest.mark.parametrize(("finding", "text"), TURNED)
def test_turned_round(finding: str, text: str) -> None:
    assert said(text).get(finding) != "absent"


def test_no_longer_able_stays_stated() -> None:
    assert said("she is no longer able to walk normally")["loss_of_function"] == "present"


# Look-alikes: neither a denial nor the sign.
NOT = [
    ("agitation_sweating", "no sweat, the cramp in my foot went quick when I stood up"),
    ("fever", "no wonder I get cramps, I sweat so much playing football"),
    ("saddle_numbness", "I ride a bike with a hard saddle and my thighs cramp"),
    ("seizure", "I was out cold asleep when the cramp woke me"),
    ("weakness_progressive", "the cramps are getting weaker over time"),
    ("numbness", "no feeling like my heart is racing, just the twitch"),
]


@pytest.mark.parametrize(("finding", "text"), NOT)
def test_not(finding: str, text: str) -> None:
    assert finding not in said(text)


def test_no_feeling_like_before_is_numbness() -> None:
    assert said("no feeling like before in my foot").get("numbness") == "present"


def test_weaker_legs_with_cramps_stays() -> None:
    assert said("my legs are getting weaker over the months")["weakness_progressive"] == "present"
