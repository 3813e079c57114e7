"""Posteriors and triage on a tiny knowledge base whose answers are worked out by hand.

Priors: skeletal 0.5, every other type 0.1 (skeletal doubled from age 60).
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
    # d2 alone leaves the type unclear (skeletal 0.15/0.40): the engine leans to consult
    unclear = assess(_case(("d2", "present")), tiny)
    assert unclear.probabilities["skeletal_spasm"] == pytest.approx(0.375)
    assert (unclear.type, unclear.triage) == ("unclear", "consult")
    fired = assess(_case(("a", "present"), ("d2", "present")), tiny)
    assert fired.triage == "emergency"
    assert [f.id for f in fired.red_flags] == ["r1"]
    assert fired.red_flags[0].findings == ("a", "d2")


def test_explanation_weight_is_the_log_likelihood_ratio(tiny: Any) -> None:
    import math

    result = assess(_case(("a", "present")), tiny)
    (row,) = result.explanation
    # for skeletal: log(0.8 / 0.2) against the other types (all 0.2)
    assert row[0] == "a" and row[2] == pytest.approx(math.log(4))
