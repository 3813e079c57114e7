"""Round 11, denials: absent findings the person states.

A medicine taken as it always was is no new medicine ("on sertraline 3 years, no changes",
"haven't changed my tablets", "not on anything new"), but a bare "nothing new" or "no
change" with no medicine before it is about the symptoms; "no new weakness" and "no weaker
than usual" deny weakness getting worse, not the weakness a stroke left; a grip "ok", legs
that "feel strong" deny weakness; "no limp", "can walk ok", "can still run fine" deny a loss
of function. Strength that is fine now implies (does not state) that it is not getting
worse. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text
from tests.engine.text.reading import said

ABSENT = [
    ("med_new", "on citalopram for 3 years, no changes, and my thigh jumps at night"),
    ("med_new", "I take ramipril and bisoprolol, nothing new, and my calves cramp"),
    ("med_new", "my baclofen is the same dose as always but the legs are stiffer"),
    ("med_new", "I haven't changed any of my tablets and the cramps came back"),
    ("med_new", "nothing has changed with my medication this year"),
    ("med_new", "not on anything new, only my thyroxine"),
    ("med_new", "omeprazole 20mg daily, nothing changed recently"),
    ("weakness_progressive", "stroke two years back, arm stiffer in the cold, no new weakness"),
    ("weakness_progressive", "denies new weakness or slurring"),
    ("weakness_progressive", "MS for years, the bouncing foot is back, not weaker than usual"),
    ("weakness_persistent", "my grip is ok and the thumb just flickers"),
    ("weakness_persistent", "both legs feel strong, it is just the twitching"),
    ("weakness_persistent", "the left leg is just as strong as the other one"),
    ("loss_of_function", "he has no limp and plays all day"),
    ("loss_of_function", "sore calf but I can walk ok"),
    ("loss_of_function", "the hamstring tightened up but I can still run fine"),
]

GUARDS = [
    # a bare "nothing new" or "no change" with no medicine before it is about the symptoms
    ("med_new", "the cramps have been like this for years, nothing new"),
    ("med_new", "cut down on coffee and no change"),
    # a new medicine said plainly still stands
    ("med_new", "started sertraline last week, no other changes"),
    # "no new weakness" says nothing of the weakness a stroke left
    ("weakness_persistent", "stroke two years back, arm stiffer in the cold, no new weakness"),
    # weakness said stays said
    ("weakness_persistent", "my legs are weaker than usual this week"),
    ("weakness_progressive", "my legs keep getting weaker each week"),
    ("loss_of_function", "it is not just a limp, the knee gives way"),
]


@pytest.mark.parametrize(("finding", "text"), ABSENT)
def test_stated_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_guard(finding: str, text: str) -> None:
    assert said(text).get(finding) != "absent", text


def test_no_meds_implies_no_new_medicine() -> None:
    parsed = parse_text("no regular meds, my calves twitch")
    assert "med_new" in {f.id for f in parsed.findings if f.choice == "absent"}
    assert "med_new" not in {f.id for f in parsed.stated}


def test_not_on_anything_new_denies_no_medicine_class() -> None:
    assert said("not on anything new, just my levothyroxine").get("med_statin") is None


def test_strength_fine_implies_not_getting_weaker() -> None:
    parsed = parse_text("strength is fine, just twitching")
    assert said("strength is fine, just twitching").get("weakness_persistent") == "absent"
    assert "weakness_progressive" not in {f.id for f in parsed.stated}
    assert "weakness_progressive" in {f.id for f in parsed.findings if f.choice == "absent"}
