"""Round 14, precision on stories by new writers: what is only heard, feared, advised,
compared or tried without effect is not read as the person's finding.

A disease that a search engine, a forum or a lay person names ("Google says MS", "my friend
said that's how ALS starts", "she keeps saying it's a trapped nerve"), one the person was
sure of ("I was sure it was MS") or read every story about is not their history; a
clinician's word and the person's own "I had" stay. A carer's own "and now I'm panicking" is
the carer's feeling, not the patient's stress. Stretching that did nothing ("I stretched it
and nothing happened", "stretching it, no change", "stretching not help") denies relief by
stretching; stretching someone advises ("my mate reckons ... to stretch it out", "the
physio says keep stretching", "mates say walk it off") is no relief either. Where the person
was when they first noticed it ("noticed my calf twitching while I was on the couch") is no
trigger. Comparisons and look-alikes: "like I was sitting on a cold bike saddle" (no rest or
exercise trigger), "sweating like in a sauna" (no heat), "running to the toilet" (no
exercise), "I can still run", "carrying parcels up stairs fine" (abilities, not triggers or
strains), "cut the caffeine" (no wound), "a nail sticking out" (no bulge), "said that's
nonsense" (no confusion), "I drink a lot, water and isotonic" (no alcohol), "food stuck when
I swallow" (no stiff joint), "no pain beyond normal DOMS" (not painless), "I'm going
constantly" (to the toilet, not a constant spasm). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

GONE = [
    # a disease heard or read about is not the person's history
    ("my calf twitches. Google says that's actually worse for ALS", "hx_als"),
    ("calves twitch. Google, being Google, went straight to MS.", "hx_multiple_sclerosis"),
    ("my thumb twitches. my friend said thats how ALS starts", "hx_als"),
    ("arm twitching. My coworker said twitching is how ALS started in her cousin.", "hx_als"),
    ("my eyelid twitched for weeks and I was sure it was MS", "hx_multiple_sclerosis"),
    ("thigh twitches. I read every ALS story there is", "hx_als"),
    ("my leg aches. Google says a hundred scary things including bone cancer", "hx_cancer"),
    (
        "my nan's arm went into a spasm. she keeps saying it's a trapped nerve",
        "hx_neuropathy",
    ),
    # a carer's own panic is not the patient's stress
    (
        "My son is 15. An hour ago his neck twisted round and he can't turn it back."
        " I googled and now I'm panicking.",
        "stress_anxiety",
    ),
    # stretching only advised
    ("calf pain. My mate reckons it's a calf cramp and to stretch it out", "relief_stretch"),
    ("his arm is stiff since the stroke. the physio says keep stretching", "relief_stretch"),
    ("sharp pain at the back of my ankle. mates say walk it off", "relief_stretch"),
    # where it was first noticed
    ("I noticed my right calf twitching while I was on the couch.", "trig_rest"),
    ("It started when I noticed my thigh twitching while sitting at my desk.", "trig_rest"),
    # comparisons and look-alikes
    ("back spasm. it felt numb, like I was sitting on a cold bike saddle", "trig_rest"),
    ("back spasm. it felt numb, like I was sitting on a cold bike saddle", "trig_exercise"),
    ("I feel agitated, sweating like in a sauna, shaking", "heat_exposure"),
    ("my stomach is cramping and I'm running to the toilet", "trig_exercise"),
    ("twitching calves. no weakness, can still lift my toddler and run", "trig_exercise"),
    ("twitching everywhere, I can run and carry like before", "trig_exercise"),
    ("twitching. I'm still carrying parcels up stairs fine", "strain_injury"),
    ("eyelid twitch. everyone said cut the caffeine, so I did", "wound_recent"),
    ("I stood on a rusty nail sticking out of an old pallet", "visible_bulge"),
    ("calves ache on my statin. a colleague said that's nonsense", "confusion"),
    ("I ran a marathon. I drink a lot, water and isotonic at every station", "alcohol_heavy"),
    ("my eyelid droops and it is hard to swallow rice, it stuck", "rom_limited"),
    ("thigh twitching since leg day. no pain beyond normal DOMS", "pain_none"),
    ("my legs are stiff, it burns when I pee and I'm going constantly", "dur_constant"),
]

SAID = [
    # stretching tried without effect denies relief by stretching
    ("my calf is cramping. I stretched it and nothing happened", "relief_stretch", "absent"),
    ("my calf is cramping. I've been stretching it, no change at all", "relief_stretch", "absent"),
    ("my calf is swollen. Stretching not help.", "relief_stretch", "absent"),
    ("my calf is cramping. I stretched it but it didnt go", "relief_stretch", "absent"),
    # guards: what is said stays said
    ("calf cramps at night, stretching helps, no change in colour", "relief_stretch", "present"),
    ("calf cramps at night, i stretch it and it goes", "relief_stretch", "present"),
    ("my calf twitches. the nurse says its nerve damage", "hx_neuropathy", "present"),
    ("my wife says I had a stroke in May and my arm is stiff", "hx_stroke", "present"),
    ("I noticed it happens when I sit down, my calf twitches", "trig_rest", "present"),
    ("I can only run for 5 minutes before my calf cramps", "trig_exercise", "present"),
    ("I was in the sauna and my calf cramped", "heat_exposure", "present"),
    ("my neck is stuck and i cant turn it", "rom_limited", "present"),
    ("he is talking nonsense and confused", "confusion", "present"),
    ("I cut my foot on glass last week and my jaw is stiff", "wound_recent", "present"),
    ("back went into spasm lifting slabs on Friday", "strain_injury", "present"),
    ("my left calf has a cramp that won't go, it's there constantly", "dur_constant", "present"),
    # a red flag stated stays stated beside a hearsay
    (
        "google says cauda equina. I can't feel anything when I wipe and I wet myself",
        "saddle_numbness",
        "present",
    ),
]


@pytest.mark.parametrize(("text", "finding"), GONE)
def test_heard_advised_or_compared_is_not_read(text: str, finding: str) -> None:
    assert finding not in said(text), said(text)


@pytest.mark.parametrize(("text", "finding", "choice"), SAID)
def test_what_is_said_stays_said(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice, said(text)
