"""Advice and tests to discuss, chosen from the knowledge base by what the assessment found.

An advice entry or a test applies when the triage level, a relevant type, a likely cause
or a present finding matches what it names (or when it applies always). ``because`` lists
the ids that made it apply, so every recommendation can be traced to its reasons.

The entries are compiled once per knowledge base into bit masks (bit *i* = the *i*-th
entry in display order): the entries a case gets are the OR of the masks of its trigger
ids, filtered by the mask of what its triage level allows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from myotriage.knowledge.loader import Knowledge
from myotriage.knowledge.schema import TRIAGE_ORDER

__all__ = ["Recommendation", "Selection", "select_advice", "select_tests"]

_KIND_ORDER = {"now": 0, "self_care": 1, "caution": 2, "prevention": 3, "living_with": 4}
#: Kinds of advice shown at a level (all kinds when the level is not listed): in an
#: emergency nothing should delay getting help; when urgent, a swollen calf is not a
#: cramp to stretch, so only what to do now and cautions are given.
_KINDS_AT_LEVEL = {"emergency": frozenset({"now"}), "urgent": frozenset({"now", "caution"})}


class Recommendation(NamedTuple):
    """An advice entry or test that applies, and the ids that made it apply.

    A named tuple rather than a frozen dataclass: it is made ~20 times per assessment and
    tuples are several times cheaper to build.
    """

    id: str
    because: tuple[str, ...]


@dataclass(frozen=True)
class _Compiled:
    ids: tuple[str, ...]  # display order
    position: dict[str, int]
    triggers: tuple[tuple[str, ...], ...]  # per entry, the ids that trigger it
    by_level_only: tuple[bool, ...]  # entry applies by its level alone (no other trigger)
    mask_of: dict[str, int]  # trigger id -> entries it triggers
    trigger_ids: frozenset[str]
    always: int
    allowed_at: dict[str, int]  # triage level -> entries that may be shown at that level
    # For each 8-bit chunk of a mask, the ids its 256 possible values stand for, so that a
    # mask turns into ids a byte at a time instead of a bit at a time.
    ids_by_byte: tuple[tuple[tuple[str, ...], ...], ...]


def _compile(
    entries: Iterable[tuple[str, int, tuple[str, ...], bool, frozenset[str], str]],
) -> _Compiled:
    """Entries are (id, order rank, triggers, always, levels it is limited to, kind)."""
    ranked = [e for _, e in sorted(enumerate(entries), key=lambda item: (item[1][1], item[0]))]
    mask_of: dict[str, int] = {}
    always = 0
    allowed_at: dict[str, int] = dict.fromkeys(TRIAGE_ORDER, 0)
    for bit, (_, _, triggers, is_always, levels, kind) in enumerate(ranked):
        for trigger in triggers:
            mask_of[trigger] = mask_of.get(trigger, 0) | (1 << bit)
        if is_always:
            always |= 1 << bit
        for level in TRIAGE_ORDER:
            kinds = _KINDS_AT_LEVEL.get(level)
            if (not levels or level in levels) and (kinds is None or kind in kinds):
                allowed_at[level] |= 1 << bit
    ids = tuple(e[0] for e in ranked)
    ids_by_byte = tuple(
        tuple(
            tuple(
                ids[chunk * 8 + b] for b in range(8) if value >> b & 1 and chunk * 8 + b < len(ids)
            )
            for value in range(256)
        )
        for chunk in range((len(ids) + 7) // 8)
    )
    return _Compiled(
        ids=ids,
        ids_by_byte=ids_by_byte,
        position={e[0]: bit for bit, e in enumerate(ranked)},
        triggers=tuple(e[2] for e in ranked),
        by_level_only=tuple(bool(e[4]) and not e[2] for e in ranked),
        mask_of=mask_of,
        trigger_ids=frozenset(mask_of),
        always=always,
        allowed_at=allowed_at,
    )


def _named_by_conditions(kb: Knowledge, attribute: str) -> dict[str, tuple[str, ...]]:
    """Entry id -> the conditions that list it under ``attribute`` (advice or tests)."""
    out: dict[str, list[str]] = {}
    for c in kb.conditions.values():
        for entry_id in getattr(c, attribute):
            out.setdefault(entry_id, []).append(c.id)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=8)
def _advice(kb: Knowledge) -> _Compiled:
    by_condition = _named_by_conditions(kb, "advice")
    return _compile(
        (
            a.id,
            _KIND_ORDER[a.kind],
            (*a.types, *a.causes, *a.findings, *by_condition.get(a.id, ())),
            a.always or (bool(a.levels) and not (a.types or a.causes or a.findings)),
            frozenset(a.levels),
            a.kind,
        )
        for a in kb.advice.values()
    )


@functools.lru_cache(maxsize=8)
def _tests(kb: Knowledge) -> _Compiled:
    by_condition = _named_by_conditions(kb, "tests")
    return _compile(
        (
            t.id,
            0,
            (*t.types, *t.causes, *t.findings, *t.rules, *by_condition.get(t.id, ())),
            t.always,
            frozenset(),
            "test",
        )
        for t in kb.tests.values()
    )


#: Kinds dropped when a condition that home remedies could harm is not ruled out (a leg that
#: may hold a clot is not stretched or massaged).
_HOME_KINDS = frozenset({"self_care", "prevention", "living_with"})


def _fits(
    kb: Knowledge, entry_id: str, present: frozenset[str], sex: str | None, home: bool
) -> bool:
    a = kb.advice[entry_id]
    if not home and a.kind in _HOME_KINDS:
        return False
    if a.sexes and sex is not None and sex not in a.sexes:
        return False
    return not a.requires_any or not present.isdisjoint(a.requires_any)


def _select(compiled: _Compiled, level: str, case_triggers: frozenset[str]) -> tuple[str, ...]:
    mask = compiled.always
    mask_of = compiled.mask_of
    for trigger in case_triggers & compiled.trigger_ids:
        mask |= mask_of[trigger]
    mask &= compiled.allowed_at[level]
    out: list[str] = []
    for table in compiled.ids_by_byte:
        out += table[mask & 0xFF]
        mask >>= 8
    return tuple(out)


def _reasons(
    compiled: _Compiled, selected: tuple[str, ...], level: str, case_triggers: frozenset[str]
) -> list[Recommendation]:
    position = compiled.position
    out = []
    for entry_id in selected:
        bit = position[entry_id]
        because = tuple([t for t in compiled.triggers[bit] if t in case_triggers])
        if not because and compiled.by_level_only[bit]:
            because = (level,)
        out.append(Recommendation(entry_id, because))
    return out


class Selection(NamedTuple):
    """What was selected (ids, in display order) and what it was selected from.

    The ids are chosen when the assessment is made; the reasons (``because``) are derived
    from the same inputs only when someone asks for them.
    """

    kb: Knowledge
    kind: str  # "advice" or "tests"
    ids: tuple[str, ...]
    level: str
    triggers: frozenset[str]

    def recommendations(self) -> list[Recommendation]:
        compiled = _advice(self.kb) if self.kind == "advice" else _tests(self.kb)
        return _reasons(compiled, self.ids, self.level, self.triggers)


def select_advice(
    kb: Knowledge,
    *,
    level: str,
    relevant_types: frozenset[str],
    cause_ids: frozenset[str],
    present: frozenset[str],
    conditions: frozenset[str] = frozenset(),
    sex: str | None = None,
    suppress_self_care: bool = False,
) -> Selection:
    """Advice that applies, ordered: what to do now, self-care, cautions, prevention, living with.

    Chosen for the leading ``conditions`` and the level; nothing meant for another sex, nothing
    about a place that was not named, and no home remedies when ``suppress_self_care``.
    """
    triggers = relevant_types | cause_ids | present | conditions
    home = not suppress_self_care
    ids = tuple(
        a for a in _select(_advice(kb), level, triggers) if _fits(kb, a, present, sex, home)
    )
    return Selection(kb, "advice", ids, level, triggers)


def select_tests(
    kb: Knowledge,
    *,
    relevant_types: frozenset[str],
    cause_ids: frozenset[str],
    present: frozenset[str],
    fired_rule_ids: frozenset[str],
    conditions: frozenset[str] = frozenset(),
) -> Selection:
    """Tests a doctor may consider, in the knowledge base's order."""
    triggers = relevant_types | cause_ids | present | fired_rule_ids | conditions
    return Selection(kb, "tests", _select(_tests(kb), "self_care", triggers), "self_care", triggers)
