"""Re-triage after a knowledge update: stored cases run again; the levels that went up listed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, update

from myotriage.diary.db import ensure_schema
from myotriage.diary.models import episodes
from myotriage.diary.stored_cases import iter_stored_cases
from myotriage.flows.reassess import reassess_diaries
from myotriage.knowledge.loader import DATA_DIR, Knowledge, load_knowledge, load_knowledge_from

CALF = {"age": 45, "evidence": [{"id": "loc_calf", "choice": "present"}]}
EYELID = {"age": 30, "evidence": [{"id": "loc_eyelid", "choice": "present"}]}
CALF_URGENT_RULE = """
- id: test_every_calf_is_urgent
  level: urgent
  red_flag: false
  requires: [loc_calf]
  title: Calf (a rule made up for this test)
  explanation: Made up for a test of re-triage.
  action: See a doctor today.
  possible_cause: None
  sources: [S77]
"""


@pytest.fixture
def stricter_knowledge(tmp_path: Path) -> Knowledge:
    """The packaged knowledge plus one rule that makes every calf case urgent, as 9.9.9."""
    directory = tmp_path / "knowledge"
    shutil.copytree(DATA_DIR, directory)
    rules = directory / "triage_rules.yaml"
    rules.write_text(rules.read_text() + CALF_URGENT_RULE)
    meta = directory / "meta.yaml"
    text = meta.read_text()
    version = load_knowledge().version
    meta.write_text(text.replace(f"version: {version}", "version: 9.9.9", 1))
    knowledge = load_knowledge_from(directory)
    assert knowledge.version == "9.9.9"
    return knowledge


def _diary(url: str, stored: list[tuple[str, dict[str, Any]]]) -> Engine:
    from myotriage.diary.service import DiaryService
    from myotriage.flows.assessment import record_episode

    diary, packaged = DiaryService(url), load_knowledge()
    for owner, case in stored:
        record_episode(diary, owner=owner, knowledge=packaged, case=case, location="loc_calf")
    engine = diary.engine
    ensure_schema(engine)
    return engine


@pytest.mark.parametrize("processes", [1, 2])
def test_a_stricter_rule_raises_only_the_cases_it_touches(
    tmp_path: Path, stricter_knowledge: Knowledge, processes: int
) -> None:
    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    stored = [("a", CALF), ("a", EYELID), ("b", CALF), ("b", EYELID), ("c", CALF)]
    engine = _diary(url, stored)
    before = load_knowledge()
    summary = reassess_diaries(engine, stricter_knowledge, processes=processes, batch_size=2)
    assert summary.checked == 5 and summary.unreadable == 0
    assert [(r.owner, r.after) for r in summary.raised] == [
        ("a", "urgent"),
        ("b", "urgent"),
        ("c", "urgent"),
    ]
    assert all(r.knowledge_before == before.version for r in summary.raised)
    assert summary.same == 2 and summary.lowered == 0
    only_b = reassess_diaries(engine, stricter_knowledge, owner="b")
    assert [r.owner for r in only_b.raised] == ["b"] and only_b.checked == 2
    # With the knowledge that made them, nothing is re-run at all (or changes with --all).
    assert reassess_diaries(engine, before).checked == 0
    unchanged = reassess_diaries(engine, before, include_current=True)
    assert unchanged.checked == 5 and not unchanged.raised and unchanged.same == 5


def test_batches_are_bounded_and_skip_what_cannot_be_read(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    engine = _diary(url, [("a", CALF)] * 7)
    with engine.begin() as connection:
        connection.execute(
            update(episodes).where(episodes.c.id == 3).values(case_json=["not", "a", "case"])
        )
        connection.execute(
            update(episodes)
            .where(episodes.c.id == 4)
            .values(case_json={"evidence": [{"id": "no_such_finding", "choice": "present"}]})
        )
    sizes = [len(batch) for batch in iter_stored_cases(engine, batch_size=3)]
    assert sizes == [2, 3, 1]  # one row of the first batch is not a case at all
    summary = reassess_diaries(engine, load_knowledge(), include_current=True, batch_size=3)
    assert summary.checked == 6 and summary.unreadable == 1


@pytest.mark.e2e
def test_cli_lists_cases_an_older_knowledge_under_triaged(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    chest = {"age": 60, "evidence": [{"id": "chest_pain", "choice": "present"}]}
    engine = _diary(url, [("user:1", CALF), ("user:2", chest)])
    with engine.begin() as connection:  # as if an older knowledge base had said self-care
        connection.execute(
            update(episodes)
            .where(episodes.c.owner == "user:2")
            .values(assessment_json={"triage": "self_care"}, knowledge_version="0.0.1")
        )
    engine.dispose()
    env = {**os.environ, "MYOTRIAGE_DATABASE_URL": url}
    command = [sys.executable, "-m", "myotriage", "diary", "reassess", "--processes", "2"]
    out = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["checked"] == 1
    assert [(r["owner"], r["before"], r["after"]) for r in summary["raised"]] == [
        ("user:2", "self_care", "emergency")
    ]
    human = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert human.returncode == 0 and "self_care -> emergency" in human.stdout
