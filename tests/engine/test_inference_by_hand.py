"""Posteriors and triage on a tiny knowledge base whose answers are worked out by hand.

One condition per type, each taking its likelihoods from its type; usual levels: ischemic
urgent, spasticity and clonus consult, the rest self-care. The triage is raised to consult when
the conditions of at least that level reach 0.4 together, to urgent at 0.5 together or 0.3 alone.
Priors: skeletal 0.5, every other condition 0.1 (skeletal doubled from age 60).
Finding ``a`` (boolean): P = 0.8 for skeletal, 0.2 for the others.
Group ``duration`` (single): d1 = 0.6 skeletal / 0.1 others; d2 = 0.3 skeletal / 0.5 others.
Rule r1 (emergency): a and (d1 or d2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from myotriage.engine.assessment import assess
from myotriage.knowledge.loader import load_knowledge

TINY = Path(__file__).parent / "tiny_kb"


@pytest.fixture(scope="module")
def tiny() -> Any:
    return load_knowledge(TINY)


def _case(*evidence: tuple[str, str], age: int | None = None) -> dict[str, Any]:
    case: dict[str, Any] = {"evidence": [{"id": i, "choice": c} for i, c in evidence]}
    if age is not None:
        case["age"] = age
    return case


def test_prior_only(tiny: Any) -> None:
    result = assess(_case(), tiny)
    assert result.probabilities["skeletal_spasm"] == pytest.approx(0.5)
    assert result.probabilities["clonus"] == pytest.approx(0.1)
    assert result.categories["spasm"] == pytest.approx(0.7)
    assert result.type == "unclear"  # nothing was reported
    assert result.triage == "self_care"


def test_present_boolean(tiny: Any) -> None:
    # skeletal 0.5*0.8 = 0.4; others 0.1*0.2 = 0.02 each (0.1 in all) -> 0.4/0.5
    result = assess(_case(("a", "present")), tiny)
    assert result.probabilities["skeletal_spasm"] == pytest.approx(0.8)
    assert result.probabilities["fasciculation"] == pytest.approx(0.04)
    assert result.categories["spasm"] == pytest.approx(0.88)
    assert (result.category, result.type) == ("spasm", "skeletal_spasm")


def test_absent_boolean(tiny: Any) -> None:
    # skeletal 0.5*0.2 = 0.1; others 0.1*0.8 = 0.08 each (0.4) -> 0.1/0.5
    result = assess(_case(("a", "absent")), tiny)
    assert result.probabilities["skeletal_spasm"] == pytest.approx(0.2)
    assert result.probabilities["spasticity"] == pytest.approx(0.16)


def test_absent_members_of_a_single_group_count_once(tiny: Any) -> None:
    # neither d1 nor d2: skeletal 0.5*(1-0.9) = 0.05; others 0.1*(1-0.6) = 0.04 each (0.2)
    result = assess(_case(("d1", "absent"), ("d2", "absent")), tiny)
    assert result.probabilities["skeletal_spasm"] == pytest.approx(0.2)


def test_present_member_makes_its_siblings_absence_redundant(tiny: Any) -> None:
    # d1 present: skeletal 0.5*0.6 = 0.3; others 0.1*0.1 = 0.01 each (0.05) -> 0.3/0.35
    with_sibling = assess(_case(("d1", "present"), ("d2", "absent")), tiny)
    alone = assess(_case(("d1", "present")), tiny)
    assert with_sibling.probabilities["skeletal_spasm"] == pytest.approx(0.3 / 0.35)
    assert alone.probabilities == pytest.approx(with_sibling.probabilities)


def test_age_factor(tiny: Any) -> None:
    # prior skeletal 0.5*2 = 1.0 against 0.5 for the rest -> 2/3
    result = assess(_case(age=70), tiny)
    assert result.probabilities["skeletal_spasm"] == pytest.approx(2 / 3)
    assert assess(_case(age=59), tiny).probabilities["skeletal_spasm"] == pytest.approx(0.5)


def test_unknown_changes_nothing(tiny: Any) -> None:
    assert assess(_case(("a", "unknown")), tiny).probabilities == pytest.approx(
        assess(_case(), tiny).probabilities
    )


def test_rule_needs_all_parts(tiny: Any) -> None:
    assert assess(_case(("a", "present")), tiny).triage == "self_care"
    assert assess(_case(("d1", "present")), tiny).triage == "self_care"
    # d2 alone leaves the type unclear (skeletal 0.15/0.40); consult-or-worse holds
    # 3 x 0.125 = 0.375 < 0.4, so no condition raises the level
    unclear = assess(_case(("d2", "present")), tiny)
    assert unclear.probabilities["skeletal_spasm"] == pytest.approx(0.375)
    assert (unclear.type, unclear.triage) == ("unclear", "self_care")
    fired = assess(_case(("a", "present"), ("d2", "present")), tiny)
    assert fired.triage == "emergency"
    assert [f.id for f in fired.red_flags] == ["r1"]
    assert fired.red_flags[0].findings == ("a", "d2")


def test_conditions_raise_the_level_when_together_they_reach_its_threshold(tiny: Any) -> None:
    # neither d1 nor d2: skeletal 0.05/0.25 = 0.2, the others 0.16 each; ischemic, spasticity
    # and clonus (consult or worse) hold 0.48 >= 0.4; urgent holds 0.16 < 0.5, alone < 0.3
    result = assess(_case(("d1", "absent"), ("d2", "absent")), tiny)
    assert result.posterior.mass_at_least()[1] == pytest.approx(0.48)
    assert result.triage == "consult"
    assert [f.kind for f in result.fired] == ["conditions"]
    # the urgent condition is more urgent than the triage and above 0.03: not ruled out
    assert [cid for cid, _ in result.watch] == ["c_ischemic"]


def test_the_type_is_the_sum_of_its_conditions(tiny: Any) -> None:
    result = assess(_case(("a", "present")), tiny)
    assert sum(result.probabilities.values()) == pytest.approx(1.0)
    assert result.probabilities["other"] == pytest.approx(0.0)
    assert result.conditions[0].id == "c_skeletal"
    assert result.conditions[0].probability == pytest.approx(0.8)


def test_explanation_weight_is_the_log_likelihood_ratio(tiny: Any) -> None:
    import math

    result = assess(_case(("a", "present")), tiny)
    (row,) = result.explanation
    # for the skeletal condition: log(0.8 / 0.2) against the other conditions (all 0.2)
    assert row[0] == "a" and row[2] == pytest.approx(math.log(4))
