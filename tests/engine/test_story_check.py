"""The interview after a story: red flags ruled out in a few tick lists, words confirmed.

The yardstick is the same as for the interview: full information (every finding the case
does not list answered absent). Starting from a story must never land lower.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myotriage.engine.assessment import assess
from myotriage.engine.case import make_case, parse_case
from myotriage.engine.case_sampling import full_information_case
from myotriage.engine.interview import (
    _selector,
    answer_question,
    go_back,
    simulate_interview,
    start_interview,
)
from myotriage.engine.story_check import MAX_OPTIONS, STORY_CHECK_ID, STORY_CHECK_MORE_IDS
from myotriage.engine.text import parse_text
from myotriage.errors import InvalidInputError
from myotriage.knowledge.loader import load_knowledge
from myotriage.knowledge.schema import TRIAGE_ORDER
from tests.engine.test_interview_properties import people

KB = load_knowledge()
RANK = {level: i for i, level in enumerate(TRIAGE_ORDER)}
LISTS = (STORY_CHECK_ID, *STORY_CHECK_MORE_IDS)


def _full(case: dict[str, Any]) -> str:
    return assess(parse_case(full_information_case(case, KB), KB), KB).triage


def _after_screen(text: str, age: int = 50, sex: str = "female") -> dict[str, Any]:
    step = start_interview(age=age, sex=sex, evidence=parse_text(text, KB).evidence())
    assert step["question"]["id"] == "safety_screen"
    return answer_question(step["state"], "safety_screen", [])


def test_after_the_screen_one_tick_list_holds_the_open_red_flags() -> None:
    step = _after_screen("my left calf cramps at night for 3 weeks")
    question = step["question"]
    assert question["id"] == STORY_CHECK_ID and question["kind"] == "multiple"
    offered = [o["value"] for o in question["options"]]
    assert "calf_swelling" in offered  # a clot is not ruled out by the words
    assert len(offered) - 2 <= MAX_OPTIONS  # plus "none of these" and "I don't know"
    assert offered[-2:] == ["none", "unknown"]


def test_none_of_these_settles_a_story_that_says_a_lot_in_a_few_questions() -> None:
    text = (
        "twitch in my left eyelid for 2 weeks, lower lid, no pain, no droop or double vision,"
        " lots of coffee and stress at work, no meds"
    )
    evidence = parse_text(text, KB).evidence()
    case = {"age": 30, "sex": "female", "evidence": evidence}
    step, asked = simulate_interview(parse_case(case, KB), evidence=evidence)
    _plain, asked_plain = simulate_interview(parse_case(case, KB))
    assert len(asked) <= 4 < len(asked_plain)
    assert step["assessment"]["triage"] == _full(case)


def test_a_short_story_is_never_lower_than_full_information() -> None:
    case = {
        "age": 40,
        "sex": "male",
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "trig_night", "choice": "present"},
        ],
    }
    step, _asked = simulate_interview(
        parse_case(case, KB), evidence=parse_text("calf cramp at night", KB).evidence()
    )
    assert RANK[step["assessment"]["triage"]] >= RANK[_full(case)]


def test_a_red_flag_the_words_do_not_say_is_still_asked_in_the_list() -> None:
    case = {
        "age": 60,
        "sex": "female",
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "calf_swelling", "choice": "present"},
        ],
    }
    step, asked = simulate_interview(
        parse_case(case, KB), evidence=parse_text("my calf cramps", KB).evidence()
    )
    assert STORY_CHECK_ID in asked
    assert step["assessment"]["triage"] in ("urgent", "emergency")


CALF_AT_NIGHT = "my calf cramps at night, twice a week"


def _calf_case(*extra: str) -> dict[str, Any]:
    present = ["loc_calf", "trig_night", "freq_weekly", *extra]
    return {"age": 45, "sex": "male", "evidence": [{"id": f, "choice": "present"} for f in present]}


def test_a_story_stops_after_its_tick_lists_once_the_level_is_settled() -> None:
    """Nothing ticked, no rule left open, "no" to the rest would give the same level, few
    people drawn from the posterior would get a higher one, and no single unsaid "yes" would
    make it a same-day visit: no per-theme question follows the lists (before, thirteen
    more did: how long, what it looks like, how bad ...)."""
    text = "eyelid twitching for 5 days, only the left one"
    present = ("loc_eyelid", "persist_days", "side_one")
    case = {"age": 34, "sex": "male", "evidence": [{"id": f, "choice": "present"} for f in present]}
    step, asked = simulate_interview(parse_case(case, KB), evidence=parse_text(text, KB).evidence())
    assert asked[0] == "safety_screen" and STORY_CHECK_ID in asked
    assert set(asked) <= {"safety_screen", *LISTS}
    assert step["stop_reason"] == "settled"
    assert step["assessment"]["triage"] == _full(case)


def test_an_unsaid_answer_that_alone_would_make_it_urgent_is_asked() -> None:
    """A story leaves out what the person did not think to say. "Calf cramps every night
    this week" from someone whose cramps are severe: severe pain alone makes the picture one
    for a same-day visit (a clot cannot be told apart yet), though few people drawn from the
    posterior would say so. The interview asks on until no single "yes" could do that
    (``story_single_yes``); before, it stopped at self-care after the lists."""
    text = "calf cramps every night this week"
    said_ = [e["id"] for e in parse_text(text, KB).evidence() if e["choice"] == "present"]
    case = {
        "age": 61,
        "sex": "female",
        "evidence": [{"id": f, "choice": "present"} for f in [*said_, "pain_severe"]],
    }
    step, asked = simulate_interview(parse_case(case, KB), evidence=parse_text(text, KB).evidence())
    assert _full(case) == "urgent"
    assert step["assessment"]["triage"] == "urgent"
    assert "pain" in asked


def test_a_story_that_settles_little_takes_three_lists_at_most() -> None:
    """About 60 findings are left to rule out below `consult` after such a story: three
    lists hold them (the safety screen before them), so four questions in all."""
    text = "eyelid twitching for 5 days, only the left one"
    case = {
        "age": 34,
        "sex": "male",
        "evidence": [{"id": f, "choice": "present"} for f in ("loc_eyelid", "persist_days")],
    }
    step, asked = simulate_interview(parse_case(case, KB), evidence=parse_text(text, KB).evidence())
    assert step["assessment"]["triage"] == _full(case) == "self_care"
    assert 2 <= sum(q in LISTS for q in asked) <= 3
    assert len(asked) <= 4


def test_a_red_flag_left_open_by_the_same_words_is_still_asked_and_counts() -> None:
    """The same words from a person who also has a swollen calf: the early stop does not
    skip it, the tick list asks it and the level is the one full information gives."""
    case = _calf_case("calf_swelling")
    step, asked = simulate_interview(
        parse_case(case, KB), evidence=parse_text(CALF_AT_NIGHT, KB).evidence()
    )
    assert STORY_CHECK_ID in asked
    assert step["assessment"]["triage"] == _full(case) == "urgent"


def test_the_story_does_not_stop_where_no_to_the_rest_would_give_another_level() -> None:
    """A chest cramp that comes with coughing: "no" to everything left would make it more
    urgent (the conditions, not a rule), so the level is not settled yet; with those
    answers it is."""
    selector = _selector(KB, "en")
    told = [("loc_chest", "present"), ("pain_cough", "present")]
    case = make_case(None, 40, "male", told)
    level = selector.level(case)
    rest = [(f, "absent") for f in KB.findings if f not in dict(told)]
    assert selector.level(make_case(None, 40, "male", told + rest)) != level
    assert not selector.story_settled(case, frozenset(), level)
    full = make_case(None, 40, "male", told + rest)
    assert selector.story_settled(full, frozenset(), selector.level(full))


def test_words_that_would_lower_the_level_are_confirmed() -> None:
    """ "legs fine now" reads as both sides; with a long flight that can lower a clot's
    level, so the interview asks it again instead of taking it from the words."""
    text = "calf cramps after long flights for work, no swelling, legs fine now"
    parsed = {f.id: f.choice for f in parse_text(text, KB).findings}
    case = {
        "age": 37,
        "sex": "female",
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "immobility", "choice": "present"},
            {"id": "calf_swelling", "choice": "absent"},
        ],
    }
    step, asked = simulate_interview(parse_case(case, KB), evidence=parse_text(text, KB).evidence())
    assert RANK[step["assessment"]["triage"]] >= RANK[_full(case)]
    if parsed.get("side_both") == "present":
        assert step["assessment"]["triage"] == _full(case)


def test_the_tick_list_is_replayed_exactly_and_checked() -> None:
    step = _after_screen("eyelid twitching for a week, too much coffee")
    assert step["question"]["id"] == STORY_CHECK_ID
    with pytest.raises(InvalidInputError) as info:
        answer_question(step["state"], STORY_CHECK_ID, ["loc_kneecap"])
    assert info.value.field == "answer"
    after = answer_question(step["state"], STORY_CHECK_ID, [])
    back = go_back(after["state"])
    assert back["question"] == step["question"]


def test_without_a_story_there_is_no_tick_list() -> None:
    step = start_interview(age=50, sex="female")
    step = answer_question(step["state"], "safety_screen", [])
    assert step["question"]["id"] not in LISTS


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people(), st.randoms(use_true_random=False))
def test_a_story_that_tells_part_of_the_case_never_lowers_the_triage(
    case: dict[str, Any], rng: Any
) -> None:
    """A story stating any part of the case (as a correct parser would read it): the
    interview from it never ends below full information through a rule."""
    told = [e for e in case["evidence"] if e["choice"] != "unknown" and rng.random() < 0.5]
    if not told:
        return
    step, _asked = simulate_interview(parse_case(case, KB), evidence=told)
    got = RANK[step["assessment"]["triage"]]
    full = assess(parse_case(full_information_case(case, KB), KB), KB)
    rules = max((RANK[f.level] for f in full.fired if f.kind == "rule"), default=0)
    assert got >= rules


SUDDEN_BELLY = "i have sudden severe belly cramps"


def _period_case(sex: str) -> dict[str, Any]:
    evidence = ["loc_abdomen", "pain_severe", "onset_sudden", "dur_long"]
    if sex == "female":
        evidence.append("trig_menstruation")
    return {
        "id": f"sudden-belly-{sex}",
        "age": 30,
        "sex": sex,
        "evidence": [{"id": f, "choice": "present"} for f in evidence],
    }


def test_an_emergency_that_an_unless_may_lift_is_asked_about_first() -> None:
    """Sudden severe belly pain is an emergency unless it comes with a period: the period is
    asked before the interview ends, so it ends where full information does."""
    case = _period_case("female")
    told = parse_text(SUDDEN_BELLY, KB).evidence()
    step, asked = simulate_interview(parse_case(case, KB), evidence=told)
    assert step["assessment"]["triage"] == _full(case) != "emergency"
    assert asked  # it did not stop at once


def test_an_emergency_no_answer_can_lift_ends_at_once() -> None:
    """A man cannot have a period: the emergency stands and the interview ends at once."""
    case = _period_case("male")
    told = parse_text(SUDDEN_BELLY, KB).evidence()
    step, asked = simulate_interview(parse_case(case, KB), evidence=told)
    assert step["assessment"]["triage"] == "emergency" == _full(case)
    assert asked == []


@pytest.mark.parametrize(
    "told",
    [["visible_flicker"], ["visible_flicker", "persist_over_2w"], ["persist_over_2w"]],
)
def test_a_rule_that_needs_a_follow_up_is_closed_by_the_tick_list(told: list[str]) -> None:
    """A flicker that has gone on for more than two weeks is a rule's consult. A story that
    says only "a flicker" must still be asked how long (a follow-up finding goes on the tick
    list), and a word held back to confirm that no list could offer still counts as said.
    Found by the property test below."""
    case = {
        "evidence": [
            {"id": "visible_flicker", "choice": "present"},
            {"id": "persist_over_2w", "choice": "present"},
        ]
    }
    evidence = [{"id": f, "choice": "present"} for f in told]
    step, _asked = simulate_interview(parse_case(case, KB), evidence=evidence)
    assert step["assessment"]["triage"] == _full(case) == "consult"


def test_words_that_lower_the_level_only_together_are_confirmed() -> None:
    """Round 7: "period" read as period cramps and "on and off" as less than weekly lower a
    one-sided pelvic pain together where neither does alone; both are confirmed, so a misread
    pair cannot send a person with a possible ectopic pregnancy home."""
    from myotriage.engine.interview import _selector
    from myotriage.engine.story_check import words_to_confirm

    selector = _selector(load_knowledge(), "en")
    words = (
        ("loc_pelvis", "present"),
        ("trig_menstruation", "present"),
        ("freq_occasional", "present"),
        ("persist_weeks", "present"),
        ("side_one", "present"),
        ("seizure", "absent"),
        ("persist_hours", "absent"),
        ("persist_over_2w", "absent"),
        ("persist_over_3m", "absent"),
    )
    confirm = words_to_confirm(selector, words, 26, "female")
    assert {"trig_menstruation", "side_one"} <= confirm


@pytest.mark.parametrize(
    ("red_flag", "words"),
    [
        ("bleeding", [("loc_abdomen", "present"), ("persist_months", "present")]),
        ("calf_swelling", [("loc_calf", "present"), ("trig_night", "present")]),
        ("dark_urine", [("loc_thigh", "present"), ("trig_exercise", "present")]),
    ],
)
def test_a_red_flag_the_words_wrongly_deny_is_confirmed_on_the_tick_list(
    red_flag: str, words: list[tuple[str, str]]
) -> None:
    """A denial read from the words may be a misreading ("no idea why, but there's blood" read
    as no blood). The red flag is offered again on the tick list rather than taken as
    settled, so a person who has it still lands at its level."""
    told = [*words, (red_flag, "absent")]
    case = {
        "age": 55,
        "sex": "female",
        "evidence": [{"id": f, "choice": "present"} for f, _ in words]
        + [{"id": red_flag, "choice": "present"}],
    }
    evidence = [{"id": f, "choice": c} for f, c in told]
    step, asked = simulate_interview(parse_case(case, KB), evidence=evidence)
    assert any(q in LISTS for q in asked)
    assert step["assessment"]["triage"] == _full(case)
    assert RANK[step["assessment"]["triage"]] >= RANK["urgent"]
