"""Round 14, denials that were read as the warning sign.

A trigger that a gap of a phrase passed over is not that phrase's own denial: "not weak, it
works fine between" read with ``weak ~~ between`` keeps the "not" before it (and a trigger
for other groups only, like a place's "fine", never is one); a denying trigger a gap passed
over right before the phrase's own word denies it as a skipped "not" does ("wee is clear,
nothing red"). An examination note's "airway patent", "perianal sensation intact",
"sensation preserved" denies what it names ("not intact" does not); a backward denial with a
subject of its own after a comma ("calf swollen, skin intact") does not reach the finding
before the comma. A "no" opening a list with commas that an "or" closes reaches its items the
lexicon does not know between ("no scrapes, bites or punctures"). "Strength full", "power
intact" deny a weakness; bending a limb that "doesn't bother him" is no pain on stretching;
"can't see any swelling" denies it. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # a gap's trigger is not the phrase's own denial
    ("my leg is not weak, it feels fine between the cramps", "weakness_persistent", "absent"),
    ("the hand isnt weak it works fine between spasms", "weakness_persistent", "absent"),
    # a denying trigger a gap passed over denies the phrase's own word after it
    ("pee looks clear, nothing red in it", "bleeding", "absent"),
    # examination notes
    ("Airway patent.", "throat_closing", "absent"),
    ("Airway intact, no stridor.", "throat_closing", "absent"),
    ("Perianal sensation intact.", "saddle_numbness", "absent"),
    ("Perianal sensation preserved.", "saddle_numbness", "absent"),
    ("Strength full between attacks.", "weakness_persistent", "absent"),
    ("Power intact throughout.", "weakness_persistent", "absent"),
    # lists closed by "or"
    ("no cuts, grazes or punctures anywhere", "wound_recent", "absent"),
    ("no rash, fevers, or stiff neck", "fever", "absent"),
    ("no rash, fevers, or stiff neck", "neck_stiffness", "absent"),
    # everyday denials
    ("moving her toes back doesnt bother her", "pain_passive_stretch", "absent"),
    ("cant see any swelling in the calf", "calf_swelling", "absent"),
    # guards: what is said stays said
    ("perianal sensation is not intact", "saddle_numbness", "present"),
    ("perianal sensation reduced", "saddle_numbness", "present"),
    ("airway feels like its closing", "throat_closing", "present"),
    ("my calf is swollen, skin intact", "calf_swelling", "present"),
    ("my calf is swollen, temperature normal", "calf_swelling", "present"),
    ("cold pale leg, pulses absent", "limb_cold_pale", "present"),
    ("my legs are weak even between cramps", "weakness_persistent", "present"),
    ("between cramps my hand has no strength", "weakness_persistent", "present"),
    ("my strength doesnt come back between cramps", "weakness_persistent", "present"),
    ("no pain, just stiffness or weakness", "weakness_persistent", "present"),
    ("hand went into a claw and wont straighten, lips tingly", "tingling_lips_hands", "present"),
    ("cannot walk normal since the accident", "loss_of_function", "present"),
    ("bending my toes back really hurts", "pain_passive_stretch", "present"),
    ("no cuts, my calf is swollen or red", "calf_swelling", "present"),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_denials_not_read_as_the_sign(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice, said(text)
