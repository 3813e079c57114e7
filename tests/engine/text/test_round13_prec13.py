"""Round 13, precision (prec13): words that look like a finding and are something else: a body
part named only in a check that nothing new is there, a "fit" that means healthy, a trip one
is back from, a cramp that merely lasts, eyes that are not yellow,
massage and exercise asked for, indigestion guessed, a relative's history, rest that is no trigger. Our own sentences; each
case failed before its change, and the guards stay as they were."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # a place named only in a check that nothing new is there
    ("Calf cramps again. No new weakness in his arms, speech is normal.", "loc_arm", None),
    ("the usual leg spasms, nothing new with my face or speech or arm", "loc_arm", None),
    ("the usual leg spasms, nothing new with my face or speech or arm", "loc_face", None),
    ("Tight pain under my ribs. Nothing going into my arm or jaw.", "loc_jaw", None),
    ("leg cramps at night. Not sure if my left ankle is puffier than the right.", "loc_foot", None),
    ("cramps in my calves when I walk. Feet not cold or white.", "loc_foot", None),
    # "fit" meaning healthy, not a seizure
    ("Calf cramps for a week. Otherwise fit, no diabetes.", "seizure", None),
    ("I'm 50 and normally really fit, but my thighs ache", "seizure", None),
    ("He was fit and well until Friday, now his legs cramp", "seizure", None),
    # back from a trip is not the back
    ("Back from Spain Sunday, 2 days of the runs and cramps", "loc_back", None),
    ("Pt back from Greece Sat, 4hr flight, calf cramps since", "loc_back", None),
    # a cramp that only lasts is no pain unrelieved by treatment
    ("my calf feels like a cramp that just won't go since the flight", "severe_unrelieved", None),
    ("she has a cramp in her calf that won't go off, it is swollen", "severe_unrelieved", None),
    # eyes said not to be yellow, eyes rolled back in a fit
    ("pain under my ribs, eyes not yellow, wee normal", "loc_eyelid", None),
    ("she went stiff, her eyes rolled back and her arms jerked", "loc_eyelid", None),
    # a massage or stretching asked for or named as a service, a remedy only tried
    ("Can you do a sports massage to loosen my calves?", "relief_stretch", None),
    ("my massage therapist said to see a physio about the cramps", "relief_stretch", None),
    ("I want to get back on a stretching and strength programme", "relief_stretch", None),
    ("Tried: stretching, magnesium. No meds.", "relief_stretch", None),
    # exercise named as a service, a remedy or an ability, not what brings it on
    ("looking for a sports physio for my calf", "trig_exercise", None),
    ("Hoping for some exercises or advice about the spasms", "trig_exercise", None),
    ("Tried cutting down tea and bladder training, still get the spasms", "trig_exercise", None),
    (
        "legs ache at night, but he's fine in the day running around at football",
        "trig_exercise",
        None,
    ),
    # indigestion as a guess or what a medicine is for
    ("probably indigestion but a cramp across my chest 20 mins ago", "trig_meals_bowel", None),
    ("the GP put me on omeprazole for indigestion, and my calves cramp", "trig_meals_bowel", None),
    # a relative's history named without "my"
    ("My calves twitch. Dad had parkinsons if that matters", "hx_parkinsons", None),
    ("I have twitching calves. Wife had breast cancer 2018 so I am worried", "hx_cancer", None),
    # a likeness, a drink counted
    ("bloated like I'm 6 months pregnant every evening", "pregnant", None),
    ("sweating all day in the heat and only had one bottle of water", "freq_once", None),
    # rest words that are no trigger: pain even at rest, resting after it, a leg up as a remedy
    ("both thighs swollen, pain 9/10 even lying still", "trig_rest", None),
    ("fainted in the kitchen, feel ok now lying on the sofa", "trig_rest", None),
    ("I had a cold so I've been on the sofa most of the weekend", "trig_rest", None),
    ("What I've tried: ice, leg up on the sofa, ibuprofen", "trig_rest", None),
    ("I've been sitting up most nights with my poorly husband", "trig_night", None),
    # guards: these stay as they were
    ("no new weakness but cramps in my arm at night", "loc_arm", "present"),
    ("no new tablets and now I get cramps in my arm", "loc_arm", "present"),
    ("my eye keeps twitching when I am tired", "loc_eyelid", "present"),
    ("his eyes keep rolling up and his neck is pulled round", "loc_eyelid", "present"),
    ("He had a fit this morning and was shaking all over", "seizure", "present"),
    ("I hurt my back from lifting boxes yesterday", "loc_back", "present"),
    ("cramp in my calf for 2 hours that won't go, pain 8/10", "severe_unrelieved", "present"),
    ("the cramp won't go even with paracetamol", "severe_unrelieved", "present"),
    ("my legs jump even when resting on the couch", "trig_rest", "present"),
    ("my calves get restless when sitting on the sofa", "trig_rest", "present"),
    ("after running around at football he had a cramp in his calf", "trig_exercise", "present"),
    ("did a 100 pull-up challenge and now my arms are swollen", "trig_exercise", "present"),
    ("massaging it helps the cramp go", "relief_stretch", "present"),
    ("My dad has diabetes and cramps in his calves at night", "hx_diabetes", "present"),
    ("I'm 6 months pregnant and getting cramps", "pregnant", "present"),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_round13_prec13(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice
