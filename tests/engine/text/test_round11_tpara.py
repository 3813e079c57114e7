"""Round 11, time as new people write it: how long one episode lasts, how often, since when
(spans past a mark, number words said apart, "each under a second", one-off episodes, a
remedy taken every day)."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("little twitches in my thigh, over in a blink", "dur_flicker"),
    ("a twitch in my calf, gone in an instant", "dur_flicker"),
    ("brief flutters in my arm, each one over in a heartbeat", "dur_flicker"),
    ("my calf twitches, each under a second", "dur_flicker"),
    ("the muscle jumps, each one a quick blip", "dur_flicker"),
    ("each cramp goes on for forty five minutes", "dur_long"),
    ("when the ache comes it lasts all afternoon", "dur_long"),
    ("the spasm went on for twenty five minutes", "dur_long"),
    ("I've only ever had the spasm the once", "freq_once"),
    ("the first and only time my calf cramped was at the gym", "freq_once"),
    ("I had one bad cramp in my calf and none since", "freq_once"),
    ("my foot cramped in the night but it hasnt happened again", "freq_once"),
    ("maybe 2x a month I get the spasms", "freq_occasional"),
    ("the cramps have gone on for over a fortnight", "persist_over_2w"),
    ("more than two weeks now my legs have been aching", "persist_over_2w"),
    ("the weakness has gone on for more than three months", "persist_over_3m"),
    ("my calves have cramped for longer than three months", "persist_over_3m"),
]

GUARDS = [
    # a span that is a stretch of time, not more than the mark
    ("over the past fortnight my legs have been stiff", "persist_over_2w"),
    ("the tightness eases off over 10-15 min if I stop", "dur_long"),
    # a medicine taken every day is no daily symptom
    ("I take magnesium every day for the cramps in my legs", "freq_daily"),
    ("she takes furosemide each morning and has leg cramps", "freq_daily"),
    # seconds stay seconds beside a flutter
    ("my eyelid twitches, little flutters a few seconds at a time", "dur_flicker"),
    # a one-off visit or someone else's one-off
    ("I take the pill once a day and my legs ache", "freq_once"),
]


@pytest.mark.parametrize(("text", "finding"), STATED)
def test_stated(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), GUARDS)
def test_guard(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


def test_flutter_seconds_kept() -> None:
    assert (
        said("my eyelid twitches, little flutters a few seconds at a time").get("dur_seconds")
        == "present"
    )


def test_over_three_weeks_is_months() -> None:
    found = said("my calf has twitched for over 3 weeks")
    assert found.get("persist_months") == "present"
    assert found.get("persist_over_2w") == "present"
