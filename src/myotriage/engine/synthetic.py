"""Synthetic cases drawn from the knowledge base itself, for benchmarks and simulations.

A type is drawn from the priors, then each finding is drawn from its likelihood for that
type (one member at most per ``single`` group), and red flags are sprinkled in at a low
rate. These cases measure speed and interview efficiency; they are *not* used to judge
clinical accuracy, since they can only agree with the knowledge they came from.

    >>> cases = generate_cases(3, seed=1)
    >>> len(cases), sorted(cases[0])
    (3, ['age', 'evidence', 'id', 'sex'])
"""

from __future__ import annotations

import random
from typing import Any

from myotriage.knowledge.loader import Knowledge, load_knowledge
from myotriage.knowledge.schema import TYPE_IDS

__all__ = ["generate_case", "generate_cases"]


def generate_case(
    rng: random.Random,
    kb: Knowledge,
    *,
    case_id: str | None = None,
    red_flag_rate: float = 0.03,
    report_absent: float = 0.3,
) -> dict[str, Any]:
    """One case: findings present by likelihood; some absent ones reported as such."""
    type_id = rng.choices(TYPE_IDS, weights=[kb.types[t].prior for t in TYPE_IDS])[0]
    evidence: list[dict[str, str]] = []
    for group, members in kb.groups().items():
        if members[0].kind == "single":
            weights = [m.likelihood_of(type_id) for m in members]
            rest = max(0.0, 1.0 - sum(weights))
            pick = rng.choices([*members, None], weights=[*weights, rest])[0]
            if pick is not None:
                evidence.append({"id": pick.id, "choice": "present"})
            continue
        for finding in members:
            p = finding.likelihood_of(type_id)
            if finding.red_flag:
                p = red_flag_rate * p / (p + 0.05)
            if rng.random() < p:
                evidence.append({"id": finding.id, "choice": "present"})
            elif finding.red_flag and rng.random() < report_absent:
                evidence.append({"id": finding.id, "choice": "absent"})
        del group
    rng.shuffle(evidence)
    return {
        "id": case_id or f"synthetic-{type_id}-{rng.randrange(10**9)}",
        "age": rng.randint(5, 90),
        "sex": rng.choice(["female", "male"]),
        "evidence": evidence,
    }


def generate_cases(
    n: int, *, seed: int = 0, knowledge: Knowledge | None = None
) -> list[dict[str, Any]]:
    """``n`` reproducible synthetic cases."""
    kb = knowledge or load_knowledge()
    rng = random.Random(seed)
    return [generate_case(rng, kb, case_id=f"synthetic-{i}") for i in range(n)]
