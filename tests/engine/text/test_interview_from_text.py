"""The interview started from a story: the story's answers count, the rest is asked."""

from __future__ import annotations

from myotriage.engine.case import parse_case
from myotriage.engine.interview import answer_question, simulate_interview, start_interview
from myotriage.engine.text import parse_text


def test_an_emergency_in_the_story_ends_the_interview_at_once() -> None:
    parsed = parse_text("my calf cramped and now I have crushing chest pain")
    step = start_interview(age=60, sex="male", evidence=parsed.evidence())
    assert step["done"] and step["assessment"]["triage"] == "emergency"
    assert step["progress"]["asked"] == 0


def test_a_red_flag_the_story_leaves_open_is_still_asked() -> None:
    parsed = parse_text("eyelid twitching for a few days, no pain")
    step = start_interview(age=30, sex="female", evidence=parsed.evidence())
    assert step["question"]["id"] == "safety_screen"
    offered = {o["value"] for o in step["question"]["options"]}
    assert "breathing_difficulty" in offered and "chest_pain" in offered


def test_what_the_story_denies_is_confirmed_on_a_list_asked_anyway() -> None:
    """A red flag the words deny is offered again among the options of a list the interview
    asks anyway (a denial can be misread); leaving it unticked keeps it denied, and it costs
    no extra question."""
    text = "calf cramps at night, no chest pain, no trouble breathing"
    parsed = parse_text(text)
    step = start_interview(age=50, sex="female", evidence=parsed.evidence())
    assert step["question"]["id"] == "safety_screen"
    offered = {o["value"] for o in step["question"]["options"]}
    assert "chest_pain" in offered and "breathing_difficulty" in offered
    step = answer_question(step["state"], step["question"]["id"], [])
    assert "prefilled" in step["state"]
    case = parse_case(
        {
            "age": 50,
            "sex": "female",
            "evidence": [
                {"id": "loc_calf", "choice": "present"},
                {"id": "trig_night", "choice": "present"},
                {"id": "chest_pain", "choice": "absent"},
                {"id": "breathing_difficulty", "choice": "absent"},
            ],
        }
    )
    told = [e for e in parsed.evidence() if e["id"] not in ("chest_pain", "breathing_difficulty")]
    with_denials, asked = simulate_interview(case, evidence=parsed.evidence())
    without, asked_without = simulate_interview(case, evidence=told)
    assert len(asked) <= len(asked_without)
    assert with_denials["assessment"]["triage"] == without["assessment"]["triage"]


def test_a_doubted_red_flag_is_asked() -> None:
    parsed = parse_text("calf cramps, not sure if my calf is swollen")
    assert {f.id: f.choice for f in parsed.findings}["calf_swelling"] == "unknown"
    case = parse_case(
        {
            "age": 50,
            "evidence": [
                {"id": "loc_calf", "choice": "present"},
                {"id": "calf_swelling", "choice": "present"},
            ],
        }
    )
    step, questions = simulate_interview(case, evidence=parsed.evidence())
    assert step["assessment"]["triage"] in ("urgent", "emergency")
    assert questions


def test_a_forged_prefilled_state_is_refused() -> None:
    import pytest

    from myotriage.errors import InvalidInputError

    step = start_interview(age=50, sex="female", evidence=[{"id": "loc_calf", "choice": "present"}])
    bad = {**step["state"], "prefilled": [{"id": "loc_kneecap", "choice": "present"}]}
    with pytest.raises(InvalidInputError) as info:
        answer_question(bad, step["question"]["id"], [])
    assert "prefilled" in info.value.field


def test_an_emergency_that_only_the_probabilities_suggest_is_asked_about() -> None:
    """A new antidepressant and twitching: serotonin syndrome is possible, but no red flag
    was told. The interview asks (it does not stop at 'emergency'), and a person with none of
    its signs ends where full information would: not an emergency."""
    parsed = parse_text("calf twitching for 4 days, started prozac last week")
    evidence = parsed.evidence()
    told = parse_case({"age": 34, "sex": "female", "evidence": evidence})
    step = start_interview(age=34, sex="female", evidence=evidence)
    assert not step["done"], "no red flag was told: the interview must ask before deciding"
    case = parse_case(
        {"age": 34, "sex": "female", "evidence": [*evidence, {"id": "fever", "choice": "absent"}]}
    )
    final, questions = simulate_interview(case, evidence=evidence)
    assert questions
    assert final["assessment"]["triage"] != "emergency"
    assert not told.present & {"agitation_sweating", "fever", "confusion"}


_RANK = {"self_care": 0, "consult": 1, "urgent": 2, "emergency": 3}


def test_a_word_that_raises_the_level_without_being_a_red_flag_is_confirmed() -> None:
    """Words like "twitching all over" raise the level without being a red flag: a misread word
    must not send a person up a level, so the tick list asks it, and the answer decides."""
    text = "twitching all over my body for a couple of weeks, no weakness"
    evidence = parse_text(text).evidence()
    assert {"id": "loc_widespread", "choice": "present"} in evidence
    step = start_interview(age=35, sex="female", evidence=evidence)
    step = answer_question(step["state"], step["question"]["id"], [])  # the safety screen
    assert step["question"]["id"] == "story_check"
    assert "loc_widespread" in {o["value"] for o in step["question"]["options"]}
    said = parse_case({"age": 35, "sex": "female", "evidence": evidence})
    rest = [e for e in evidence if e["id"] != "loc_widespread"]
    not_so = parse_case({"age": 35, "sex": "female", "evidence": rest})
    with_it, _ = simulate_interview(said, evidence=evidence)
    without_it, _ = simulate_interview(not_so, evidence=evidence)
    assert _RANK[without_it["assessment"]["triage"]] < _RANK[with_it["assessment"]["triage"]]


def test_an_emergency_in_the_story_is_assessed_with_every_word_it_said() -> None:
    """Nothing is held back to confirm when the story is an emergency: the result counts
    every word (pregnant, severe pain low in the belly)."""
    parsed = parse_text("im 20 weeks pregnant with sharp cramps low in my belly, 8 out of 10")
    step = start_interview(age=30, sex="female", evidence=parsed.evidence())
    assert step["done"] and step["assessment"]["triage"] == "emergency"
    top = step["assessment"]["conditions"][0]["id"]
    assert top not in ("nocturnal_leg_cramps", "benign_fasciculations", "eyelid_myokymia")


def test_before_stopping_a_word_that_now_raises_the_level_is_confirmed() -> None:
    """Words misread as "more than three months" ("squats for the first time in about a
    year on saturday") matter only once the rest is known: the check before stopping asks
    them, and a person for whom they are wrong ends where full information puts them."""
    from myotriage.engine.assessment import assess
    from myotriage.engine.case_sampling import full_information_case
    from myotriage.engine.interview import _replay, _simulated_answer

    words = {
        "loc_thigh": "present", "pain_mild": "present", "trig_exercise": "present",
        "freq_once": "present", "persist_days": "unknown", "persist_months": "unknown",
        "limb_cold_pale": "absent", "side_both": "present", "persist_hours": "absent",
        "persist_over_2w": "present", "persist_over_3m": "present",
    }  # fmt: skip
    evidence = [{"id": f, "choice": c} for f, c in words.items()]
    told = ("loc_thigh", "side_both", "trig_exercise", "persist_days")
    person = {
        "age": 30,
        "sex": "male",
        "evidence": [
            *({"id": f, "choice": "present"} for f in told),
            {"id": "dark_urine", "choice": "absent"},
        ],
    }
    case = parse_case(person)
    step = start_interview(age=30, sex="male", evidence=evidence)
    confirmed: set[str] = set()
    while not step["done"]:
        qid = step["question"]["id"]
        if qid.startswith("story_"):  # (confirmed on a tick list or before stopping)
            confirmed |= {o["value"] for o in step["question"]["options"]}
        step = answer_question(
            step["state"], qid, _simulated_answer(_replay(step["state"]), qid, case)
        )
    assert "persist_over_3m" in confirmed
    full = assess(parse_case(full_information_case(person))).to_dict()["triage"]
    assert step["assessment"]["triage"] == full
