"""Advice and tests to discuss, chosen from the knowledge base by what the assessment found.

An advice entry or a test applies when the triage level, a relevant type, a likely cause
or a present finding matches what it names (or when it applies always). ``because`` lists
the ids that made it apply, so every recommendation can be traced to its reasons.
"""

from __future__ import annotations

from dataclasses import dataclass

from myotriage.knowledge.loader import Knowledge

__all__ = ["Recommendation", "select_advice", "select_tests"]

_KIND_ORDER = {"now": 0, "self_care": 1, "caution": 2, "prevention": 3, "living_with": 4}


@dataclass(frozen=True, slots=True)
class Recommendation:
    id: str
    because: tuple[str, ...]


def _matches(
    *,
    always: bool,
    types: list[str],
    causes: list[str],
    findings: list[str],
    relevant_types: frozenset[str],
    cause_ids: frozenset[str],
    present: frozenset[str],
) -> tuple[str, ...] | None:
    because = [t for t in types if t in relevant_types]
    because += [c for c in causes if c in cause_ids]
    because += [f for f in findings if f in present]
    if because:
        return tuple(because)
    return () if always else None


def select_advice(
    kb: Knowledge,
    *,
    level: str,
    relevant_types: frozenset[str],
    cause_ids: frozenset[str],
    present: frozenset[str],
) -> list[Recommendation]:
    """Advice that applies, ordered: what to do now, self-care, cautions, prevention, living with.

    In an emergency only the "now" advice is given: nothing should delay getting help. When
    the level is urgent, self-care tips are left out too (only what to do now and cautions):
    a swollen calf is not a cramp to stretch.
    """
    out: list[tuple[int, Recommendation]] = []
    for advice in kb.advice.values():
        if advice.levels and level not in advice.levels:
            continue
        if level == "emergency" and advice.kind != "now":
            continue
        if level == "urgent" and advice.kind not in ("now", "caution"):
            continue
        if advice.levels and not (advice.types or advice.causes or advice.findings):
            because: tuple[str, ...] | None = (level,)
        else:
            because = _matches(
                always=advice.always,
                types=list(advice.types),
                causes=advice.causes,
                findings=advice.findings,
                relevant_types=relevant_types,
                cause_ids=cause_ids,
                present=present,
            )
        if because is not None:
            out.append((_KIND_ORDER[advice.kind], Recommendation(advice.id, because)))
    out.sort(key=lambda item: item[0])
    return [r for _, r in out]


def select_tests(
    kb: Knowledge,
    *,
    relevant_types: frozenset[str],
    cause_ids: frozenset[str],
    present: frozenset[str],
    fired_rule_ids: frozenset[str],
) -> list[Recommendation]:
    """Tests a doctor may consider, in the knowledge base's order."""
    out: list[Recommendation] = []
    for test in kb.tests.values():
        because = _matches(
            always=test.always,
            types=list(test.types),
            causes=test.causes,
            findings=test.findings,
            relevant_types=relevant_types,
            cause_ids=cause_ids,
            present=present,
        )
        rule_hits = tuple(r for r in test.rules if r in fired_rule_ids)
        if rule_hits:
            because = (because or ()) + rule_hits
        if because is not None:
            out.append(Recommendation(test.id, because))
    return out
