"""The knowledge base compiled into plain lookup tables for fast inference.

Compiling once per knowledge base turns every finding into two log-likelihood vectors
(present, absent), every triage rule into sets, and every age and sex into a log-prior
vector, so that assessing a case is a handful of list additions and set tests.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from myotriage.engine.conditions import ConditionTables, condition_tables
from myotriage.knowledge.loader import Knowledge
from myotriage.knowledge.schema import TRIAGE_ORDER, TYPE_IDS, TriageRule
from myotriage.knowledge.taxonomy import SEXES

__all__ = ["CompiledRule", "Model", "compile_model", "LEVEL_RANK"]

LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(TRIAGE_ORDER)}
Vector = list[float]


@dataclass(frozen=True, slots=True, eq=False)
class CompiledRule:
    """A triage rule as sets: ``all_of`` must all be present; each of ``any_of`` needs one;
    none of ``unless`` may be present.

    Compared and hashed by identity (one object per rule of a compiled model).
    """

    rule: TriageRule
    rank: int
    all_of: frozenset[str]
    any_of: tuple[frozenset[str], ...]
    mentioned: frozenset[str]
    limited: bool  # the rule has an age or sex limit
    required: tuple[str, ...]  # the all-of findings in the rule's order
    alternatives: tuple[str, ...]  # the any-of findings in the rule's order
    unless: frozenset[str] = frozenset()  # any of these present keeps the rule from firing

    def fires(self, present: frozenset[str], age: int | None, sex: str | None) -> bool:
        if not self.all_of <= present:
            return False
        for group in self.any_of:
            if present.isdisjoint(group):
                return False
        if self.unless and not self.unless.isdisjoint(present):
            return False
        if not self.limited:
            return True
        return self.within_limits(age, sex)

    def within_limits(self, age: int | None, sex: str | None) -> bool:
        """The rule's age and sex limits hold. An unknown age or sex meets them: a rule only
        ever raises the level, so when we do not know, the safer reading applies."""
        r = self.rule
        if age is not None:
            if r.min_age is not None and age < r.min_age:
                return False
            if r.max_age is not None and age > r.max_age:
                return False
        return r.sex is None or sex is None or sex == r.sex

    def evidence_for(self, present: frozenset[str]) -> tuple[str, ...]:
        """The present findings that made this rule fire, in the rule's order."""
        return self.required + tuple([f for f in self.alternatives if f in present])


@dataclass(frozen=True)
class Model:
    """Lookup tables derived from one knowledge base."""

    knowledge: Knowledge
    types: tuple[str, ...]
    family_index: tuple[int, ...]  # 0 = spasm, 1 = twitch
    log_prior_by_age_sex: dict[tuple[int | None, str | None], Vector]
    log_present: dict[str, Vector]
    log_absent: dict[str, Vector]
    likelihood: dict[str, Vector]
    single_group_of: dict[str, str]
    rules: tuple[CompiledRule, ...]
    rules_by_trigger: dict[str, frozenset[int]]
    rule_triggers: frozenset[str]
    single_finding_rule_rank: dict[str, int]
    screen_always: tuple[str, ...]
    screen_relevant: tuple[tuple[str, frozenset[str]], ...]
    # Screened red flags as bits, most urgent first (bit i = the i-th in that order).
    screen_bit: dict[str, int]  # red flag -> its bit
    screen_mask_for: dict[str, int]  # present finding -> the red flags it makes relevant
    screen_triggers: frozenset[str]
    screen_always_mask: int
    screen_flags: frozenset[str]
    # For each 8-bit chunk of a mask, the (red flag, level rank) pairs its values stand for.
    screen_by_byte: tuple[tuple[tuple[tuple[str, int], ...], ...], ...]
    describing: frozenset[str]  # findings that describe the contraction itself
    conditions: ConditionTables
    level_thresholds: tuple[float, ...]  # per level rank: summed condition probability to raise
    single_thresholds: tuple[float, ...]  # per level rank: one condition's probability to raise
    red_flags: frozenset[str]

    def log_prior(self, age: int | None, sex: str | None) -> Vector:
        return self.log_prior_by_age_sex[(age, sex)]


def _prior_vector(kb: Knowledge, age: int | None, sex: str | None) -> Vector:
    values = []
    for type_id in TYPE_IDS:
        t = kb.types[type_id]
        p = t.prior
        if age is not None:
            for factor in t.age_factors:
                if factor.min_age <= age <= factor.max_age:
                    p *= factor.factor
        if sex is not None:
            p *= t.sex_factors.get(sex, 1.0)  # type: ignore[call-overload]
        values.append(p)
    total = sum(values)
    return [math.log(v / total) for v in values]


def _compile_rule(rule: TriageRule) -> CompiledRule:
    all_of = frozenset(item for item in rule.requires if isinstance(item, str))
    any_of = tuple(frozenset(item) for item in rule.requires if isinstance(item, list))
    mentioned = all_of.union(*any_of) if any_of else all_of
    required = tuple(item for item in rule.requires if isinstance(item, str))
    alternatives = tuple(f for item in rule.requires if isinstance(item, list) for f in item)
    limited = rule.min_age is not None or rule.max_age is not None or rule.sex is not None
    return CompiledRule(
        rule,
        LEVEL_RANK[rule.level],
        all_of,
        any_of,
        frozenset(mentioned),
        limited,
        required,
        alternatives,
        frozenset(rule.unless),
    )


def compile_model(kb: Knowledge) -> Model:
    """Compile ``kb`` into a :class:`Model` (cached per knowledge base)."""
    return _compile_cached(kb)


@functools.lru_cache(maxsize=8)
def _compile_cached(kb: Knowledge) -> Model:
    likelihood: dict[str, Vector] = {}
    log_present: dict[str, Vector] = {}
    log_absent: dict[str, Vector] = {}
    single_group_of: dict[str, str] = {}
    for f in kb.findings.values():
        p = [f.likelihood_of(t) for t in TYPE_IDS]
        likelihood[f.id] = p
        log_present[f.id] = [math.log(x) for x in p]
        log_absent[f.id] = [math.log(1.0 - x) for x in p]
        if f.kind == "single":
            single_group_of[f.id] = f.group
    priors = {
        (age, sex): _prior_vector(kb, age, sex)
        for age in [None, *range(121)]
        for sex in (None, *SEXES)
    }
    # Most urgent first, then in the file's order: a case's fired rules, taken in index
    # order, are then already in the order they are reported.
    compiled = [_compile_rule(r) for r in kb.rules.values()]
    rules = tuple(sorted(compiled, key=lambda cr: -cr.rank))
    # Index each rule under findings one of which must be present for it to fire, so a case
    # only tests the rules it could possibly fire.
    by_trigger: dict[str, list[int]] = {}
    for position, cr in enumerate(rules):
        keys = [min(cr.all_of)] if cr.all_of else sorted(cr.any_of[0])
        for key in keys:
            by_trigger.setdefault(key, []).append(position)
    single_rank: dict[str, int] = {}
    for cr in rules:
        # The level a finding would set on its own (its rules that need nothing else).
        if len(cr.all_of) == 1 and not cr.any_of:
            (only,) = cr.all_of
            single_rank[only] = max(single_rank.get(only, 0), cr.rank)
        elif not cr.all_of and len(cr.any_of) == 1:
            for only in cr.any_of[0]:
                single_rank[only] = max(single_rank.get(only, 0), cr.rank)
    screen_always = tuple(f.id for f in kb.findings.values() if f.screen == "always")
    screen_relevant = tuple(
        (f.id, frozenset(f.relevant_when))
        for f in kb.findings.values()
        if f.screen == "when_relevant"
    )
    positions = {f: i for i, f in enumerate(kb.findings)}
    screened = sorted(
        {*screen_always, *(flag for flag, _ in screen_relevant)},
        key=lambda f: (-single_rank.get(f, 0), positions[f]),
    )
    screen_bit = {f: 1 << i for i, f in enumerate(screened)}
    screen_mask_for: dict[str, int] = {}
    for flag, relevant_when in screen_relevant:
        for trigger in relevant_when:
            screen_mask_for[trigger] = screen_mask_for.get(trigger, 0) | screen_bit[flag]
    pairs = [(f, single_rank.get(f, 0)) for f in screened]
    screen_by_byte = tuple(
        tuple(
            tuple(pairs[c * 8 + b] for b in range(8) if v >> b & 1 and c * 8 + b < len(pairs))
            for v in range(256)
        )
        for c in range((len(pairs) + 7) // 8)
    )
    family_index = tuple(0 if kb.types[t].family == "spasm" else 1 for t in TYPE_IDS)
    return Model(
        knowledge=kb,
        types=TYPE_IDS,
        family_index=family_index,
        log_prior_by_age_sex=priors,
        log_present=log_present,
        log_absent=log_absent,
        likelihood=likelihood,
        single_group_of=single_group_of,
        rules=rules,
        rules_by_trigger={k: frozenset(v) for k, v in by_trigger.items()},
        rule_triggers=frozenset(by_trigger),
        single_finding_rule_rank=single_rank,
        screen_always=screen_always,
        screen_relevant=screen_relevant,
        screen_bit=screen_bit,
        screen_mask_for=screen_mask_for,
        screen_triggers=frozenset(screen_mask_for),
        screen_always_mask=sum(screen_bit[f] for f in screen_always),
        screen_flags=frozenset(screen_bit),
        screen_by_byte=screen_by_byte,
        describing=frozenset(
            f.id for f in kb.findings.values() if f.group in kb.meta.decision.describing_groups
        ),
        conditions=condition_tables(kb),
        level_thresholds=tuple(
            kb.meta.decision.level_thresholds.get(level, 1.0)  # type: ignore[call-overload]
            if rank
            else 0.0
            for rank, level in enumerate(TRIAGE_ORDER)
        ),
        red_flags=frozenset(f.id for f in kb.findings.values() if f.red_flag),
        single_thresholds=tuple(
            kb.meta.decision.single_thresholds.get(level, 1.0)  # type: ignore[call-overload]
            if rank
            else 0.0
            for rank, level in enumerate(TRIAGE_ORDER)
        ),
    )
