"""Many cases at once: the posterior, the rules and the triage as array operations over a batch.

:func:`myotriage.engine.assessment.assess` decides one case with sets and small loops; this
module decides the same things for thousands of cases with a few matrix products, which is
what ``assess_many`` and ``myotriage assess`` on a file use. It computes the same quantities
by the same definitions (``tests/engine/test_batch_equivalence.py`` compares the two paths,
and both with a snapshot of earlier outputs):

* the posterior over conditions (:mod:`myotriage.engine.conditions`): present findings, "no"
  answers one by one, "none of these" for a single-choice group with no member present, and
  "no" answers that a present finding implies left out;
* the rules that fire (:class:`myotriage.engine.model.CompiledRule`): all of ``all_of``
  present, one of each ``any_of`` group, none of ``unless``, within the age and sex limits;
* the level the conditions ask for (:func:`myotriage.engine.triage.conditions_level`),
  including the subsets of present red flags, one row per subset.

The tables are compiled once per knowledge base; cases go through in chunks so that the
arrays stay small whatever the batch size.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy.sparse import csr_matrix

from myotriage.engine.case import Case
from myotriage.engine.model import Model, compile_model
from myotriage.engine.triage import MAX_SUBSET_FLAGS, flag_base, subset_masks, subset_posterior
from myotriage.knowledge.loader import Knowledge
from myotriage.knowledge.taxonomy import SEXES

__all__ = ["BatchDecision", "decide_batch", "gc_paused"]

#: Cases per chunk: big enough for the matrix products to pay, small enough to stay in cache.
CHUNK = 4096


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch builds its results.

    A batch makes hundreds of thousands of small objects that hold no reference cycles and
    all stay alive; the collector, triggered every few hundred allocations, would walk the
    ever larger heap again and again (a third of the time of a large batch). Reference
    counting still frees everything as usual; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True, eq=False)
class _Tables:
    """A knowledge base's findings and rules as matrices (rows = findings, in the base's order)."""

    all_of: np.ndarray  # (F, R) 1 where the rule needs the finding
    all_count: np.ndarray  # (R,) how many findings the rule needs
    any_of: np.ndarray  # (F, K) 1 where the finding is one of an any-of group
    group_rule: np.ndarray  # (K, R) 1 where the group belongs to the rule
    any_count: np.ndarray  # (R,) how many any-of groups the rule has
    unless: np.ndarray  # (F, R)
    has_unless: bool
    min_age: np.ndarray  # (R,) -inf when none
    max_age: np.ndarray  # (R,) +inf when none
    sex: np.ndarray  # (R,) index in SEXES, -1 when none
    rank: np.ndarray  # (R,)
    implies: np.ndarray  # (F, F) 1 where the row's presence implies the column
    single: np.ndarray  # (F,) bool: member of a single-choice group
    groups: tuple[np.ndarray, ...]  # per single-choice group, its members' rows
    member_group: np.ndarray  # (F, G) 1 where the finding belongs to the single group
    red_flag: np.ndarray  # (F,) 1 for a red flag
    red_flag_rows: np.ndarray  # the red flags' rows, in the order of their ids
    describing: np.ndarray  # (F,) 1 for a finding that describes the contraction


def _tables(model: Model) -> _Tables:
    return _compiled(model.knowledge)


@functools.lru_cache(maxsize=8)
def _compiled(kb: Knowledge) -> _Tables:
    model = compile_model(kb)
    index = model.conditions.finding_index
    f_count = len(index)
    rules = model.rules
    r_count = len(rules)
    all_of = np.zeros((f_count, r_count), dtype=float)
    any_groups: list[tuple[int, frozenset[str]]] = [
        (r, group) for r, cr in enumerate(rules) for group in cr.any_of
    ]
    any_of = np.zeros((f_count, len(any_groups)), dtype=float)
    group_rule = np.zeros((len(any_groups), r_count), dtype=float)
    unless = np.zeros((f_count, r_count), dtype=float)
    for r, cr in enumerate(rules):
        for f in cr.all_of:
            all_of[index[f], r] = 1.0
        for f in cr.unless:
            unless[index[f], r] = 1.0
    for k, (r, group) in enumerate(any_groups):
        group_rule[k, r] = 1.0
        for f in group:
            any_of[index[f], k] = 1.0
    implies = np.zeros((f_count, f_count), dtype=float)
    for f, implied in model.conditions.implied_by.items():
        for g in implied:
            implies[index[f], index[g]] = 1.0
    single_names = sorted(set(model.conditions.single_group_of.values()))
    member_group = np.zeros((f_count, len(single_names)), dtype=float)
    for f, g in model.conditions.single_group_of.items():
        member_group[index[f], single_names.index(g)] = 1.0
    return _Tables(
        all_of=all_of,
        all_count=all_of.sum(axis=0),
        any_of=any_of,
        group_rule=group_rule,
        any_count=group_rule.sum(axis=0),
        unless=unless,
        has_unless=bool(unless.any()),
        min_age=np.array(
            [-np.inf if cr.rule.min_age is None else cr.rule.min_age for cr in rules], dtype=float
        ),
        max_age=np.array(
            [np.inf if cr.rule.max_age is None else cr.rule.max_age for cr in rules], dtype=float
        ),
        sex=np.array([-1 if cr.rule.sex is None else SEXES.index(cr.rule.sex) for cr in rules]),
        rank=np.array([cr.rank for cr in rules]),
        implies=implies,
        single=member_group.sum(axis=1) > 0,
        groups=tuple(np.flatnonzero(member_group[:, g]) for g in range(len(single_names))),
        member_group=member_group,
        red_flag=np.array([f in model.red_flags for f in kb.findings], dtype=float),
        red_flag_rows=np.array([index[f] for f in sorted(model.red_flags)], dtype=int),
        describing=np.array([f in model.describing for f in kb.findings], dtype=float),
    )


class BatchDecision(NamedTuple):
    """What the batch decides for each of its cases (row ``i`` is case ``i``)."""

    values: np.ndarray  # (n, C) posterior over conditions
    log_prior: list[np.ndarray]  # per case
    fired: list[list[int]]  # per case, the positions in ``model.rules`` of the rules that fire
    rule_rank: np.ndarray  # (n,) the most urgent rule's level rank, 0 when none
    condition_rank: np.ndarray  # (n,) the level the conditions ask for (-1: not needed)
    condition_values: dict[int, np.ndarray]  # case -> the posterior that asked for a higher level
    describes: np.ndarray  # (n,) bool: a present finding describes the contraction


def _indicator(cases: list[Case], index: dict[str, int], f_count: int, which: str) -> csr_matrix:
    """(n, F) sparse 0/1: 1 where the case answered the finding ``which`` (present or absent).
    Each row's findings are in the knowledge base's order, so sums over them are made in a
    fixed order (a set's order changes from process to process)."""
    get = index.__getitem__
    chosen = [case.present if which == "present" else case.absent for case in cases]
    cols = [get(f) for answered in chosen for f in answered]
    indptr = np.zeros(len(cases) + 1, dtype=np.int64)
    np.cumsum([len(answered) for answered in chosen], out=indptr[1:])
    out = csr_matrix((np.ones(len(cols)), cols, indptr), shape=(len(cases), f_count))
    out.sort_indices()
    return out


def _normalise_rows(acc: np.ndarray) -> np.ndarray:
    weights = np.exp(acc - acc.max(axis=-1, keepdims=True))
    out: np.ndarray = weights / weights.sum(axis=-1, keepdims=True)
    return out


def _condition_ranks(model: Model, values: np.ndarray) -> np.ndarray:
    """:func:`myotriage.engine.triage.condition_rank` for each row of ``values``."""
    tables = model.conditions
    mass = values @ tables.at_least
    together, alone = model.level_thresholds, model.single_thresholds
    rank = np.zeros(len(values), dtype=int)
    undecided = np.ones(len(values), dtype=bool)
    for level in range(len(together) - 1, 0, -1):
        single = (values * tables.at_least[:, level]).max(axis=1)
        hit = undecided & ((mass[:, level] >= together[level]) | (single >= alone[level]))
        rank[hit] = level
        undecided &= ~hit
    return rank


def _flag_subsets(
    model: Model, t: _Tables, flags: csr_matrix, base: np.ndarray, flagged: np.ndarray
) -> tuple[np.ndarray, list[list[int]]]:
    """The conditions' level for cases with present red flags: the highest over the subsets of
    their red flags (see :func:`myotriage.engine.triage.conditions_level`), and the subset
    that gave it (its rows; the first subset tried on a tie, as there)."""
    log_present = model.conditions.log_present
    # The flags of each case in order of their ids, as conditions_level sorts them.
    by_id = flags[flagged][:, t.red_flag_rows]
    by_id.sort_indices()
    counts = np.diff(by_id.indptr)
    ranks = np.zeros(len(flagged), dtype=int)
    chosen: list[list[int]] = [[] for _ in flagged]
    for k in np.unique(counts).tolist():
        members = np.flatnonzero(counts == k)
        starts = by_id.indptr[members]
        rows = t.red_flag_rows[by_id.indices[starts[:, None] + np.arange(k)]]  # (m, k)
        if k > MAX_SUBSET_FLAGS:  # too many to weigh: the most urgent level, as there
            ranks[members] = len(model.level_thresholds) - 1
            for member, flag_rows in zip(members.tolist(), rows.tolist(), strict=True):
                chosen[member] = flag_rows
            continue
        masks = subset_masks(k)
        acc = base[flagged[members]][:, None, :] + np.einsum(
            "sk,mkc->msc", masks, log_present[rows]
        )
        values = _normalise_rows(acc)  # (m, trials, C)
        trial_ranks = _condition_ranks(model, values.reshape(-1, values.shape[2]))
        trial_ranks = trial_ranks.reshape(len(members), len(masks))
        best = trial_ranks.argmax(axis=1)  # the first of the highest
        ranks[members] = trial_ranks[np.arange(len(members)), best]
        for member, flag_rows, mask in zip(
            members.tolist(), rows.tolist(), masks[best].tolist(), strict=True
        ):
            chosen[member] = [row for row, bit in zip(flag_rows, mask, strict=True) if bit]
    return ranks, chosen


def _decide_chunk(cases: list[Case], model: Model, offset: int) -> BatchDecision:
    tables = model.conditions
    t = _tables(model)
    index = tables.finding_index
    f_count = len(index)
    present = _indicator(cases, index, f_count, "present")
    absent = _indicator(cases, index, f_count, "absent")
    log_prior = [tables.log_prior(case.age, case.sex) for case in cases]
    prior = np.vstack(log_prior)
    plain: csr_matrix | None = None
    none_of: np.ndarray | None = None
    if absent.nnz:
        # Evidence terms, as conditions.evidence_terms: a "no" that a present finding implies
        # is a slip; "no" answers in a single group count together unless a member is present.
        absent = absent.multiply((present @ t.implies) == 0).tocsr()
        absent.eliminate_zeros()
        absent.sort_indices()
        plain = absent.multiply(~t.single).tocsr()
        plain.sort_indices()
        group_present = (present @ t.member_group) > 0
        none_of = np.zeros((len(cases), tables.likelihood.shape[1]))
        for g, members in enumerate(t.groups):  # in order of the groups' names
            part = absent[:, members]
            rows = np.flatnonzero((np.diff(part.indptr) > 0) & ~group_present[:, g])
            if not len(rows):
                continue
            total = part[rows] @ tables.likelihood[members]
            none_of[rows] += np.log(np.maximum(tables.none_of_floor, 1.0 - total))

    def score(found: csr_matrix) -> np.ndarray:
        """The log posterior with the present findings ``found``, summed as
        :func:`myotriage.engine.conditions.condition_posteriors` sums it."""
        answers = found @ tables.log_present
        if plain is not None:
            answers = answers + plain @ tables.log_absent
        acc = prior + answers
        if none_of is not None:
            acc += none_of
        return acc

    flags = present.multiply(t.red_flag).tocsr()
    has_flags = np.diff(flags.indptr) > 0
    values = _normalise_rows(score(present))
    # Rules: all of the needed findings, one of each any-of group, none of unless, limits.
    fires = (present @ t.all_of) >= t.all_count
    if t.any_of.shape[1]:
        satisfied = csr_matrix((present @ t.any_of) > 0, dtype=float)
        fires &= (satisfied @ t.group_rule) >= t.any_count
    if t.has_unless:
        fires &= (present @ t.unless) == 0
    ages = np.array([np.nan if c.age is None else c.age for c in cases], dtype=float)
    sexes = np.array([-1 if c.sex is None else SEXES.index(c.sex) for c in cases])
    known_age = ~np.isnan(ages)[:, None]
    with np.errstate(invalid="ignore"):
        fires &= ~known_age | ((ages[:, None] >= t.min_age) & (ages[:, None] <= t.max_age))
    fires &= (t.sex == -1) | (sexes[:, None] == -1) | (sexes[:, None] == t.sex)
    fired: list[list[int]] = [[] for _ in cases]
    hit_rows, hit_cols = np.nonzero(fires)
    for r, c in zip(hit_rows.tolist(), hit_cols.tolist(), strict=True):
        fired[r].append(c)
    rule_rank = np.zeros(len(cases), dtype=int)
    if len(hit_rows):
        np.maximum.at(rule_rank, hit_rows, t.rank[hit_cols])
    # The conditions' level, for the cases whose rules leave it open.
    open_ = rule_rank < len(model.level_thresholds) - 1
    condition_rank = np.full(len(cases), -1)
    plain_cases = np.flatnonzero(open_ & ~has_flags)
    condition_rank[plain_cases] = _condition_ranks(model, values[plain_cases])
    flagged = np.flatnonzero(open_ & has_flags)
    subsets: dict[int, list[int]] = {}
    if len(flagged):
        base = score(present - flags)
        condition_rank[flagged], chosen = _flag_subsets(model, t, flags, base, flagged)
        subsets = dict(zip(flagged.tolist(), chosen, strict=True))
    asked: dict[int, np.ndarray] = {}  # the posterior that asked for a higher level
    for c in np.flatnonzero(condition_rank > rule_rank).tolist():
        if c in subsets:
            # The reason names conditions by that posterior: computed as one case at a time
            # (the same sums), so that near ties are broken as there.
            asked[offset + c] = subset_posterior(tables, flag_base(model, cases[c])[1], subsets[c])
        else:
            asked[offset + c] = values[c]
    return BatchDecision(
        values=values,
        log_prior=log_prior,
        fired=fired,
        rule_rank=rule_rank,
        condition_rank=condition_rank,
        condition_values=asked,
        describes=(present @ t.describing) > 0,
    )


def decide_batch(cases: list[Case], model: Model) -> list[BatchDecision]:
    """The decisions for ``cases``, one :class:`BatchDecision` per chunk of :data:`CHUNK`
    cases (``condition_values`` is keyed by the index in ``cases``)."""
    return [
        _decide_chunk(cases[start : start + CHUNK], model, start)
        for start in range(0, len(cases), CHUNK)
    ]
