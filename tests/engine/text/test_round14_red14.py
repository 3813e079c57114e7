"""Round 14, red flags in vague everyday words, and their look-alikes.

Stated: "not right", "not myself", "not all there" and "not making it to the loo" hold a "not"
that denies nothing; an apology ("sorry if the voice text is weird") imagines nothing; "kind
of" and "sort of" inside a phrase are passed over ("my foot sort of flops"); a side that went
weak or speech that went slurred minutes ago is sudden; a few plain words of confusion,
bladder and saddle numbness. Look-alikes: a warning sign dated to a past that is over ("years
ago I had a racing heart, nothing since"), unless the sentence comes up to now ("... and my
arm has been weak ever since"); a sign someone said what to do about ("if I pass out the
doctor said come straight in"); a website or pamphlet that lists it; a relative's sign named
with a possessive ("my mate's pee went dark ... but mine's fine"), where a possessive before a
thing or a place is no relative's sign ("carrying my sister's sofa"); idioms ("a weight off
my chest", "hard to swallow" news, "got a bit wasted"). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

PRESENT = [
    ("my hand feels not right, weak, cant do up my buttons", "weakness_persistent"),
    ("my chest feels not right, sort of squeezed", "chest_pain"),
    ("not myself today, restless and sweaty since they upped my sertraline", "agitation_sweating"),
    ("dribbling a bit and not making it to the toilet in time", "bladder_bowel"),
    ("sorry if this is garbled, my speech went slurred 15 mins ago", "sudden_one_side"),
    ("my left leg sort of drags when I walk, all the time now", "weakness_persistent"),
    ("half an hour ago my left arm went kind of heavy", "sudden_one_side"),
    ("her words have been slurry in the last hour", "sudden_one_side"),
    ("his speech went all funny suddenly", "sudden_one_side"),
    ("his mouth is falling to one side", "sudden_one_side"),
    ("I feel confuse and muddly", "confusion"),
    ("my bowels went without warning this morning", "bladder_bowel"),
    ("not much feeling round my bum and privates", "saddle_numbness"),
    ("2 years ago I had a stroke and my left arm has been weak ever since", "weakness_persistent"),
    ("years ago I hurt my back and now I cant feel my bum when I wipe", "saddle_numbness"),
    ("the care home resident from years ago is gripping her head with a pounding headache",
     "pounding_headache"),
    ("I passed out and the doctor said come straight in", "seizure"),
    ("if I cant get to the loo in time I wet myself", "bladder_bowel"),
    ("my mum's swollen calf is red and hot", "calf_swelling"),
]  # fmt: skip

NOT_PRESENT = [
    ("years ago I had a racing heart from energy drinks, nothing since", "palpitations"),
    ("years ago after a fall I couldnt walk for a week but fine now", "loss_of_function"),
    ("back in my twenties my throat closed up from a wasp sting, all fine now", "throat_closing"),
    ("as a kid I had a stiff neck with meningitis", "neck_stiffness"),
    ("if I get numb down below they said go to A&E", "saddle_numbness"),
    ("if I go cold and clammy the nurse said ring 999", "cold_sweat"),
    ("the NHS website lists calf swelling as a warning sign", "calf_swelling"),
    ("the pamphlet mentions chest tightness", "chest_pain"),
    ("my mate's pee went dark after the match but mine's fine", "dark_urine"),
    ("my grandad's muscles wasted away but mine look normal", "muscle_wasting"),
    ("my friend gets a band of pain round her chest but I've never had that", "band_pain"),
    ("its a weight off my chest to tell someone", "chest_pain"),
    ("the news was hard to swallow", "speech_swallow"),
    ("got a bit wasted on saturday", "muscle_wasting"),
    ("my heart races whenever I see my crush", "palpitations"),
    ("the price of physio is out of proportion", "pain_out_of_proportion"),
]

OTHER = [
    # a possessive before a thing or a place is no relative's: the story stays the writer's
    ("carrying my sister's sofa on saturday my back went into spasm", "persist_days", "present"),
    ("my mates cant even see it when I make them look", "visible_none", "present"),
    # "not right now" still denies
    ("no chest pain, not right now", "chest_pain", "absent"),
]


@pytest.mark.parametrize(("text", "finding"), PRESENT)
def test_stated_red_flag_is_read(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), NOT_PRESENT)
def test_look_alike_is_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding", "choice"), OTHER)
def test_other(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice
