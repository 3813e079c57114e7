"""A medicine the lexicon does not class is still a medicine: its dates and doses are its own.

Names ending in a WHO INN stem ("amlodipine", "bisoprolol", "ramipril") or a pointer back
at one ("been on that for years") keep their time and dosing words from the spasms."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

SINCE = ("persist_hours", "persist_days", "persist_weeks", "persist_months")


@pytest.mark.parametrize(
    "text",
    [
        "cramps in my feet, on amlodipine for years",
        "calf cramps. Also take nifedipine for blood pressure, been on that for years",
        "thigh twitching, I have been taking bisoprolol for ages",
        "cramps at night, on lisinopril 10mg for 5 years",
    ],
)
def test_a_span_after_an_unclassed_medicine_dates_the_medicine(text: str) -> None:
    found = said(text)
    assert not any(found.get(f) == "present" for f in SINCE), found


@pytest.mark.parametrize(
    "text",
    ["calf cramps, bisoprolol twice a day", "hand cramps, I take losartan 50mg three times a day"],
)
def test_a_dose_after_an_unclassed_medicine_is_not_how_often(text: str) -> None:
    assert "freq_daily" not in said(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("calf cramps since April", "persist_months"),  # April is no medicine
        ("calf cramps for 3 weeks, on ramipril", "persist_weeks"),  # the span comes first
        ("twitching on and off for years, I take it easy", "persist_months"),
        ("eyelid flicker every day for 5 days, I take amlodipine", "persist_days"),
    ],
)
def test_the_spasms_own_dates_still_count(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


def test_an_unclassed_medicine_gives_no_finding_of_its_own() -> None:
    assert said("I take amlodipine and bisoprolol") == {}
