"""The spec's fixed vocabulary: the six types, their families, the triage levels and the sexes.

This is the one place the code names them: the schema validates the data files against these
tuples (no ``Literal`` repeats them), and every wording (names, labels, what a level asks) is
read from the data files (:mod:`myotriage.knowledge.wording`). Kept free of heavy imports so
that the command line (and anything else) can name the types without loading pydantic or the
knowledge files.
"""

from __future__ import annotations

__all__ = ["FAMILIES", "FAMILY_OF", "LOOK_ALIKE", "SEXES", "TRIAGE_LEVELS", "TYPE_IDS"]

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

#: The families a type belongs to.
FAMILIES: tuple[str, ...] = ("spasm", "twitch")

#: The group of the conditions that are none of the six types (look-alikes).
LOOK_ALIKE = "other"

#: Triage levels from least to most urgent; the index is the severity rank. Their words
#: (label, meaning) are in ``meta.yaml``, which must name exactly these.
TRIAGE_LEVELS: tuple[str, ...] = ("self_care", "consult", "urgent", "emergency")

#: The sexes a case may give (the case format's ``sex``).
SEXES: tuple[str, ...] = ("female", "male", "other")
