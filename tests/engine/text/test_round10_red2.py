"""Round 10, red flags (second pass). Warning signs the words state and the parser missed, as
families:

* pins and needles said of the fingers together with the lips ("round her lips and in the
  fingertips", "mouth + both hands") is numbness as well; the lips alone stay the perioral
  tingling only (the lips excludes of numbness are lifted when fingers are named with them);
* the well limb a story compares with ("the other foot is warm and pink") denies no warning
  sign of the bad one; a limb "white as a sheet", "cold as ice";
* "which isn't like me", "not normal for me" is no denial of what follows or surrounds it;
* a catheter bag nothing comes into or that has not drained, a pee that will not start;
* pain "way worse than normal DOMS" is more than the exercise explains (out of proportion);
* twitching that has moved on ("twitching in my calf, now in both legs and my back") is
  spreading twitching and so a change in how the muscles look;
* "can't empty my bladder properly": a "can't" before the words of a denial turns it round;
* no feeling "between my legs when I wipe", numb "like after a dentist's injection" there:
  saddle numbness, not the limb numbness finding.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("numbness", "since the op she has pins and needles round her lips and fingertips"),
    ("numbness", "fizzing round my mouth + both hands, then my fingers locked"),
    ("numbness", "my fingers and around my lips went prickly during the attack"),
    ("numbness", "tingling lips and fingertips since this morning after the neck surgery"),
    ("numbness", "both legs feel odd and numb and I can hardly feel it when I wipe"),
    ("numbness", "my legs went numb and funny, when I wipe I can't feel a thing"),
    ("limb_cold_pale", "his foot is white as a sheet from the ankle down"),
    ("limb_cold_pale", "her lower leg is suddenly cold as ice and she can't feel it"),
    ("limb_cold_pale", "the right foot is pale and cold now, the other foot is warm and pink"),
    ("limb_cold_pale", "left leg went white and cold to touch; my other leg is a normal colour"),
    ("bleeding", "going more often which isn't like me and there was blood in the toilet"),
    ("bleeding", "loose bowels which is not normal for me, and blood on the paper"),
    ("urine_retention", "nothing's come out into the catheter bag since lunch"),
    ("urine_retention", "his catheter has not drained all afternoon"),
    ("urine_retention", "I need to wee but it won't start, and my back is in spasm"),
    ("urine_retention", "sat on the toilet ages trying but nothing's coming, legs jumping"),
    ("urine_retention", "can't empty my bladder properly since the spasm started"),
    ("pain_out_of_proportion", "my quads are far worse than normal DOMS after the spin session"),
    ("pain_out_of_proportion", "it hurts much more than my usual doms, I can't bend my knees"),
    ("appearance_change", "twitching in my left calf at first, now in both legs and my back too"),
    ("twitch_spreading", "flickers began in my forearm, now on both arms and my chest"),
]

DENIED = [
    ("numbness", "no tingling in my fingers or round my lips"),
    ("limb_cold_pale", "my foot is warm and pink"),
    ("urine_retention", "I can empty my bladder properly"),
    ("bleeding", "no blood in my poo"),
]

GUARDS = [
    ("numbness", "tingling around her mouth and her hands went into claws"),
    ("numbness", "my lips went fizzy and both hands curled up"),
    ("limb_cold_pale", "the water was cold as ice when we swam in winter"),
    ("urine_retention", "I emptied my catheter bag an hour ago"),
    ("urine_retention", "sat on the toilet trying to poo but nothing comes, constipated"),
    ("pain_out_of_proportion", "my calves are worse than normal today"),
    ("pain_out_of_proportion", "I have doms, a bit worse than normal"),
    ("appearance_change", "eye twitching in my left lid, now in both eyes"),
    # numbness of the saddle area is saddle numbness, not the limb numbness finding
    ("numbness", "there's no feeling round my bum and between my legs when I wipe"),
    ("numbness", "between my legs is numb like after a dentist's injection"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
