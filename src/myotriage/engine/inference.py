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
from dataclasses import dataclass

from myotriage.engine.case import Case
from myotriage.engine.model import Model, Vector, compile_model
from myotriage.knowledge.loader import load_knowledge

__all__ = ["Posterior", "type_posterior"]


@dataclass(frozen=True, slots=True)
class Posterior:
    """The type distribution and the evidence terms behind it."""

    types: tuple[str, ...]
    values: tuple[float, ...]
    log_prior: Vector
    terms: tuple[tuple[str, str, Vector], ...]  # (finding or group label, choice, log-likelihoods)

    @property
    def probabilities(self) -> dict[str, float]:
        return dict(zip(self.types, self.values, strict=True))

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


def _add(acc: Vector, vec: Vector) -> None:
    for i in range(len(acc)):
        acc[i] += vec[i]


def type_posterior(case: Case, model: Model | None = None) -> Posterior:
    """P(type | findings, age, sex) for the six types."""
    m = model or compile_model(load_knowledge())
    log_prior = m.log_prior(case.age, case.sex)
    acc = list(log_prior)
    terms: list[tuple[str, str, Vector]] = []
    single_group_of = m.single_group_of
    present_groups: set[str] = set()
    for finding in sorted(case.present):  # sorted: the same sum whatever the order given
        vec = m.log_present[finding]
        _add(acc, vec)
        terms.append((finding, "present", vec))
        group = single_group_of.get(finding)
        if group is not None:
            present_groups.add(group)
    absent_single: dict[str, list[str]] = {}
    for finding in sorted(case.absent):
        group = single_group_of.get(finding)
        if group is None:
            vec = m.log_absent[finding]
            _add(acc, vec)
            terms.append((finding, "absent", vec))
        elif group not in present_groups:
            absent_single.setdefault(group, []).append(finding)
    for members in absent_single.values():
        likelihood = m.likelihood
        vec = [
            math.log(max(1e-6, 1.0 - sum(likelihood[f][i] for f in members)))
            for i in range(len(acc))
        ]
        _add(acc, vec)
        terms.append(("+".join(sorted(members)), "absent", vec))
    top = max(acc)
    weights = [math.exp(a - top) for a in acc]
    total = sum(weights)
    values = tuple(w / total for w in weights)
    return Posterior(m.types, values, log_prior, tuple(terms))
