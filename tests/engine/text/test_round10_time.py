"""Round 10, time words. Since when is the whole problem's age, not the date of one bout or of
something else: a cramp that comes back twice a week or once a month is older than "this
morning" or "woke at 3am"; "still ... today" and "a bit sore today" say it began before today;
"2 nights ago" is days; a "bad back for years" or a visit to A&E or the GP dates that, not the
new trouble, and gives way to the trouble's own date. Going to the toilet "every 20 minutes"
is how often one pees, not how often the spasms come. "it happens"/"it comes" in a clause
ties its span to the symptoms. "2 years of my left eye twitching" and "for most of this year"
say since when. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("persist_days", "woke up three nights ago with a cramp and my calf has been sore since"),
    ("persist_days", "a couple of nights ago my thigh seized up in the night and it still aches"),
    ("persist_days", "the calf cramped on sunday and still aches today"),
    ("persist_days", "dodgy back for ages, then on monday it locked up in spasm"),
    ("persist_days", "bad back for years and yesterday it went into spasm, now my legs are numb"),
    ("persist_days", "bad back pain with spasms 4 days, since last night my legs feel weak"),
    ("persist_hours", "saw the GP yesterday about a tummy bug, since lunchtime my neck is twisted"),
    ("persist_hours", "went to A&E yesterday with a bad chest, this evening my jaw has locked"),
    ("persist_hours", "it started today and is still there"),
    ("persist_weeks", "it happens twice a week since they doubled my furosemide 3 weeks ago"),
    ("persist_weeks", "it comes on twice a week since they doubled my furosemide 3 weeks ago"),
    ("freq_daily", "my calves cramp every 20 minutes or so today"),
    ("freq_daily", "both legs kicking out every few minutes tonight"),
]

DENIED = [
    ("persist_hours", "woke up two nights ago with a cramp in my calf and its still swollen"),
    (
        "persist_over_3m",
        "bad back for years and yesterday it went into spasm, now my legs are numb",
    ),
]

GUARDS = [
    ("freq_daily", "I'm up to the toilet every 30 minutes and it stings"),
    ("freq_daily", "need a wee every couple of hours since the new tablets"),
    ("freq_daily", "burning when i pee and going every 15 mins"),
    ("persist_hours", "at the gym this morning my thigh cramped, it happens maybe twice a month"),
    ("persist_hours", "woke at 2am with a calf cramp again, I get them 3 nights a week"),
    ("persist_hours", "the calf cramped on sunday and still aches today"),
    ("persist_hours", "my leg is a bit tender today but fine otherwise"),
    ("persist_months", "bad back for years and yesterday it went into spasm, now my legs are numb"),
    ("persist_months", "dodgy back for ages, then on monday it locked up in spasm"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_guard_is_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


MORE_STATED = [
    ("persist_over_3m", "two years of my right eye twitching and now my cheek goes too"),
    ("persist_months", "18 months of my left calf cramping at night"),
    ("persist_months", "my legs jolt as I drop off, it has been going on for most of this year"),
]

MORE_GUARDS = [
    ("persist_months", "did 3 years of my degree in leeds, now my calf twitches"),
    ("persist_months", "most of the year I'm fine but in the cold my calves cramp"),
]


@pytest.mark.parametrize(("finding", "text"), MORE_STATED)
def test_span_of_the_complaint_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), MORE_GUARDS)
def test_span_of_something_else_is_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
