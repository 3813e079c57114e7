"""Properties of the interview on generated people (hypothesis) and on the public cases.

The yardstick is the full-information assessment: ``assess`` on the case where every
finding the case does not list is absent, i.e. what the person would answer if asked
everything. The interview may ask less, but it must never land on a lower triage.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from myotriage.engine.assessment import assess
from myotriage.engine.case import parse_case
from myotriage.engine.case_sampling import full_information_case, sample_cases
from myotriage.engine.interview import (
    answer_question,
    go_back,
    interview_result,
    simulate_interview,
    start_interview,
)
from myotriage.engine.model import compile_model
from myotriage.engine.question_selection import Selector
from myotriage.knowledge.loader import load_knowledge
from myotriage.knowledge.questions import load_questions
from myotriage.knowledge.schema import TRIAGE_ORDER
from tests.conftest import checked_expectations

KB = load_knowledge()
BANK = load_questions(KB)
RANK = {level: i for i, level in enumerate(TRIAGE_ORDER)}
MAX_QUESTIONS = KB.meta.decision.interview.max_questions
#: Findings the interview never asks (the diary supplies them; see questions.yaml).
NEVER_ASKED = frozenset(f for q in BANK.questions.values() if q.ask == "never" for f in q.findings)
FINDINGS = sorted(set(KB.findings) - NEVER_ASKED)
RED_FLAGS = sorted(f.id for f in KB.findings.values() if f.red_flag)


@st.composite
def people(draw: st.DrawFn) -> dict[str, Any]:
    """A person: some findings present (often a red flag), a few unknown, the rest absent."""
    chosen = draw(st.lists(st.sampled_from(FINDINGS), unique=True, max_size=14))
    if draw(st.integers(0, 3)) == 0:
        chosen.append(draw(st.sampled_from(RED_FLAGS)))
    sex = draw(st.sampled_from([None, "female", "male", "other"]))
    evidence = []
    groups: set[str] = set()
    for finding_id in dict.fromkeys(chosen):
        finding = KB.findings[finding_id]
        choice = draw(st.sampled_from(["present", "present", "present", "unknown"]))
        if finding.kind == "single" and choice == "present":
            if finding.group in groups:
                continue
            groups.add(finding.group)
        if finding_id == "pregnant" and sex == "male":
            continue  # the interview does not ask men; a pregnant man is not a person
        evidence.append({"id": finding_id, "choice": choice})
    case: dict[str, Any] = {"evidence": evidence}
    if draw(st.booleans()):
        case["age"] = draw(st.integers(0, 120))
    if sex is not None:
        case["sex"] = sex
    return case


def _rule_rank(assessment: Any) -> int:
    return max((RANK[f.level] for f in assessment.fired if f.kind == "rule"), default=0)


def _check_interview(case: dict[str, Any], *, floors_too: bool) -> tuple[dict[str, Any], list[str]]:
    """Run the interview on ``case`` and check it against full information.

    Every level a triage rule sets must always be reached. The levels the conditions ask for
    are checked one answer ahead only (many "no" answers together can still move the
    posterior), so on arbitrary combinations they are compared only when ``floors_too``; there,
    a lower level is allowed only where the full-information level came from the conditions.
    """
    parsed = parse_case(case, KB)
    step, questions = simulate_interview(parsed)
    full = assess(full_information_case(case, KB), KB)
    got = step["assessment"]["triage"]
    assert RANK[got] >= _rule_rank(full), (
        f"missed a rule: interview {got}, full information {full.triage}, asked {questions}"
    )
    if floors_too:
        assert RANK[got] >= RANK[full.triage], (
            f"under-triage: interview {got}, full information {full.triage}, asked {questions}"
        )
    elif RANK[got] < RANK[full.triage]:
        above = [f for f in full.fired if RANK[f.level] > RANK[got]]
        assert all(f.kind == "conditions" for f in above), above
    assert questions[0] == BANK.screen.id
    assert len(questions) == len(set(questions))
    assert len(questions) <= MAX_QUESTIONS
    # What the interview recorded is what the person would say. A one-of-a-group answer
    # tells only which member is present (or that the person does not know which).
    recorded = interview_result(step["state"]).case
    truth = parse_case(full_information_case(case, KB), KB)
    for finding_id, choice in recorded.evidence:
        said = truth.choice_of(finding_id)
        if KB.findings[finding_id].kind == "single":
            assert (choice == "present") == (said == "present"), finding_id
        else:
            assert said == choice, finding_id
    return step, questions


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people())
def test_the_interview_never_misses_what_a_rule_decides(case: dict[str, Any]) -> None:
    _check_interview(case, floors_too=False)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 2**32 - 1))
@example(671746132)  # version 1 ended self_care after 10 questions; full information: consult
def test_people_drawn_from_the_model_never_miss_a_rule(seed: int) -> None:
    from myotriage.engine.case_sampling import sample_case

    case = sample_case(random.Random(seed), KB, skip=NEVER_ASKED)
    _check_interview(case, floors_too=False)


def test_sampled_people_are_rarely_under_triaged_and_never_by_a_rule() -> None:
    """The levels the conditions ask for are checked before the interview stops against "no"
    to everything left, "yes" to any one thing and "no" to the rest, and people drawn from
    the posterior; a rare person whose unasked answers combine several unlikely findings can
    still reach a higher level with full information. Measured: under 1 in 100."""
    cases = sample_cases(200, seed=11, knowledge=KB, skip=NEVER_ASKED)
    under = 0
    for case in cases:
        step, _ = _check_interview(case, floors_too=False)
        full = assess(full_information_case(case, KB), KB)
        under += RANK[step["assessment"]["triage"]] < RANK[full.triage]
    assert under <= len(cases) // 50, under


@settings(max_examples=200, deadline=None)
@given(people())
def test_the_selector_level_is_the_engines_triage(case: dict[str, Any]) -> None:
    parsed = parse_case(case, KB)
    selector = Selector(BANK, compile_model(KB))
    assert TRIAGE_ORDER[selector.level(parsed)] == assess(parsed, KB).triage


@settings(max_examples=40, deadline=None)
@given(people(), st.integers(0, 2**32 - 1))
def test_back_at_any_point_restores_the_step_before(case: dict[str, Any], seed: int) -> None:
    rng = random.Random(seed)
    parsed = parse_case(case, KB)
    step = start_interview(age=parsed.age, sex=parsed.sex)
    history = [step]
    while not step["done"]:
        q = step["question"]
        values = [o["value"] for o in q["options"] if not o.get("exclusive")]
        if q["kind"] == "multiple":
            answer: Any = rng.sample(values, k=min(len(values), rng.randint(0, 1)))
        elif q["kind"] == "number":
            answer = rng.randint(0, 120)
        else:
            answer = rng.choice([o["value"] for o in q["options"]])
        step = answer_question(step["state"], q["id"], answer)
        history.append(step)
        if rng.random() < 0.3:
            assert go_back(step["state"]) == history[-2]
    assert step["done"]


# ------------------------------------------------------------------------ public cases


def test_every_public_case_reaches_the_full_triage_and_the_expected_type(
    public_cases: list[dict[str, Any]], public_cases_v2: list[dict[str, Any]]
) -> None:
    failures = []
    for case in public_cases + public_cases_v2:
        step, questions = simulate_interview(parse_case(case, KB))
        got = step["assessment"]
        full = assess(full_information_case(case, KB), KB)  # asked everything
        expected = checked_expectations(case)
        if got["triage"] != full.triage:
            failures.append(f"{case['id']}: triage {got['triage']} != assess {full.triage}")
        if "triage" in expected and got["triage"] != expected["triage"]:
            failures.append(f"{case['id']}: triage {got['triage']} != expected")
        # An emergency ends the interview at once: nothing more is asked, so the type may
        # honestly stay unclear, never a wrong one.
        ended_unclear = got["triage"] == "emergency" and got["type"] == "unclear"
        if "type" in expected and got["type"] != expected["type"] and not ended_unclear:
            failures.append(f"{case['id']}: type {got['type']} != {expected['type']}")
    assert not failures, "\n".join(failures)


def test_the_public_stories_take_few_questions(
    public_cases: list[dict[str, Any]], public_cases_v2: list[dict[str, Any]]
) -> None:
    stories = public_cases + public_cases_v2
    counts = sorted(len(simulate_interview(parse_case(c, KB))[1]) for c in stories)
    median = counts[len(counts) // 2]
    assert median <= 8, counts


@pytest.mark.parametrize("flag", sorted(BANK.screen.findings))
def test_each_emergency_sign_ends_the_interview_after_the_screen(flag: str) -> None:
    step, questions = simulate_interview(
        parse_case({"evidence": [{"id": flag, "choice": "present"}]}, KB)
    )
    assert questions == [BANK.screen.id]
    assert step["assessment"]["triage"] == "emergency"
