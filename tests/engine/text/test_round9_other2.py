"""Round 9, who the patient is in a carer's story told with an "I": the writer who says "I"
as often as "he" or "her" may still be telling what they saw and did to someone else ("I
noticed his toes were curled", "I asked him twice", "I was combing my mum's hair and saw her
eyes were yellow"). An "I" that acts on or looks at the other person is the carer's, and a
story whose body parts are someone else's ("his calf", "her legs", "my husband's feet") is
that person's story. A relative named with their past ("my dad had ALS, his hands got weak")
stays someone else's, and so does the writer's own aside ("I get chest pain myself"). The
sentences are our own wording.

Also causes and context: pain told as "terrible", "takes my breath away" or sending someone
"through the roof" (severe); a weeing every half hour that stings, or stinging when
catheterising (urine infection); a home test that is "faint positive" or a positive pregnancy
test (pregnant); "was put on", a dose "doubled ... ago", a changed timing of a medicine (new
medicine); feeling the back "go" or a "bang" (sudden onset); cramps "before I need to go"
(bowels); "when I'm stressing" (stress trigger); a job that "has been relentless", a
boss who is "a nightmare" (stress). Look-alikes: pulling the toes up to stretch a cramp (no strain), "no pain down the
legs" or "in my chest" (not painless), a pregnancy test merely done, legs that "go weak".
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "calf_swelling",
        "my wife (68) got a cramp overnight, I felt her calf and it was swollen and I told her "
        "it looked bigger than the other",
    ),
    (
        "pain_severe",
        "my son woke screaming with cramp, I rubbed his calf and I held his foot, he said it "
        "was agony",
    ),
    (
        "dark_urine",
        "I helped my husband to the toilet after the marathon and I saw his urine was dark like cola",
    ),
    ("jaundice", "I was combing my mum's hair and I noticed her eyes were yellow"),
    (
        "limb_cold_pale",
        "my husband is 66, I took his socks off and I saw his toes were white and cold",
    ),
]

STATED += [
    ("pain_severe", "when it grips, the pain is terrible"),
    ("pain_severe", "the spasm took my breath away"),
    ("pain_severe", "if anyone touches my foot i nearly go through the roof"),
    ("urine_infection", "i'm peeing every half hour and it burns"),
    ("urine_infection", "it stings when i catheterise now"),
    ("pregnant", "my period was late so i did a test, faint positive"),
    ("pregnant", "got a positive pregnancy test on friday"),
    ("med_new", "I got put on naproxen a fortnight ago"),
    ("med_new", "the GP upped it 10 days ago"),
    ("med_new", "they changed the timing of my tablets last month"),
    ("onset_sudden", "reaching for the top shelf I felt my calf go, like a twang"),
    ("onset_sudden", "I heard a loud snap behind my heel"),
    ("trig_meals_bowel", "the belly cramps come right before i need to go"),
    ("trig_stress", "the twitch only shows up when im stressing about money"),
    ("trig_stress", "it flickers whenever i get worrying over the kids"),
    ("stress_anxiety", "job has been relentless since the summer"),
    ("stress_anxiety", "my boss is a total nightmare and it has been months of this"),
]

DENIED = [
    ("chest_pain", "She has no chest pain, I asked her twice."),
    ("calf_swelling", "She has no swelling, I checked her legs."),
]

GUARDS = [
    ("strain_injury", "in the night my calf locked, I pulled my toes back towards me and it eased"),
    ("pain_none", "the stitch is under my ribs, no pain down my arm"),
    ("pain_none", "the ache is in my side, no pain in my chest"),
    (
        "muscle_wasting",
        "My dad had ALS, his hands got weak and his legs wasted away. I have cramps.",
    ),
    (
        "weakness_persistent",
        "My dad had ALS, his hands got weak and his legs wasted away. I have cramps.",
    ),
    (
        "chest_pain",
        "My husband, 70, has a swollen calf and it's red, I noticed his foot was cold. I get "
        "chest pain myself sometimes",
    ),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
