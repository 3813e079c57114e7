"""The wide gaps: ``~~`` (two ideas wherever they stand in one clause) and ``~~~`` (in one
sentence, across commas and "but")."""

from __future__ import annotations

import pytest

from myotriage.engine.text.patterns import Matcher
from myotriage.engine.text.tokens import tokenize
from tests.engine.text.reading import said

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


SMALL_KNOCK = "small knock ~~~ agony|unbearable"


def test_the_sentence_gap_crosses_commas_and_but_inside_one_sentence() -> None:
    assert found(SMALL_KNOCK, "it was a small knock, but honestly the pain is unbearable")
    assert not found(SMALL_KNOCK, "it was a small knock. the cramp last week was agony")
    assert not found(
        BREATH.replace("~~", "~~~"),
        "breathing is fine and the pain in my left calf has been bad all week and today i cant",
    )  # past 12 words


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        ("pain_out_of_proportion", "i only caught my shin on the table, but it's agony"),
        ("pain_out_of_proportion", "a tiny bump on the arm, yet he is screaming with it"),
        ("pain_out_of_proportion", "her arm looks normal but she says the pain is unbearable"),
        ("pain_passive_stretch", "when the doctor bent his toes back he screamed"),
        ("pain_passive_stretch", "if anyone straightens her fingers it's agony in her forearm"),
    ],
)
def test_red_flags_told_across_two_clauses_are_read(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        ("pain_out_of_proportion", "only a small cramp, but the pain was unbearable"),
        ("pain_out_of_proportion", "a small knock last year. this cramp is agony"),
        ("pain_passive_stretch", "i stretch my toes up and the cramp goes in a minute"),
        ("pain_passive_stretch", "moving my toes helps, the cramp was bad but it went"),
    ],
)
def test_their_look_alikes_are_not(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
