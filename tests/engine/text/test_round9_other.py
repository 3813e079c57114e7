"""Round 9, other findings, from the scope errors of carers' stories in fresh26-28: a carer
who sets themself apart ("I've got sciatica myself", "my own knees are bad", "I'm worn out",
"so I worry") speaks of their own complaints, not the patient's; a writer who says "myself"
while speaking of someone else more than of themself is a carer, even if they say "I" often;
the relative given an age ("my husband is 70", "my mum, 81") is the patient, so their past
("has had diabetes for years") is theirs; a relative's age in brackets ("my aunt (66)") does not
end the relative's scope. Words: sneezing or
coughing that is "agony"; a hamstring that "just seized"; pre-workout or caffeine in mg; "like
30 degrees" and a hot hall or room; a few sips of water; after a fry up or a kebab, running to
the loo; "sent home with" a medicine, a dose "dropped"; writing all day, a deadlift PR, "after 3
months off"; skipping lectures. Look-alikes: grabbing a rail, switching to new shoes, starting
a sport, lifting "the same" weights, "the worst hangover", "didn't drink that much" (alcohol),
"almost every night" (no hedge), a cause someone "put it down to", a cancer that spread to
the bones, "kept nodding off" (drowsy), an old spinal cord level injury. The sentences are our own
wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "hx_diabetes",
        "My husband is 70 and has had diabetes for twenty years. His calves cramp every night "
        "and he cannot sleep. I've had a bad knee myself but I'm asking about him.",
    ),
    (
        "hx_heart",
        "I look after my dad, 81. He had a heart attack in 2015. Tonight his chest feels tight, "
        "he is pale and he says his left arm is heavy. I get aches in my ribs myself.",
    ),
    (
        "chest_pain",
        "I look after my neighbour, 75. He says he's had a crushing pain in his chest for half "
        "an hour, he's sweaty and his lips look blue. I get twinges in my chest myself.",
    ),
    ("pain_cough", "my lower back went after gardening and each sneeze is agony"),
    ("pain_cough", "the ache round her ribs is worse when she coughs"),
    ("onset_sudden", "halfway through a sprint my calf just seized"),
    ("high_caffeine", "I had a pre workout shake before the session"),
    ("high_caffeine", "my energy powder has 250 mg of caffeine in it"),
    ("heat_exposure", "we were playing tennis in like 31 degrees"),
    ("heat_exposure", "it was proper warm in there and I cramped"),
    ("dehydration", "I only had a few sips of water all afternoon"),
    ("trig_meals_bowel", "the belly cramps came on after a curry last night"),
    ("trig_meals_bowel", "the cramps twist and then I'm rushing to the toilet"),
    ("med_new", "they sent me home from hospital with metoclopramide"),
    ("med_new", "the GP dropped my dose of thyroxine last month"),
    ("strain_injury", "my hand cramps after writing all day for my essays"),
    ("strain_injury", "I hit a squat PR and my thigh went into spasm"),
    ("strain_injury", "it started after I went back to running after 6 months off"),
    ("disrupts_daily_life", "the pain made me skip 3 lectures this week"),
    ("sleep_onset_only", "almost every night just as I'm dozing off my legs jump"),
]

DENIED_OTHERS = [
    ("med_ppi", "I get calf cramps at night. My aunt (66) has been on omeprazole for years."),
]

GUARDS = [
    (
        "hx_diabetes",
        "My wife is 60. Her legs jerk at night and she kicks me. I've got diabetes myself but "
        "I'm asking about her. She has no other illnesses.",
    ),
    (
        "poor_sleep",
        "Writing about my son, 12. He gets cramps in his calves after football, and he is "
        "fine in between. I'm his only carer and I'm worn out and not sleeping.",
    ),
    (
        "pain_severe",
        "My mother is 88 and her calf goes hard at night, she wakes crying. My own back is "
        "killing me from lifting her.",
    ),
    (
        "stress_anxiety",
        "My daughter is 15. She strained her thigh at hockey and it cramps when she runs. My "
        "sister tore a muscle once so I panic.",
    ),
    (
        "hx_pad",
        "My dad is 74. His calf aches after a short walk and he has to stop. His brother lost "
        "a foot to bad circulation.",
    ),
    ("onset_sudden", "at the pool I have to grab the side when my foot cramps"),
    ("med_new", "the cramps began when I switched to new trainers"),
    ("med_new", "I recently started spin classes and my calves cramp"),
    ("strain_injury", "my arms are fine, I'm lifting the same weights as before"),
    ("pain_severe", "I had the worst hangover and my neck is now twisted"),
    ("dehydration", "I didn't drink that much at the party, then my hands went stiff"),
    ("stress_anxiety", "my GP put it down to stress but the twitch has spread"),
    ("twitch_spreading", "her breast cancer spread to the bones last year and now her legs jerk"),
    ("sleep_onset_only", "he had a fever and kept nodding off at tea"),
    ("strain_injury", "he is paraplegic after a T10 injury and his legs spasm"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED_OTHERS)
def test_someone_elses_is_not_read(finding: str, text: str) -> None:
    assert finding not in said(text), text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
