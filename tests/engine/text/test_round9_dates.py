"""Round 9, since when: where a story gives several time spans, the one said with the
symptoms (a cramp, spasm or twitch word, "started", "been like this") goes before one said
with another event, a history or a diagnosis ("hip replaced 6 weeks ago", "bowel surgery 2
years ago", "3 yrs since diagnosis", "a bad knee for years"). The sentences are our own
wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "persist_days",
        "had my hip replaced 6 weeks ago, mostly resting since. for 4 days my calf has been "
        "cramping and tight",
    ),
    (
        "persist_days",
        "bowel surgery 2 years ago, all clear since. for the past 5 days both calves cramp at night",
    ),
    (
        "persist_weeks",
        "3 yrs since diagnosis, on copaxone. For about a week I've had a tight band squeezing round my ribs",
    ),
    ("persist_days", "had a bad knee for years. Since sunday my calf cramps when I walk"),
]

GUARDS = [
    (
        "persist_over_3m",
        "bowel surgery 2 years ago, all clear since. for the past 5 days both calves cramp at night",
    ),
    (
        "persist_months",
        "had my hip replaced 6 weeks ago, mostly resting since. for 4 days my calf has been "
        "cramping and tight",
    ),
    (
        "persist_over_3m",
        "3 yrs since diagnosis, on copaxone. For about a week I've had a tight band squeezing round my ribs",
    ),
    ("persist_over_3m", "had a bad knee for years. Since sunday my calf cramps when I walk"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
