"""Making an interview step cheaper changed no question and no result: every simulated
interview of the snapshot (public cases, sampled people, the parsed stories; see
:mod:`tests.engine.interview_snapshot`) asks the same questions in the same order and ends
with the same step (stop reason, triage, and a digest of the whole final step) as the code
that generated ``data/interview_snapshot.json``.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from myotriage.engine.model import compile_model
from myotriage.engine.triage import condition_rank, condition_ranks
from myotriage.knowledge.loader import Knowledge
from tests.engine.interview_snapshot import (
    SNAPSHOT,
    interview_runs,
    knowledge_fingerprint,
    summarise,
)


@pytest.fixture(scope="module")
def snapshot() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SNAPSHOT.read_text())
    return data


def test_the_snapshot_belongs_to_this_knowledge(snapshot: dict[str, Any]) -> None:
    assert snapshot["knowledge"] == knowledge_fingerprint(), (
        "the knowledge changed: regenerate with .venv/bin/python -m tests.engine.interview_snapshot"
    )


def test_the_runs_vary(snapshot: dict[str, Any]) -> None:
    """Every level, every way to stop, stories and long interviews are in the snapshot."""
    runs = snapshot["runs"].values()
    assert {r[2] for r in runs} == {"self_care", "consult", "urgent", "emergency"}
    assert {r[1] for r in runs} >= {"settled", "emergency"}
    assert sum(1 for name in snapshot["runs"] if ".yaml:" in name) > 150
    assert sum(1 for r in runs if "story_check" in r[0]) > 50
    assert max(len(r[0]) for r in runs) >= 10


def test_every_interview_is_the_same_as_before(snapshot: dict[str, Any], kb: Knowledge) -> None:
    runs = interview_runs(kb)
    assert [name for name, _, _ in runs] == list(snapshot["runs"])
    differ = []
    for name, case, words in runs:
        got = summarise(kb, case, words)
        want = snapshot["runs"][name]
        if got != want:
            differ.append(f"{name}: {got} != {want}")
    assert not differ, f"{len(differ)} of {len(runs)} differ; first: " + "; ".join(differ[:3])


def test_condition_ranks_are_condition_rank_row_by_row(kb: Knowledge) -> None:
    """The ranks of many posteriors at once are each row's own, also where a level's mass
    sits on its threshold (there the row is decided one by one)."""
    model = compile_model(kb)
    at_least = model.conditions.at_least
    rng = np.random.default_rng(7)
    rows = [rng.dirichlet(np.full(at_least.shape[0], a)) for a in (0.05, 0.3, 1.0) * 200]
    for rank in range(1, at_least.shape[1]):
        # Mass exactly at (and just around) the threshold of this level.
        inside = at_least[:, rank] > 0
        for target in np.linspace(-1e-12, 1e-12, 9) + model.level_thresholds[rank]:
            row = rng.dirichlet(np.ones(at_least.shape[0]))
            row[inside] *= target / row[inside].sum()
            row[~inside] *= (1.0 - target) / row[~inside].sum()
            rows.append(row)
    posteriors = np.array(rows)
    want = [condition_rank(model, row) for row in posteriors]
    assert condition_ranks(model, posteriors) == want
    assert len(set(want)) == at_least.shape[1]
