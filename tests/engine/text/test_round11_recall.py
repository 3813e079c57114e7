"""Round 11, recall of present findings that are neither red flags nor time.

A single broken or struck limb is one side ("broke my wrist", "a boot to the shin"); a
medicine of no class changed by the words around it is a new medicine ("started
carbimazole", "put my baclofen up", "since nifedipine started"), and so is a dose "cut from
100 to 75" or "put up from 40 to 80"; "finished a course of" a medicine; cramps "low down"
(not in the back or a limb, not named as the tummy's) and "low down where my bladder is"
are in the pelvis; "22 hours of flying", "a 12h flight" are a long journey sitting still.
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("side_one", "fractured my wrist on the ice and now the fingers under the plaster are numb"),
    ("side_one", "my lad broke his forearm at football and the cast feels too tight tonight"),
    ("side_one", "took a kick to the shin in training and the front of the leg is rock hard"),
    ("side_one", "a pallet was dropped on my shin at work and it is swelling up"),
    ("med_new", "I started carbimazole a fortnight ago and my eyelid keeps flickering"),
    ("med_new", "the nurse put my baclofen up last week and my legs feel floppy"),
    ("med_new", "night cramps in my feet ever since nifedipine started"),
    ("med_new", "my levothyroxine was cut from 125 to 100 a month ago and I ache"),
    ("med_new", "they put it up from 20 to 40 on monday and the cramps began"),
    ("med_new", "finished a course of ciprofloxacin and now my heel hurts"),
    ("loc_pelvis", "sharp cramping low down on the left since this morning, my period is late"),
    ("loc_pelvis", "spasms low down where my bladder is and it stings to pee"),
    ("loc_pelvis", "on day one I get awful cramps low down and have to lie down"),
    ("immobility", "back from Singapore on friday, 14 hours of flying, and my calf aches"),
    ("immobility", "got home last week after 13hrs of flights and my left calf is swollen"),
]

GUARDS = [
    ("side_one", "I broke my heart over this, and both calves cramp every night"),
    ("med_new", "not on anything new, just my levothyroxine for years"),
    ("med_new", "just wondering if baclofen would help the spasms"),
    ("med_new", "I have been on baclofen for years and the spasms are the same"),
    ("loc_pelvis", "my back went into spasm low down on the left lifting a box"),
    ("loc_pelvis", "a pain low down in my back when I bend"),
    ("loc_pelvis", "tummy cramps low down on the left after meals and then I need the loo"),
    ("immobility", "my calves cramp after 3 hours of football"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
