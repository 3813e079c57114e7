"""Type probabilities: a naive Bayes over present and absent findings.

Each finding is treated as independent given the type, except the members of a
``single`` group (duration, pain, visible, frequency, persistence), which together are
one categorical answer: the present member counts with its own likelihood, and when
none is present the absent members count as ``1 - sum of their likelihoods``. A finding
that is ``unknown`` or not listed changes nothing.

    >>> from myotriage.engine.case import parse_case
    >>> probs = type_posterior(parse_case({"evidence": [
    ...     {"id": "dur_flicker", "choice": "present"},
    ...     {"id": "visible_flicker", "choice": "present"}]})).probabilities
    >>> max(probs, key=probs.get)
    'fasciculation'
"""

from __future__ import annotations

import math
from typing import NamedTuple

from myotriage.engine.case import Case
from myotriage.engine.model import Model, Vector, compile_model
from myotriage.knowledge.loader import load_knowledge

__all__ = ["Posterior", "type_posterior"]


class Posterior(NamedTuple):
    """The type distribution, and the evidence behind it (its terms are rebuilt on demand)."""

    types: tuple[str, ...]
    values: tuple[float, ...]
    log_prior: Vector
    present: tuple[str, ...]
    absent: tuple[str, ...]
    absent_groups: tuple[tuple[str, ...], ...]
    model: Model

    @property
    def probabilities(self) -> dict[str, float]:
        return dict(zip(self.types, self.values, strict=True))

    @property
    def terms(self) -> tuple[tuple[str, str, Vector], ...]:
        """(finding or joined group members, choice, log-likelihood per type) for each term."""
        return tuple(
            (label, choice, [math.log(v) for v in values])
            for label, choice, values in self.term_likelihoods()
        )

    def term_likelihoods(self) -> list[tuple[str, str, Vector]]:
        """Like :attr:`terms`, but the likelihoods themselves rather than their logarithms."""
        m = self.model
        out = [(f, "present", m.likelihood[f]) for f in self.present]
        out += [(f, "absent", [1.0 - p for p in m.likelihood[f]]) for f in self.absent]
        out += [("+".join(g), "absent", _none_of(m, g)) for g in self.absent_groups]
        return out

    def family(self, model: Model) -> tuple[float, float]:
        spasm = sum(v for v, fam in zip(self.values, model.family_index, strict=True) if fam == 0)
        return spasm, 1.0 - spasm

    def information(self) -> float:
        """KL divergence from the prior, in nats: how much the evidence moved the answer."""
        total = 0.0
        for p, lq in zip(self.values, self.log_prior, strict=True):
            if p > 0:
                total += p * (math.log(p) - lq)
        return total


def _none_of(m: Model, members: tuple[str, ...]) -> Vector:
    """1 - the sum of the absent members' likelihoods: no member of the group applies."""
    rows = [m.likelihood[f] for f in members]
    return [max(1e-6, 1.0 - sum(col)) for col in zip(*rows, strict=True)]


def type_posterior(case: Case, model: Model | None = None) -> Posterior:
    """P(type | findings, age, sex) for the six types."""
    m = model or compile_model(load_knowledge())
    log_prior = m.log_prior(case.age, case.sex)
    single_group_of = m.single_group_of
    log_present = m.log_present
    log_absent = m.log_absent
    present = tuple(sorted(case.present))  # sorted: the same sum whatever the order given
    rows = [log_prior]
    rows += [log_present[f] for f in present]
    present_groups = {single_group_of[f] for f in present if f in single_group_of}
    plain: list[str] = []
    grouped: dict[str, list[str]] = {}
    for finding in sorted(case.absent):
        group = single_group_of.get(finding)
        if group is None:
            plain.append(finding)
        elif group not in present_groups:
            grouped.setdefault(group, []).append(finding)
    rows += [log_absent[f] for f in plain]
    absent_groups = tuple(tuple(members) for _, members in sorted(grouped.items()))
    rows += [[math.log(v) for v in _none_of(m, members)] for members in absent_groups]
    acc = [sum(column) for column in zip(*rows, strict=True)]
    top = max(acc)
    weights = [math.exp(a - top) for a in acc]
    total = sum(weights)
    values = tuple(w / total for w in weights)
    return Posterior(m.types, values, log_prior, present, tuple(plain), absent_groups, m)
