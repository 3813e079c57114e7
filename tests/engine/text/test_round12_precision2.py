"""Round 12, precision of findings stated present (2): words that name a finding's word but
not the finding. Exercise as an ability ("can run if he has to", "parkrun in my usual time")
or an old injury's context ("broke my wrist skating"); the foot as a landmark or a weight to
stand on ("above the heel", "can't put weight on that foot"); stretching that did not help
or that someone else does; stiffness always there without anyone moving the limb; AF as a
heart history; shifts at night; "fits" as a match. Sentences in our own words: each NEG case
failed on the int branch; the GUARD cases are guards."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

NEG = [
    # "and for the last 4 days" after a history dates the symptoms: "this morning" (a later
    # event) no longer stands alone as since when
    (
        "had a heart attack in the summer and for the last four days my thighs ache, "
        "this morning my wee was dark",
        "persist_hours",
    ),
    (
        "she has ms and for the past three days her legs are stiffer, today she is shattered",
        "persist_hours",
    ),
    # exercise as an ability or as an old injury's context
    ("he can run if he has to but his thighs cramp at night", "trig_exercise"),
    ("did parkrun in my usual time on saturday, now my calves twitch", "trig_exercise"),
    ("ran my 5k in my normal time, but the thigh twitching goes on", "trig_exercise"),
    ("broke my wrist skating last year and now my forearm cramps", "trig_exercise"),
    ("sprained my ankle skiing years ago, now my calf twitches", "trig_exercise"),
    # the foot as a place to stand on or a landmark
    ("calf is tight and I can't put weight on that foot", "loc_foot"),
    ("can't stand on the foot, the calf is swollen", "loc_foot"),
    ("cant go up on tip toes on that foot, felt a pop in my calf", "loc_foot"),
    ("can't bear weight on my right foot since the calf went", "loc_foot"),
    # stretching that does not help, or that someone else does
    ("the cramps won't go down even when we stretch them", "relief_stretch"),
    ("my calf cramps when the doctor stretches my foot", "relief_stretch"),
    # AF is a heart history, not palpitations
    ("on warfarin for a fib, legs cramp", "palpitations"),
    ("he has a fib and takes apixaban, his calves cramp", "palpitations"),
    # shifts at night are work, not poor sleep
    ("I work night shifts and my legs twitch", "poor_sleep"),
    ("she works nightshifts at the hospital and her calves cramp", "poor_sleep"),
    # "fits" as a match
    ("fell and the pain fits the bruise on my thigh", "seizure"),
    ("the cramp fits with the new tablets", "seizure"),
]

GUARD = [
    (
        "had a heart attack in the summer and for the last four days my thighs ache, "
        "this morning my wee was dark",
        "persist_days",
    ),
    ("my calves have cramped since this morning", "persist_hours"),
    ("my calves cramp when i run", "trig_exercise"),
    ("after parkrun on saturday my calves cramped", "trig_exercise"),
    ("my feet cramp at night", "loc_foot"),
    ("the arch of my foot cramps when I stand on it", "loc_foot"),
    ("stretching my calf eases the cramp", "relief_stretch"),
    ("when i stretch it the cramp goes", "relief_stretch"),
    ("my heart is racing and fluttering", "palpitations"),
    ("I have AF and my calves cramp", "hx_heart"),
    ("I can't sleep for the cramps", "poor_sleep"),
    ("he had a fit and bit his tongue", "seizure"),
]


@pytest.mark.parametrize(("text", "finding"), NEG)
def test_not_stated_present(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding"), GUARD)
def test_guard_still_present(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"
