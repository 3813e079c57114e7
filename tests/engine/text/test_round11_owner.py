"""Round 11, whose story it is: a writer who sets someone else's sign against their own ("my
friend had a band of pain round his chest but mine is just a calf cramp", "my son cut his knee
but I have the cramps", "I just have calf cramps", "my calf just twitches") tells their own
story, so the other person's sign stays theirs and the writer's findings are the writer's.
Guards: a carer's story ("my husband woke with cramp, I pushed his toes back") stays the
other person's, the carer's errands ("I just have to rub them", "I just want to know") and
asides ("I've got cramps myself") included."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

#: The other person's sign, set against the writer's own: not the writer's.
OTHERS = [
    ("my friend had pain round his chest like a band but mine is just a calf cramp", "band_pain"),
    ("my son cut his knee but I have the cramps", "wound_recent"),
    ("my friend couldn't walk after her knee surgery, I just have calf cramps", "loss_of_function"),
    ("my friend couldn't walk after her knee surgery, I just have calf cramps", "recent_surgery"),
    ("my mate can't walk after his achilles rupture, my calf just twitches", "loss_of_function"),
    (
        "my husband has weakness in his legs and he can't walk far, whereas I just get calf "
        "cramps at night",
        "weakness_persistent",
    ),
    (
        "my son is losing weight and his muscles are wasting but I have only twitching eyelid",
        "muscle_wasting",
    ),
    (
        "my son is losing weight and his muscles are wasting but I have only twitching eyelid",
        "weight_loss",
    ),
    (
        "my friend had his speech go slurred, but mine is only a twitch in the calf",
        "speech_swallow",
    ),
    ("my colleague has numbness in his feet, but I have twitching in my calf", "numbness"),
    ("my neighbour can't walk without a frame, I just have sore calves", "loss_of_function"),
]

#: The writer's own part of such a story is the writer's.
OWN = [
    ("my friend had pain round his chest like a band but mine is just a calf cramp", "loc_calf"),
    ("my mate can't walk after his achilles rupture, my calf just twitches", "loc_calf"),
    (
        "my husband has weakness in his legs and he can't walk far, whereas I just get calf "
        "cramps at night",
        "trig_night",
    ),
    ("my dad can't lift his arm, me, I just have twitching in my thumb", "loc_hand"),
    ("my wife cut her foot badly last week but my own problem is cramp in my calves", "loc_calf"),
    ("my daughter fell and cut her leg, I only have cramps in both calves every night", "loc_calf"),
    (
        "my daughter fell and cut her leg, I only have cramps in both calves every night",
        "trig_night",
    ),
    (
        "my son is losing weight and his muscles are wasting but I have only twitching eyelid",
        "loc_eyelid",
    ),
    ("my colleague has numbness in his feet, but I have twitching in my calf", "loc_calf"),
]

#: A carer's story stays the other person's: their signs are the patient's.
CARER = [
    (
        "my husband woke at 3am with cramp in his left leg, I pushed his toes back and rubbed "
        "his calf, he can't walk on it",
        "loss_of_function",
    ),
    (
        "my mum is 80, her leg went cold and white this morning, I rang the GP but I can't get "
        "through",
        "limb_cold_pale",
    ),
    (
        "my son cut his knee last week and now he has cramps in his calf, I just gave him water",
        "wound_recent",
    ),
    (
        "my dad can't walk since yesterday, his legs are weak, I have to help him to the toilet",
        "loss_of_function",
    ),
    (
        "my wife has a band of pain round her chest, I'm really worried, should I call 999",
        "band_pain",
    ),
    ("my daughter has twitching in her arm, I noticed it this morning", "loc_arm"),
    (
        "writing for my father, he can't lift his arm, I just want to know if it's urgent",
        "loss_of_function",
    ),
    (
        "my husband has cramps at night and his legs twitch, I just have to rub them for him",
        "trig_night",
    ),
    ("my brother has had calf cramps for a week, I told him to rest", "loc_calf"),
    (
        "my wife's calf is swollen and hot, she can't walk on it, I've got cramps myself",
        "calf_swelling",
    ),
    ("my husband can't walk on his leg but I have no idea what to do", "loss_of_function"),
]


@pytest.mark.parametrize(("text", "finding"), OTHERS)
def test_the_other_persons_sign_stays_theirs(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding"), OWN)
def test_the_writers_contrast_is_their_own(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), CARER)
def test_a_carers_story_stays_the_patients(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"
