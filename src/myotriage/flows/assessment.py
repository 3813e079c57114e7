"""Assessing what a diary holds: a case when it is stored, the diary's latest case later.

Both need the engine and a knowledge base, which the caller passes: the web app its own,
the command line the packaged one. The diary only stores cases and their assessments.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import closing
from datetime import datetime
from typing import TYPE_CHECKING, Any

from myotriage.diary.schemas import AssessedCase
from myotriage.diary.validation import check_case_shape
from myotriage.errors import InvalidInputError

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.diary.schemas import DiaryStats, Episode
    from myotriage.diary.service import DiaryService
    from myotriage.engine.case import Case
    from myotriage.knowledge.loader import Knowledge

__all__ = [
    "DIARY_FINDING",
    "assess_case",
    "check_case",
    "diary_assessment",
    "latest_valid_case",
    "record_episode",
]

#: The finding the diary adds when it shows the frequent-and-persistent pattern.
DIARY_FINDING = "diary_frequent_persistent"


def check_case(value: object, knowledge: Knowledge, field: str = "case") -> dict[str, Any]:
    """A case to keep with an episode, in the canonical form the engine's parser gives.

    The stored case is shared with clinics and re-assessed on every diary page, so it is
    checked like any case (:func:`myotriage.engine.case.parse_case`, against ``knowledge``),
    limited in size, and kept without the keys the case format does not name.
    """
    return _parsed_case(value, knowledge, field).to_dict()


def _parsed_case(value: object, knowledge: Knowledge, field: str = "case") -> Case:
    from myotriage.engine.case import parse_case

    shaped = check_case_shape(value, field)
    return parse_case(shaped, knowledge, where=f"{field}.")


def assess_case(case: Mapping[str, Any], knowledge: Knowledge) -> AssessedCase:
    """A case checked and assessed with ``knowledge``, ready to be stored with an episode."""
    from myotriage.engine.assessment import assess

    parsed = _parsed_case(case, knowledge)  # parsed once: the engine takes the parsed case
    result = assess(parsed, knowledge).to_dict()
    return AssessedCase(
        case=parsed.to_dict(),
        result=result,
        knowledge_version=str(result.get("knowledge_version", "")),
    )


def record_episode(
    diary: DiaryService,
    *,
    owner: str,
    knowledge: Knowledge,
    case: Mapping[str, Any] | None = None,
    **fields: Any,
) -> Episode:
    """Store an episode (``fields`` as :meth:`DiaryService.create_episode` takes them) with
    ``case`` assessed and kept, when there is one."""
    assessed = None if case is None else assess_case(case, knowledge)
    return diary.create_episode(owner=owner, assessed=assessed, **fields)


def latest_valid_case(
    diary: DiaryService, *, owner: str, knowledge: Knowledge
) -> tuple[tuple[dict[str, Any], datetime] | None, int]:
    """The newest stored case that is still a valid case (with its episode's start), and how
    many newer ones were not.

    Cases are checked when they are stored; a row written before that check (or one this
    knowledge base no longer accepts) is skipped rather than breaking every page.
    """
    skipped = 0
    with closing(diary.stored_cases(owner=owner)) as cases:
        for stored, start in cases:
            try:
                return (check_case(stored, knowledge), start), skipped
            except InvalidInputError:
                skipped += 1
    return None, skipped


def diary_assessment(
    diary: DiaryService,
    *,
    owner: str,
    knowledge: Knowledge,
    stats: DiaryStats | None = None,
) -> dict[str, Any] | None:
    """The latest stored case, re-assessed with ``knowledge`` and with what the diary adds.

    When the diary shows the frequent-and-persistent pattern, the finding
    ``diary_frequent_persistent`` is added to the case, so the triage is at least
    ``consult`` and its reasons say why. With no stored case, a case made of the diary's
    pattern and most common body region is assessed instead; with neither, there is
    nothing to assess (``None``). ``skipped_cases`` counts newer stored cases that could
    not be read.
    """
    from myotriage.engine.assessment import assess

    stats = stats or diary.stats(owner=owner)
    latest, skipped = latest_valid_case(diary, owner=owner, knowledge=knowledge)
    if latest is None:
        if not stats.frequent_and_persistent:
            return None
        case: dict[str, Any] = {"id": "diary", "evidence": []}
        if stats.by_location:
            case["evidence"].append({"id": next(iter(stats.by_location)), "choice": "present"})
    else:
        case = dict(latest[0])
        case["evidence"] = [
            item for item in case.get("evidence", []) if item.get("id") != DIARY_FINDING
        ]
    if stats.frequent_and_persistent:
        case["evidence"] = [*case["evidence"], {"id": DIARY_FINDING, "choice": "present"}]
    case.pop("expected", None)
    result = assess(case, knowledge).to_dict()
    result["assessed_case"] = case
    result["case_recorded_at"] = None if latest is None else latest[1].isoformat()
    result["skipped_cases"] = skipped
    return result
