"""Round 11 (hyg): an age said as "I have 76 years" is no span of the symptoms; a phrase whose
several-word options never matched, split into phrases of their own."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

_SPANS = {"persist_months", "persist_weeks", "persist_days", "persist_over_2w", "persist_over_3m"}


@pytest.mark.parametrize(
    "text",
    [
        "I have 76 years and my calves cramp at night.",
        "I have 70 years. Legs cramp when I walk.",
        "My father has 82 years and his hands shake.",
    ],
)
def test_have_years_is_an_age(text: str) -> None:
    assert not set(said(text)) & _SPANS


@pytest.mark.parametrize(
    "text",
    [
        "I have had cramps in my calves for 3 years.",
        "I have 2 years of twitching in my eyelid.",
        "I have 20 years of cramps in my legs.",
    ],
)
def test_have_years_of_the_complaint_stays_a_span(text: str) -> None:
    assert said(text).get("persist_months") == "present"


def test_have_years_beside_a_span_reads_the_span() -> None:
    got = said("I have 70 years, the cramps in my legs started 3 weeks ago.")
    assert got.get("persist_weeks") == "present"
    assert got.get("persist_over_3m", "absent") == "absent"
