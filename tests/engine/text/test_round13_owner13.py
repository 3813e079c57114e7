"""Round 13 (owner13), whose story is it when a carer writes "he" or "she": a writer who
only looks at or tends the person ("I counted it", "I checked") tells that person's story;
a story written for someone ("For my wife: she's had ...") or opening with a relative and
what is happening to them ("my husband had a stent 2 months ago and ...") is that person's,
past included; someone who only sees or points out the writer's sign ("my sister pointed
out that leg looks fatter") is a witness, not its owner. Guards: a relative's own past, a
writer who sets their own complaint apart, a guess at what it was, a relative's own body.
Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # the writer only counts, checks or measures: the "his" or "her" is the patient
    ("Her pulse is regular and slow, I checked it twice.", "palpitations", "absent"),
    ("His breathing is quiet and normal, I timed it for a whole minute.",
     "breathing_difficulty", "absent"),
    ("I measured it this morning and his temperature is normal, no shivering at all.",
     "fever", "absent"),
    # a story written for someone, with their past
    ("For my husband: he's had leg spasms for years and now he says he can't feel anything"
     " between his legs.", "saddle_numbness", "present"),
    ("For my dad - he's had back trouble, and now he says there's a tight band of pain round"
     " his middle like a belt.", "band_pain", "present"),
    # a story that opens with the relative and what is happening to them
    ("my wife had a hip replacement 8 days ago and since last night she's been confused and"
     " feverish", "recent_surgery", "present"),
    # a witness of the writer's own sign
    ("my calf has ached for three days, and my sister pointed out that leg looks fatter than"
     " the other", "calf_swelling", "present"),
]  # fmt: skip

GUARDS = [
    # a relative's own past, in the writer's story
    ("My dad had a stroke years ago. I get twitching in my calves.", "sudden_one_side", None),
    ("my dad had ALS and died in 2019. i get twitching in my arms and i'm scared",
     "hx_als", None),
    # the writer sets their own complaint apart from a relative's
    ("My grandma has a droopy eyelid, but mine is only a small flicker in the lower lid.",
     "eyelid_droop_double_vision", None),
    # a guess at what it was is no sign seen
    ("I get cramps in my calf at night. My husband thought it was a fit.", "seizure", None),
    # what a relative tells of their own body stays theirs
    ("I get cramps in my calves. My friend said her chest was tight and painful.",
     "chest_pain", None),
    ("my calf has ached for three days. my sister says her leg looks fatter than the other one",
     "calf_swelling", None),
    # the writer checks their own pulse: their own sign
    ("I checked my pulse and it's racing and uneven.", "palpitations", "present"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "choice"), CASES + GUARDS)
def test_whose_story(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice
