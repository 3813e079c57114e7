"""Likely contributing causes, ranked, each with the findings that point to it.

A cause scores the sum of the weights of its present findings plus, for each type it is
linked to, the weight times that type's probability. Causes below the knowledge base's
``cause_threshold`` are not shown: a cause needs real support before we name it.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from myotriage.engine.case import Case
from myotriage.knowledge.loader import Knowledge
from myotriage.knowledge.schema import Cause

__all__ = ["LikelyCause", "rank_causes"]


class LikelyCause(NamedTuple):
    id: str
    name: str
    score: float
    findings: tuple[str, ...]
    explanation: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "score": round(self.score, 3),
            "findings": list(self.findings),
            "explanation": self.explanation,
        }


@functools.lru_cache(maxsize=8)
def _by_finding(kb: Knowledge) -> dict[str, tuple[tuple[str, float], ...]]:
    """For each finding, the causes it points to and with what weight."""
    index: dict[str, list[tuple[str, float]]] = {}
    for cause in kb.causes.values():
        for finding, weight in cause.findings.items():
            index.setdefault(finding, []).append((cause.id, weight))
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=8)
def _type_links(kb: Knowledge) -> tuple[tuple[Cause, tuple[tuple[str, float], ...]], ...]:
    return tuple((c, tuple(c.types.items())) for c in kb.causes.values())


def rank_causes(
    case: Case, probabilities: dict[str, float], kb: Knowledge, *, limit: int = 5
) -> list[LikelyCause]:
    """The causes scoring at least the threshold, best first (ties keep the file's order)."""
    threshold = kb.meta.decision.cause_threshold
    scores: dict[str, float] = {}
    index = _by_finding(kb)
    for finding in sorted(case.present & index.keys()):  # sorted: a fixed order of addition
        for cause_id, weight in index[finding]:
            scores[cause_id] = scores.get(cause_id, 0.0) + weight
    out: list[tuple[int, LikelyCause]] = []
    for position, (cause, links) in enumerate(_type_links(kb)):
        score = scores.get(cause.id, 0.0)
        for type_id, weight in links:
            score += weight * probabilities[type_id]
        if score >= threshold:
            findings = tuple(f for f in cause.findings if f in case.present)
            out.append(
                (position, LikelyCause(cause.id, cause.name, score, findings, cause.explanation))
            )
    out.sort(key=lambda item: (-item[1].score, item[0]))
    return [c for _, c in out[:limit]]
