"""Likely contributing causes, ranked, each with the findings that point to it.

A cause scores the sum of the weights of its present findings plus, for each type it is
linked to, the weight times that type's probability. Causes below the knowledge base's
``cause_threshold`` are not shown: a cause needs real support before we name it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _Compiled:
    by_finding: dict[str, tuple[tuple[str, float], ...]]  # finding -> (cause, weight)
    finding_ids: frozenset[str]
    # per cause: itself, its findings, its type links, and the most the links can add
    causes: tuple[tuple[Cause, tuple[str, ...], tuple[tuple[str, float], ...], float], ...]


@functools.lru_cache(maxsize=8)
def _compiled(kb: Knowledge) -> _Compiled:
    """For each finding the causes it points to; for each cause its findings and type links."""
    index: dict[str, list[tuple[str, float]]] = {}
    for cause in kb.causes.values():
        for finding, weight in cause.findings.items():
            index.setdefault(finding, []).append((cause.id, weight))
    return _Compiled(
        by_finding={k: tuple(v) for k, v in index.items()},
        finding_ids=frozenset(index),
        causes=tuple(
            (c, tuple(c.findings), tuple(c.types.items()), sum(c.types.values()))
            for c in kb.causes.values()
        ),
    )


def rank_causes(
    case: Case,
    probabilities: dict[str, float],
    kb: Knowledge,
    *,
    conditions: dict[str, float] | None = None,
    limit: int = 5,
) -> list[LikelyCause]:
    """The causes scoring at least the threshold, best first (ties keep the file's order).

    ``conditions`` (leading condition -> probability) adds each condition's probability to
    the causes it lists, so the causes shown belong to what it most likely is.
    """
    threshold = kb.meta.decision.cause_threshold
    compiled = _compiled(kb)
    present = case.present
    scores: dict[str, float] = {}
    for condition_id, p in (conditions or {}).items():
        for cause_id in kb.conditions[condition_id].causes:
            scores[cause_id] = scores.get(cause_id, 0.0) + p
    by_finding = compiled.by_finding
    for finding in sorted(present & compiled.finding_ids):  # sorted: a fixed order of addition
        for cause_id, weight in by_finding[finding]:
            scores[cause_id] = scores.get(cause_id, 0.0) + weight
    out: list[tuple[int, LikelyCause]] = []
    for position, (cause, findings, links, most) in enumerate(compiled.causes):
        score = scores.get(cause.id, 0.0)
        if score + most < threshold:  # cannot reach the threshold even if its types were certain
            continue
        for type_id, weight in links:
            score += weight * probabilities[type_id]
        if score >= threshold:
            behind = tuple([f for f in findings if f in present])
            out.append(
                (position, LikelyCause(cause.id, cause.name, score, behind, cause.explanation))
            )
    out.sort(key=lambda item: (-item[1].score, item[0]))
    return [c for _, c in out[:limit]]
