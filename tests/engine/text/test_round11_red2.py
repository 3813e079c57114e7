"""Round 11 (red2), red flags stated and denied in everyday words.

Stated: retention told as straining to wee, only a dribble, waiting for the pee to start;
weight loss told through the scale, smaller clothes, "down a stone with no effort", "people say
I look thin"; progressive weakness told through daily life ("more n more", "keeps weakening",
"struggle more every month", lighter and lighter weights); persistent weakness (struggling to
lift boxes, an ankle that never feels strong); pain on a passive stretch told with the limb
first ("when my foot gets pushed up"), nearly fainting when the physio moved it; severe pain
still there after an hour or going on and on; pain out of proportion to a small knock.
Denied: the scale has not moved, the neck is flexible, awake and alert, the skin is intact,
can eat and yawn normally, the eyelid sits normally, the bottom feels normal, the pain is
what one would expect, no problems with the toilet, can hop on that leg fine.
Guards: straining on the toilet for a poo, a loss of weight already put back, a calf that
looked thin out of a cast, a stretch that eases the cramp, a gym deload by choice.
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("urine_retention", "i have to strain really hard to wee since the back spasms began"),
    ("urine_retention", "sat on the loo for ages and it only trickled out, tummy cramping"),
    ("urine_retention", "i stand there waiting for my wee to start and hardly any comes"),
    ("weight_loss", "the scale shows 4 kg less than in the spring and i eat as usual"),
    ("weight_loss", "i needed smaller jeans this month and i am not dieting, cramps in my legs"),
    ("weight_loss", "down 2 stone since christmas with no effort at all, twitching"),
    ("weight_loss", "friends keep saying i look gaunt lately and my calves cramp"),
    ("weakness_progressive", "my hand gets clumsy more n more, twitching in the forearm"),
    ("weakness_progressive", "my grip is slowly weakening and the thumb twitches"),
    ("weakness_progressive", "i struggle more climbing the stairs every month, thighs cramp"),
    ("weakness_persistent", "i struggle to carry bags of shopping now, arm twitching"),
    ("pain_passive_stretch", "the pain is unbearable when my toes get pulled up, calf tight"),
    ("pain_passive_stretch", "the doctor bent my wrist back and i almost fainted, forearm hard"),
    (
        "severe_unrelieved",
        "rubbed it, heat pack, tablets, the calf pain is still unbearable after 2 hours",
    ),
    ("severe_unrelieved", "the cramp pain just keeps going on and on"),
    ("pain_out_of_proportion", "it was only a minor knock but the pain is off the scale"),
    ("pain_out_of_proportion", "my leg pain is far too bad for such a small fall, calf burning"),
]

DENIED = [
    ("weight_loss", "my weight hasnt changed at all, just foot cramps"),
    ("neck_stiffness", "my neck moves freely, the twitch is in my shoulder"),
    ("confusion", "i am clear headed, only the calf cramps"),
    ("wound_recent", "my skin is unbroken, cramps in my feet"),
    ("wound_jaw_stiffness", "i can chew and talk normally, leg spasms only"),
    ("eyelid_droop_double_vision", "both lids sit level, just a flicker"),
    ("saddle_numbness", "my bum feels normal when i sit, back spasms"),
    ("pain_out_of_proportion", "the pain is about what you would expect from a cramp"),
    ("bladder_bowel", "no problems with the loo, just back cramps"),
    ("weakness_persistent", "i can stand on one leg fine after the cramp"),
    ("weakness_progressive", "my legs are not weakening, only cramping at night"),
    ("weight_loss", "the scales havent budged, twitching in my eye"),
]

GUARDS = [
    ("urine_retention", "i was straining on the toilet for a poo and my back went into spasm"),
    ("strain_injury", "have to strain a lot to pee now and my back spasms"),
    ("weight_loss", "lost a few pounds with the flu but it is all back on now, calf cramps"),
    ("weight_loss", "the pain scale they use says less than last week, cramps settling"),
    ("weight_loss", "my calf looked thin after the cast came off years ago, fine now"),
    ("pain_passive_stretch", "the cramp eases when my foot gets pushed up against the wall"),
    ("weakness_progressive", "i chose lighter weights this week to rest my shoulder, it twitches"),
    ("severe_unrelieved", "the cramp went away after an hour of rest and a stretch"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_red_flag_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_red_flag_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent"


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present"
