"""Advice and tests to discuss, chosen from the knowledge base by what the assessment found.

An advice entry or a test applies when the triage level, a relevant type, a likely cause
or a present finding matches what it names (or when it applies always). ``because`` lists
the ids that made it apply, so every recommendation can be traced to its reasons.

The entries are indexed once per knowledge base by the ids that trigger them, so choosing
them costs a few dictionary lookups per case rather than a scan of every entry.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from myotriage.knowledge.loader import Knowledge

__all__ = ["Recommendation", "select_advice", "select_tests"]

_KIND_ORDER = {"now": 0, "self_care": 1, "caution": 2, "prevention": 3, "living_with": 4}


@dataclass(frozen=True, slots=True)
class Recommendation:
    id: str
    because: tuple[str, ...]


@dataclass(frozen=True)
class _Index:
    """Entries in display order, and for each trigger id the entries it triggers."""

    order: tuple[str, ...]
    position: dict[str, int]
    by_trigger: dict[str, tuple[str, ...]]
    triggers: frozenset[str]
    always: tuple[str, ...]


def _build(entries: Iterable[tuple[str, int, list[str], bool]]) -> _Index:
    ranked = sorted(enumerate(entries), key=lambda item: (item[1][1], item[0]))
    order = tuple(entry[0] for _, entry in ranked)
    by_trigger: dict[str, list[str]] = {}
    always = []
    for _, (entry_id, _rank, triggers, is_always) in ranked:
        for trigger in triggers:
            by_trigger.setdefault(trigger, []).append(entry_id)
        if is_always:
            always.append(entry_id)
    return _Index(
        order=order,
        position={entry_id: i for i, entry_id in enumerate(order)},
        by_trigger={k: tuple(v) for k, v in by_trigger.items()},
        triggers=frozenset(by_trigger),
        always=tuple(always),
    )


@functools.lru_cache(maxsize=8)
def _advice_index(kb: Knowledge) -> _Index:
    return _build(
        (
            a.id,
            _KIND_ORDER[a.kind],
            [*a.types, *a.causes, *a.findings],
            a.always or (bool(a.levels) and not (a.types or a.causes or a.findings)),
        )
        for a in kb.advice.values()
    )


@functools.lru_cache(maxsize=8)
def _tests_index(kb: Knowledge) -> _Index:
    return _build(
        (t.id, 0, [*t.types, *t.causes, *t.findings, *t.rules], t.always) for t in kb.tests.values()
    )


def _collect(index: _Index, *trigger_sets: frozenset[str]) -> dict[str, list[str]]:
    """Entries triggered by any id of the sets (each set's ids in sorted order), with the ids."""
    found: dict[str, list[str]] = {entry_id: [] for entry_id in index.always}
    by_trigger = index.by_trigger
    hits = index.triggers
    for trigger in [t for ids in trigger_sets for t in sorted(ids & hits)]:
        for entry_id in by_trigger.get(trigger, ()):
            found.setdefault(entry_id, []).append(trigger)
    return found


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
    index = _advice_index(kb)
    found = _collect(index, relevant_types, cause_ids, present)
    out: list[tuple[int, Recommendation]] = []
    advice = kb.advice
    for entry_id, because in found.items():
        entry = advice[entry_id]
        if entry.levels and level not in entry.levels:
            continue
        if level == "emergency" and entry.kind != "now":
            continue
        if level == "urgent" and entry.kind not in ("now", "caution"):
            continue
        reasons = tuple(because) if because else ((level,) if entry.levels else ())
        out.append((index.position[entry_id], Recommendation(entry_id, reasons)))
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
    index = _tests_index(kb)
    found = _collect(index, relevant_types, cause_ids, present, fired_rule_ids)
    ranked = sorted(found.items(), key=lambda item: index.position[item[0]])
    return [Recommendation(entry_id, tuple(because)) for entry_id, because in ranked]
