"""Round 12, the differences between a spasm and a twitch (pain, tightness, range, what can be
seen, a steady beat, a stretch that sets it off or eases it, spreading, the urge to move,
sleep onset, eyelids, places and sides): everyday wordings in many voices, and look-alikes
that use the same words for something else. Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    # a steady fast beat counted per second
    ("her ankle bounces like 5 or 6 bounces a second", "rhythmic"),
    ("his foot jerks about 4 a second when it goes", "rhythmic"),
    ("the baby's chin quivers really fast when she cries", "rhythmic"),
    # legs that have been jumping or shoot out straight
    ("his legs from the knees down have been jumping all night", "visible_jerking"),
    ("at night they keep shooting out straight and wake me", "visible_jerking"),
    # rubbing them and it settles
    ("I rub them for ten minutes and she goes back to sleep", "relief_stretch"),
    ("my wife rubs it and it settles", "relief_stretch"),
    # painless, said another way; mild, said another way
    ("doesn't cause me any pain at all", "pain_none"),
    ("it never causes any pain, it just looks odd", "pain_none"),
    ("the pain isn't bad really, I can walk", "pain_mild"),
    ("she says it's not bad pain, just annoying", "pain_mild"),
    # a fixed, twisted posture
    ("her hand gets stuck in a fist and she cannot open it", "fixed_posture"),
    ("my fingers lock in a bent position for minutes", "fixed_posture"),
    ("my foot twists inward and I can't put it flat", "fixed_posture"),
    ("my chin gets pulled down to my chest and stays there", "fixed_posture"),
    # the head pulled round is the neck
    ("his head gets pulled round to the left and stays there", "loc_neck"),
    ("her head keeps turning to one side on its own", "loc_neck"),
    # can't get it straight
    ("we can't get his fingers straight to wash his palm", "rom_limited"),
    ("she can't get her knees fully straight any more", "rom_limited"),
    ("the spasm stops me lifting my arm above my head", "rom_limited"),
    # the twitching moved on to other muscles
    (
        "the twitching was first in his upper arm and now across his chest and back",
        "twitch_spreading",
    ),
    # places
    ("a squeezing cramp behind my breastbone when I swallow", "loc_chest"),
    ("sudden griping pain in my right loin", "loc_back"),
    ("horrible cramps in my carves at night", "loc_calf"),
    # something seen on the eyelid in the mirror
    ("my lower eyelid twitches and I can see it in the mirror", "visible_flicker"),
    # legs that resist: a spring, always a bit stiff
    ("when I bend his knees it's like pushing against a spring", "resists_movement"),
    ("my legs are always a bit stiff with the MS", "resists_movement"),
    # likenesses: a fish, a ball, dancing
    ("bro my leg was literally flopping like a fish", "visible_jerking"),
    ("it's like a fish flapping under the skin of my arm", "visible_flicker"),
    ("my wife can see my calf muscle dancing", "visible_flicker"),
    ("the muscle in my leg it make a ball and very much pain", "visible_bulge"),
    ("the muscle in my leg it make a ball and very much pain", "pain_severe"),
    ("the pain is intense and sudden", "pain_severe"),
    ("my back is locked, I can only move it a little", "rom_limited"),
    # a quick push of the foot sets off the beat
    ("when the nurse flexes my foot quickly it starts bouncing", "stretch_triggered"),
    ("my ankle bounces when I press my foot upwards", "stretch_triggered"),
    ("the pull when I stretch the calf starts the shaking", "stretch_triggered"),
    ("pushing my heel down eases it", "relief_stretch"),
    ("an itchy feeling deep in my legs when I lie down", "urge_to_move"),
]

DENIED = [
    ("the twitching hasn't moved anywhere else, only the calves", "twitch_spreading"),
    ("it's not a cramp, there's no hard muscle", "tightness"),
]

GUARDS = [
    # an eyelid that flickers is not by itself something seen under the skin
    ("my left eyelid has been flickering for a week", "visible_flicker"),
    ("right lower lid keeps flickering since the exams", "visible_flicker"),
    ("my eye flutters now and then, too much coffee", "visible_flicker"),
    # restless agitation is not the urge to move the legs
    ("sweating buckets, shaking and I can't sit still", "urge_to_move"),
    ("worst pain ever in my side, I can't keep still", "urge_to_move"),
    # spasms that go rigid are tightness, not a limb resisting being moved
    ("his thighs keep going rigid for a few seconds", "resists_movement"),
    ("the legs lock out straight and rigid", "resists_movement"),
    # baseline spasms that are manageable on medicine are no pain score
    ("my spasms are normally manageable on baclofen but tonight they are wild", "pain_mild"),
    # a baby who screams every evening
    ("she screams and screams every evening and pulls her knees up", "pain_severe"),
    ("a horrendous week at work and now my neck is knotted", "pain_severe"),
    # a kick in your sleep, a need to kick
    ("my wife says I kick in my sleep", "visible_jerking"),
    # the wrist bends in with a hand cramp: the hand, not the arm
    ("both hands cramp and bend in at the wrist", "loc_arm"),
    ("when I write my fingers curl and my wrist bends", "loc_arm"),
    # a child who curls up crying with tummy ache
    ("every so often he curls up crying holding his tummy", "fixed_posture"),
    # the heel in an Achilles or a walking test or a wound
    ("it hurts to put my heel down since the calf cramp", "loc_foot"),
    ("his heel cords are tight when I stretch him", "loc_foot"),
    ("I can walk on my toes and heels fine", "loc_foot"),
    ("he stood on a nail and it went right into his heel", "loc_foot"),
    # back as an adverb, a trip there and back
    ("walking fixes it until she sits back down", "loc_back"),
    ("I drove up to Leeds and back at the weekend and now my calf aches", "loc_back"),
    ("my back is against the wall with these cramps in my foot", "loc_back"),
    # a body part in a figure of speech
    ("in the eye of the storm, my calf cramped", "loc_eyelid"),
    ("my heart was in my mouth, the calf cramp was so sudden", "loc_face"),
    ("the pulses in my feet were checked and fine, it's my calves that cramp", "loc_foot"),
    # rhythm words used for something else
    ("my heart beats fast when the cramp comes", "rhythmic"),
    # a rub that was only tried
    ("I tried rubbing them but nothing helps", "relief_stretch"),
    ("I rub them and she's fine by morning", "relief_stretch"),
    ("I rub them and it goes on for half an hour", "relief_stretch"),
    # half a second is how long, not a beat per second
    ("really quick, like half a second, you can see it", "rhythmic"),
    # "not only" is no "only"
    ("it happens during the day too, not only when falling asleep", "sleep_onset_only"),
    ("I felt like a fish out of water at the new job, and my calf cramps", "visible_jerking"),
]


@pytest.mark.parametrize(("text", "finding"), STATED)
def test_stated(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), DENIED)
def test_denied(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"


@pytest.mark.parametrize(("text", "finding"), GUARDS)
def test_guard(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"
