"""The posterior over conditions: what the contraction (or its look-alike) most likely is.

A naive Bayes over present and absent findings, as for the types in version 1, but over the
conditions of ``conditions.yaml``. Each condition states P(finding | condition) for the findings
that matter; the rest is filled in when the knowledge base is compiled:

* a place the condition does not list, when it lists some: ``unlisted_place`` (a condition
  that says where it is felt is rarely felt elsewhere);
* the members of a single-choice group it does not list keep their defaults, scaled down
  only when its listed members leave too little room (the rest is "none of these");
* any other finding: the value of the condition's type in ``findings.yaml``, or, for a
  look-alike of type ``other``, the median over the six types (a background rate).

Members of a single-choice group (duration, pain, visible, frequency, persistence, side) are
one categorical answer: a present member counts with its own likelihood; when none is present,
the absent members count together as ``1 - the sum of their likelihoods`` (at least
``none_of_floor``). A "no" to a finding that a present one implies (``implies`` in
``findings.yaml``) is a slip and is not counted. ``unknown`` and unlisted findings change
nothing. The type probabilities are the sums per type (``other``
included), as version 2 of the spec says.

    >>> from myotriage.engine.case import parse_case
    >>> from myotriage.knowledge.loader import load_knowledge
    >>> tables = condition_tables(load_knowledge())
    >>> case = parse_case({"evidence": [{"id": "urge_to_move", "choice": "present"}]})
    >>> tables.ids[int(condition_posterior(case, tables).values.argmax())]
    'restless_legs'
"""

from __future__ import annotations

import functools
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from myotriage.knowledge.taxonomy import SEXES, TRIAGE_LEVELS, TYPE_IDS

if TYPE_CHECKING:
    from myotriage.engine.case import Case
    from myotriage.knowledge.loader import Knowledge
    from myotriage.knowledge.schema import Finding, MedicalCondition

__all__ = [
    "GROUPS",
    "ConditionPosterior",
    "ConditionTables",
    "condition_posterior",
    "condition_posteriors",
    "condition_tables",
]

#: The groups conditions are summed into: the six types, then the look-alikes.
GROUPS: tuple[str, ...] = (*TYPE_IDS, "other")
_FLOOR, _CEIL = 0.001, 0.999


@dataclass(frozen=True, eq=False)
class ConditionTables:
    """The conditions compiled into arrays (built once per knowledge base)."""

    ids: tuple[str, ...]
    position: dict[str, int]  # condition id -> its index
    type_of: tuple[str, ...]
    level_rank: np.ndarray  # (C,) usual level as a rank, 0 = self_care
    finding_index: dict[str, int]
    likelihood: np.ndarray  # (F, C) P(finding present | condition)
    log_present: np.ndarray  # (F, C)
    log_absent: np.ndarray  # (F, C)
    single_group_of: dict[str, str]
    group_matrix: np.ndarray  # (C, 7) one-hot: condition -> its group in GROUPS
    family_of_group: tuple[str, ...]  # per group in GROUPS: spasm, twitch or other
    at_least: np.ndarray  # (C, 4): 1 where the condition's usual level is at least that rank
    log_prior_by_age_sex: dict[tuple[int | None, str | None], np.ndarray]
    suppress_self_care: np.ndarray  # (C,) bool
    implied_by: dict[str, frozenset[str]]  # finding -> the findings its presence implies
    none_of_floor: float

    def log_prior(self, age: int | None, sex: str | None) -> np.ndarray:
        return self.log_prior_by_age_sex[(age, sex)]

    @functools.cached_property
    def finding_ids(self) -> tuple[str, ...]:
        """The findings in row order."""
        return tuple(self.finding_index)

    @functools.cached_property
    def yes_no(self) -> np.ndarray:
        """(2F, C): P(finding | condition) for a "yes" (rows 0..F-1), then for a "no"."""
        return np.vstack([self.likelihood, 1.0 - self.likelihood])

    @functools.lru_cache(maxsize=512)  # noqa: B019 - one tables object per knowledge base
    def others_prior(self, age: int | None, sex: str | None) -> np.ndarray:
        """(C, C): row ``j`` is the prior of the other conditions than ``j`` (``j`` set to 0,
        the rest normalised), at this age and sex: what explanations weigh a condition against.
        """
        prior = np.exp(self.log_prior(age, sex))
        rows = np.repeat(prior[None, :], len(prior), axis=0)
        np.fill_diagonal(rows, 0.0)
        # Each row summed on its own, as a vector: the same sums as one condition at a time.
        rows /= rows.sum(axis=1, keepdims=True)
        return rows

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one tables object per knowledge base
    def log_none_of(self, members: tuple[int, ...]) -> np.ndarray:
        """log(1 - sum of the members' likelihoods): no member of a single group applies."""
        total = self.likelihood[list(members)].sum(axis=0)
        return np.log(np.maximum(self.none_of_floor, 1.0 - total))


class ConditionPosterior(NamedTuple):
    """P(condition | case), with what it was computed from (for explanations)."""

    values: np.ndarray  # (C,) sums to 1
    log_prior: np.ndarray
    present: tuple[int, ...]  # finding indices
    absent: tuple[int, ...]  # finding indices counted one by one
    absent_groups: tuple[tuple[int, ...], ...]  # single groups counted as "none of these"
    tables: ConditionTables

    def group_probabilities(self) -> np.ndarray:
        """(7,) the summed probability of each group of :data:`GROUPS`."""
        return self.values @ self.tables.group_matrix

    def mass_at_least(self) -> np.ndarray:
        """(4,) for each level rank, the probability that the usual level is at least it."""
        return self.values @ self.tables.at_least

    def top_at_least(self) -> np.ndarray:
        """(4,) for each level rank, the largest probability of one condition at that level
        or a more urgent one."""
        return top_at_least(self.values, self.tables)

    def terms(self) -> list[tuple[str, str, np.ndarray]]:
        """(finding or joined members, choice, likelihood vector) for each evidence term."""
        t = self.tables
        names = t.finding_ids
        out = [(names[i], "present", t.likelihood[i]) for i in self.present]
        out += [(names[i], "absent", 1.0 - t.likelihood[i]) for i in self.absent]
        out += [
            ("+".join(names[i] for i in g), "absent", np.exp(t.log_none_of(g)))
            for g in self.absent_groups
        ]
        return out

    def information(self) -> float:
        """KL divergence from the prior, in nats: how much the evidence moved the answer."""
        p = self.values
        mask = p > 0
        return float(np.sum(p[mask] * (np.log(p[mask]) - self.log_prior[mask])))


def _median_default(finding: Finding) -> float:
    return float(statistics.median(finding.likelihood_of(t) for t in TYPE_IDS))


def _column(kb: Knowledge, condition: MedicalCondition, unlisted_place: float) -> list[float]:
    """P(finding | condition) for every finding, in the knowledge base's order."""
    # Only findings this knowledge base has (a base built without one still compiles).
    stated = {f: p for f, p in condition.likelihood.items() if f in kb.findings}
    typed = condition.type in TYPE_IDS

    def default(f: Finding) -> float:
        return f.likelihood_of(condition.type) if typed else _median_default(f)

    names_place = any(kb.findings[f].group == "location" for f in stated)
    values: dict[str, float] = {}
    for group, members in kb.groups().items():
        single = [m for m in members if m.kind == "single"]
        for m in members:
            if m.kind == "single":
                continue
            if m.id in stated:
                values[m.id] = stated[m.id]
            elif group == "location" and names_place:
                values[m.id] = unlisted_place
            else:
                values[m.id] = default(m)
        if not single:
            continue
        listed = {m.id: stated[m.id] for m in single if m.id in stated}
        rest = [m for m in single if m.id not in stated]
        left = max(0.0, 1.0 - sum(listed.values()))
        base = {m.id: default(m) for m in rest}
        base_total = sum(base.values())
        # Unlisted members keep their defaults, scaled down only when the listed ones leave
        # too little room: what is left over is "none of these" (a belly pain on neither
        # side), not a reason to inflate the members the condition did not name.
        scale = min(1.0, left / base_total) if base_total > 0 else 0.0
        values.update({f: v * scale for f, v in base.items()})
        values.update(listed)
    return [min(_CEIL, max(_FLOOR, values[f])) for f in kb.findings]


def _prior(condition: MedicalCondition, age: int | None, sex: str | None) -> float:
    p = condition.prior
    if age is not None:
        for factor in condition.age_factors:
            if factor.min_age <= age <= factor.max_age:
                p *= factor.factor
    if sex is not None:
        p *= condition.sex_factors.get(sex, 1.0)
    return p


def condition_tables(kb: Knowledge) -> ConditionTables:
    """The compiled tables of ``kb`` (cached per knowledge base)."""
    return _compiled(kb)


@functools.lru_cache(maxsize=8)
def _compiled(kb: Knowledge) -> ConditionTables:
    decision = kb.meta.decision
    conditions = list(kb.conditions.values())
    columns = [_column(kb, c, decision.unlisted_place) for c in conditions]
    likelihood = np.array(columns, dtype=float).T.copy()  # (F, C)
    rank = {level: i for i, level in enumerate(TRIAGE_LEVELS)}
    level_rank = np.array([rank[c.usual_level] for c in conditions], dtype=int)
    group_matrix = np.zeros((len(conditions), len(GROUPS)))
    for i, c in enumerate(conditions):
        group_matrix[i, GROUPS.index(c.type)] = 1.0
    at_least = np.array(
        [[1.0 if r >= level else 0.0 for level in range(len(TRIAGE_LEVELS))] for r in level_rank]
    )
    priors: dict[tuple[int | None, str | None], np.ndarray] = {}
    for age in (None, *range(121)):
        for sex in (None, *SEXES):
            raw = np.array([_prior(c, age, sex) for c in conditions])
            priors[(age, sex)] = np.log(raw / raw.sum())
    families = {t: kb.types[t].family for t in TYPE_IDS}
    return ConditionTables(
        ids=tuple(c.id for c in conditions),
        position={c.id: i for i, c in enumerate(conditions)},
        type_of=tuple(c.type for c in conditions),
        level_rank=level_rank,
        finding_index={f: i for i, f in enumerate(kb.findings)},
        likelihood=likelihood,
        log_present=np.log(likelihood),
        log_absent=np.log(1.0 - likelihood),
        single_group_of={f.id: f.group for f in kb.findings.values() if f.kind == "single"},
        group_matrix=group_matrix,
        family_of_group=tuple(families.get(g, "other") for g in GROUPS),
        at_least=at_least,
        log_prior_by_age_sex=priors,
        suppress_self_care=np.array([c.suppress_self_care for c in conditions], dtype=bool),
        implied_by={f.id: frozenset(f.implies) for f in kb.findings.values() if f.implies},
        none_of_floor=decision.none_of_floor,
    )


def evidence_terms(
    case: Case, tables: ConditionTables
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[tuple[int, ...], ...]]:
    """The case's evidence as (present, absent one by one, absent single groups) indices."""
    index = tables.finding_index
    single_group_of = tables.single_group_of
    present = tuple(sorted(index[f] for f in case.present))
    implied = frozenset().union(
        *[tables.implied_by[f] for f in case.present if f in tables.implied_by]
    )
    present_groups = {single_group_of[f] for f in case.present if f in single_group_of}
    plain: list[int] = []
    grouped: dict[str, list[int]] = {}
    for finding in case.absent:
        if finding in implied:
            continue  # a slip beside a present finding that implies it
        group = single_group_of.get(finding)
        if group is None:
            plain.append(index[finding])
        elif group not in present_groups:
            grouped.setdefault(group, []).append(index[finding])
    groups = tuple(tuple(sorted(members)) for _, members in sorted(grouped.items()))
    return present, tuple(sorted(plain)), groups


def log_score(
    tables: ConditionTables,
    log_prior: np.ndarray,
    present: tuple[int, ...],
    absent: tuple[int, ...],
    absent_groups: tuple[tuple[int, ...], ...],
) -> np.ndarray:
    """The unnormalised log posterior of every condition."""
    acc = log_prior.copy()
    if present:
        acc += tables.log_present[list(present)].sum(axis=0)
    if absent:
        acc += tables.log_absent[list(absent)].sum(axis=0)
    for members in absent_groups:
        acc += tables.log_none_of(members)
    return acc


def top_at_least(values: np.ndarray, tables: ConditionTables) -> np.ndarray:
    """(4,) for each level rank, the most probable single condition at least that urgent."""
    return (values[:, None] * tables.at_least).max(axis=0)


def normalise(acc: np.ndarray) -> np.ndarray:
    """exp and normalise a log score (stable)."""
    weights = np.exp(acc - acc.max())
    return weights / weights.sum()


def condition_posteriors(cases: list[Case], tables: ConditionTables) -> list[ConditionPosterior]:
    """:func:`condition_posterior` for many cases at once: one sparse product for the batch.

    The same numbers as one case at a time (the same terms, summed as matrix products), at
    a fraction of the cost per case: what ``assess_many`` and the command line use.
    """
    from scipy.sparse import csr_matrix

    terms = [evidence_terms(case, tables) for case in cases]
    n, f = len(cases), len(tables.finding_index)
    if not n:
        return []
    group_ids: dict[tuple[int, ...], int] = {}
    rows: dict[str, list[int]] = {"p": [], "a": [], "g": []}
    cols: dict[str, list[int]] = {"p": [], "a": [], "g": []}
    for r, (present, absent, groups) in enumerate(terms):
        rows["p"] += [r] * len(present)
        cols["p"] += present
        rows["a"] += [r] * len(absent)
        cols["a"] += absent
        for g in groups:
            rows["g"].append(r)
            cols["g"].append(group_ids.setdefault(g, len(group_ids)))

    def indicator(key: str, width: int) -> csr_matrix:
        data = np.ones(len(rows[key]))
        return csr_matrix((data, (rows[key], cols[key])), shape=(n, width))

    priors = [tables.log_prior(case.age, case.sex) for case in cases]
    acc = np.vstack(priors)
    acc += indicator("p", f) @ tables.log_present + indicator("a", f) @ tables.log_absent
    if group_ids:
        none_rows = np.vstack([tables.log_none_of(g) for g in group_ids])
        acc += indicator("g", len(group_ids)) @ none_rows
    acc -= acc.max(axis=1, keepdims=True)
    weights = np.exp(acc)
    values = weights / weights.sum(axis=1, keepdims=True)
    return [ConditionPosterior(values[r], priors[r], *terms[r], tables) for r in range(n)]


def condition_posterior(case: Case, tables: ConditionTables) -> ConditionPosterior:
    """P(condition | findings, age, sex) for every condition of the knowledge base."""
    present, absent, groups = evidence_terms(case, tables)
    log_prior = tables.log_prior(case.age, case.sex)
    values = normalise(log_score(tables, log_prior, present, absent, groups))
    return ConditionPosterior(values, log_prior, present, absent, groups, tables)
