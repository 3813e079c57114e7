"""A case: what a person reports, parsed and checked against the spec and the knowledge base.

The format is fixed by ``spec/CASES.md``. Parsing is hand-written rather than a
pydantic model because it runs for every case of a batch (tens of thousands a second) and
because every problem must be reported with the exact field, e.g.::

    >>> parse_case({"evidence": [{"id": "loc_kne", "choice": "present"}]})
    Traceback (most recent call last):
    ...
    myotriage.errors.InvalidCaseError: evidence[0].id: unknown finding 'loc_kne' (run 'myotriage findings' for the list)

Keys the spec does not name (``expected``, notes from other tools) are ignored.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from myotriage.errors import InvalidCaseError
from myotriage.knowledge.loader import Knowledge, load_knowledge
from myotriage.knowledge.taxonomy import SEXES as TAXONOMY_SEXES
from myotriage.safetext import quoted, text_problem

__all__ = ["CHOICES", "MAX_ID_LENGTH", "SEXES", "Case", "Choice", "parse_case"]

Choice = Literal["present", "absent", "unknown"]
CHOICES: tuple[str, ...] = ("present", "absent", "unknown")
SEXES: tuple[str, ...] = TAXONOMY_SEXES
#: A case id is a label, not a document: longer ids are refused.
MAX_ID_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Case:
    """A validated case. ``evidence`` keeps the order given; the sets make lookups cheap."""

    id: str | None
    age: int | None
    sex: str | None
    evidence: tuple[tuple[str, str], ...]
    present: frozenset[str]
    absent: frozenset[str]
    unknown: frozenset[str]

    def choice_of(self, finding_id: str) -> str | None:
        """``present``/``absent``/``unknown``, or None when the finding was not asked."""
        if finding_id in self.present:
            return "present"
        if finding_id in self.absent:
            return "absent"
        if finding_id in self.unknown:
            return "unknown"
        return None

    def to_dict(self) -> dict[str, Any]:
        """The case in the spec's JSON shape."""
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        if self.age is not None:
            out["age"] = self.age
        if self.sex is not None:
            out["sex"] = self.sex
        out["evidence"] = [{"id": f, "choice": c} for f, c in self.evidence]
        return out

    def with_evidence(self, finding_id: str, choice: str) -> Case:
        """A copy with one more answer (replacing an earlier answer for the same finding)."""
        items = [(f, c) for f, c in self.evidence if f != finding_id] + [(finding_id, choice)]
        return make_case(self.id, self.age, self.sex, items)


def make_case(
    case_id: str | None, age: int | None, sex: str | None, items: list[tuple[str, str]]
) -> Case:
    """Build a :class:`Case` from already-valid parts."""
    present = frozenset(f for f, c in items if c == "present")
    absent = frozenset(f for f, c in items if c == "absent")
    unknown = frozenset(f for f, c in items if c == "unknown")
    return Case(case_id, age, sex, tuple(items), present, absent, unknown)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, float) and not math.isfinite(value):
        return "a number too large to use"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {quoted(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_CHOICE_SET = frozenset(CHOICES)


@functools.lru_cache(maxsize=8)
def _single_groups(kb: Knowledge) -> dict[str, str | None]:
    """For each finding, its group when the group is single-choice, else None."""
    return {f.id: (f.group if f.kind == "single" else None) for f in kb.findings.values()}


def _raise_item_error(
    field: str, finding_id: Any, choice: Any, findings: Mapping[str, Any]
) -> None:
    if not isinstance(finding_id, str):
        problem = (
            "missing"
            if finding_id is None
            else f"expected a finding id, got {_type_name(finding_id)}"
        )
        raise InvalidCaseError(f"{field}.id", problem)
    if finding_id not in findings:
        raise InvalidCaseError(
            f"{field}.id",
            f"unknown finding {quoted(finding_id)} (run 'myotriage findings' for the list)",
        )
    shown = "missing" if choice is None else _type_name(choice)
    raise InvalidCaseError(f"{field}.choice", f"expected present, absent or unknown, got {shown}")


class _Conflict(Exception):
    """Two present members of a single group (the careful check names them)."""


def _read_evidence_fast(
    evidence: list[Any], single_group: dict[str, str | None]
) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """Read well-formed evidence with no per-item checks beyond the lookups themselves.

    Any problem (an unknown id or choice, a wrong type, two present members of a group)
    raises KeyError, TypeError or _Conflict, and the caller then runs the careful check,
    which names the field. Most input is well formed, so most cases take only this path.
    """
    items = [(item["id"], item["choice"]) for item in evidence]
    by_choice: dict[str, list[str]] = {"present": [], "absent": [], "unknown": []}
    groups: list[str] = []
    for finding_id, choice in items:
        by_choice[choice].append(finding_id)
        group = single_group[finding_id]
        if group is not None and choice == "present":
            groups.append(group)
    if len(groups) != len(set(groups)):
        raise _Conflict
    return items, by_choice


def _check_evidence(
    evidence: list[Any],
    findings: Mapping[str, Any],
    single_group: dict[str, str | None],
    where: str,
) -> None:
    """Check every item and raise :class:`InvalidCaseError` at the first problem."""
    items: list[tuple[str, str]] = []
    present_in_group: dict[str, tuple[int, str]] = {}
    for index, item in enumerate(evidence):
        finding_id: Any
        choice: Any
        if type(item) is dict:  # fast path for JSON input; other mappings are checked below
            finding_id = item.get("id")
            choice = item.get("choice")
        else:
            if not isinstance(item, Mapping):
                raise InvalidCaseError(
                    f"{where}evidence[{index}]",
                    f"expected an object with 'id' and 'choice', got {_type_name(item)}",
                )
            finding_id = item.get("id")
            choice = item.get("choice")
        if (
            type(finding_id) is not str
            or finding_id not in findings
            or type(choice) is not str
            or choice not in _CHOICE_SET
        ):
            _raise_item_error(f"{where}evidence[{index}]", finding_id, choice, findings)
        group = single_group[finding_id]
        if group is not None and choice == "present":
            other = present_in_group.get(group)
            if other is not None:
                raise InvalidCaseError(
                    f"{where}evidence[{index}].choice",
                    f"only one finding of the group '{group}' can be present, but "
                    f"{other[1]!r} (evidence[{other[0]}]) is present too",
                )
            present_in_group[group] = (index, finding_id)
        items.append((finding_id, choice))
    seen: dict[str, int] = {}
    for index, (finding_id, _) in enumerate(items):
        if finding_id in seen:
            raise InvalidCaseError(
                f"{where}evidence[{index}].id",
                f"{finding_id!r} is listed twice (also at evidence[{seen[finding_id]}])",
            )
        seen[finding_id] = index


def parse_case(obj: Any, knowledge: Knowledge | None = None, *, where: str = "") -> Case:
    """Check ``obj`` against the case format and return a :class:`Case`.

    ``where`` prefixes every field name (for example ``[3].`` for the fourth case of a list).
    Raises :class:`~myotriage.errors.InvalidCaseError` naming the field and the problem.
    """
    if isinstance(obj, Case):
        return obj
    kb = knowledge or load_knowledge()
    findings = kb.findings
    if not isinstance(obj, Mapping):
        raise InvalidCaseError(
            where.rstrip(".") or "case", f"expected a JSON object, got {_type_name(obj)}"
        )

    case_id = obj.get("id")
    if case_id is not None:
        if not isinstance(case_id, str):
            raise InvalidCaseError(f"{where}id", f"expected a string, got {_type_name(case_id)}")
        if len(case_id) > MAX_ID_LENGTH:
            raise InvalidCaseError(
                f"{where}id", f"at most {MAX_ID_LENGTH} characters, got {len(case_id)}"
            )
        problem = text_problem(case_id)
        if problem is not None:
            raise InvalidCaseError(f"{where}id", problem)

    age = obj.get("age")
    if age is not None:
        if isinstance(age, bool) or not isinstance(age, int):
            raise InvalidCaseError(
                f"{where}age", f"expected an integer from 0 to 120, got {_type_name(age)}"
            )
        if not 0 <= age <= 120:
            raise InvalidCaseError(f"{where}age", f"expected an integer from 0 to 120, got {age}")

    sex = obj.get("sex")
    if sex is not None and sex not in SEXES:
        raise InvalidCaseError(
            f"{where}sex", f"expected one of female, male, other, got {_type_name(sex)}"
        )

    if "evidence" not in obj:
        raise InvalidCaseError(
            f"{where}evidence", "missing: a case needs a list of findings (it may be empty)"
        )
    evidence = obj["evidence"]
    if not isinstance(evidence, list):
        raise InvalidCaseError(
            f"{where}evidence", f"expected a list of findings, got {_type_name(evidence)}"
        )

    single_group = _single_groups(kb)
    try:
        items, by_choice = _read_evidence_fast(evidence, single_group)
    except (KeyError, TypeError, _Conflict):
        _check_evidence(evidence, findings, single_group, where)
        raise AssertionError("the careful check raises for what the fast read refused") from None
    present = frozenset(by_choice["present"])
    absent = frozenset(by_choice["absent"])
    unknown = frozenset(by_choice["unknown"])
    if len(present | absent | unknown) != len(items):
        _check_evidence(evidence, findings, single_group, where)
    return Case(case_id, age, sex, tuple(items), present, absent, unknown)
