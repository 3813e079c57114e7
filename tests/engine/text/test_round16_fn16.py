"""Round 16 (fn16): everyday words for triggers, causes, history and denials that the lexicon
missed: heat given as a span of degrees, sweating buckets all day, hauling all day, "did my
lower back", a stressful day, a late coffee, "work is insane", the
toilet easing a cramp, a knee scope, medicines changed or given by a nurse, weight put on by
the stone, "fast bouncing", and denials: "can't be pregnant", "never gets it sitting", "can
still work", "don't drink much coffee", "mouth opens fine", "peeing normal colour", "freezing
when everyone else is fine" (what others feel is no denial).

Each reading comes with a look-alike that must not read. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

READS = [
    ("it has been 40 degrees all week on the building site and my calves cramp",
     "heat_exposure", "present"),
    ("out on the boat sweating buckets all day, now my hands cramp", "dehydration", "present"),
    ("I'm terrible at drinking, and my calves cramp", "dehydration", "present"),
    ("hauling nets all day and my forearm cramps by the evening", "trig_exercise", "present"),
    ("my right calf locks up near the end of the ride", "trig_exercise", "present"),
    ("my calf locks up hard", "tightness", "present"),
    ("did my lower back moving a wardrobe, it's in spasm", "strain_injury", "present"),
    ("after hundreds of squats both thighs are agony", "strain_injury", "present"),
    ("the cramps keep me from getting to sleep", "poor_sleep", "present"),
    ("been sleeping like rubbish and my eye twitches", "poor_sleep", "present"),
    ("my eyelid twitches, it's worse after a stressful shift", "trig_stress", "present"),
    ("my eyelid twitches, worse if I've had a coffee after lunch", "trig_caffeine", "present"),
    ("work has been relentless and my jaw aches", "stress_anxiety", "present"),
    ("tummy cramps that settle once I've been to the loo", "trig_meals_bowel", "present"),
    ("runs some days, bunged up other days, and crampy belly", "bowel_habit_change", "present"),
    ("the doctor switched my blood pressure tablets to a new one and now cramps",
     "med_new", "present"),
    ("calf cramps since the pharmacist gave me something for hay fever", "med_new", "present"),
    ("I've put on half a stone and my thighs ache", "tired_cold", "present"),
    ("always cold when everybody else is warm, and crampy calves", "tired_cold", "present"),
    ("cramping low on the left side of my tummy", "loc_pelvis", "present"),
    ("had a knee scope last month and now my calf cramps", "recent_surgery", "present"),
    ("after the op I spent most of a week in bed and now my calf aches", "immobility", "present"),
    ("my backs been in spasm since sunday", "loc_back", "present"),
    ("the fronts of both calves ache", "side_both", "present"),
    ("my foot does fast bouncing when I press the pedal", "rhythmic", "present"),
    # denials
    ("I'm on the pill so I can't be pregnant, bad cramps low down", "pregnant", "absent"),
    ("calf cramps, but he never gets them sitting", "trig_rest", "absent"),
    ("neck spasm but I can still work", "disrupts_daily_life", "absent"),
    ("eyelid twitch, I don't drink much tea or coffee", "high_caffeine", "absent"),
    ("jaw aches in the morning, mouth opens fine", "rom_limited", "absent"),
    ("thighs sore after the gym, weeing a normal colour", "dark_urine", "absent"),
    ("cramps in my hands, peeing and pooping normal", "bladder_bowel", "absent"),
]  # fmt: skip

NOT_READ = [
    # a fever in degrees is no hot weather
    ("my temp has been 38 degrees all day and my legs ache", "heat_exposure"),
    # a cramp once a week in bed is no bed rest
    ("I get a calf cramp about once a week in bed", "immobility"),
    # a back bad for years is the background, not where the spasm is
    ("both legs go heavy when I walk, back's been stiff for years", "loc_back"),
    # a one-off lift is a strain, not hard work
    ("my back went lifting a box", "trig_exercise"),
    # constipation alone is no alternating habit
    ("I think I'm a bit bunged up", "bowel_habit_change"),
    # the verb's pee in a list of fine things is not the colour
    ("cramps in my calves, peeing fine", "dark_urine"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "expected"), READS)
def test_everyday_words_are_read(text: str, finding: str, expected: str) -> None:
    assert said(text).get(finding) == expected


@pytest.mark.parametrize(("text", "finding"), NOT_READ)
def test_look_alikes_are_not_read(text: str, finding: str) -> None:
    assert finding not in said(text)
