"""Page one of the report: what a doctor should take in within a minute.

Turns the diary's statistics and latest assessment into short, plain statements.
Triggers are worded as associations, never as causes, and the disclaimer is
always there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from myotriage.knowledge.wording import level_label
from myotriage.plain_numbers import probability_label

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.knowledge.loader import Knowledge
    from myotriage.report.input import ReportInput

__all__ = ["DISCLAIMER", "METHODS", "report_summary"]

#: How the figures were made, in one sentence a doctor can read between patients.
METHODS = (
    "Counts come straight from the diary; each possible trigger compares how many episodes "
    "there were on days with the factor and on other days the person logged, with a range "
    "that allows for chance and for testing six factors at once."
)

DISCLAIMER = (
    "This report was produced by myotriage from what the person recorded. It gives "
    "information and triage advice, not a diagnosis; it cannot examine anyone and it can be "
    "wrong. In an emergency call the local emergency number."
)


def _level(kb: Knowledge | None, level: str) -> str:
    """The level in the knowledge base's words (its id when no knowledge was given)."""
    return level_label(kb, level) if kb is not None else level


def _conditions(assessment: Mapping[str, Any], kb: Knowledge | None) -> list[dict[str, str]]:
    """The conditions page one lists: the leading ones, then the others shown that are at least
    as probable as the knowledge's ``mention_threshold`` (the rest stay in the FHIR export), each
    with its probability (rounded), ICD-10 code and usual level."""
    least = kb.meta.decision.mention_threshold if kb is not None else 0.0
    rows = []
    for c in assessment.get("conditions", []):
        if not c.get("leading") and c["probability"] < least:
            continue
        rows.append(
            {
                "name": c["name"],
                "probability": probability_label(c["probability"]),
                "icd10": c.get("icd10", ""),
                "level": _level(kb, c["level"]),
                "leading": "yes" if c.get("leading") else "",
            }
        )
    return rows


def report_summary(data: ReportInput) -> dict[str, Any]:
    """The facts page one shows, already worded."""
    stats = data.stats
    assessment = data.assessment
    weeks = max(stats.days_covered / 7, 1 / 7) if stats.days_covered else 0
    facts = [
        ("Period", f"{stats.first_day} to {stats.last_day} ({stats.days_covered} days)")
        if stats.first_day
        else ("Period", "nothing recorded yet"),
        (
            "Episodes",
            f"{stats.episodes} on {stats.days_with_episodes} days"
            + (f", {stats.episodes / weeks:.1f} per week on average" if weeks else ""),
        ),
        (
            "Body regions",
            ", ".join(
                f"{k.removeprefix('loc_')} {v}" for k, v in list(stats.by_location.items())[:5]
            )
            or "-",
        ),
        ("Daily context", f"recorded on {stats.context_days} days"),
    ]
    known_pain = {k: v for k, v in stats.pain.items() if k != "unknown" and v}
    if known_pain:
        total = sum(known_pain.values())
        mean = sum(int(k) * v for k, v in known_pain.items()) / total
        severe = sum(v for k, v in known_pain.items() if int(k) >= 7)
        facts.append(("Pain", f"mean {mean:.1f}/10; {severe} of {total} scored 7 or more"))
    window = stats.frequent_persistent_window
    pattern = (
        f"Yes: episodes on most days from {window.start} to {window.end} ({window.days} days). "
        "Frequent and persistent episodes are a reason for a doctor to look for a cause."
        if window
        else "No stretch of more than three weeks with episodes on most days."
    )
    triggers = list(data.trigger_lines)
    tested = [t.factor.replace("_", " ") for t in stats.triggers if t.enough_data]
    untested = [t.factor.replace("_", " ") for t in stats.triggers if not t.enough_data]
    result: dict[str, Any] = {
        "facts": facts,
        "pattern": pattern,
        "frequent_and_persistent": stats.frequent_and_persistent,
        "triggers": triggers,
        "flagged": [t.factor.replace("_", " ") for t in stats.triggers if t.flagged],
        "tested_factors": tested,
        "untested_factors": untested,
        "assessment": None,
        "disclaimer": DISCLAIMER,
        "methods": METHODS,
    }
    if assessment:
        kb = data.knowledge
        result["assessment"] = {
            "triage": assessment["triage"],
            "triage_words": assessment.get("triage_label") or assessment["triage"],
            "triage_meaning": assessment.get("triage_meaning", ""),
            "summary": assessment.get("summary", ""),
            "conditions": _conditions(assessment, kb),
            "conditions_not_ruled_out": [
                f"{c['name']} ({probability_label(c['probability'])}; usually needs: "
                f"{_level(kb, c['level'])})"
                for c in assessment.get("conditions_not_ruled_out", [])
            ],
            "type": assessment.get("type_name") or assessment.get("type"),
            "type_probability": probability_label(
                (assessment.get("probabilities") or {})
                .get("types", {})
                .get(assessment.get("type"), 0.0)
            ),
            "category": assessment.get("category"),
            "confidence": assessment.get("confidence"),
            "recorded_at": assessment.get("case_recorded_at"),
            "reasons": [
                f"{rule['title']}. {rule.get('explanation', '')}".strip()
                for rule in assessment.get("rules_fired", [])
                if not rule.get("red_flag")
            ],
            "red_flags": [
                f"{rule['title']}: {rule.get('action', '')}".rstrip(": ")
                for rule in assessment.get("red_flags", [])
            ],
            "not_ruled_out": [
                item.get("question") or item["id"] for item in assessment.get("not_ruled_out", [])
            ][:4],
            "tests": [
                f"{t['name']}: {t.get('why', '')}".strip() for t in assessment.get("tests", [])
            ][:4],
            "knowledge_version": assessment.get("knowledge_version"),
        }
    return result
