"""The interview's Python API: the screen first, no question twice, back restores the
step exactly, plain JSON state, and clear errors for bad input."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from myotriage.engine.assessment import Assessment
from myotriage.engine.interview import (
    answer_question,
    go_back,
    interview_result,
    start_interview,
)
from myotriage.errors import InvalidInputError


def _first_option(question: dict[str, Any]) -> Any:
    """A plausible answer: the first finding for lists and choices, 'no' for yes/no."""
    if question["kind"] == "boolean":
        return "no"
    if question["kind"] == "number":
        return 40
    if question["kind"] == "multiple":
        return []
    return question["options"][0]["value"]


def _run(step: dict[str, Any], answer_for: Any = _first_option) -> list[dict[str, Any]]:
    steps = [step]
    while not step["done"]:
        question = step["question"]
        step = answer_question(step["state"], question["id"], answer_for(question))
        steps.append(step)
    return steps


def test_the_safety_screen_comes_first_even_before_age_and_sex() -> None:
    step = start_interview()
    question = step["question"]
    assert question["id"] == "safety_screen"
    assert question["safety_screen"] is True
    assert question["kind"] == "multiple"
    values = [o["value"] for o in question["options"]]
    assert "breathing_difficulty" in values and "chest_pain" in values
    assert values[-2:] == ["none", "unknown"]
    assert step["done"] is False and step["assessment"] is None
    assert step["progress"]["asked"] == 0


def test_age_and_sex_are_asked_after_the_screen_when_not_given() -> None:
    step = answer_question(start_interview()["state"], "safety_screen", [])
    assert step["question"]["id"] == "age"
    assert step["question"]["kind"] == "number"
    step = answer_question(step["state"], "age", 30)
    assert step["question"]["id"] == "sex"
    assert [o["value"] for o in step["question"]["options"]] == [
        "female",
        "male",
        "other",
        "unknown",
    ]
    step = answer_question(step["state"], "sex", "unknown")
    assert step["question"]["id"] not in ("age", "sex", "safety_screen")


def test_given_age_and_sex_are_not_asked() -> None:
    steps = _run(start_interview(age=52, sex="male"))
    asked = [s["question"]["id"] for s in steps if not s["done"]]
    assert "age" not in asked and "sex" not in asked
    assert "pregnancy" not in asked  # not asked of men


def test_an_emergency_at_the_screen_ends_the_interview_at_once() -> None:
    step = start_interview(age=60, sex="female")
    step = answer_question(step["state"], "safety_screen", ["chest_pain"])
    assert step["done"] is True
    assert step["question"] is None
    assert step["assessment"]["triage"] == "emergency"
    assert step["stop_reason"] == "emergency"
    assert step["progress"]["asked"] == 1
    assert "loc_calf" in step["not_asked"]
    assert "chest_pain" not in step["not_asked"]
    # Unticked screen items count as absent.
    result = interview_result(step["state"])
    assert "breathing_difficulty" in result.case.absent
    assert "chest_pain" in result.case.present


def test_no_question_is_asked_twice_and_the_interview_ends() -> None:
    steps = _run(start_interview(age=35, sex="female"))
    asked = [s["question"]["id"] for s in steps if not s["done"]]
    assert len(asked) == len(set(asked))
    assert steps[-1]["done"] is True
    assert steps[-1]["assessment"]["triage"] in ("self_care", "consult", "urgent", "emergency")
    assert steps[-1]["progress"]["asked"] == len(asked)


def test_going_back_restores_the_previous_step_exactly() -> None:
    steps = _run(start_interview(age=35, sex="female"))
    assert len(steps) > 3
    for before, after in zip(steps, steps[1:], strict=False):
        assert go_back(after["state"]) == before
    with pytest.raises(InvalidInputError, match="no earlier question"):
        go_back(steps[0]["state"])


def test_going_back_then_answering_differently_changes_the_path() -> None:
    step = start_interview(age=44, sex="female")
    done = answer_question(step["state"], "safety_screen", ["seizure"])
    assert done["done"]
    again = go_back(done["state"])
    assert again == step
    step = answer_question(again["state"], "safety_screen", [])
    assert step["done"] is False


def test_the_state_is_plain_json_and_survives_a_round_trip() -> None:
    step = start_interview(age=35)
    for _ in range(4):
        if step["done"]:
            break
        state = json.loads(json.dumps(step["state"]))
        question = step["question"]
        step = answer_question(state, question["id"], _first_option(question))
    assert json.loads(json.dumps(step)) == step


def test_the_state_is_not_changed_by_a_call() -> None:
    step = start_interview(age=35, sex="female")
    frozen = copy.deepcopy(step["state"])
    answer_question(step["state"], "safety_screen", [])
    assert step["state"] == frozen


def test_interview_result_is_an_assessment_of_the_answers_so_far() -> None:
    step = start_interview(age=35, sex="female")
    step = answer_question(step["state"], "safety_screen", [])
    result = interview_result(step["state"])
    assert isinstance(result, Assessment)
    assert result.case.age == 35
    assert "seizure" in result.case.absent


def test_answers_by_kind_are_recorded_as_findings() -> None:
    step = start_interview(age=35, sex="female")
    step = answer_question(
        step["state"], "safety_screen", {"present": [], "unknown": ["confusion"]}
    )
    case = interview_result(step["state"]).case
    assert "confusion" in case.unknown and "seizure" in case.absent
    seen: set[str] = set()
    while not step["done"] and len(seen) < 6:
        q = step["question"]
        seen.add(q["kind"])
        if q["kind"] == "single":
            first = q["options"][0]["value"]
            step = answer_question(step["state"], q["id"], first)
            case = interview_result(step["state"]).case
            assert first in case.present
            others = [o["value"] for o in q["options"][1:] if not o.get("exclusive")]
            assert all(o in case.absent for o in others)
        elif q["kind"] == "multiple":
            step = answer_question(step["state"], q["id"], "unknown")
            case = interview_result(step["state"]).case
            members = [o["value"] for o in q["options"] if not o.get("exclusive")]
            assert all(m in case.unknown for m in members)
        else:
            step = answer_question(step["state"], q["id"], "no")
    assert "single" in seen and "multiple" in seen


@pytest.mark.parametrize(
    ("question_id", "answer", "field", "message"),
    [
        ("safety_screen", ["loc_kne"], "answer", "'loc_kne' is not an option here"),
        ("safety_screen", "yes", "answer", "expected a list of option values"),
        ("safety_screen", ["seizure", "seizure"], "answer", "listed twice"),
        ("safety_screen", {"present": [], "maybe": []}, "answer", "unexpected key"),
        ("where", [], "question_id", "expected the current question 'safety_screen'"),
        ("nonsense", [], "question_id", "expected the current question"),
    ],
)
def test_bad_answers_name_the_field(
    question_id: str, answer: Any, field: str, message: str
) -> None:
    step = start_interview(age=35, sex="female")
    with pytest.raises(InvalidInputError) as info:
        answer_question(step["state"], question_id, answer)
    assert info.value.field == field
    assert message in info.value.problem


def test_bad_age_and_sex_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="age: expected a whole number"):
        start_interview(age=130)
    with pytest.raises(InvalidInputError, match="sex: expected one of female"):
        start_interview(sex="robot")
    step = answer_question(start_interview()["state"], "safety_screen", [])
    with pytest.raises(InvalidInputError) as info:
        answer_question(step["state"], "age", "forty")
    assert info.value.field == "answer"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda s: s.update(version=99), "state.version"),
        (lambda s: s.update(knowledge_version="0.0.1"), "state.knowledge_version"),
        (lambda s: s.update(answers="many"), "state.answers"),
        (lambda s: s["answers"].append({"question": "safety_screen", "answer": []}), "question"),
        (lambda s: s["answers"].append({"question": "bogus", "answer": []}), "question"),
        (lambda s: s.update(given={"height": 2}), "state.given"),
    ],
)
def test_a_tampered_state_is_refused(change: Any, field: str) -> None:
    step = start_interview(age=35, sex="female")
    step = answer_question(step["state"], "safety_screen", [])
    state = copy.deepcopy(step["state"])
    change(state)
    with pytest.raises(InvalidInputError) as info:
        answer_question(state, step["question"]["id"], [])
    assert field in info.value.field


def test_a_state_that_is_not_an_object_is_refused() -> None:
    for bad in (None, "state", [1, 2]):
        with pytest.raises(InvalidInputError, match="expected the object returned"):
            go_back(bad)


def test_a_finished_interview_takes_no_more_answers() -> None:
    step = answer_question(start_interview(age=35)["state"], "safety_screen", ["seizure"])
    assert step["done"]
    with pytest.raises(InvalidInputError, match="the interview is finished"):
        answer_question(step["state"], "where", [])


# Speed is measured by benchmarks/interview_efficiency.py, not asserted here: a timed test
# fails on a busy machine without telling us anything about the code.
