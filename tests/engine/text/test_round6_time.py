"""Round 6, time: since when it goes on, how long one episode lasts, how often, sudden onset.

Rows are wordings people type and the reading they must give (or must not give): what a
since-when phrase in words implies, as a number does; the dates that belong to something
else (a late period, a jab, a dose, how often a medicine is taken); a span "later" that is
the time since it began; an episode still going on.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text
from tests.engine.text.reading import said


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        # a since-when phrase in words implies what it cannot reach, as a number does
        ("my wrist locked up this afternoon", "persist_over_2w", "absent"),
        ("my wrist locked up this afternoon", "persist_over_3m", "absent"),
        ("toes curling since last night", "persist_over_3m", "absent"),
        ("these twitches have bothered me for years", "persist_hours", "absent"),
        ("eyelid flickering since yesterday", "persist_over_2w", "absent"),
        # overlapping words are one span: "since this am" keeps both readings
        ("fingers clawing since this am", "persist_hours", "present"),
        # a weekday start is a day or more ago
        ("did a long hike on sunday and now my shins are burning", "persist_hours", "absent"),
        ("my neck has been in spasm since thursday", "persist_hours", "absent"),
        # "today" dates the start
        ("both forearms cramped up at the allotment today", "persist_hours", "present"),
        ("today my fingers went into a claw", "persist_days", "present"),
        # "<span> later" with the present: the time since it began
        ("had my jab, about an hour later my arm has gone stiff", "persist_hours", "present"),
        ("it's still numb two hours later", "persist_hours", "present"),
        ("mowed the lawn, a few hours later im cramping all over", "persist_over_2w", "absent"),
        # a clock time the symptoms began at
        ("the cramp in my foot started at 4am and hasnt gone", "persist_hours", "present"),
        # an episode still going on: since when, and how long it has lasted so far
        ("a squeezing in my arm, its been about 25 mins now", "dur_long", "present"),
        # about a minute is seconds (up to about a minute); a minute or two is minutes
        ("my toes cramp for about a minute then let go", "dur_seconds", "present"),
        # fine again after a span: how long the episode lasted
        ("my foot cramped on the stairs and was fine after a few mins", "dur_minutes", "present"),
        # "last N days" opening a clause dates what follows, not the history before it
        ("he has MS, last 3 days his legs are stiffer", "persist_days", "present"),
        # how often
        ("the claw hands happen when i panic, 2nd time this year", "freq_occasional", "present"),
        ("never had anything like it before", "freq_once", "present"),
        ("never had one before tonight", "freq_once", "present"),
        # sudden onset in everyday words
        ("felt like someone kicked me in the heel", "onset_sudden", "present"),
        ("lifting the bags my back just went", "onset_sudden", "present"),
        # little flickers; a start at an age said roughly
        ("my thumb does little flickers under the skin", "dur_flicker", "present"),
        ("bad period pains since i was about 12", "persist_over_3m", "present"),
        # since last christmas: months
        ("these leg cramps have been going since last christmas", "persist_months", "present"),
        ("these leg cramps have been going since last christmas", "persist_over_3m", "present"),
        # a span of days for a symptom
        ("my eyelid has been jumping for days", "persist_days", "present"),
    ],
)
def test_reads(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice, said(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a late period is not since when
        ("my period is 3 wks late and i have a sharp cramp low down", "persist_weeks"),
        # how often, not since when
        ("the cramp comes maybe once a fortnight", "persist_weeks"),
        ("cramp in my foot again, 4 times this week", "persist_days"),
        ("she wakes with cramp 3 or 4 a week", "persist_weeks"),
        # a pregnancy week, not since when
        ("24 weeks with my first and my calves cramp", "persist_months"),
        # a jab's date, not the symptoms'
        ("havent had a booster since school and now my jaw is stiff", "persist_months"),
        # "on and off" says nothing of how often
        ("my eyelid has twitched on and off for a week", "freq_occasional"),
        # a first go at an activity, not the first episode
        ("went to my first ever boxing class and my shoulders ache", "freq_once"),
        # the dosing of a medicine, not how often it comes
        ("on baclofen 10mg three times a day, legs still stiff", "freq_daily"),
        ("inhaler to seretide twice a day and now i cramp at night", "freq_daily"),
        # all the time said of something else
        ("sweaty all the time and losing weight, my calves twitch", "dur_constant"),
        ("nonstop twitching under my eye", "freq_daily"),
        # sudden: the headache or the breath, not the muscle
        ("legs spasming and i suddenly got a thumping headache", "onset_sudden"),
        ("sudden SOB and calf pain", "onset_sudden"),
        # a medicine started weeks ago does not say when the aches began
        ("started atorvastatin 2 weeks ago and now my thighs ache", "persist_weeks"),
        # hours at a desk, not how long an episode lasts
        ("my hand cramps, i sit at the computer 10 hours", "dur_long"),
    ],
)
def test_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present", said(text)


def test_two_dates_one_span_overlap() -> None:
    """ "since this am" and "this am" are one span: the shorter reading is kept with it."""
    got = said("hands cramping since this am, on thyroxine for years")
    assert got.get("persist_hours") == "present", got
    assert got.get("persist_over_3m") == "absent", got


def test_few_months_leaves_over_three_months_open() -> None:
    """ "a few months" may be two or five: not within 24 hours, over two weeks, and over
    three months neither said nor denied."""
    got = said("few months now my calves cramp at night")
    assert got.get("persist_hours") == "absent", got
    assert got.get("persist_over_2w") == "present", got
    assert "persist_over_3m" not in got, got


def test_dose_is_not_part_of_the_span() -> None:
    """ "raised to 40 five days ago": the span is "five days ago", not "40 five days"."""
    text = "they raised my citalopram to 40 five days ago and now im twitchy"
    found = {f.id: [text[a:b] for a, b in f.spans] for f in parse_text(text).findings}
    assert found.get("persist_days") == ["five days ago"], found


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        # kept as before beside the rows above: the other reading of a span, a dose started
        # days ago (under a week whatever day the symptoms began), "a minute or two"
        ("fingers clawing since this am", "persist_days", "present"),
        ("a squeezing in my arm, its been about 25 mins now", "persist_hours", "present"),
        (
            "started the new tablets 3 days ago and now my jaw is clenching",
            "persist_days",
            "present",
        ),
        ("the spasm lasts a minute or two", "dur_minutes", "present"),
        ("it eases in a minute or so", "dur_seconds", "present"),  # (round 11: about a minute)
    ],
)
def test_still_reads(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice, said(text)


def test_chronic_baseline_worse_today_is_not_a_new_start() -> None:
    got = said("legs jumping more than usual today")
    assert got.get("persist_hours") != "present", got
