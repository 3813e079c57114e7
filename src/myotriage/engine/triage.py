"""Triage: the most urgent of what the red flags and the likely conditions ask for, never lower.

Two sources decide, and the result names both:

* **rules** from ``triage_rules.yaml`` (the reference's red flags and combinations). They fire
  on present findings only, so an unknown or unasked finding never raises the level by itself;
* **the conditions**: for each level above self-care, the summed probability of the conditions
  whose usual level is at least that level; when it reaches the level's threshold
  (``level_thresholds`` in the knowledge's decision settings) the triage is raised to it. The
  thresholds are small for the urgent levels, so a dangerous condition that stays reasonably
  likely is not talked away, and when the picture is spread over many conditions the sum
  leans to the safer level by itself.

Dangerous conditions that stay at least ``mention_threshold`` probable without reaching their
level are named as not ruled out (:func:`watch_for`), and red flags that matter here but were
not answered are listed as "not ruled out" (:func:`not_ruled_out`). :func:`decide_rank` is the
one triage decision; the interview calls it too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from myotriage.engine.case import Case
from myotriage.engine.conditions import (
    ConditionPosterior,
    ConditionTables,
    evidence_terms,
    log_score,
    normalise,
    top_at_least,
)
from myotriage.engine.model import LEVEL_RANK, CompiledRule, Model
from myotriage.knowledge.schema import TRIAGE_ORDER
from myotriage.knowledge.wording import lower_first
from myotriage.plain_numbers import probability_label

__all__ = [
    "FiredRule",
    "TriageResult",
    "condition_rank",
    "conditions_rule",
    "decide_rank",
    "fired_rules",
    "not_ruled_out",
    "rule_rank",
    "triage_level",
    "watch_for",
]


@dataclass(frozen=True, slots=True)
class FiredRule:
    """A rule that fired, or a cautious floor (``kind`` says which), with its evidence."""

    id: str
    level: str
    kind: str  # "rule" or "conditions"
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


def rule_rank(model: Model, present: frozenset[str], age: int | None, sex: str | None) -> int:
    """The most urgent level (as a rank) among the rules that fire; 0 when none does."""
    index = model.rules_by_trigger
    triggers = present & model.rule_triggers
    if not triggers:
        return 0
    rules = model.rules
    # Rules are ordered most urgent first, so the first hit is the level.
    for position in sorted(frozenset().union(*[index[f] for f in triggers])):
        cr = rules[position]
        if cr.fires(present, age, sex):
            return cr.rank
    return 0


def condition_rank(model: Model, values: np.ndarray) -> int:
    """The level the conditions ask for: the most urgent level whose conditions together reach
    its ``level_thresholds``, or one of whose conditions alone reaches its
    ``single_thresholds`` (both in the knowledge's decision settings)."""
    tables = model.conditions
    mass = values @ tables.at_least
    single = top_at_least(values, tables)
    together, alone = model.level_thresholds, model.single_thresholds
    for rank in range(len(together) - 1, 0, -1):
        if mass[rank] >= together[rank] or single[rank] >= alone[rank]:
            return rank
    return 0


#: A mass summed in another order (a matrix product of all rows) differs from the row's own
#: vector product by far less than this (65 terms at most 1 each, rounding ~1e-16 per term).
_MASS_SLACK = 1e-9


def condition_ranks(model: Model, posteriors: np.ndarray) -> list[int]:
    """:func:`condition_rank` of every row of ``posteriors``, the same ranks.

    The most probable single condition of each level is taken for all rows at once (exact,
    as a maximum is). The levels' masses are summed for all rows at once too, which adds the
    terms in another order than one row's vector product: wherever a mass is within
    ``_MASS_SLACK`` of its threshold the row is decided by :func:`condition_rank` itself, so
    every comparison is the one it makes."""
    tables = model.conditions
    together = np.asarray(model.level_thresholds, dtype=float)
    alone = np.asarray(model.single_thresholds, dtype=float)
    singles = (posteriors[:, :, None] * tables.at_least[None, :, :]).max(axis=1)
    masses = posteriors @ tables.at_least
    hits = (masses >= together) | (singles >= alone)
    hits[:, 0] = True  # rank 0 when no higher level is reached
    ranks = hits.shape[1] - 1 - np.argmax(hits[:, ::-1], axis=1)
    close = (np.abs(masses[:, 1:] - together[1:]) <= _MASS_SLACK).any(axis=1)
    out = [int(r) for r in ranks]
    for i in np.flatnonzero(close):
        out[i] = condition_rank(model, posteriors[i])
    return out


def decide_rank(model: Model, case: Case) -> int:
    """The triage decision as a rank: the engine and the interview both call this."""
    rank = rule_rank(model, case.present, case.age, case.sex)
    if rank >= len(model.level_thresholds) - 1:
        return rank
    return max(rank, conditions_level(model, case)[0])


def conditions_level(model: Model, case: Case) -> tuple[int, np.ndarray]:
    """The level the conditions ask for, and the posterior that asked for it.

    A warning sign must never make the answer less urgent, yet a present red flag can move
    the posterior away from the dangerous condition that was driving the level (towards one
    whose level its rule already covers, or does not). So the level is the highest the
    conditions ask for with every subset of the present red flags counted (the others'
    answers, including red flags answered "no", always counted): adding a red flag can then
    only add subsets (at most ``2 ** MAX_SUBSET_FLAGS``). More warning signs than
    ``MAX_SUBSET_FLAGS`` at once are not weighed: the level is the most urgent
    (:func:`too_many_flags`), which no subset can exceed, so one more still never lowers it.
    """
    tables = model.conditions
    flag_rows, base = flag_base(model, case)
    if not flag_rows:
        values = normalise(base)
        return condition_rank(model, values), values
    if len(flag_rows) > MAX_SUBSET_FLAGS:
        return len(model.level_thresholds) - 1, subset_posterior(tables, base, flag_rows)
    best, best_values = -1, base
    for mask in subset_masks(len(flag_rows)):  # the full set first: its posterior is shown on a tie
        subset = [row for row, bit in zip(flag_rows, mask.tolist(), strict=True) if bit]
        values = subset_posterior(tables, base, subset)
        rank = condition_rank(model, values)
        if rank > best:
            best, best_values = rank, values
    return best, best_values


@functools.cache
def subset_masks(k: int) -> np.ndarray:
    """(2 ** k, k) 0/1: the subsets of ``k`` red flags in the order they are tried, all of
    them first and none last (the batch path tries them in the same order)."""
    return np.array(
        [[float(mask >> bit & 1) for bit in range(k)] for mask in range((1 << k) - 1, -1, -1)]
    )


def too_many_flags(model: Model, case: Case) -> bool:
    """Whether more warning signs are present at once than the conditions can be weighed
    with (``MAX_SUBSET_FLAGS``): the level is then the most urgent, said as such."""
    return len(case.present & model.red_flags) > MAX_SUBSET_FLAGS


def flag_base(model: Model, case: Case) -> tuple[list[int], np.ndarray]:
    """The rows of the case's present red flags (in order of their ids), and the log score of
    the conditions with every other answer counted (all of them when no red flag is present)."""
    tables = model.conditions
    flags = sorted(case.present & model.red_flags)
    present, absent, groups = evidence_terms(case, tables)
    log_prior = tables.log_prior(case.age, case.sex)
    if not flags:
        return [], log_score(tables, log_prior, present, absent, groups)
    index = tables.finding_index
    flag_rows = [index[f] for f in flags]
    others = tuple(i for i in present if i not in flag_rows)
    return flag_rows, log_score(tables, log_prior, others, absent, groups)


def subset_posterior(tables: ConditionTables, base: np.ndarray, subset: list[int]) -> np.ndarray:
    """The posterior with the red flags of ``subset`` (rows) added to the ``base`` score."""
    return normalise(base + tables.log_present[subset].sum(axis=0) if subset else base)


#: Up to this many present red flags, every subset is weighed; beyond it, the most urgent level.
MAX_SUBSET_FLAGS = 8


def triage_level(case: Case, model: Model, posterior: ConditionPosterior) -> TriageResult:
    """The triage level and every reason behind it (rules, then the conditions' level)."""
    fired = fired_rules(case, model)
    rank = max((LEVEL_RANK[f.level] for f in fired), default=0)
    extra: list[FiredRule] = []
    if rank >= len(model.level_thresholds) - 1:
        return TriageResult(level=TRIAGE_ORDER[rank], fired=tuple(fired))
    if case.present & model.red_flags:
        by_conditions, values = conditions_level(model, case)
    else:
        values = posterior.values
        by_conditions = condition_rank(model, values)
    if by_conditions > rank:
        extra.append(conditions_reason(model, case, by_conditions, values))
        rank = by_conditions
    return TriageResult(level=TRIAGE_ORDER[rank], fired=tuple(fired + extra))


def conditions_reason(
    model: Model, case: Case, by_conditions: int, values: np.ndarray
) -> FiredRule:
    """Why the conditions raised the level: :func:`conditions_rule`, or, when too many warning
    signs are present at once to weigh (:func:`too_many_flags`), that they are."""
    if not too_many_flags(model, case):
        return conditions_rule(model, by_conditions, values)
    kb = model.knowledge
    level = TRIAGE_ORDER[by_conditions]
    flags = tuple(sorted(case.present & model.red_flags))
    return FiredRule(
        id=f"many_warning_signs:{level}",
        level=level,
        kind="conditions",
        red_flag=True,
        title=f"{len(flags)} warning signs at once",
        explanation=(
            "So many warning signs together cannot be weighed safely from answers alone;"
            " each of them on its own already needs a doctor."
        ),
        action=kb.meta.triage_levels[level].meaning,
        findings=flags,
        sources=("seed",),
    )


def conditions_rule(model: Model, by_conditions: int, values: np.ndarray) -> FiredRule:
    """The reason given when the conditions raise the level above the rules': which conditions,
    how likely together (``values`` is the posterior that asked for the level)."""
    kb = model.knowledge
    tables = model.conditions
    mass = values @ tables.at_least
    level = TRIAGE_ORDER[by_conditions]
    behind = [
        i
        for i in np.argsort(-values, kind="stable")
        if tables.level_rank[i] >= by_conditions and values[i] >= 0.01
    ][:3]
    names = [kb.conditions[tables.ids[i]].name for i in behind]
    return FiredRule(
        id=f"conditions:{level}",
        level=level,
        kind="conditions",
        red_flag=False,
        title=f"The answers may fit {_join(names)}",
        explanation=(
            f"Together these are about {probability_label(mass[by_conditions])} likely from your"
            f" answers, and they need {kb.meta.triage_levels[level].label.lower()}:"
            " it is safer to let a doctor rule them out."
        ),
        action=kb.meta.triage_levels[level].meaning,
        findings=(),
        sources=tuple(
            dict.fromkeys(s for i in behind for s in kb.conditions[tables.ids[i]].sources)
        ),
        possible_cause=_join(names),
    )


def watch_for(values: np.ndarray, model: Model, rank: int) -> tuple[tuple[str, float], ...]:
    """Conditions more urgent than the triage given that stay at least ``mention_threshold``
    probable: not ruled out, and named so that they are not talked away."""
    tables = model.conditions
    threshold = model.knowledge.meta.decision.mention_threshold
    chosen = np.flatnonzero((values >= threshold) & (tables.level_rank > rank))
    chosen = chosen[np.argsort(-values[chosen], kind="stable")]
    return tuple((tables.ids[i], float(values[i])) for i in chosen.tolist())


def _join(names: list[str]) -> str:
    names = [lower_first(n) for n in names]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


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
