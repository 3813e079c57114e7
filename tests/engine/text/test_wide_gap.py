"""The wide gap ``~~``: two ideas that make a finding wherever they stand in one clause."""

from __future__ import annotations

import pytest

from myotriage.engine.text.patterns import Matcher
from myotriage.engine.text.tokens import tokenize

BREATH = "breath*|breathing ~~ cant|struggl*"


def found(phrase: str, text: str) -> list[tuple[int, int, bool]]:
    matcher = Matcher([(phrase, "x")])
    return [(m.first, m.last, m.negated) for m in matcher.find(tokenize(text))]


@pytest.mark.parametrize(
    "text",
    [
        "my breathing is getting so bad i cant",
        "breathing has been a real struggle",
        "breath comes short and i struggle",
    ],
)
def test_two_ideas_far_apart_in_one_clause_match(text: str) -> None:
    assert [negated for *_, negated in found(BREATH, text)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "breathing fine, cant walk though",  # a comma ends the clause
        "my breathing is fine but i cant walk",  # so does "but"
        "breathing fine. cant sleep",  # and a sentence end
        "breathing is fine and the pain in my left calf is bad and i cant",  # past 8 words
    ],
)
def test_the_wide_gap_stays_inside_one_clause(text: str) -> None:
    assert found(BREATH, text) == []


def test_a_skipped_not_makes_it_a_denial() -> None:
    assert [negated for *_, negated in found("breath* ~~ short", "breath is not short")] == [True]


def test_the_narrow_gap_is_unchanged() -> None:
    assert found("breath* ~ cant", "breathing is so bad i cant") == []
