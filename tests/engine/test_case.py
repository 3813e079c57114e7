"""Every bad input of the spec gets a clear error naming the field (never a guess)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from myotriage.engine.case import parse_case
from myotriage.errors import InvalidCaseError

GOOD: dict[str, Any] = {
    "id": "x",
    "age": 40,
    "sex": "female",
    "evidence": [{"id": "loc_calf", "choice": "present"}, {"id": "pain_mild", "choice": "absent"}],
}


def _with(**changes: Any) -> dict[str, Any]:
    case = dict(GOOD)
    case.update(changes)
    return case


@pytest.mark.parametrize(
    ("case", "field", "problem"),
    [
        ([1, 2], "case", "expected a JSON object"),
        (_with(age=130), "age", "from 0 to 120, got 130"),
        (_with(age=-1), "age", "got -1"),
        (_with(age="40"), "age", "got the string '40'"),
        (_with(age=40.5), "age", "got the number 40.5"),
        (_with(age=True), "age", "got a boolean"),
        (_with(sex="f"), "sex", "one of female, male, other"),
        (_with(id=7), "id", "expected a string"),
        ({"age": 3}, "evidence", "missing"),
        (_with(evidence={"id": "loc_calf"}), "evidence", "expected a list"),
        (_with(evidence=["loc_calf"]), "evidence[0]", "expected an object"),
        (_with(evidence=[{"choice": "present"}]), "evidence[0].id", "missing"),
        (
            _with(evidence=[{"id": "loc_knee", "choice": "present"}]),
            "evidence[0].id",
            "unknown finding 'loc_knee'",
        ),
        (
            _with(evidence=[{"id": "loc_calf", "choice": "yes"}]),
            "evidence[0].choice",
            "present, absent or unknown",
        ),
        (_with(evidence=[{"id": "loc_calf"}]), "evidence[0].choice", "got missing"),
        (
            _with(
                evidence=[
                    {"id": "loc_calf", "choice": "present"},
                    {"id": "loc_calf", "choice": "absent"},
                ]
            ),
            "evidence[1].id",
            "listed twice",
        ),
        (
            _with(
                evidence=[
                    {"id": "pain_mild", "choice": "present"},
                    {"id": "pain_severe", "choice": "present"},
                ]
            ),
            "evidence[1].choice",
            "only one finding of the group 'pain'",
        ),
    ],
)
def test_bad_input_names_the_field(case: Any, field: str, problem: str) -> None:
    with pytest.raises(InvalidCaseError) as info:
        parse_case(case)
    assert info.value.field == field
    assert problem in info.value.problem
    assert str(info.value).startswith(field)


def test_prefix_for_lists() -> None:
    with pytest.raises(InvalidCaseError) as info:
        parse_case(_with(age=999), where="[3].")
    assert info.value.field == "[3].age"


def test_good_case_and_extra_keys() -> None:
    case = parse_case(_with(expected={"triage": "urgent"}, note="ignored"))
    assert case.present == {"loc_calf"} and case.absent == {"pain_mild"}
    assert case.to_dict()["evidence"][0] == {"id": "loc_calf", "choice": "present"}


def test_two_absent_members_of_a_single_group_are_fine() -> None:
    parse_case(
        {
            "evidence": [
                {"id": "pain_mild", "choice": "absent"},
                {"id": "pain_severe", "choice": "absent"},
            ]
        }
    )


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_any_json_is_parsed_or_refused_cleanly(value: Any) -> None:
    """Whatever JSON arrives, the parser answers with a Case or an InvalidCaseError, nothing else."""
    try:
        parse_case(value)
    except InvalidCaseError as exc:
        assert exc.field and exc.problem
