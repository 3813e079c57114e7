"""Round 16 (red16b): red flags stated in gold stories that were still missed, and the
look-alikes that must not read.

- A hedge that the whole thing is "probably nothing" denies nothing after it ("probably
  nothing, stood on a rusty nail last week"); a "no" after it still denies.
- Twitching that has spread to many muscles (twitch_spreading) is, by its meaning, the
  "twitching spreading to many muscles" of appearance_change (the lexicon's ``states_also``);
  a spreading only feared, or cramps or pain that spread, is not.
- Breathless in someone unfit stays no warning sign, unless the person says that is only
  their guess ("I put it down to being unfit").
- "can't manage his buttons" says the hand cannot be used normally.
- "soaking the sheets" is heavy sweating.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # "probably nothing" is a hedge, not a denial
    ("probably nothing, but I stood on a rusty nail last week", "wound_recent", "present"),
    ("prob nothing, cut my hand on a dirty fence post on Sunday", "wound_recent", "present"),
    ("it's probably nothing, no swelling in the calf", "calf_swelling", "absent"),
    # twitching spread to many muscles
    ("the twitching began in my feet, then over a month it spread to my thighs and now my arms",
     "appearance_change", "present"),
    ("flickers in my calf at first. Since then it's spread: both shins, my forearms, my back",
     "appearance_change", "present"),
    ("I'm scared the twitching will spread to other muscles", "appearance_change", None),
    ("the pain is spreading to my back and my hip", "appearance_change", None),
    ("the cramps come every evening, now in both legs", "appearance_change", None),
    ("we had a lovely spread at the buffet, then the twitch started", "appearance_change", None),
    # breathless, unfit as a guess
    ("I get puffed out on the short hill lately, I put it down to being unfit",
     "breathing_difficulty", "present"),
    ("breathless on the stairs this week, I assumed I was just unfit", "breathing_difficulty",
     "present"),
    ("I'm unfit so I get puffed out on hills", "breathing_difficulty", None),
    # use of the hand
    ("she can no longer manage her cardigan buttons", "loss_of_function", "present"),
    ("he couldn't manage his coat buttons this morning", "loss_of_function", "present"),
    ("she can manage her buttons fine", "loss_of_function", None),
    # heavy sweating
    ("trembling since the new dose and I'm soaking my pyjamas at night", "agitation_sweating",
     "present"),
    ("soaked the sheets with my water glass", "agitation_sweating", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "expected"), CASES)
def test_round16_red16b(text: str, finding: str, expected: str | None) -> None:
    assert said(text).get(finding) == expected
