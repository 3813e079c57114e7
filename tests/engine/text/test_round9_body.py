"""Round 9, time and body, from the classes of wording the parser missed or over-read in
fresh26-28: a span dating a past episode told with "had" and "ago", "back" or "last ..." (the
symptoms' own date goes first); muscles that "feel like rocks" or are "swollen and hard" (tightness). Look-alikes: a
span of an activity ("a 3 hr exam", "last 10 mins of the game") is no episode, nor is
tiredness or diarrhoea "all the time" or "non stop" a constant cramp; a past episode dated
"years ago" is not since when the complaint goes on. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "persist_days",
        "I had a similar twinge in my thigh 3 years ago that cleared up. Since Tuesday my calf cramps.",
    ),
    (
        "persist_days",
        "He had the same thing in his arm a few years back. Since yesterday his hand twitches.",
    ),
    (
        "persist_days",
        "Can't recall when I last had a booster, maybe 15 years ago. Since Monday my jaw aches.",
    ),
    ("dur_seconds", "final 10 mins my quad locked up a few times, about 15 secs each time"),
    ("dur_seconds", "a 3 hr exam today, my hand cramped for 30 secs each time"),
    ("dur_minutes", "I'm knackered all the time and my calves cramp for a few mins at night"),
    ("tightness", "the muscles down my back feel like stones"),
    ("tightness", "his calves are swollen and hard after the race"),
]

GUARDS = [
    (
        "persist_months",
        "I had a similar twinge 3 years ago that cleared up. Since Tuesday my calf cramps.",
    ),
    (
        "persist_over_3m",
        "Can't recall when I last had a booster, maybe 15 years ago. Since Monday my jaw aches.",
    ),
    ("dur_long", "a 10 hr gaming sesh and my neck locked"),
    ("dur_constant", "I'm shattered all the time and get calf cramps at night"),
    ("dur_constant", "I've had the runs non stop since Friday and my hands keep cramping"),
    ("dur_constant", "been revising nonstop and my hand cramps now and then"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
