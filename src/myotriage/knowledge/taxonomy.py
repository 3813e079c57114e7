"""The spec's fixed vocabulary: the six types, their families and the triage levels.

Kept free of heavy imports so that the command line (and anything else) can name the types
without loading pydantic or the knowledge files.
"""

from __future__ import annotations

__all__ = ["FAMILY_OF", "TRIAGE_LEVELS", "TYPE_IDS"]

#: The six types of the seed's taxonomy, in the spec's order.
TYPE_IDS: tuple[str, ...] = (
    "skeletal_spasm",
    "smooth_spasm",
    "ischemic_spasm",
    "spasticity",
    "clonus",
    "fasciculation",
)

#: Each type's family (the spec's category).
FAMILY_OF: dict[str, str] = {
    "skeletal_spasm": "spasm",
    "smooth_spasm": "spasm",
    "ischemic_spasm": "spasm",
    "spasticity": "twitch",
    "clonus": "twitch",
    "fasciculation": "twitch",
}

#: Triage levels from least to most urgent; the index is the severity rank.
TRIAGE_LEVELS: tuple[str, ...] = ("self_care", "consult", "urgent", "emergency")
