"""Round 7: what the words state about time, and what only follows from them.

- "an hour ago", "since this morning" state that it started within the last 24 hours; that it
  started under a week ago follows (the spec's version-2 cases code only ``persist_hours``);
- a time span between a dating word and another span takes the dating ("diabetic for 12
  years and for the past 5 days ..."): the later span is the symptoms';
- common medicines no stem names ("warfarin", "insulin") date their own tablets.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text


def _stated(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).stated}


def _implied(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings if f.implied}


@pytest.mark.parametrize(
    "text",
    [
        "about an hour ago her right leg went dead with a terrible cramp",
        "started 25 min ago shovelling snow, my chest feels like its cramping",
        "my calf has been cramping since this morning",
        "20 mins ago his left arm started twitching",
        "since lunchtime my neck has been pulling to one side",
    ],
)
def test_within_24_hours_is_stated_and_under_a_week_follows(text: str) -> None:
    stated = _stated(text)
    assert stated.get("persist_hours") == "present"
    assert "persist_days" not in stated
    assert _implied(text).get("persist_days") == "present"


@pytest.mark.parametrize(
    "text",
    [
        "calf cramps for 3 days, worse since this morning",
        "cramps in my feet for 4 days",
    ],
)
def test_days_said_in_their_own_words_stay_stated(text: str) -> None:
    assert _stated(text).get("persist_days") == "present"


def test_the_interview_still_takes_what_follows() -> None:
    ids = {e["id"] for e in parse_text("my calf has cramped since this morning").evidence()}
    assert {"persist_hours", "persist_days"} <= ids


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "I've been a type 2 diabetic for 12 years and for the past 5 days I get cramps"
            " in my feet",
            "persist_days",
        ),
        ("had MS for 20 years and over the last 3 weeks my legs jump at night", "persist_weeks"),
        ("on simvastatin for years and for 2 months my calves ache", "persist_months"),
    ],
)
def test_a_later_span_is_the_symptoms_not_the_dated_thing(text: str, finding: str) -> None:
    assert _stated(text).get(finding) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "on warfarin for years for my AF. calf cramps 2 days",
        "she's been on insulin for 20 years, cramps in her feet for 3 days",
        "baclofen for ages, spasms in my legs since tuesday",
        "taken gabapentin for 5 years. the twitching started 4 days ago",
    ],
)
def test_medicines_no_stem_names_date_their_own_tablets(text: str) -> None:
    stated = _stated(text)
    assert stated.get("persist_days") == "present"
    assert "persist_months" not in stated
    assert "persist_over_3m" not in stated
