"""A simulated person for the web interview: answers each question from a case.

Follows the interview simulation of the case spec (shared/spec/CASES.md): a finding
the case lists is answered with its choice, one it does not list is absent, and an
explicit ``unknown`` is "I don't know". Uses only what the page shows (question id,
kind and the option values) plus the public question bank for boolean questions.
"""

from __future__ import annotations

from typing import Any

__all__ = ["page_answer"]


def page_answer(case: dict[str, Any], qid: str, kind: str, options: list[str]) -> Any:
    """``"unknown"`` (press I don't know), a value to pick, or a list of boxes to tick."""
    from myotriage.knowledge.loader import load_knowledge
    from myotriage.knowledge.questions import load_questions

    choices = {e["id"]: e["choice"] for e in case.get("evidence", [])}
    if qid == "age":
        return case.get("age", "unknown") if case.get("age") is not None else "unknown"
    if qid == "sex":
        return case.get("sex") or "unknown"
    findings = [o for o in options if o not in ("none", "unknown", "yes", "no")]
    if kind == "boolean":
        question = load_questions(load_knowledge()).questions[qid]
        choice = choices.get(question.findings[0])
        return {"present": "yes", "unknown": "unknown"}.get(choice or "", "no")
    present = [f for f in findings if choices.get(f) == "present"]
    unknown = [f for f in findings if choices.get(f) == "unknown"]
    if kind == "single":
        if present:
            return present[0]
        return "unknown" if unknown else "none"
    if not present and unknown and len(unknown) == len(findings):
        return "unknown"
    return present or "none"
