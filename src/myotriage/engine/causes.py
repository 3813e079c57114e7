"""Likely contributing causes, ranked, each with the findings that point to it.

A cause scores the sum of the weights of its present findings plus, for each type it is
linked to, the weight times that type's probability. Causes below the knowledge base's
``cause_threshold`` are not shown: a cause needs real support before we name it.
"""

from __future__ import annotations

from dataclasses import dataclass

from myotriage.engine.case import Case
from myotriage.knowledge.loader import Knowledge

__all__ = ["LikelyCause", "rank_causes"]


@dataclass(frozen=True, slots=True)
class LikelyCause:
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


def rank_causes(
    case: Case, probabilities: dict[str, float], kb: Knowledge, *, limit: int = 5
) -> list[LikelyCause]:
    """The causes scoring at least the threshold, best first (ties keep the file's order)."""
    threshold = kb.meta.decision.cause_threshold
    present = case.present
    out: list[LikelyCause] = []
    for cause in kb.causes.values():
        behind = tuple(f for f in cause.findings if f in present)
        score = sum(cause.findings[f] for f in behind)
        score += sum(w * probabilities.get(t, 0.0) for t, w in cause.types.items())
        if score >= threshold:
            out.append(LikelyCause(cause.id, cause.name, score, behind, cause.explanation))
    out.sort(key=lambda c: -c.score)
    return out[:limit]
