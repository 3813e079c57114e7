"""Round 16, how far a hedge reaches (issue 12: "not sure if" and "I don't think" doubt; a
softened statement still states).

Read: a finding said plainly once and only doubted elsewhere ("had my hip replaced ... I put
the ache down to the op"); a softener ("kind of", "sort of") states; a hedge before a time or
a count rounds it and doubts nothing after it ("maybe twice a week, worse after coffee"); a
hedge after a pause that opens a clause of its own doubts that clause, not the one before
("I drink loads of water, maybe too much"); a hedge right after a number rounds it ("five
cans maybe"); "almost asleep" is the edge of sleep, not a doubt; "I'll grab" is no sudden
grab. Still doubted: "not sure if", "I don't think", a hedge closing its clause ("swollen, not
sure though", "... energy drinks maybe"), a finding only ever doubted. The sentences are our
own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # stated once, doubted elsewhere: stated
    ("Had my hip replaced last month. The thigh aches and I put it down to the op.",
     "recent_surgery", "present"),
    ("My thigh aches at night, I put it down to the op.", "recent_surgery", "unknown"),
    ("Her calves cramp every night. Not sure if her feet are colder than before.",
     "side_both", "present"),
    ("Not sure if her feet are colder than before.", "side_both", "unknown"),
    # a softener states
    ("My calves cramp every night and I'm kind of stressed out about exams.",
     "stress_anxiety", "present"),
    ("My calves cramp every night, maybe stress.", "stress_anxiety", "unknown"),
    ("It's kind of swollen.", "calf_swelling", "present"),
    ("I think it's a bit puffy.", "calf_swelling", "present"),
    # a hedge before a time is spent on it
    ("Eyelid twitch, maybe twice a week, worse after a strong coffee.", "trig_caffeine",
     "present"),
    ("Eyelid twitch, maybe about 3 weeks, worse after a strong coffee.", "trig_caffeine",
     "present"),
    ("Eyelid twitch, maybe worse after a strong coffee.", "trig_caffeine", "unknown"),
    # a hedge that opens its own clause doubts that clause
    ("My left leg is weak, possibly worse in the mornings.", "weakness_persistent", "present"),
    ("My calf is swollen, maybe a bit.", "calf_swelling", "present"),
    ("My calf is swollen maybe.", "calf_swelling", "unknown"),
    ("My left calf is swollen, not sure though.", "calf_swelling", "unknown"),
    ("My left calf is swollen, hard to tell really.", "calf_swelling", "unknown"),
    ("I feel weak, perhaps.", "weakness_persistent", "unknown"),
    # a hedge right after a number rounds it
    ("Eyelid twitch for a week, I'm living on energy drinks, five cans maybe.",
     "high_caffeine", "present"),
    ("Eyelid twitch for a week, I'm living on energy drinks maybe.", "high_caffeine",
     "unknown"),
    # "almost asleep" is the edge of sleep
    ("When I'm almost asleep my leg jerks and wakes me.", "visible_jerking", "present"),
    ("When I'm nearly asleep my whole body jolts.", "sleep_onset_only", "present"),
    # doubt stays doubt
    ("Not sure if my ankle is swollen.", "calf_swelling", "unknown"),
    ("I don't think it's swollen.", "calf_swelling", "unknown"),
    ("Maybe a week, not sure if my calf is swollen.", "calf_swelling", "unknown"),
]  # fmt: skip

NOT_READ = [
    ("I pulled my calf, I'll grab some ibuprofen later.", "onset_sudden"),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_hedge_reach(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice


@pytest.mark.parametrize(("text", "finding"), NOT_READ)
def test_look_alike_is_not_read(text: str, finding: str) -> None:
    assert finding not in said(text)


def test_grab_still_read() -> None:
    assert said("I felt something grab in my calf.").get("onset_sudden") == "present"
