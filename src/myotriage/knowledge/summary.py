"""Plain summaries of the knowledge base, shared by the command line and the HTTP API."""

from __future__ import annotations

from typing import Any

from myotriage.knowledge.loader import Knowledge

__all__ = ["conditions_table", "findings_table", "knowledge_summary"]


def findings_table(kb: Knowledge) -> list[dict[str, Any]]:
    """Every finding a case may use, with its group, kind, meaning and our question."""
    return [
        {
            "id": f.id,
            "group": f.group,
            "kind": f.kind,
            "meaning": f.meaning,
            "question": f.question,
            "red_flag": f.red_flag,
        }
        for f in kb.findings.values()
    ]


def conditions_table(kb: Knowledge) -> list[dict[str, Any]]:
    """Every condition the engine weighs: its type (or ``other`` for a look-alike), the level it
    usually needs on its own, its ICD-10 code and what it is, in plain words."""
    return [
        {
            "id": c.id,
            "name": c.name,
            "type": c.type,
            "usual_level": c.usual_level,
            "icd10": {"code": c.icd10.code, "label": c.icd10.label},
            "summary": c.summary,
            "what_to_do": c.what_to_do,
        }
        for c in kb.conditions.values()
    ]


def knowledge_summary(kb: Knowledge) -> dict[str, Any]:
    """The knowledge base's version, its types, triage levels and how much it holds."""
    return {
        "name": kb.meta.name,
        "version": kb.version,
        "released": kb.meta.released,
        "disclaimer": kb.meta.disclaimer,
        "triage_levels": {k: v.model_dump() for k, v in kb.meta.triage_levels.items()},
        "types": [
            {"id": t.id, "family": t.family, "name": t.name, "summary": t.summary}
            for t in kb.types.values()
        ],
        "counts": {
            "types": len(kb.types),
            "conditions": len(kb.conditions),
            "findings": len(kb.findings),
            "differences": len(kb.differences),
            "causes": len(kb.causes),
            "rules": len(kb.rules),
            "advice": len(kb.advice),
            "tests": len(kb.tests),
            "guide_sections": len(kb.guide),
            "sources": len(kb.meta.sources),
        },
    }
