"""Round 11 (red3), red flags told in roundabout everyday words.

Stated: sweating told through soaked shirts or sheets, agitation told as pacing and snapping
since new tablets, shaking too hard to hold a mug; a bladder that "lets go" or cannot be
trusted, a wet bed slept through; confusion told through what the person did (lost on the
way to their own house, could not recall their own phone number); numbness told through an
injury not felt (scalded a hand and never felt it); slurring voice, food that will not go
down; one side's limbs going dead out of nowhere, one side of the body giving way, an arm
that cannot be lifted in the last half hour; a deep or gritty graze; a lump that turned up
and stays, a leg a different shape, twitching that started in one place and is now in many;
a limb measured smaller.
Guards: a dentist's numbing, a shaving nick, weeing more often, a cut long ago, muscle lost
by stopping the gym, a leg thin out of a cast years ago, a swelling that will not go down.
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "agitation_sweating",
        "sweated right through my shirt at my desk since they raised the citalopram, legs twitch",
    ),
    (
        "agitation_sweating",
        "woke with drenched sheets again and my calves are jumping, new tablets last week",
    ),
    (
        "agitation_sweating",
        "i keep pacing round the kitchen and snapping at the kids since starting the new meds, leg cramps",
    ),
    ("agitation_sweating", "my hands are shaking so badly i cant hold a mug, cramps in my feet"),
    (
        "bladder_bowel",
        "my bladder just lets go without warning now, and my lower back keeps spasming",
    ),
    ("bladder_bowel", "i cant trust my bladder since the back spasms started"),
    ("bladder_bowel", "found the bed wet this morning and i never woke up, back in spasm"),
    ("confusion", "i got lost walking back to my own house yesterday, and my arms keep twitching"),
    ("confusion", "i couldnt remember my own phone number at the bank, cramps all over"),
    ("numbness", "scalded my hand on the kettle and didnt feel it at all, fingers cramping"),
    (
        "speech_swallow",
        "my speech slurs at the end of the day now, twitching in my tongue for weeks",
    ),
    ("speech_swallow", "i struggle to eat bread lately, it just wont go down, arm twitching"),
    ("sudden_one_side", "my right limbs went weak all of a sudden an hour ago and my calf cramped"),
    ("sudden_one_side", "the left side of my body gave way in the kitchen, leg spasming"),
    (
        "sudden_one_side",
        "in the last half hour he cant lift his right arm, and it was twitching before",
    ),
    ("wound_recent", "came off my scooter and got a gritty graze on my knee, now my thigh cramps"),
    (
        "appearance_change",
        "theres a lump on my forearm that popped up after the spasms and it stays",
    ),
    ("appearance_change", "my thigh looks a diff shape since the cramps began"),
    ("appearance_change", "first my calf would twitch, now its my arms and back as well"),
    (
        "muscle_wasting",
        "the physio measured my calves and the left is 2 cm thinner, cramps at night",
    ),
]

NOT = [
    ("numbness", "had a filling and the dentist numbed half my mouth, then my jaw cramped"),
    ("wound_recent", "nicked my chin shaving, tetanus done last year, neck twitching"),
    ("bladder_bowel", "i need to wee more often lately and get calf cramps"),
    ("muscle_wasting", "lost some muscle since i stopped training, calves cramp"),
    ("muscle_wasting", "my calf looked skinny when the cast came off ages ago, fine now"),
    ("severe_unrelieved", "the swelling on my ankle wont go down, calf cramps at night"),
    ("confusion", "got lost on holiday in a new city, legs cramped from walking"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_red_flag_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("finding", "text"), NOT)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present"
