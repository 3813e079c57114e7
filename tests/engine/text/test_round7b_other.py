"""Round 7b of the parser, everything but the warning signs and time: where the spasm is, the
sides, triggers and relief. Wordings read wrong in the fourteenth to sixteenth blind sets,
and their look-alikes. Every sentence here is our own.

Not read now as a place (``not_the_place``): a body part that only tingles or is numb ("pins
and needles in my hands", "top of my foot gone tingly", "lips are buzzing"), its normal
colour ("foot's a normal colour"), a wound or a boot's sole ("fork went through my welly into
my foot"), a part used as a tool ("feel the knot with my hand", "push up with my arms", "two
fingers between my teeth"), moved or caught ("my mate moves my foot", "catching my toes on
the kerb", "up on his toes"), a foot that points down in a calf cramp; "up to my eyes", a lid
that has dropped, "face and speech are the same", the back of the left ankle, puffy ankles.
Kept as a place: a word of a spasm near them ("fingers tingle and cramp up").
Not read now: "we both heard", "both legs look normal", either side of the spine (sides);
"taking them right" (one side); clenching all night, hours of sleep a night, started nights,
diarrhoea all through the night (night); runs of twitching, a heart running fast, legs like
planks, "like after a day's digging", asking about going back to the gym (exercise); "there
sitting, walking, lying down" (rest); stretching or pulling that hurts, a question "should I
rub it?", stretches a carer does (relief); "frightened the life out of me" (stress).
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

NOT_STATED = [
    # only a feeling, not where the spasm is
    ("loc_hand", "cramps in my calves at night and pins and needles in my hands"),
    ("loc_hand", "calf cramps again, my fingertips are tingling too"),
    ("loc_foot", "my shins go tight when i run and the tops of my feet go tingly"),
    (
        "loc_foot",
        "the pain shoots down my thigh and i have pins and needles on the outside of my foot",
    ),
    ("loc_foot", "front of my shin is rock hard, top of the foot gone pins n needles"),
    ("loc_foot", "my calf is killing me and my foot feels a bit numb"),
    ("loc_face", "my lips are buzzing since this morning and both hands keep cramping"),
    ("loc_face", "my lips and the tips of my fingers are fizzing, then my hands cramp"),
    # its colour or warmth said to be normal
    ("loc_foot", "my calf cramps walking uphill, my foot's a normal colour and warm"),
    ("loc_foot", "calf cramps after 200 yards, feet are a good colour"),
    # a wound there, or a boot's sole
    (
        "loc_foot",
        "a rusty nail went through my trainer into my foot last week, now my jaw is tight",
    ),
    ("loc_foot", "went through the sole of my boot with a garden fork, now my neck is stiff"),
    ("loc_foot", "stiff jaw since yesterday. foot's mostly healed now"),
    ("loc_hand", "a thorn puncture in my palm a week ago and now my jaw locks"),
    # the part used as a tool, or moved, caught, raised onto the toes
    ("loc_hand", "my lower back has a hard knot i can feel with my hand"),
    ("loc_hand", "my calf is warm, i put my hand on it and it felt hot"),
    ("loc_arm", "my thighs ache and i have to push with my arms to get off the sofa"),
    ("loc_hand", "i can still get out of a chair without using my hands"),
    ("loc_hand", "my jaw is so stiff i can only get two fingers between my teeth"),
    ("loc_foot", "shin went rock hard after a kick and it kills when the physio moves my foot"),
    ("loc_foot", "my calf twitches and i keep catching my toes on the kerb"),
    ("loc_foot", "his legs are stiffer and hes up on his toes more when he walks"),
    ("loc_foot", "woke with the calf rock hard and my foot pointing down"),
    ("loc_foot", "calf cramp at 3am, toes pointed, calf like a rock"),
    ("loc_foot", "my calf twitches all day and that foot kind of slaps down when i walk"),
    ("loc_foot", "felt a kick at the back of my left ankle and cant push off"),
    ("loc_foot", "my left calf cramps and the ankle and calf are puffy"),
    ("loc_arm", "my hands went into a claw, fingers together and bent at the wrist"),
    # other words that name a part without the spasm there
    ("loc_eyelid", "my calf cramps at night and ive been up to my eyes with work"),
    ("loc_eyelid", "her swallowing is worse and her right eyelid has dropped, legs stiff"),
    ("loc_face", "my left hand is stiff since the stroke, my face and speech are the same"),
    ("loc_face", "his jaw feels tight but he opens his mouth normally"),
    # sides
    ("side_both", "he felt a kick at the back of his left ankle and we both heard a bang"),
    ("side_both", "my left calf cramps at night, they both heard me scream"),
    ("side_both", "cramps in my right calf, no swelling, both legs look normal"),
    ("side_both", "my lower back locked, the muscle either side of my spine is solid"),
    ("side_one", "my calves cramp, not sure im taking them right"),
    # triggers
    ("trig_night", "my jaw feels tight like ive been clenching all night"),
    ("trig_night", "eyelid twitching, living on coffee and 4 hrs sleep a night"),
    ("trig_night", "the twitching kicked off when i started nights"),
    ("trig_night", "she had runny poo all through the night and now her hands cramp"),
    ("trig_exercise", "my eyelid flickers in little runs of a few seconds"),
    ("trig_exercise", "his legs cramp and his heart is doing jumps and then running very fast"),
    ("trig_exercise", "my legs are always stiff but this week theyre like planks"),
    ("trig_exercise", "my thighs ache like after a days digging but i havent done anything"),
    ("trig_exercise", "my back spasms, should i get back to the gym next week"),
    ("trig_rest", "cramp in my calf that wont let go, its there sitting, walking, lying down"),
    ("trig_rest", "the cramp is there whether im sitting or standing"),
    # relief
    ("relief_stretch", "my legs jump by themselves, worse when i pull my foot up"),
    (
        "relief_stretch",
        "shin is rock hard and it kills when my mate moves my foot or i pull my toes up",
    ),
    ("relief_stretch", "her foot is white and cold and her calf aches. should i rub it?"),
    ("relief_stretch", "when we push her foot up during her stretches the foot bounces"),
    # stress
    ("stress_anxiety", "my eyes clamp shut, it happened driving and frightened the life out of me"),
]


@pytest.mark.parametrize(("finding", "text"), NOT_STATED)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


# Guards (pass before and after): the new excludes must not take their neighbours.
GUARDS = [
    ("loc_hand", "my fingers tingle and cramp up when i hold a cold glass"),
    ("loc_hand", "cramping and tingling in my hands after the op"),
    ("loc_hand", "both hands cramped into claws"),
    ("loc_foot", "cramps in my feet every night"),
    ("loc_foot", "my toes curl and cramp at night"),
    ("loc_foot", "the foot is white and cold and the cramp wont go"),
    ("loc_foot", "when i move my foot it cramps"),
    ("loc_face", "the corner of my mouth twitches when i tap my cheek"),
    ("loc_eyelid", "my left eyelid keeps twitching"),
    ("side_both", "cramps in both legs every night"),
    ("side_one", "my right calf cramps when i walk"),
    ("trig_night", "cramps wake me up at night"),
    ("trig_exercise", "my calves cramp when i run"),
    ("trig_rest", "my legs twitch when im sitting still"),
    ("relief_stretch", "i pull my toes up and it goes"),
    ("relief_stretch", "stretching it out helps"),
]


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_guard_still_read(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text
