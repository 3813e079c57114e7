"""Naming the family and the type from the groups of conditions: one rule for the whole engine.

The type probabilities are the sums of the conditions' probabilities per type, ``other`` (the
look-alikes) included, as version 2 of the spec says. The assessment and the interview both
call :func:`name_type`, so "unclear" means the same everywhere.

    >>> from myotriage.engine.model import compile_model
    >>> from myotriage.knowledge.loader import load_knowledge
    >>> model = compile_model(load_knowledge())
    >>> name_type([0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01], model, describes=True)
    ('spasm', 'skeletal_spasm')
    >>> name_type([0.2, 0.02, 0.02, 0.02, 0.02, 0.02, 0.7], model, describes=True)
    ('unclear', 'unclear')
    >>> name_type([0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01], model, describes=False)
    ('unclear', 'unclear')
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from myotriage.engine.conditions import GROUPS
from myotriage.engine.model import Model

__all__ = ["family_probabilities", "family_rows", "name_type"]


def family_probabilities(group_values: Sequence[float], model: Model) -> dict[str, float]:
    """The spasm and twitch families' probabilities, and the look-alikes' (``other``), which
    belong to neither; the three sum to 1."""
    families = model.conditions.family_of_group
    out = {"spasm": 0.0, "twitch": 0.0, "other": 0.0}
    for v, fam in zip(group_values, families, strict=True):
        out[fam] += float(v)
    return out


def family_rows(group_values: np.ndarray, model: Model) -> list[dict[str, float]]:
    """:func:`family_probabilities` for each row of an (n, groups) array: the same sums, added
    in the same order, for a whole batch at once."""
    sums = {"spasm": np.zeros(len(group_values)), "twitch": np.zeros(len(group_values))}
    sums["other"] = np.zeros(len(group_values))
    for column, fam in enumerate(model.conditions.family_of_group):
        sums[fam] = sums[fam] + group_values[:, column]
    spasm, twitch, other = (sums[f].tolist() for f in ("spasm", "twitch", "other"))
    return [
        {"spasm": s, "twitch": t, "other": o} for s, t, o in zip(spasm, twitch, other, strict=True)
    ]


def name_type(
    group_values: Sequence[float],
    model: Model,
    *,
    describes: bool,
    families: dict[str, float] | None = None,
) -> tuple[str, str]:
    """``(category, type)`` for a distribution over the groups of :data:`GROUPS`.

    The family is named only when it clearly dominates (``category_threshold``, with the
    look-alikes counted against it), and the type only when its group is probable enough
    (``type_threshold``) and belongs to that family; when the look-alikes lead, nothing is
    named and the result leads with the conditions. ``describes`` says whether any present
    finding describes the contraction itself; without one (only red flags, history or
    medicines), nothing is named. ``families`` are :func:`family_probabilities` of
    ``group_values`` when the caller has them already.
    """
    if not describes:
        return "unclear", "unclear"
    decision = model.knowledge.meta.decision
    if families is None:
        families = family_probabilities(group_values, model)
    category = "spasm" if families["spasm"] >= families["twitch"] else "twitch"
    if families[category] < decision.category_threshold:
        return "unclear", "unclear"
    top = max(range(len(group_values)), key=group_values.__getitem__)
    if (
        GROUPS[top] == "other"
        or model.conditions.family_of_group[top] != category
        or group_values[top] < decision.type_threshold
    ):
        return category, "unclear"
    return category, GROUPS[top]
