"""Round 16 (fn16b): everyday wordings both coders of a story read and the parser missed.

Dose cuts and stopped blood thinners by brand name are medicine changes; "put my back out",
a heavy gardening weekend or carrying sacks are strains; heat with heavy sweating is fluid
lost; "had my gallbladder out" is an operation; "when I get panic attacks" is a trigger;
hours of flying or a drive of hours each way is immobility; "cramping very strong", "hurting
like hell" are severe pain; "goes off if ..." tells what happens, not an imagined relief.
Each comes with a look-alike that must not read. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # medicine changes
    ("the GP halved my baclofen last month and my legs are stiffer", "med_new", "present"),
    ("the surgeon cut my pregabalin down three weeks ago", "med_new", "present"),
    ("consultant dropped me from 150 to 100 last month, cramps since", "med_new", "present"),
    ("she stopped her xarelto a week ago for a tooth out and now her foot is cold", "med_new",
     "present"),
    ("cut my hand on a tin, I take baclofen", "med_new", None),
    ("I dropped my phone on my foot, I take gabapentin", "med_new", None),
    # strains
    ("put my neck out lifting the toddler, cramping since", "strain_injury", "present"),
    ("big digging weekend on the allotment and my back has gone into spasm", "strain_injury",
     "present"),
    ("the cramps put me out of action for a day", "strain_injury", None),
    # tightness
    ("my calf muscles feel like rocks after the cramp", "tightness", "present"),
    ("my thigh went hard like stone for a minute", "tightness", "present"),
    ("I slept like a rock last night", "tightness", None),
    # range of movement
    ("woke up and cant turn neck to the right", "rom_limited", "present"),
    ("his heels wont go down when he stands", "rom_limited", "present"),
    ("i can turn my neck fine", "rom_limited", None),
    # fluid lost in the heat
    ("laying bricks in 31 degrees, sweating buckets, now both calves cramp", "dehydration",
     "present"),
    ("sweating loads on the roof all afternoon and my forearms cramped", "dehydration",
     "present"),
    ("sweating buckets and shaking with a temperature of 38.6 since the new tablets",
     "dehydration", None),
    # operations
    ("had my gallbladder out ten days ago and now my calf aches", "recent_surgery", "present"),
    ("had my thyroid out a week ago, fingers clawing", "hx_thyroid", "present"),
    ("had my thyroid out a week ago, fingers clawing", "recent_surgery", "present"),
    ("she went out to the shops and her calf cramped", "recent_surgery", None),
    # stress
    ("when i get panic attacks my hands go into claws", "trig_stress", "present"),
    ("when im very worried my eyelid flickers more", "trig_stress", "present"),
    ("i get panic when i see needles", "trig_stress", None),
    # immobility
    ("the drive was 9 hrs each way and now my calf is swollen", "immobility", "present"),
    ("the flight took 14 hours, calf swollen since", "immobility", "present"),
    ("I work 8 hours a day at a desk", "immobility", None),
    # severe pain
    ("my foot is cramping very strong at night", "pain_severe", "present"),
    ("the pain in my leg is unbearable since this morning", "pain_severe", "present"),
    ("my calf is hurting like hell", "pain_severe", "present"),
    ("the pain in my leg is not too bad", "pain_severe", None),
    # relief told with "if"
    ("the cramp eases off if i stand on the cold tiles", "relief_stretch", "present"),
    ("stretching it out settles with a rub", "relief_stretch", "present"),
    ("it hurts when he walks on it", "relief_stretch", None),
    # daily life
    ("the period pain is so bad I cannot go to my work", "disrupts_daily_life", "present"),
    ("the twitching is getting in the way of my sleep", "disrupts_daily_life", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "expected"), CASES)
def test_everyday_wordings(text: str, finding: str, expected: str | None) -> None:
    assert said(text).get(finding) == expected
