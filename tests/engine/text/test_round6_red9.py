"""Round 6 of the red flags, after three new writers (issue 12): the wording families they used
that the parser missed ("a bit puffed on the stairs", one leg "chunkier than the other", a poo
"really dark", a hand "weaker and worse than it was", a heart "doing a fluttery thing",
"wet with sweat", "hot to touch", fingers straightened by a friend with a yelp, a squeeze
"going down my left arm", the twitch that "pulls my cheek"), and the look-alikes that raised
the triage: "won't go to the doctor" is no pain that won't go, a water tablet "for swollen
ankles" is no swollen calf, legs that feel "like they're swelling up" are not swollen, "has
the irregular heartbeat thing" is a diagnosis not a racing heart, a jaw shut with the tongue
pushing out or the neck pulled to one side is a drug reaction not a wound's lockjaw. Every
sentence is our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    # out of breath, in the British "puffed"
    ("breathing_difficulty", "since last week i get really puffed going up one flight of stairs"),
    ("breathing_difficulty", "i get so puffed on the hill home now"),
    ("breathing_difficulty", "i keep getting puffed walking to the car"),
    # one leg bigger than the other, in other comparatives
    ("calf_swelling", "my left calf is chunkier than the other one now"),
    ("calf_swelling", "the right leg looks wider than my other one since the flight"),
    ("calf_swelling", "the left calf looks noticeably bigger now"),
    ("calf_swelling", "one calf is larger than the other"),
    # dark or black stools, said loosely
    ("bleeding", "my stools have been a really dark colour all week"),
    ("bleeding", "dark stools since the weekend"),
    # weakness getting worse, said with a comparison or what can't be done any more
    ("weakness_progressive", "my hand is weaker and it's worse than it was at easter"),
    ("weakness_progressive", "she struggles with jar lids anymore"),
    ("weakness_progressive", "he can't do up his coat buttons any more"),
    ("weakness_progressive", "arm weaker, struggling to lift the pan, getting worse"),
    ("weakness_progressive", "my foot keeps slapping the floor and it's getting worse"),
    ("weakness_progressive", "grip worse over the past few months"),
    # cannot move the toes, after another thing he cannot do
    ("loss_of_function", "she can't feel her foot or move her toes"),
    ("palpitations", "my heart keeps going all fluttery"),
    ("palpitations", "every so often my heart does a fluttery thing"),
    ("palpitations", "my heartbeat is irregular and fast tonight"),
    ("agitation_sweating", "since the new tablet he's been wet with sweat and jumpy"),
    ("agitation_sweating", "she's covered in sweat and can't keep still"),
    ("fever", "my husband is hot to the touch and muddled"),
    ("fever", "the baby feels hot to touch"),
    # pain when someone else straightens the fingers or toes
    ("pain_passive_stretch", "when my dad moved my toes i hit the roof"),
    ("pain_passive_stretch", "if my brother bends my fingers back i yelp"),
    ("chest_pain", "heaviness spreading down into my left arm"),
    ("chest_pain", "a squeezing sensation going into my jaw and left arm"),
    ("tingling_lips_hands", "my lips and fingertips have all gone numb since the op"),
    ("tingling_lips_hands", "lips and fingers have gone pins and needles today"),
    ("eyelid_closure", "now the twitch tugs my mouth up too"),
    ("eyelid_closure", "when it starts it pulls my lip sideways"),
    ("eyelid_closure", "when it twitches it drags up the side of my mouth"),
    ("breathing_difficulty", "she's puffed after getting dressed"),
    ("calf_swelling", "his left calf is about twice the size of the right"),
    ("bleeding", "his number twos have been black since sunday"),
    ("agitation_sweating", "the sweat is streaming off her and she's shaking"),
    ("pain_passive_stretch", "she cried when her mum straightened her fingers"),
    ("pain_passive_stretch", "when my partner bent my toes up i nearly fainted"),
    ("weakness_progressive", "he's dropping more things every month"),
    ("weakness_progressive", "my foot drags more and more when i walk"),
    ("weakness_progressive", "my grip is worse than it was at christmas"),
]

DENIED = [
    ("severe_unrelieved", "paracetamol takes the edge off"),
    ("severe_unrelieved", "co-codamol took the edge off it"),
    ("bladder_bowel", "toilet is normal both ways"),
    ("loss_of_function", "i can still do heel raises on that side"),
    ("weakness_persistent", "i can still do calf raises no bother"),
    ("muscle_wasting", "his arms look the same as ever"),
]

NOT_READ = [
    # a refusal to see a doctor is no pain that won't go
    ("severe_unrelieved", "my dad won't go to the GP about it"),
    # a water tablet's reason is no swollen calf
    ("calf_swelling", "she takes a water pill for her puffy ankles"),
    ("calf_swelling", "he's on bendroflumethiazide for swollen feet"),
    # a feeling of swelling is not a swollen leg
    ("calf_swelling", "my shins ache like they're swelling up inside"),
    ("calf_swelling", "it feels like it is swelling when i run"),
    # a known heart rhythm condition is no racing heart now
    ("palpitations", "mum has the irregular heart beat condition and takes apixaban"),
    ("palpitations", "he was diagnosed with an irregular heartbeat years ago"),
    # a jaw shut in a drug reaction, with the tongue or neck twisting
    ("wound_jaw_stiffness", "after the sickness jab her jaw locked and her tongue kept poking out"),
    ("wound_jaw_stiffness", "his head is twisted over to one side and his jaw is stiff"),
    # a jaw clamped shut is no eyelid closing
    ("eyelid_closure", "his jaw clamped shut an hour ago"),
]

# Read as before: they keep the new wordings above from reaching too far.
GUARDS = [
    ("severe_unrelieved", "she refuses to see a doctor"),
    # "puffed up" is swelling, and puffing on an inhaler is no breathlessness
    ("breathing_difficulty", "my ankle puffed up after i twisted it"),
    ("breathing_difficulty", "i puffed on my inhaler before going up the stairs"),
    ("eyelid_closure", "her jaw snapped shut and wouldn't open"),
    # a squeeze elsewhere is no chest pain
    ("chest_pain", "a squeezing ache across the middle of my back"),
    ("chest_pain", "a heavy squeezing in my neck going down my left arm"),
    # the skin of a limb hot to touch is no fever
    ("fever", "my calf is hot to touch and red"),
    # someone helping a cramp go by pushing the toes up is no pain on stretch
    ("pain_passive_stretch", "my wife pushes my toes back up until the cramp lets go"),
    ("weakness_progressive", "the cramps have got worse over the last few weeks"),
    # a dark colour that is not black is no bleeding
    ("bleeding", "since the iron tablets my stools are dark green"),
    ("bleeding", "my poo is a normal dark brown"),
    ("weakness_progressive", "i keep dropping more weight every week on this diet"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), NOT_READ + GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


def test_a_symptom_of_an_irregular_heartbeat_is_still_read() -> None:
    # ("she has an irregular heartbeat" is how people name a known heart condition: history)
    assert said("her heart is beating irregularly right now").get("palpitations") == "present"
    assert said("her heartbeat is all irregular right now").get("palpitations") == "present"


def test_a_wound_then_a_stiff_jaw_is_still_read() -> None:
    got = said("trod on a rusty nail, now my neck is pulled back and my jaw won't open")
    assert got.get("wound_jaw_stiffness") == "present"
