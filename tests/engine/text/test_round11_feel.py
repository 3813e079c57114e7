"""Round 11, how the contraction feels and looks (findings that are not red flags): everyday
wordings for a visible bulge, flicker, jerking or nothing to see, a limited range, a quick
stretch that sets it off, a steady beat, the urge to move, relief by walking on it, and how much
it hurts; with look-alikes that use the same words for something else. Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("the calf bunches up into a hard ball when the cramp comes", "visible_bulge"),
    ("you can see the muscle bunched up at the back of my thigh", "visible_bulge"),
    ("you can see the muscle standing out hard while it cramps", "visible_bulge"),
    ("a little flutter in my calf that you can see", "visible_flicker"),
    ("my wife looked and couldn't see anything move", "visible_none"),
    ("no visible twitching, I just feel it inside", "visible_none"),
    ("the doctor couldn't see any twitching when I showed her", "visible_none"),
    ("it doesn't look any different when it happens", "visible_none"),
    ("from the outside you wouldn't know it was happening", "visible_none"),
    ("the leg shakes back and forth on its own", "visible_jerking"),
    ("my leg shakes in a steady fast beat", "rhythmic"),
    ("neck cricked in the night and I can't look over my left shoulder", "rom_limited"),
    ("calf went solid and I couldn't point or flex my foot for ages", "rom_limited"),
    ("since the spasm my movement is really limited in my back", "rom_limited"),
    ("when the physio flicks my foot up it starts shaking", "stretch_triggered"),
    ("his foot bounces when I put his foot on the footplate", "stretch_triggered"),
    ("bending my foot up brings it on every time", "stretch_triggered"),
    ("flexing my ankle up triggers the shaking", "stretch_triggered"),
    ("it goes once I walk about on it", "relief_stretch"),
    ("in the evening I get an itchy need to move my legs", "urge_to_move"),
    ("jittery legs every evening on the sofa", "urge_to_move"),
    ("an itch inside my legs that won't leave me be", "urge_to_move"),
    ("my legs just have to move when I'm lying down", "urge_to_move"),
    ("the cramp in my foot brings tears to my eyes", "pain_severe"),
    ("the pain makes me scream when it grabs", "pain_severe"),
]

GUARDS = [
    ("the lights in the office flicker and my eyelid twitches", "visible_flicker"),
    ("a flicker of hope the new tablets help my calf cramps", "visible_flicker"),
    ("ripples of pain go down my leg when it cramps", "visible_flicker"),
    ("my belly bulges after food and I get tummy cramps", "visible_bulge"),
    ("I feel a knot of worry whenever my calf twitches", "visible_bulge"),
    ("I felt a jolt of pain in my calf when I stood up", "visible_jerking"),
    ("the car jerked to a stop and now my neck is in spasm", "visible_jerking"),
    ("I have mild asthma and my calves cramp at night", "pain_mild"),
    ("it's mild weather today but the cramps are still there", "pain_mild"),
    ("I do moderate exercise three times a week and get cramps", "pain_moderate"),
    ("a moderate amount of wine at the weekend, cramps most nights", "pain_moderate"),
    ("I stretch every morning as part of my yoga and the calves still cramp", "relief_stretch"),
    ("my legs crawl in the evening and it goes while I'm walking about", "relief_stretch"),
    ("his legs kick off the footplate in his spasms", "stretch_triggered"),
    ("once it's all over I feel fine, it's only my calf", "loc_widespread"),
    ("I'm all over the place with worry about this twitch in my thumb", "loc_widespread"),
]


@pytest.mark.parametrize(("text", "finding"), STATED)
def test_stated(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), GUARDS)
def test_guard(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"
