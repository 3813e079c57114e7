"""Negations a helper found the scope logic missed (issue 12): bare "haven't", and a "no"
that belongs to one finding's words but also reaches a finding sharing them."""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text


def said(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings}


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("back spasm, havent wet myself", "bladder_bowel"),
        ("twitching for months, muscle hasnt shrunk", "muscle_wasting"),
        ("no pain in my chest, just the calf", "chest_pain"),
    ],
)
def test_denied(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"


def test_a_finding_that_carries_its_own_no_stays_present() -> None:
    assert said("eyelid twitch, it doesnt hurt")["pain_none"] == "present"
