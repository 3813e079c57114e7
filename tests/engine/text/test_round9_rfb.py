"""Round 9, red flags (second part, helper b), from the families of wording the sentence files
red_flag_phrases_8/_9 showed missed or over-read: a body hot to the touch said by comparison
("like a radiator", "boiling when I touched her"); the white of the eye described ("the white
part is yellow"); a limb the colour of wax or chalk; tasks a hand or leg cannot do (buttons, a
cup, signing a name, tiptoes, dragging a foot); muscle that has gone (gaps between the tendons,
a forearm like a stick, "used to be muscle"); bending the head down that hurts; numbness told
by what is not felt (how hot the bath is, a pin stepped on, "like the dentist's injection");
pain out of step with a small injury ("shouldn't hurt this much", "only tripped"); a foot or
toes moved by someone else that make the person scream; a watch reading at rest; a head banging
like a drum; the seat area told by the toilet paper, a flannel or the part one sits on.
Denials: temperature, eyes, limbs, walking and hands, neck, head, the seat area said to be as
usual; stretching by someone else that eases the cramp. Look-alikes: a limb gone dead or numb
from sitting or lying on it, the funny bone, cold or ice, a tingly cream, the dentist's
numbness wearing off; a cold from an ice pack; a baby's heart on a scan; yellow kitchen light;
thin papery skin; small calves that always were; paying more than one should. The sentences
are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("fever", "my husband, poor thing, felt like a radiator to touch all night"),
    ("fever", "my wife said I was boiling when she touched my forehead"),
    ("jaundice", "my eye, the white part, has a yellow tint"),
    ("jaundice", "the white of my eye is no longer white"),
    ("limb_cold_pale", "his toes have gone the colour of chalk and it happened quickly"),
    ("loss_of_function", "since the spasm I cannot do my buttons up"),
    (
        "loss_of_function",
        "the cup just fell out of my fingers again since the cramp",
    ),
    ("loss_of_function", "I couldn't sign my name at the post office"),
    ("loss_of_function", "the fork keeps falling out of my hand since the cramp"),
    ("loss_of_function", "I am dragging my foot since the pain in my calf started"),
    ("muscle_wasting", "there are deep grooves between the tendons on the back of his hand"),
    ("muscle_wasting", "the bit where there used to be muscle at the base of my thumb is flat"),
    ("muscle_wasting", "her shoulder is flatter and bonier than before"),
    ("neck_stiffness", "tilting my head down is agony and I have a temperature"),
    ("numbness", "I cannot tell how hot the water is with my left hand"),
    ("numbness", "he trod on a nail and didn't feel it"),
    ("numbness", "my calf went dead and tingly during the spasm"),
    ("pain_out_of_proportion", "it shouldn't hurt this much, I only knocked it on the table"),
    ("pain_out_of_proportion", "the pain is totally out of whack with the little knock I had"),
    ("pain_out_of_proportion", "I can't understand why it hurts so much, I did nothing to it"),
    (
        "pain_passive_stretch",
        "when the ambulance crew lifted his toes, which they did slowly, he screamed with the pain",
    ),
    ("pain_passive_stretch", "stretching it makes it much worse not better"),
    ("palpitations", "my fitbit says 160 and I am just lying in bed"),
    ("palpitations", "my heart is dancing about in my chest"),
    ("pounding_headache", "all of a sudden my head is pounding like a drum, face red, sweating"),
    ("saddle_numbness", "I could not feel the flannel on my bottom"),
    ("saddle_numbness", "wiping, the toilet paper feels like it isn't there"),
    ("saddle_numbness", "the part I sit on feels numb since my back went"),
    ("saddle_numbness", "no feeling around my bum since the back spasm started"),
]

DENIED = [
    ("fever", "temps fine today"),
    ("fever", "her forehead feels cool"),
    ("jaundice", "there's no yellowing that I can see"),
    ("limb_cold_pale", "his toes are a normal temperature, no white or blue"),
    ("loss_of_function", "she can put her full weight on it"),
    ("loss_of_function", "his hands work fine between the twitches"),
    ("loss_of_function", "no trouble using my hand, only the cramp"),
    ("muscle_wasting", "both thighs match, no thinning"),
    ("neck_stiffness", "her neck is fine"),
    ("neck_stiffness", "he can bend his head forward no bother"),
    ("pain_out_of_proportion", "it aches but no worse than you would expect"),
    ("pain_out_of_proportion", "the normal kind of cramp pain"),
    ("pain_passive_stretch", "when my son pulls my toes back the cramp eases"),
    ("pounding_headache", "head's fine, no sweating"),
    ("pounding_headache", "I dont have headaches with it"),
    ("pounding_headache", "heads ok, just the twitching"),
    ("saddle_numbness", "down below feels normal"),
]

GUARDS = [
    ("numbness", "my foot went dead from sitting on it and came back when I stood up"),
    ("numbness", "his arm went to sleep because he lay on it"),
    ("numbness", "banged my funny bone, it tingled for a bit"),
    ("numbness", "my hands were numb from the snow, then warmed up"),
    ("numbness", "the deep heat cream feels tingly on my back"),
    ("numbness", "still numb from the injection at the dentist"),
    ("limb_cold_pale", "I held an ice pack on my shin until it went cold"),
    ("limb_cold_pale", "my hands go pink when I come in from the cold"),
    ("palpitations", "the baby's heart was beating fast on the scan, all normal"),
    ("jaundice", "the bulb in the hall is yellow so we all look yellow"),
    ("muscle_wasting", "the skin on her arms is thin and papery"),
    ("muscle_wasting", "my legs are small, always were, like my mum's"),
    ("pain_out_of_proportion", "we paid way more than we should have for the knee brace"),
    ("loss_of_function", "I couldn't walk for the moment the cramp lasted, then fine"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
