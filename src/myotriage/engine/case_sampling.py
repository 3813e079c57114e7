"""Simulated people for measuring the interview: cases drawn from the knowledge base itself.

A person is drawn the way the model believes people come: a condition from the priors (for a
random age and sex), then every finding from its likelihood for that condition (one member,
or none, of each ``single`` group), plus, at a low rate, a red flag picked at random so that
rare emergencies are not left to chance. A few findings are marked ``unknown`` to stand
for what people do not know. The case lists only what is present or unknown; by the
interview simulation's rule (``spec/CASES.md``) everything else is absent.

    >>> import random
    >>> case = sample_case(random.Random(7))
    >>> sorted(case) == ["age", "evidence", "id", "sex"]
    True
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np

from myotriage.engine.conditions import condition_tables
from myotriage.knowledge.loader import Knowledge, load_knowledge

__all__ = ["full_information_case", "sample_case", "sample_cases"]

#: Chance that a sampled person also has one red flag picked at random.
EXTRA_RED_FLAG_RATE = 0.1
#: Chance that any one finding the person is asked about is one they don't know.
UNKNOWN_RATE = 0.02


def sample_case(
    rng: random.Random,
    knowledge: Knowledge | None = None,
    *,
    skip: frozenset[str] = frozenset(),
    case_id: str = "sampled",
) -> dict[str, Any]:
    """One simulated person as a case. ``skip`` names findings never drawn (for example
    those that only the diary records)."""
    kb = knowledge or load_knowledge()
    age = rng.randint(5, 90)
    sex = rng.choice(("female", "male", "female", "male", "other"))
    tables = condition_tables(kb)
    prior = np.exp(tables.log_prior(age, sex)).tolist()
    column = rng.choices(range(len(tables.ids)), weights=prior)[0]
    likelihood = tables.likelihood[:, column]
    index = tables.finding_index
    present: list[str] = []
    groups: dict[str, list[str]] = {}
    for f in kb.findings.values():
        if f.id in skip:
            continue
        if f.kind == "single":
            groups.setdefault(f.group, []).append(f.id)
        elif rng.random() < likelihood[index[f.id]]:
            present.append(f.id)
    for members in groups.values():
        draw = rng.random()
        for member in members:
            draw -= likelihood[index[member]]
            if draw < 0:
                present.append(member)
                break
    if sex == "male" and "pregnant" in present:
        present.remove("pregnant")
    if rng.random() < EXTRA_RED_FLAG_RATE:
        flags = [f.id for f in kb.findings.values() if f.red_flag and f.id not in skip]
        flag = rng.choice(flags)
        if flag not in present:
            present.append(flag)
    evidence = []
    for finding_id in kb.findings:
        if finding_id in present:
            evidence.append({"id": finding_id, "choice": "present"})
        elif finding_id not in skip and rng.random() < UNKNOWN_RATE:
            evidence.append({"id": finding_id, "choice": "unknown"})
    return {"id": case_id, "age": age, "sex": sex, "evidence": evidence}


def sample_cases(
    count: int,
    seed: int = 0,
    knowledge: Knowledge | None = None,
    *,
    skip: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """``count`` simulated people, the same ones for the same seed."""
    rng = random.Random(seed)
    return [
        sample_case(rng, knowledge, skip=skip, case_id=f"sampled-{seed}-{i}") for i in range(count)
    ]


def full_information_case(
    case: dict[str, Any], knowledge: Knowledge | None = None
) -> dict[str, Any]:
    """The case with every unlisted finding ``absent``: what the person would answer if
    asked everything (the yardstick the interview is measured against)."""
    kb = knowledge or load_knowledge()
    listed = {item["id"] for item in case.get("evidence", [])}
    extra = [{"id": f, "choice": "absent"} for f in kb.findings if f not in listed]
    return {**case, "evidence": [*case.get("evidence", []), *extra]}
