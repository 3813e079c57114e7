"""Round 8c, body findings read from everyday wording: a lump or knot one "can actually see" is a
bulge, not a flicker, so the one-answer `visible` group no longer falls to unknown; twitching one
sees "under skin" (no article) or "can only just see"; a leg, arm, hand or whole body that jumps,
keeps jumping, or shoots or snaps out straight is visible jerking, while jumping under the skin is
not; feet going "tap tap" or "bang bang"; beats, bouncing or jerks set off by pulling or pushing
the foot up (either order), pressing a pedal, or going up a step are stretch-triggered, while the
same push that stops them is not; walking uphill is exertion; "spastic diplegia" as a diagnosis
name is not a stated resistance to movement. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("visible_bulge", "my thigh cramps and you can actually see the knot standing up"),
    ("visible_bulge", "the calf seizes and you can clearly see a lump in it"),
    ("visible_flicker", "tiny twitches in my forearm, I can see them under skin"),
    ("visible_flicker", "the twitch in my thigh, my wife can only just see it"),
    ("visible_jerking", "at night my legs jump and wake my husband"),
    ("visible_jerking", "her arm keeps jumping on its own since this morning"),
    ("visible_jerking", "his legs shoot out straight in bed every few minutes"),
    ("visible_jerking", "my left hand was twitching and jumping for a minute"),
    ("visible_jerking", "both her feet go tap tap tap against the floor"),
    ("stretch_triggered", "my ankle beats fast and it gets worse when I push my foot up"),
    ("stretch_triggered", "when the carer pulls his foot up it starts bouncing by itself"),
    ("stretch_triggered", "when her foot is pushed up on the footrest it goes into jerks"),
    ("stretch_triggered", "whenever I press the brake pedal my leg starts bouncing"),
    ("stretch_triggered", "going up the stairs my right foot judders and beats"),
    ("trig_exercise", "my thighs cramp cycling uphill"),
]

DENIED: list[tuple[str, str]] = []

GUARDS = [
    ("visible_flicker", "my thigh cramps and you can actually see the knot standing up"),
    ("visible_flicker", "the calf seizes and you can clearly see a lump in it"),
    ("visible_jerking", "my calf muscle is jumping under the skin like a worm"),
    ("visible_jerking", "my leg hurts when I jump off the wall"),
    ("stretch_triggered", "the calf cramps and I pull my foot up and the beating stops"),
    ("stretch_triggered", "her foot bounces, pushing her foot up calms it down"),
    ("stretch_triggered", "I pull my toes up and the cramp lets go"),
    ("resists_movement", "my son has spastic diplegia and walks on his toes"),
    ("visible_flicker", "crawly feeling under skin in my calves in the evening"),
    ("visible_bulge", "the calf cramps but I cannot see any lump in it"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
