"""Round 3, time: since when it goes on, how long one episode lasts, how often, sudden onset.

Each row is a wording people type and the reading it must give; the look-alikes beside them
must not give it (an age, a pregnancy week, a medicine's or a habit's date, the rest that ends
a cramp, a span that dates something else).
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        # "last" before a span: since when, not how long one episode lasts
        ("last 3 days my neck has been locked", "persist_days", "present"),
        ("last half hour my hands keep cramping", "persist_hours", "present"),
        ("in the last 20 minutes my fingers curled up", "persist_hours", "present"),
        ("twitching, worse over the last few wks", "persist_weeks", "present"),
        # a span a few hours on, after a pause
        ("woke at 4 with a cramp and 5 hours on its still agony", "persist_hours", "present"),
        ("my back went, can hardly walk, 3 days now", "persist_days", "present"),
        # an episode: how long until it let go
        ("my calf cramped and it eased off after about 10 mins", "dur_minutes", "present"),
        ("it went in a couple of mins", "dur_minutes", "present"),
        ("the cramp let go in under a minute", "dur_seconds", "present"),
        ("spasms, last 2 hrs each", "dur_long", "present"),
        ("the cramps go on for 3 days at a time", "dur_long", "present"),
        ("cramps for about 2 months, each one a few minutes", "persist_months", "present"),
        # several spans: the longest plain one is since when
        ("neck spasms since friday and since this morning i cant pee", "persist_days", "present"),
        ("twitching for years, a bit worse this week", "persist_months", "present"),
        ("calf cramps for 3 weeks, worse since yesterday", "persist_weeks", "present"),
        # the symptom's own date before an event's date
        (
            "cut my foot on a rake 9 days ago. since this morning my jaw is stiff",
            "persist_hours",
            "present",
        ),
        (
            "hurt my back lifting a box 5 days ago, sciatica since. this morning i cant feel my bum",
            "persist_days",
            "present",
        ),
        (
            "her arm has been in a cast since friday. tonight she is in agony",
            "persist_hours",
            "present",
        ),
        # an event the symptoms are tied to ("since", "now")
        ("started metoclopramide yesterday and now my neck is twisting", "persist_days", "present"),
        ("jaw spasms since starting the new tablets last week", "persist_weeks", "present"),
        # a history's or a medicine's date, in the same clause
        (
            "my sertraline went up from 50 to 100mg last week. since last night my legs jerk",
            "persist_hours",
            "present",
        ),
        # clinic shorthand
        ("c/o aching thighs x10/7", "persist_weeks", "present"),
        ("twitching L arm ~4/12", "persist_over_3m", "present"),
        ("my calf is tight 24/7", "dur_constant", "present"),
        ("LBP + R sciatica x4/7 after lifting", "persist_days", "present"),
        # deictic dates of the start
        ("tonight my calf is burning and tight", "persist_hours", "present"),
        ("went for a run this evening and now my foot is cramped", "persist_hours", "present"),
        ("my hands locked up at work earlier", "persist_hours", "present"),
        ("pain back of calf playing tennis this am", "persist_hours", "present"),
        ("woke up with my neck locked to one side", "persist_hours", "present"),
        ("cramps in my belly every month since i was 12", "persist_over_3m", "present"),
        ("period pain since teens", "persist_months", "present"),
        ("hip stiffness since the spring", "persist_over_2w", "present"),
        ("eyes squeezing shut since the start of the summer", "persist_over_3m", "present"),
        ("twitching since last spring", "persist_over_3m", "present"),
        # how often: shorthand and counts
        ("night cramps 2-3x/wk", "freq_weekly", "present"),
        ("cramps 4x/day", "freq_daily", "present"),
        ("woke with cramp, 3rd time this week", "freq_weekly", "present"),
        ("twitch on and off through the day", "freq_daily", "present"),
        ("cramps every couple of nights", "freq_weekly", "present"),
        ("every night for a month now", "persist_over_2w", "present"),
        ("cramps every night, each one a few minutes", "dur_minutes", "present"),
        ("cramps many times, each one few minutes", "dur_minutes", "present"),
        # a same-day date followed by "now"
        (
            "ran a half marathon today, drank loads of water, now my fingers cramp",
            "persist_hours",
            "present",
        ),
        (
            "played rugby last night, felt a pop. cant stand on my toes now",
            "persist_hours",
            "present",
        ),
        # how long: it never lets go
        ("a calf cramp that just wont shift", "dur_constant", "present"),
        ("this is the first time it has happened", "freq_once", "present"),
    ],
)
def test_reads(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice, said(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # the verb "last": one episode, not since when
        ("the cramps last 2 hours", "persist_hours"),
        ("the spasms last 10 minutes", "persist_hours"),
        ("cramps at night, last 5 mins", "persist_hours"),
        ("last 2 days my jaw has been tight", "dur_long"),
        ("last half hour my legs keep jumping", "dur_long"),
        ("spasms, last 2 hrs each", "persist_hours"),
        ("the cramps go on for 3 days at a time", "persist_days"),
        # an age, not since when
        ("I am man 45 years from Romania, my legs twitch", "persist_months"),
        ("I am 52 years woman, cramps in my feet", "persist_over_3m"),
        ("R knee arthroscopy 3/52 ago, calf cramp", "persist_weeks"),
        # "24/7" is all the time; "on 3/12" is a date
        ("my calf is tight 24/7", "persist_months"),
        ("seen by gp on 3/12, cramps in both calves", "persist_months"),
        # a pregnancy week or a baby's age, not since when
        ("im 34 weeks along and my calves cramp", "persist_months"),
        ("30wks pregnant, calf cramps", "persist_over_2w"),
        ("3 months postpartum and my hands cramp", "persist_months"),
        # a date of something else
        ("had my tetanus booster 3 years ago, cut my hand today", "persist_months"),
        ("smoked for 30 years, calf cramps when i walk", "persist_over_3m"),
        ("went to the gym for the first time in about a year", "persist_months"),
        ("went to the gym for the first time in over 2 years", "persist_over_3m"),
        # the rest that ends it, not an episode (round 11: unless it lets go at its end, "stand
        # still a couple of minutes and it clears", which is how long the episode lasts)
        ("has to stop, goes after a few minutes rest", "dur_minutes"),
        ("drove 5 hrs yesterday and now my calf is sore", "dur_long"),
        ("8 hours on a plane and now my calf is swollen", "persist_hours"),
        # shorter spans give way to the longest
        ("neck spasms since friday and since this morning i cant pee", "persist_hours"),
        ("twitching for years, a bit worse this week", "persist_days"),
        (
            "hurt my back lifting a box 5 days ago, sciatica since. this morning i cant feel my bum",
            "persist_hours",
        ),
        # an event's date without words tying the symptoms to it
        ("I get cramps in my feet, the doctor put me on furosemide last month", "persist_months"),
        ("had my knee replaced 5 weeks ago, my thigh cramps", "persist_months"),
        (
            "my sertraline went up from 50 to 100mg last week. since last night my legs jerk",
            "persist_weeks",
        ),
        # "tonight" that is not the start
        ("should i go to a&e tonight", "persist_hours"),
        ("ill wait till tonight and see", "persist_hours"),
        # a same-day date without "now", or after "since"/"than"
        ("legs spasming more than usual today", "persist_hours"),
        ("more twitchy today than yesterday, now it is calmer", "persist_hours"),
        ("I slept badly last night and my legs cramp most nights", "persist_hours"),
        # a medicine's same-day date
        ("took mdma last night, now my jaw is clenching", "persist_hours"),
        # how often, not since when
        ("cramps every 2 weeks", "persist_over_2w"),
        ("once every few days my eye twitches", "persist_days"),
        ("LMP 2/7 ago, cramps with periods", "persist_days"),
        ("getting weaker every week", "freq_weekly"),
        ("weeing every half hour", "dur_long"),
        # the first time at an activity, not the first episode
        ("went to spin for the first time in about a year and now my thighs ache", "freq_once"),
        ("first time back at the gym in months", "freq_once"),
        # a flick of the hand, not a flicker
        ("when you flick his ankle up his foot beats", "dur_flicker"),
        # locked, not said to be sudden
        ("my back seized up", "onset_sudden"),
    ],
)
def test_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present", said(text)


@pytest.mark.parametrize(
    ("text", "over_2w"),
    [
        ("twitching for 10 days", "absent"),
        ("twitching for 2 weeks", None),
        ("cramps every day for the past fortnight", None),
        ("twitching for 3 weeks", "present"),
    ],
)
def test_exactly_two_weeks_neither_says_nor_denies_more(text: str, over_2w: str | None) -> None:
    assert said(text).get("persist_over_2w") == over_2w, said(text)
