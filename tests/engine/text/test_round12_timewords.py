"""Round 12, time words: a count over a stretch of time, a year named by its number, a
feast or season named with "last", and the time of a walk or a run.

"twice in the last year", "3 times in the past month", "4 or 5 times in the last fortnight",
"6 times in 2 weeks" say how often (the count over the stretch: under about once a week is
occasional, up to about daily is weekly, more is daily; "once in ..." stays a single
time); "since 2019" says more than three months, as "since last year" does; "my first cramp
was last Christmas" dates the start as "since last Christmas" does; "I walk for 30 minutes
and then it cramps" is how long the walk lasts, not one episode. The sentences are our own
wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("freq_occasional", "my calf has cramped maybe twice in the last year"),
    ("freq_occasional", "the spasm has come 3 times in the past month"),
    ("freq_occasional", "toes curled up a couple of times in the last six months"),
    ("freq_occasional", "its happend 2 or 3 times in the last 3 months"),
    ("freq_weekly", "my back has gone into spasm 4 or 5 times in the last fortnight"),
    ("freq_weekly", "cramps 6 times in 2 weeks, all at night"),
    ("freq_weekly", "the calf locked three times in the last week"),
    ("freq_daily", "my eyelid jumped about 20 times in the last hour"),
    ("freq_daily", "my thigh twitched 30 times in the past 2 days"),
    ("persist_over_3m", "my calves have cramped at night since 2019"),
    ("persist_over_3m", "twitching in both legs ever since 2021"),
    ("persist_over_3m", "I had my first cramp last Christmas and they have kept coming"),
    ("persist_over_3m", "it started last xmas, the jumping in my thigh"),
]

#: Readings the changes must keep (guards of the changes).
KEPT = [
    ("freq_occasional", "twice in the last month my foot has cramped"),
    ("freq_weekly", "calf cramps twice a week"),
    ("persist_days", "the cramps started 4 days ago, 3 times in the last day"),
    ("persist_over_3m", "he has had twitching in his tongue since february last year"),
    ("dur_minutes", "after walking about 5 minutes my calf cramps and it lasts 2 minutes"),
    ("dur_long", "my calf cramped on the walk and it lasted 30 minutes"),
]

GUARDS = [
    ("freq_daily", "my calf has cramped maybe twice in the last year"),
    ("freq_weekly", "my calf has cramped maybe twice in the last year"),
    ("freq_occasional", "the calf locked once in the last week"),
    ("freq_weekly", "the calf locked once in the last week"),
    ("freq_occasional", "I take 2 tablets in the morning"),
    ("persist_over_3m", "I take 2 tablets 3 times in the day since Monday"),
    ("persist_over_3m", "I had my appointment at 2019 hours"),
    ("dur_long", "I walk for 30 minutes and then my calf cramps"),
    ("dur_minutes", "I walk for 30 minutes and then my calf cramps"),
    ("dur_long", "when I run for an hour my hamstring seizes"),
    ("dur_minutes", "we jog for 10 minutes and my calf tightens"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), KEPT)
def test_kept_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
