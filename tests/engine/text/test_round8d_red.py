"""Round 8d, red flags as dictated, written in letters and posted in forums: water that is hard
to get started or a leak not felt ("wet myself without noticing"); painkillers that are barely
touching the pain or tablets that do nothing; fumbling, dropping or a weaker grip
worse every month; legs that "feel week" (a dictation slip) all the time; pain that is not
normal gym soreness. Guards: twitching that won't stop is not the bladder; legs stiff and worse
first thing are not progressive weakness; eye drops that have not helped a twitch are not
unrelieved pain, nor is rubbing a cramp that does nothing; eyes rolled up and stuck without a faint, or the worry that it is a seizure,
are not a seizure; a question whether the eyes are yellow, the wee darker or there is a fever
states none of them; a calf gripping like a vice is no band round the trunk; a foot icy and
white as a sheet is the limb, not a cold sweat. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("urine_retention", "since this morning I've had trouble getting my wee started"),
    ("urine_retention", "I'm struggling to get the stream going at all"),
    ("urine_retention", "he couldn't get his water started last night"),
    ("bladder_bowel", "I wet myself without even noticing it"),
    ("bladder_bowel", "found out I'd leaked without feeling a thing"),
    ("severe_unrelieved", "the morphine is barely touching the calf pain"),
    ("severe_unrelieved", "co-codamol isn't even denting it"),
    ("severe_unrelieved", "the tablets did nothing for the pain in my calf"),
    ("severe_unrelieved", "the paracetamol has done nothing at all"),
    ("weakness_progressive", "I keep dropping mugs and it's getting worse every month"),
    ("weakness_progressive", "my grip is weaker each week, jars are beyond me now"),
    ("weakness_persistent", "both my arms feel week all the time"),
    ("weakness_persistent", "my legs felt week even on the good days"),
    ("pain_out_of_proportion", "this is not normal gym soreness, it's a nine"),
    ("pain_out_of_proportion", "it's nothing like the usual training ache after a session"),
]

GUARDS = [
    ("bladder_bowel", "my eyelid won't stop twitching and it's been going for days"),
    ("bladder_bowel", "the calf won't stop cramping, it keeps going"),
    ("weakness_progressive", "my legs are stiff, worse in the mornings"),
    ("weakness_progressive", "arms always tight, worse after sitting"),
    ("severe_unrelieved", "warm compresses and eye drops have not helped the twitch"),
    ("severe_unrelieved", "stretching did nothing for the twitching in my calf"),
    ("severe_unrelieved", "rubbing it does nothing, the cramp just has to pass"),
    ("seizure", "her eyes rolled upwards and stuck there but she was talking to me"),
    ("seizure", "I'm worried it's a seizure but the doctor says sleep jerks"),
    ("jaundice", "my mum asked whether my skin was yellow, it isn't"),
    ("dark_urine", "I wonder whether my urine is a bit darker than normal"),
    ("fever", "I haven't checked my temperature today"),
    ("fever", "not sure whether I've got a fever or just feel hot"),
    ("band_pain", "my calf grips like a vice on the walk"),
    ("cold_sweat", "my toes went icy and white as a sheet"),
    ("urine_retention", "I had trouble getting the shower water going"),
    ("weakness_persistent", "my legs feel sore this week"),
    ("pain_out_of_proportion", "my thighs are sore but it's just normal gym soreness"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
