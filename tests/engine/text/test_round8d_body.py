"""Round 8d, body findings read from voice notes, letters and community posts.

Families: muscles "stiff as boards", "like iron", or cramps that "lock the muscle"/"locked my
calf" are tight; legs or arms that "are jumping", "keep kicking" are visibly jerking; fast
little jerks or judders are rhythmic; a painful, tender or big knot is a bulge; one big jerk or a
single sudden jolt lasts under a second; laying turf, slabs or paving is hard physical work;
"can only open my mouth" a little is a limited range; "does not go away" is constant.

Look-alikes that no longer count: stretches, rubbing or massage that "did nothing", "have not
helped", "but nope", "without much luck", or when "the only thing that helps" is something else,
and stretches kept up as a daily routine, are no relief by stretching; physio or hand exercises,
an exercise bike that does not bring it on, pain "running down my leg" or "into my shoulder", and
stopping playing an instrument are no exertion; a resting splint, resting the eyes, "going to lie
down", or spells that fade "if I lie down" are no trigger at rest; a dose or tablet that "kicks
in" is no jerking; foot pulses that were fine are no rhythm; eyes squeezed tight shut are no
muscle tightness; being sick non stop, or beats that "won't stop until" let go, are not constant;
a pregnancy bump is no bulge. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("tightness", "my calves have been stiff as boards since the relapse"),
    ("tightness", "both hamstrings like iron this week"),
    ("tightness", "the night cramps lock the muscle in my calf"),
    ("tightness", "the spasm locked my thigh for ages"),
    ("visible_jerking", "since lunchtime his legs are jumping on their own"),
    ("visible_jerking", "his legs were jumping all evening after the new tablets"),
    ("rhythmic", "his feet do these fast little jerks when he stands"),
    ("rhythmic", "his foot does quick jiggles when it rests on the step"),
    ("visible_bulge", "there is a painful knot at the top of my shoulder"),
    ("visible_bulge", "my calf has a big knot in it after the cramp"),
    ("dur_flicker", "as I doze off my whole body gives one big jerk"),
    ("dur_flicker", "he gets a single sudden jolt in his arm now and then"),
    ("trig_exercise", "my back cramped after laying slabs in the garden all morning"),
    ("trig_exercise", "my hands cramp when I have been laying bricks"),
    ("rom_limited", "my jaw is stiff and I can only open my mouth a little"),
    ("dur_constant", "the ache in my calf does not go away at all"),
]

GUARDS = [
    ("relief_stretch", "the calf cramps badly and rubbing and stretching do nothing"),
    ("relief_stretch", "massaging the leg and ice have not helped one bit"),
    ("relief_stretch", "I stretched it a bit but nope, still there"),
    ("relief_stretch", "we tried stretching and hot baths without much luck"),
    ("relief_stretch", "she tried rubbing it, but the only thing that helps is sitting"),
    ("relief_stretch", "I keep up my hamstring stretches and still cramp"),
    ("relief_stretch", "I do the stretches every morning yet it still comes"),
    ("trig_exercise", "the twitching in my fingers, I do hand exercises for arthritis"),
    ("trig_exercise", "my cramps, and I have kept up my physio exercises"),
    ("trig_exercise", "my exercise bike does not bring the leg pain on at all"),
    ("trig_exercise", "a tight ache running down my leg at night"),
    ("trig_exercise", "a knot in my neck running into my shoulder blade"),
    ("trig_exercise", "my fingers curl and only let go when I stop playing"),
    ("trig_exercise", "I hurt my back lifting a paving slab on Sunday"),
    ("trig_rest", "the physio made me a resting splint for the hand"),
    ("trig_rest", "my eyelid twitches, resting my eyes makes no difference"),
    ("trig_rest", "my arm feels heavy and I'm going to lie down"),
    ("trig_rest", "the tightenings fade if I have some water and lie down"),
    ("visible_jerking", "the foot twists until the first dose kicks in"),
    ("visible_jerking", "it settles once his tablets kick in"),
    ("rhythmic", "calf pain on walking but my foot pulses were fine"),
    ("rhythmic", "the nurse checked the pulses in my feet"),
    ("tightness", "my eye is squeezed tight shut for a second or two"),
    ("dur_constant", "cramps in my calf and I've been sick non stop"),
    ("dur_constant", "my ankle beats and won't stop until I lift my foot"),
    ("visible_bulge", "my whole bump goes hard for half a minute"),
    ("visible_bulge", "cramps low down and my bump feels tight"),
    ("dur_flicker", "my calf cramps at work and my manager is a big jerk about it"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
