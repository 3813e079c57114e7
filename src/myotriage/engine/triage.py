"""Triage: the most urgent level among every rule that fires, never lower.

Rules come from ``triage_rules.yaml`` and fire on present findings only, so an unknown
or unasked finding never raises the level by itself. Two cautious floors are added on
top, both explained in the result:

* a type that is at least ``caution_threshold`` probable lends its baseline level
  (for example clonus and spasticity always deserve a doctor's review);
* when the type is unclear the engine says so and asks for ``unclear_triage``.

Red flags that matter here but were not answered are listed as "not ruled out".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

from myotriage.engine.case import Case
from myotriage.engine.model import LEVEL_RANK, CompiledRule, Model
from myotriage.knowledge.schema import TRIAGE_ORDER
from myotriage.plain_numbers import probability_label

__all__ = ["FiredRule", "TriageResult", "fired_rules", "not_ruled_out", "triage_level"]


@dataclass(frozen=True, slots=True)
class FiredRule:
    """A rule that fired, or a cautious floor (``kind`` says which), with its evidence."""

    id: str
    level: str
    kind: str  # "rule", "type_floor" or "unclear"
    red_flag: bool
    title: str
    explanation: str
    action: str
    findings: tuple[str, ...]
    sources: tuple[str, ...]
    possible_cause: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.id,
            "level": self.level,
            "kind": self.kind,
            "red_flag": self.red_flag,
            "title": self.title,
            "explanation": self.explanation,
            "action": self.action,
            "possible_cause": self.possible_cause,
            "findings": list(self.findings),
            "sources": list(self.sources),
        }


class TriageResult(NamedTuple):
    level: str
    fired: tuple[FiredRule, ...]


@functools.lru_cache(maxsize=16384)
def _from_rule(cr: CompiledRule, findings: tuple[str, ...]) -> FiredRule:
    """The fired rule with its evidence (immutable, so shared between cases)."""
    r = cr.rule
    return FiredRule(
        id=r.id,
        level=r.level,
        kind="rule",
        red_flag=r.red_flag,
        title=r.title,
        explanation=r.explanation,
        action=r.action,
        findings=findings,
        sources=tuple(r.sources),
        possible_cause=r.possible_cause,
    )


def fired_rules(case: Case, model: Model) -> list[FiredRule]:
    """Every knowledge rule that fires for ``case``, most urgent first (stable order)."""
    present = case.present
    index = model.rules_by_trigger
    candidates = sorted(frozenset().union(*[index[f] for f in present & model.rule_triggers]))
    rules = model.rules  # ordered most urgent first, so the hits come out in that order
    age, sex = case.age, case.sex
    hits = [rules[p] for p in candidates if rules[p].fires(present, age, sex)]
    return [_from_rule(cr, cr.evidence_for(present)) for cr in hits]


def triage_level(
    case: Case,
    model: Model,
    probabilities: dict[str, float],
    type_is_unclear: bool,
) -> TriageResult:
    """The triage level and every reason behind it."""
    kb = model.knowledge
    decision = kb.meta.decision
    fired = fired_rules(case, model)
    rank = max((LEVEL_RANK[f.level] for f in fired), default=0)
    extra: list[FiredRule] = []
    threshold = decision.caution_threshold
    for _, type_id, floor in model.type_floors:
        p = probabilities[type_id]
        if p >= threshold:
            t = kb.types[type_id]
            extra.append(
                FiredRule(
                    id=f"type_floor:{type_id}",
                    level=t.baseline_triage,
                    kind="type_floor",
                    red_flag=False,
                    title=f"The picture may fit {t.name.lower()} ({probability_label(p)})",
                    explanation=t.baseline_why,
                    action=kb.meta.triage_levels[t.baseline_triage].meaning,
                    findings=(),
                    sources=tuple(t.sources),
                )
            )
            rank = max(rank, floor)
    if type_is_unclear and case.present:
        floor = LEVEL_RANK[decision.unclear_triage]
        extra.append(
            FiredRule(
                id="unclear_picture",
                level=decision.unclear_triage,
                kind="unclear",
                red_flag=False,
                title="The picture is unclear",
                explanation=(
                    "Your answers do not clearly match one kind of spasm or twitch. When the"
                    " picture is unclear it is safer to let a doctor take a look."
                ),
                action=kb.meta.triage_levels[decision.unclear_triage].meaning,
                findings=(),
                sources=("seed",),
            )
        )
        rank = max(rank, floor)
    return TriageResult(level=TRIAGE_ORDER[rank], fired=tuple(fired + extra))


def not_ruled_out(case: Case, model: Model) -> list[tuple[str, int]]:
    """Red flags relevant to this case that were unknown or not asked, with the level each
    would set on its own (0 when it only counts together with other findings), most urgent
    first. Computed on bit masks of the screened red flags (see :class:`Model`)."""
    present = case.present
    relevant = model.screen_always_mask
    mask_for = model.screen_mask_for
    for finding in present & model.screen_triggers:
        relevant |= mask_for[finding]
    bit = model.screen_bit
    flags = model.screen_flags
    for finding in present & flags:
        relevant &= ~bit[finding]
    for finding in case.absent & flags:
        relevant &= ~bit[finding]
    out: list[tuple[str, int]] = []
    for table in model.screen_by_byte:
        out += table[relevant & 0xFF]
        relevant >>= 8
    return out
