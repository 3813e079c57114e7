"""Red flags the second reader suggests come first on the story's tick list and count for
nothing until the person answers (engine.text.reader; issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from myotriage.engine.case import parse_case
from myotriage.engine.interview import answer_question, simulate_interview, start_interview
from myotriage.errors import InvalidInputError
from myotriage.knowledge.loader import load_knowledge

STORY = [{"id": "loc_calf", "choice": "present"}, {"id": "trig_night", "choice": "present"}]


def _first_story_list(step: dict[str, Any]) -> dict[str, Any]:
    """Answer "none of these" until the story's tick list comes."""
    while not step["question"]["id"].startswith("story_check"):
        q = step["question"]
        answer: Any = (
            "no" if q["kind"] == "boolean" else ([] if q["kind"] == "multiple" else "none")
        )
        step = answer_question(step["state"], q["id"], answer)
    question: dict[str, Any] = step["question"]
    return question


def test_a_suggested_red_flag_joins_the_first_tick_list() -> None:
    plain = _first_story_list(start_interview(age=40, sex="male", evidence=STORY))
    assert "jaundice" not in [o["value"] for o in plain["options"]]
    assert "suggested" not in plain
    told = _first_story_list(
        start_interview(age=40, sex="male", evidence=STORY, suggested=["jaundice"])
    )
    assert "jaundice" in [o["value"] for o in told["options"]]
    assert told["suggested"] == ["jaundice"]


def test_a_suggestion_is_not_an_answer() -> None:
    """The person says no: the result is what the same answers give without the suggestion."""
    kb = load_knowledge()
    case = parse_case({"age": 40, "sex": "male", "evidence": STORY}, kb)
    plain, _ = simulate_interview(case, evidence=STORY)
    told, asked = simulate_interview(case, evidence=STORY, suggested=["jaundice"])
    assert told["assessment"]["triage"] == plain["assessment"]["triage"]
    assert "story_check" in asked


def test_a_confirmed_suggestion_raises_the_level() -> None:
    kb = load_knowledge()
    evidence = [*STORY, {"id": "jaundice", "choice": "present"}]
    case = parse_case({"age": 40, "sex": "male", "evidence": evidence}, kb)
    step, _ = simulate_interview(case, evidence=STORY, suggested=["jaundice"])
    plain, _ = simulate_interview(
        parse_case({"age": 40, "sex": "male", "evidence": STORY}, kb), evidence=STORY
    )
    order = ["self_care", "consult", "urgent", "emergency"]
    assert order.index(step["assessment"]["triage"]) > order.index(plain["assessment"]["triage"])


@pytest.mark.parametrize(
    ("suggested", "field"),
    [
        (["loc_calf"], "state.suggested[0]"),
        (["nope"], "state.suggested[0]"),
        ("jaundice", "state.suggested"),
    ],
)
def test_a_bad_suggestion_names_its_field(suggested: Any, field: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        start_interview(age=40, sex="male", evidence=STORY, suggested=suggested)
    assert info.value.field == field


def test_the_state_keeps_the_suggestions_through_every_step() -> None:
    step = start_interview(age=40, sex="male", evidence=STORY, suggested=["jaundice"])
    assert step["state"]["suggested"] == ["jaundice"]
    q = step["question"]
    answer: Any = [] if q["kind"] == "multiple" else "none"
    nxt = answer_question(step["state"], q["id"], answer)
    assert nxt["state"]["suggested"] == ["jaundice"]
