"""Assessing stored cases (flows/assessment.py): with the knowledge base the caller passes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryService
from myotriage.errors import InvalidInputError
from myotriage.flows.assessment import assess_case, diary_assessment, record_episode
from myotriage.knowledge.loader import Knowledge

TWITCH = {
    "evidence": [
        {"id": "loc_eyelid", "choice": "present"},
        {"id": "dur_flicker", "choice": "present"},
        {"id": "pain_none", "choice": "present"},
    ]
}


def _relabelled(kb: Knowledge, version: str) -> Knowledge:
    """The same knowledge under another version, as an app might load from its own folder."""
    return replace(kb, meta=kb.meta.model_copy(update={"version": version}))


def test_a_stored_case_is_assessed_and_kept(service: DiaryService, owner: str, kb: Any) -> None:
    episode = record_episode(service, owner=owner, knowledge=kb, case=TWITCH, location="eyelid")
    assert episode.has_assessment and episode.assessment is not None
    assert episode.assessment["category"] == "twitch"
    assert episode.knowledge_version == episode.assessment["knowledge_version"]
    listed = service.list_episodes(owner=owner)[0]
    assert listed.has_assessment and listed.assessment is None  # lists stay light
    # The episode handed back is made from what was written, not read back: the same JSON
    # (the engine's tuples are lists once stored).
    stored = service.get_episode(owner=owner, episode_id=episode.id)
    assert stored.model_dump(mode="json") == episode.model_dump(mode="json")


def test_a_bad_case_stores_nothing(service: DiaryService, owner: str, kb: Any) -> None:
    with pytest.raises(InvalidInputError, match="case.evidence"):
        record_episode(
            service,
            owner=owner,
            knowledge=kb,
            case={"evidence": [{"id": "nope", "choice": "present"}]},
            location="calf",
        )
    assert service.count_episodes(owner=owner) == 0


def test_the_pattern_raises_the_assessment_to_consult(
    service: DiaryService, owner: str, kb: Any
) -> None:
    first = record_episode(
        service,
        owner=owner,
        knowledge=kb,
        case=TWITCH,
        location="eyelid",
        start="2026-01-01T08:00Z",
    )
    assert first.assessment is not None and first.assessment["triage"] == "self_care"
    before = diary_assessment(service, owner=owner, knowledge=kb)
    assert before is not None and before["triage"] == "self_care"
    lines = ["start,location"] + [
        f"{date(2026, 1, 2) + timedelta(days=i)}T08:00:00+00:00,loc_eyelid" for i in range(30)
    ]
    service.import_episodes_csv(owner=owner, source=text_source("\n".join(lines) + "\n"))
    result = diary_assessment(service, owner=owner, knowledge=kb)
    assert result is not None and result["triage"] == "consult"
    assert "diary_frequent_persistent" in [r["rule"] for r in result["rules_fired"]]


def test_no_case_and_no_pattern_means_no_assessment(
    service: DiaryService, owner: str, kb: Any
) -> None:
    service.create_episode(owner=owner, location="calf")
    assert diary_assessment(service, owner=owner, knowledge=kb) is None


def test_reassessment_uses_the_knowledge_it_is_given(
    service: DiaryService, owner: str, kb: Any
) -> None:
    """Not the packaged knowledge: the caller's (the web app passes its own)."""
    record_episode(service, owner=owner, knowledge=kb, case=TWITCH, location="eyelid")
    theirs = _relabelled(kb, "9.9.9-clinic")
    result = diary_assessment(service, owner=owner, knowledge=theirs)
    assert result is not None and result["knowledge_version"] == "9.9.9-clinic"
    stored = assess_case(TWITCH, theirs)
    assert stored.knowledge_version == "9.9.9-clinic"
    assert stored.result["knowledge_version"] == "9.9.9-clinic"


def test_a_case_the_knowledge_no_longer_accepts_is_skipped(
    service: DiaryService, owner: str, kb: Any
) -> None:
    """A newer stored case that this knowledge cannot read is left out, and counted."""
    record_episode(
        service,
        owner=owner,
        knowledge=kb,
        case=TWITCH,
        location="eyelid",
        start="2026-01-01T08:00Z",
    )
    record_episode(
        service,
        owner=owner,
        knowledge=kb,
        case={"evidence": [{"id": "loc_calf", "choice": "present"}]},
        location="calf",
        start="2026-01-02T08:00Z",
    )
    findings = {k: v for k, v in kb.findings.items() if k != "loc_calf"}
    narrower = replace(kb, findings=findings)
    result = diary_assessment(service, owner=owner, knowledge=narrower)
    assert result is not None and result["skipped_cases"] == 1
    assert result["assessed_case"]["evidence"][0]["id"] == "loc_eyelid"
