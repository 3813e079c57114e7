"""Plain words for the knowledge base's vocabulary, read from the data, shared by every surface.

The command line, the doctor's report, the FHIR export and the pages all name the triage
levels, the groups of conditions (the six types and the look-alikes) and the findings. They
take the words from here, and this module takes them from the knowledge files
(``meta.yaml`` ``triage_levels`` and ``look_alikes``, ``types.yaml``, ``findings.yaml``), so a
wording changes in the data only, and no module keeps its own table of levels or types.

    >>> from myotriage.knowledge.loader import load_knowledge
    >>> kb = load_knowledge()
    >>> levels_most_urgent_first(kb)[0]
    'emergency'
    >>> group_name(kb, "other") == kb.meta.look_alikes.name
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from myotriage.knowledge.taxonomy import TRIAGE_LEVELS

if TYPE_CHECKING:
    from myotriage.knowledge.loader import Knowledge

__all__ = [
    "LEVEL_RANK",
    "finding_sentence",
    "group_name",
    "level_label",
    "level_meaning",
    "lower_first",
    "levels_most_urgent_first",
    "reason_sentence",
]

#: Severity rank of each triage level (0 = self-care): the order of ``TRIAGE_LEVELS``.
LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(TRIAGE_LEVELS)}


def levels_most_urgent_first(kb: Knowledge) -> tuple[str, ...]:
    """The triage levels, most urgent first (the order pages and reports list them in)."""
    return tuple(sorted(kb.meta.triage_levels, key=lambda level: -LEVEL_RANK[level]))


def level_label(kb: Knowledge, level: str) -> str:
    """The level as people read it ("Urgent - see a doctor today")."""
    text = kb.meta.triage_levels.get(level)
    return str(text.label) if text is not None else level


def level_meaning(kb: Knowledge, level: str) -> str:
    """What the level asks a person to do, in one sentence."""
    text = kb.meta.triage_levels.get(level)
    return str(text.meaning) if text is not None else ""


def group_name(kb: Knowledge, group: str) -> str:
    """The name of a group of conditions: one of the six types, or the look-alikes."""
    if group in kb.types:
        return kb.types[group].name
    if group == "other":
        return kb.meta.look_alikes.name
    return group


def lower_first(name: str) -> str:
    """A name inside a sentence: the first letter lower-cased unless the first word is an
    acronym ("A blood clot" -> "a blood clot", "MS relapse" stays).

    >>> lower_first("A blood clot"), lower_first("MS relapse"), lower_first("Cramp")
    ('a blood clot', 'MS relapse', 'cramp')
    """
    first = name.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return name
    return name[:1].lower() + name[1:]


def finding_sentence(kb: Knowledge, finding: str) -> str:
    """A finding's meaning as a sentence ("Calf or shin."). An explanation may join the members
    of one single-choice group answered "no" together (``dur_minutes+dur_long``): they are read
    as alternatives."""
    parts = []
    for member in finding.split("+"):
        entry = kb.findings.get(member)
        parts.append(
            (entry.meaning if entry is not None else member).strip().strip("'\"").rstrip(".")
        )
    meaning = " or ".join(p for p in parts if p)
    return meaning[:1].upper() + meaning[1:] + "." if meaning else ""


def reason_sentence(kb: Knowledge, finding: str, choice: str) -> str:
    """An answer that moved the result, in plain words: "You said yes: ..." / "You said no: ..."."""
    answer = "yes" if choice == "present" else "no"
    return f"You said {answer}: {finding_sentence(kb, finding)}"
