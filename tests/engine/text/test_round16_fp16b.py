"""Round 16, precision (second pass): words that name a body part, a sign or a habit for
another reason.

A face and neck "bright red" is flushing, not the neck; an arm that "works fine" is not a place
of trouble; "muscles have gone rigid" is no wasting; "I twisted to reach" or a pain "like a
knife twisting" is a movement or a simile, not a fixed posture; "I'd had a few glasses of wine"
is one evening, not heavy drinking; bowels "gone from clockwork to all over the place" are not
twitches everywhere; a neuropathy "spreading" is not twitching that spreads; "irregular
heartbeat, AF" names the condition, not palpitations felt; "Google said MS" is no diagnosis of
MS; "2 hours ago his leg suddenly went" tells when it started, not hours of unrelieved pain;
"arms killing me way worse than gym soreness" is pain, not weakness getting worse; "shaking all
over, sweating" is no fever by itself; "breathing fast and couldn't slow it down" is over-
breathing, not breathlessness; "if you go quick" is not trying to go to the toilet; "bloods and
FIT" is a test, not a fit; someone bending the fingers back is a stretch, not fingers cramping
into a claw; "sorry, can't sleep" opening a message at night says why one writes now, not a
cause. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("loc_eyelid", "my left eyelid has been twitching all week"),
    ("loc_eyelid", "the lower lid under my right eye keeps flickering"),
    ("fixed_posture", "his eyes rolled up and stayed stuck there"),
    ("loc_face", "my cheek twitches and pulls the side of my face"),
    ("loc_neck", "the muscles in my neck keep going into spasm"),
    ("loc_shoulder", "a cramp right on top of my shoulder when I lift"),
    ("loc_arm", "my forearm keeps cramping when I write"),
    ("muscle_wasting", "the muscle in my hand has gone thin and hollow"),
    ("fixed_posture", "my neck twisted round to the left and stuck there"),
    ("alcohol_heavy", "I drink a bottle of wine most nights"),
    ("loc_widespread", "twitching all over the place in my arms and legs"),
    ("twitch_spreading", "the twitching has spread to other muscles over the last month"),
    ("palpitations", "my heart is racing and fluttering tonight"),
    ("hx_multiple_sclerosis", "I was diagnosed with MS ten years ago"),
    ("severe_unrelieved", "the cramp went two hours ago but the pain is still unbearable"),
    ("weakness_progressive", "my grip is getting weaker every month"),
    ("fever", "shivering and burning up, thermometer says 39"),
    ("breathing_difficulty", "I'm so short of breath I can't finish a sentence"),
    ("urine_retention", "I need to go but nothing comes out"),
    ("seizure", "she had a fit on the kitchen floor and wouldn't answer"),
    ("tingling_lips_hands", "my lips are tingling and my hands have cramped into claws"),
    ("poor_sleep", "since the baby came I can't sleep more than 3 hours a night"),
]

GUARDS = [
    ("loc_neck", "a thumping headache and his face and neck went bright red"),
    ("loc_arm", "twitch in my shoulder blade, the arm works fine though"),
    ("muscle_wasting", "since the pump failed his thigh muscles have gone rigid"),
    ("fixed_posture", "I twisted to grab my bag and my side cramped"),
    ("fixed_posture", "sharp pain in my side like a knife twisting"),
    ("alcohol_heavy", "I'd had a couple of pints at the wedding the night before"),
    ("loc_widespread", "my bowels have gone from regular to all over the place"),
    ("twitch_spreading", "the nurse said my neuropathy is spreading up my legs"),
    ("palpitations", "he has an irregular heartbeat, AF, and takes a blood thinner"),
    ("hx_multiple_sclerosis", "I looked on Google and it said it might be MS"),
    ("severe_unrelieved", "3 hours ago her leg suddenly went cold and painful"),
    ("weakness_progressive", "my legs are killing me, way worse than after any run"),
    ("fever", "new tablets and now I'm shaking all over and sweating"),
    ("breathing_difficulty", "panicked and was breathing fast and couldn't slow it down"),
    ("urine_retention", "it resists when you try to bend the knee if you go quickly, nothing else"),
    ("seizure", "the GP sent off bloods and a FIT test for my bowels"),
    (
        "tingling_lips_hands",
        "fingers swollen and tingly in the cast, and it's agony when the nurse bent my fingers back",
    ),
    ("poor_sleep", "sorry it's late, can't sleep. my calves twitch after I run"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
