"""Round 11, stated red flags as new people write them: older people, English as a second
language, speech-to-text, carers, the sign buried among harmless complaints; and look-alikes
(someone else's sign, a pet's, a past one, an idiom, a worry) that must not end an interview
as an emergency."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    # "restless" with legs further on does not hide the sweating
    (
        "since they put up my tablets i am all restless and sweating buckets and my legs cramp",
        "agitation_sweating",
    ),
    # "there is this" tells a thing, it asks nothing
    ("my knee aches and there is this squeezing ring of pain around my ribs", "band_pain"),
    ("there is this band of pain around my middle and the back spasms", "band_pain"),
    ("the pain is much bigger than the wound, and my calf cramps", "pain_out_of_proportion"),
    # ESL: "lost my senses" is losing consciousness
    ("I have 76 years, I fell down and lost my senses and shook all over", "seizure"),
    ("he lost his senses and fell on the floor", "seizure"),
    (
        "I took paracetamol and ibuprofen and the cramp pain does not go away at all",
        "severe_unrelieved",
    ),
    # drinks swallowed are no alcohol
    ("for some weeks I choke on drinks and my voice is slurry", "speech_swallow"),
    ("out of nowhere I lost strength in my right side", "sudden_one_side"),
    ("suddenly he lost all power in his left side", "sudden_one_side"),
    ("he has not been able to pass urine all day and his legs cramp", "urine_retention"),
    ("I have not been able to pee since this morning", "urine_retention"),
]

NOT = [
    ("my dog's urine was brown but I just have a cramp in my foot", "dark_urine"),
    ("my dog's throat is closing, I have a cramp in my hand", "throat_closing"),
    ("my baby soils his nappy and I get hand cramps carrying him", "bladder_bowel"),
    ("I am worried my calf might swell up like my aunt's did but it is normal", "calf_swelling"),
    ("I am afraid my muscles will waste away but they look normal", "muscle_wasting"),
    (
        "the thought of the dentist brings me out in a cold sweat, my calves cramp anyway",
        "cold_sweat",
    ),
    (
        "I see double only after too much wine and now I have leg cramps",
        "eyelid_droop_double_vision",
    ),
    ("I had a stiff neck with a headache last year, now I have calf cramps", "neck_stiffness"),
    ("I can't swallow the idea of quitting running, my calves cramp", "speech_swallow"),
    ("I sleep on one side and my arm goes numb in the morning then wakes up", "sudden_one_side"),
    (
        "my resolve is getting weaker, I want to stop running because of the cramps",
        "weakness_progressive",
    ),
    ("the news cut into my sleep and my calves cramp", "wound_recent"),
    ("I had a few drinks and my speech was slurred, then my calf cramped", "speech_swallow"),
    ("the cramp in my calf does not go away for ten minutes", "severe_unrelieved"),
]

KEPT = [
    # a start or a comparison with last year is no past that is over
    ("I have had chest pain since last year", "chest_pain", "present"),
    ("my legs are weaker than last year", "weakness_progressive", "present"),
    ("his legs are as strong as they were last year", "weakness_progressive", "absent"),
    # a worry said apart from the sign does not hide it
    ("I am worried, my calf is swollen and red", "calf_swelling", "present"),
    ("I cough when drinking and my speech is slurred for weeks", "speech_swallow", "present"),
    ("my dog bit my hand and my calf cramps", "wound_recent", "present"),
]


@pytest.mark.parametrize(("text", "fid"), STATED)
def test_stated(text: str, fid: str) -> None:
    assert said(text).get(fid) == "present"


@pytest.mark.parametrize(("text", "fid"), NOT)
def test_look_alike(text: str, fid: str) -> None:
    assert said(text).get(fid) != "present"


@pytest.mark.parametrize(("text", "fid", "choice"), KEPT)
def test_kept(text: str, fid: str, choice: str) -> None:
    assert said(text).get(fid) == choice
