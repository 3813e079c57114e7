"""Naming the family and the type from the type distribution: one rule for the whole engine.

The assessment and the interview's question selection both call this, so "unclear" means
the same everywhere.

    >>> from myotriage.engine.model import compile_model
    >>> from myotriage.knowledge.loader import load_knowledge
    >>> model = compile_model(load_knowledge())
    >>> name_type([0.9, 0.02, 0.02, 0.02, 0.02, 0.02], model, describes=True)
    ('spasm', 'skeletal_spasm')
    >>> name_type([0.9, 0.02, 0.02, 0.02, 0.02, 0.02], model, describes=False)
    ('unclear', 'unclear')
"""

from __future__ import annotations

from collections.abc import Sequence

from myotriage.engine.model import Model

__all__ = ["name_type"]

_FAMILIES = ("spasm", "twitch")


def name_type(
    values: Sequence[float], model: Model, *, describes: bool, spasm: float | None = None
) -> tuple[str, str]:
    """``(category, type)`` for a distribution over the six types.

    The family is named only when it clearly dominates (``category_threshold``), and the
    type only when it is probable enough (``type_threshold``) and belongs to that family.
    ``describes`` says whether any present finding describes the contraction itself;
    without one (only red flags, history or medicines), nothing is named. ``spasm`` is the
    spasm family's probability when the caller has it already.
    """
    if not describes:
        return "unclear", "unclear"
    decision = model.knowledge.meta.decision
    if spasm is None:
        spasm = sum(v for v, family in zip(values, model.family_index, strict=True) if family == 0)
    twitch = 1.0 - spasm
    if max(spasm, twitch) < decision.category_threshold:
        return "unclear", "unclear"
    category = "spasm" if spasm >= twitch else "twitch"
    top = max(range(len(values)), key=values.__getitem__)
    if _FAMILIES[model.family_index[top]] != category or values[top] < decision.type_threshold:
        return category, "unclear"
    return category, model.types[top]
