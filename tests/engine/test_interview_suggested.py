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


# A torn tendon, told in answers: the interview stops at "urgent" before its question on
# slow changes (muscle wasting) comes.
TORN = [
    {"id": "trig_exercise", "choice": "present"},
    {"id": "onset_sudden", "choice": "present"},
    {"id": "snap_felt", "choice": "present"},
    {"id": "loc_calf", "choice": "present"},
    {"id": "side_one", "choice": "present"},
    {"id": "loss_of_function", "choice": "present"},
]


def _offered(step: dict[str, Any], case: Any) -> tuple[set[str], dict[str, list[str]]]:
    """Run the simulated person of ``case``: the findings every question offered, and the
    suggestions each question marked."""
    from myotriage.engine.interview import _replay, _simulated_answer

    offered: set[str] = set()
    marked: dict[str, list[str]] = {}
    while step["question"] is not None:
        q = step["question"]
        offered |= {o["value"] for o in q["options"]}
        if q.get("suggested"):
            marked[q["id"]] = q["suggested"]
        answer = _simulated_answer(_replay(step["state"]), q["id"], case)
        step = answer_question(step["state"], q["id"], answer)
    return offered, marked


def test_words_that_settle_nothing_still_get_their_suggestion_asked() -> None:
    """Where the parser read nothing, a suggestion has no story list to join: it gets a
    list of its own before the interview stops, so it is asked even where the interview
    would have stopped before its own question."""
    kb = load_knowledge()
    case = parse_case({"age": 50, "sex": "female", "evidence": TORN}, kb)
    plain, _ = _offered(start_interview(age=50, sex="female"), case)
    assert "muscle_wasting" not in plain  # the interview stops before it (else no test)
    told, marked = _offered(
        start_interview(age=50, sex="female", suggested=["muscle_wasting"]), case
    )
    assert "muscle_wasting" in told
    assert marked == {"story_confirm": ["muscle_wasting"]}


def test_a_suggestion_on_its_own_list_counts_only_when_ticked() -> None:
    kb = load_knowledge()
    case = parse_case({"age": 50, "sex": "female", "evidence": TORN}, kb)
    plain, _ = simulate_interview(case)
    told, asked = simulate_interview(case, suggested=["muscle_wasting"])
    assert asked[-1] == "story_confirm"
    assert told["assessment"]["triage"] == plain["assessment"]["triage"]
    wasting = parse_case(
        {
            "age": 50,
            "sex": "female",
            "evidence": [*TORN, {"id": "muscle_wasting", "choice": "present"}],
        },
        kb,
    )
    ticked, _ = simulate_interview(wasting, suggested=["muscle_wasting"])
    fired = {f for flag in ticked["assessment"]["red_flags"] for f in flag["findings"]}
    assert "muscle_wasting" in fired
    assert "muscle_wasting" not in {
        f for flag in told["assessment"]["red_flags"] for f in flag["findings"]
    }
