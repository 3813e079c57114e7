"""Round 11, context precision: findings named in a fear, a medicine stopped or refused, a
check that came back normal, or someone else's, are not the person's; the person's own
current fact beside them still is. Sentences in our own words: stated cases and guards."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

# ---------------------------------------------------------------- a fear, not a fact
FEARS = [
    ("got these twitches in my calf and I'm scared it's Parkinson's", "hx_parkinsons"),
    (
        "hand keeps twitching, really worried I'm getting parkinsons like my grandad",
        "hx_parkinsons",
    ),
    ("my arm cramped and I was worried I'm having a stroke", "hx_stroke"),
    ("my cheek flickers and I was frightened it was a stroke", "hx_stroke"),
    ("thumb twitches all day, I read everything about ALS last night", "hx_als"),
    ("cramps in my toes and I'm paranoid it is diabetes", "hx_diabetes"),
]
FEAR_GUARDS = [
    ("I have Parkinson's and my legs cramp at night", "hx_parkinsons"),
    ("I'm worried, I have diabetes and my feet cramp", "hx_diabetes"),
    ("scared because I've had a stroke before and now my arm twitches", "hx_stroke"),
]


@pytest.mark.parametrize(("text", "finding"), FEARS)
def test_a_fear_is_no_history(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding"), FEAR_GUARDS)
def test_a_history_beside_a_fear_is_still_said(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


# ---------------------------------------------------------------- a medicine stopped or refused
NOT_TAKEN = [
    ("leg cramps, stopped my statin years ago though", "med_statin"),
    ("I came off my statin two years back and the cramps carried on", "med_statin"),
    ("calf cramps at night. doctor wants me on a statin but I refused", "med_statin"),
    ("GP suggested atorvastatin but I said no, I get cramps in my feet", "med_statin"),
    ("my GP offered me a statin last year, I get calf cramps", "med_statin"),
    ("came off the pill last year, now my calf is sore and swollen", "med_hormonal"),
    ("I stopped taking the contraceptive pill ages ago, calf cramp this week", "med_hormonal"),
    ("I was on HRT but came off it in 2019, now calf cramps", "med_hormonal"),
]
TAKEN = [
    ("on atorvastatin since March and my thighs ache and cramp", "med_statin"),
    ("I take a statin, could it be causing the cramps?", "med_statin"),
    ("stopped my simvastatin yesterday because my thighs ache so much", "med_statin"),
    ("I'm on the pill and my calf is swollen and hot", "med_hormonal"),
]


@pytest.mark.parametrize(("text", "finding"), NOT_TAKEN)
def test_a_medicine_stopped_or_refused_is_not_taken(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding"), TAKEN)
def test_a_medicine_taken_or_just_stopped_is_said(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


# ---------------------------------------------------------------- a check that was normal
NORMAL_CHECKS = [
    ("cramps in my hands, my thyroid was checked and it's fine", "hx_thyroid"),
    ("thyroid bloods came back normal but my legs still cramp", "hx_thyroid"),
    ("kidney bloods were normal, still getting cramps in my calves", "hx_kidney_disease"),
]
ILL_DESPITE_A_CHECK = [
    (
        "I have kidney disease, bloods were normal last month but cramps are bad",
        "hx_kidney_disease",
    ),
    ("I have an underactive thyroid, and my muscles cramp", "hx_thyroid"),
    ("my thyroid is underactive, the doctor checked it and upped my dose", "hx_thyroid"),
]


@pytest.mark.parametrize(("text", "finding"), NORMAL_CHECKS)
def test_a_normal_check_is_no_illness(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding"), ILL_DESPITE_A_CHECK)
def test_an_illness_beside_a_check_is_said(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


# ---------------------------------------------------------------- someone else's
def test_a_relatives_swollen_legs_are_theirs() -> None:
    assert (
        said("my mum's ankles swell up every evening, and I get calf cramps").get("calf_swelling")
        != "present"
    )
