"""Round 15 (deny15): denials, their reach over a list, and everyday ways to deny a sign.

A denial that opens a list closed by "or" goes on over the items only when they are alike:
after a "no" they are things, and an "-ed" word is none ("no appetite, throwing up or
confused": confused); after a "not" a first item the lexicon knows as a sign makes a list of
signs ("not numb, tingly or weak"), and a first item it does not know must be made like the
rest and be no "-ing" verb of its own ("not eating, throwing up or confused": he is not
eating, and he is throwing up and confused). Where it is not clear, a warning sign is not
read as denied. "Still" ends a denial's reach ("not weak, still ..."); a broad finding's words
that a narrower phrase's gap passed over are denied on their own ("no numbness in my feet or
between my legs"); a denial and the denied words that agree are one absent ("no changes to
my meds" after a medicine). Everyday checks: "is himself again", "no coldness", "jaw opens
wide", "no trouble holding his water", "continence unchanged", "never lingers", "not
severe", "doesn't mind me bending her toes", "in keeping with the fall", "can take her
weight", "moves as it should", "passing water without difficulty", "skin colour has not
changed", "motions a normal colour", "drink lots of fluids", "nothing new has been
prescribed", "no tablet changes"; "quite" and "perfectly" are fillers ("bends perfectly
normally"). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    ("he's not eating, throwing up or confused", "confusion", "present"),
    ("he's not eating, throwing up or confused", "vomiting_diarrhoea", "present"),
    ("she is not hungry, vomiting or drowsy since this morning", "confusion", "present"),
    ("no appetite, throwing up or confused since lunch", "confusion", "present"),
    ("he's not feverish, still shivering and confused", "confusion", "present"),
    ("no fever, still confused", "confusion", "present"),
    ("he's not dizzy, still sweating and agitated", "agitation_sweating", "present"),
    ("no sweating but really agitated", "agitation_sweating", "present"),
    ("no numbness in my feet or between my legs", "numbness", "absent"),
    ("back spasm, no tingling in my thighs or between my legs", "numbness", "absent"),
    ("on sertraline 50mg daily, no changes to my meds", "med_new", "absent"),
    ("Grandad is himself again today", "confusion", "absent"),
    ("there's no coldness in his toes", "limb_cold_pale", "absent"),
    ("her jaw opens wide", "wound_jaw_stiffness", "absent"),
    ("he has no trouble holding his water", "bladder_bowel", "absent"),
    ("no loss of control of my bowels", "bladder_bowel", "absent"),
    ("her continence is unchanged", "bladder_bowel", "absent"),
    ("normal sensation in the seat area", "saddle_numbness", "absent"),
    ("the ache never lingers", "severe_unrelieved", "absent"),
    ("it hurts but it's not severe", "severe_unrelieved", "absent"),
    ("she doesn't mind me bending her toes up", "pain_passive_stretch", "absent"),
    ("the soreness is in keeping with the fall", "pain_out_of_proportion", "absent"),
    ("she can take her weight on that leg", "loss_of_function", "absent"),
    ("my arm moves as it should", "loss_of_function", "absent"),
    ("I'm passing water without difficulty", "urine_retention", "absent"),
    ("my skin colour has not changed", "jaundice", "absent"),
    ("his motions are a normal colour", "bleeding", "absent"),
    ("I drink lots of fluids every day", "dehydration", "absent"),
    ("nothing new has been prescribed", "med_new", "absent"),
    ("no tablet changes recently", "med_new", "absent"),
    ("my neck bends perfectly normally", "neck_stiffness", "absent"),
    ("strength is quite normal", "weakness_persistent", "absent"),
]

#: Lists that must still be denied, and words that must not become a denial.
GUARDS = [
    ("no swelling, redness or warmth", "calf_swelling", "absent"),
    ("no redness, warmth or swelling in my calf", "calf_swelling", "absent"),
    ("not numb, tingly or weak", "numbness", "absent"),
    ("not numb, tingly or weak", "weakness_persistent", "absent"),
    ("not tingly, weak or numb", "numbness", "absent"),
    ("no scrapes, bites or punctures", "wound_recent", "absent"),
    ("she isn't drowsy, sick or confused", "confusion", "absent"),
    ("no rash, fevers, or stiff neck", "neck_stiffness", "absent"),
    ("my dad isn't sleeping, sweating or agitated", "agitation_sweating", "present"),
    ("not sweaty or agitated", "agitation_sweating", "absent"),
    ("back spasm, no numbness down below", "numbness", None),
    ("my jaw won't open properly since the cut", "wound_jaw_stiffness", "present"),
    ("she's not been herself today", "confusion", None),
    ("my son drinks loads of energy drinks", "dehydration", None),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_round15_deny15(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice


@pytest.mark.parametrize(("text", "finding", "choice"), GUARDS)
def test_round15_deny15_guards(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice
