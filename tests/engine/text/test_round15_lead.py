"""Round 15, two excludes that swallowed a warning sign.

* "Ice cold" is a limb's colour and temperature, not an ice pack: the exclude for "an ice pack
  on my shin until it went cold" now needs the pack (or ice *on* it), so "my foot is ice cold"
  is a cold limb again.
* "A bowel accident at work" is a loss of bowel control at work, not a workplace accident:
  the exclude for "had an accident at work" now needs the accident itself to follow a
  determiner ("an accident", "my accident"), not a bowel or a bladder.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    ("my foot is ice cold", "limb_cold_pale", "present"),
    ("his hand went ice cold and white an hour ago", "limb_cold_pale", "present"),
    ("I held an ice pack on my shin until it went cold", "limb_cold_pale", None),
    ("put ice on my calf and it went cold", "limb_cold_pale", None),
    ("I had a bowel accident at work", "bladder_bowel", "present"),
    ("she had a bladder accident in the car", "bladder_bowel", "present"),
    ("I had an accident at work and hurt my back", "bladder_bowel", None),
    ("had a nasty accident at work last year", "bladder_bowel", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "expected"), CASES)
def test_the_exclude_keeps_to_its_own_words(text: str, finding: str, expected: str | None) -> None:
    assert said(text).get(finding) == expected
