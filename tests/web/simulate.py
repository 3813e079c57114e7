"""A simulated person for the web interview: answers each question from a case.

Follows the interview simulation of the case spec (spec/CASES.md): a finding
the case lists is answered with its choice, one it does not list is absent, and an
explicit ``unknown`` is "I don't know". Uses only what the page shows (question id,
kind and the option values) plus the public question bank for boolean questions.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["OPTION", "QUESTION", "page_answer", "run_check", "submit_answer"]

OPTION = re.compile(r'name="answer" value="([^"]+)"')
QUESTION = re.compile(
    r'action="(/check/question/\d+)"[^>]*data-question="([^"]+)" data-kind="([^"]+)"'
)
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


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


def submit_answer(client: Any, page: str, answer: Any) -> Any:
    """Submit ``answer`` on the question ``page`` (HTML); the response after the redirect."""
    match = QUESTION.search(page)
    assert match, "not a question page"
    token = CSRF.search(page)
    assert token
    data: dict[str, Any] = {"csrf_token": token.group(1), "action": "next"}
    if match.group(3) == "number" and answer != "unknown":
        data["number"] = str(answer)
    elif answer not in (None, []):
        data["answer"] = answer if isinstance(answer, list) else str(answer)
    return client.post(match.group(1), data=data)


def run_check(client: Any, case: dict[str, Any]) -> str:
    """Answer the web check (test client) as the person of ``case``; the result page's HTML."""
    start = client.get("/check")
    token = CSRF.search(start.text)
    assert token
    page = client.post(
        "/check/start",
        data={
            "csrf_token": token.group(1),
            "age": case.get("age") or "",
            "sex": case.get("sex") or "",
        },
    )
    for _ in range(60):
        assert page.status_code == 200, page.text[:500]
        match = QUESTION.search(page.text)
        if match is None:
            return str(page.text)
        _, qid, kind = match.groups()
        answer = page_answer(case, qid, kind, OPTION.findall(page.text))
        page = submit_answer(client, page.text, answer)
    raise AssertionError("the check did not finish")
