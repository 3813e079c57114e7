"""Round 15, words both coders agree say no finding.

A relative's diagnosis in a note about the patient ("aunt dx MS 2015", "Brother had a
stroke") is the relative's history, also where the note never says "I". What everyone tells
the person ("everybody says it's stress") is their guess. A count of nights in hospital ("kept
in 2 nights"), a weekday's night ("seen by the GP Fri night"), a night on the floor
after a fall, and "was fine going to bed" say no episode at night. Other words that only look
like a finding: shoving oneself up with the arms, "it doesn't go to my arm", holding an eyelid
up with a finger, "feet not numb", bowels "all over the place", an eye screwed shut tight, a
kick taken to the shin, a calf "tight like a drum", "scared of wasting your time", "trauma
doll" for tramadol, "thought the tendon would snap", beats that come when the foot is pressed
down or flexed, a stretch that sends the person through the roof, "can barely bend forward",
"better when I walk, when I sit it comes back", hurting one's back at the gym, periods that
are heavy, fainting on the toilet. "Fine walking and at rest" denies an episode at rest.
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

NOT_READ = [
    (
        "Pt 60F, cramps in both calves at night. Aunt dx MS 2015, pt anxious.",
        "hx_multiple_sclerosis",
    ),
    ("Pt 52M twitching L thigh. Brother had a stroke 2020 so pt worried.", "hx_stroke"),
    (
        "Twitching in my calf for a month. Everybody says stress, cut out the coffee.",
        "stress_anxiety",
    ),
    (
        "Twitching in my calf for a month. Everybody says stress, cut out the coffee.",
        "trig_caffeine",
    ),
    ("my calf cramps now and then. I was kept in 2 nights last week.", "trig_night"),
    ("Son 12, twitchy thigh, seen by the GP Fri night and told it is nothing.", "trig_night"),
    (
        "She slipped in the garden and lay on the ground all night. Now her thighs ache.",
        "trig_night",
    ),
    ("Dad was fine going to bed, this morning his right leg is cold and numb.", "trig_night"),
    ("my thighs are so weak i have to shove myself up with my arms off the chair", "loc_arm"),
    ("squeezing pain in my chest, it does not go to my arm or jaw", "loc_arm"),
    ("my left eyelid droops so much I have to lift it with my finger to see", "loc_hand"),
    ("Calves cramp when I run. Feet not numb and they look fine.", "loc_foot"),
    ("tummy cramps and my bowels are all over the place lately", "loc_widespread"),
    ("my left eye screws shut tight on its own a few times an hour", "tightness"),
    ("took a hard kick to the shin at football and now the calf is swollen", "visible_jerking"),
    ("broke my leg last week, now the calf is swollen and tight like a drum", "rhythmic"),
    ("twitchy eyelid for a week, I am scared of wasting your time", "stress_anxiety"),
    ("back went yesterday, GP gave me trauma doll, now my legs jerk", "strain_injury"),
    ("cramp in my calf so bad I thought the tendon would snap", "snap_felt"),
    ("my right foot does fast little beats when I press my foot on the floor", "relief_stretch"),
    (
        "my ankles bounce several times a second, especially when I flex my foot up",
        "relief_stretch",
    ),
    ("she pulled my fingers back and I went through the roof", "relief_stretch"),
    ("low back spasm since yesterday, I can barely bend forward", "relief_sitting_bending"),
    (
        "my legs feel restless in the evening, when I walk it is better, when I sit again it comes back",
        "relief_sitting_bending",
    ),
    ("I hurt my back lifting at the gym last week and now it goes into spasm", "trig_exercise"),
    ("calf cramps at night for a month, and my periods are heavy too", "trig_menstruation"),
    ("terrible tummy cramps today and I felt faint and clammy on the toilet", "trig_meals_bowel"),
]


@pytest.mark.parametrize(("text", "finding"), NOT_READ)
def test_look_alike_is_not_read_present(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


def test_fine_walking_and_at_rest_denies_rest() -> None:
    assert said("My calves cramp when I run. I'm fine walking about and at rest.")["trig_rest"] == (
        "absent"
    )
