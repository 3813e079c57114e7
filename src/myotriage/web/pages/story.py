"""The check's optional first step: "Tell us what happens", in the person's own words.

The story is read by the engine's parser (:mod:`myotriage.engine.text`); what it
understood comes back as ticked boxes, one per finding ("True for you" / "Not true for
you"), each with the words it came from. Unticking a box drops that finding; the
boxes are plain checkboxes, so the page works without JavaScript. Confirming starts the
interview from what is left ticked: it asks only what the story did not settle, warning
signs first, and ends at once when the story holds an emergency. Such a story also puts
whom to call at the top of the page, above the boxes.

Red flags the second reader (:mod:`myotriage.engine.text.reader`, when its model is installed)
thinks the words may state, where the lexicon read nothing, come as unticked boxes under "Did
you also mean?": ticked, they count as the person's answer; left, the interview asks them
first. They never count on their own.

The story itself is not kept: it travels in the form body (never in a URL) and only the
findings go into the signed check cookie.
"""

from __future__ import annotations

import functools
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from myotriage.errors import InvalidInputError
from myotriage.knowledge.loader import Knowledge
from myotriage.web.pages.forms import read_form
from myotriage.web.pages.render import render

__all__ = ["router", "show_understood"]

router = APIRouter(include_in_schema=False)


@functools.lru_cache(maxsize=4)
def _labels(kb: Knowledge) -> dict[str, str]:
    """Plain words for each finding: the check's own option labels, else its meaning."""
    from myotriage.knowledge.questions import load_questions

    labels = {fid: f.meaning for fid, f in kb.findings.items()}
    for question in load_questions(kb).questions.values():
        labels.update({fid: label for fid, label in question.labels.items() if label})
    return labels


def show_understood(
    request: Request, kb: Knowledge, story: str, age: int | None, sex: str | None
) -> Response:
    """The page of ticked findings for ``story``. Raises
    :class:`~myotriage.errors.InvalidInputError` when the story cannot be read."""
    from myotriage.engine.text import parse_text
    from myotriage.engine.text.reader import suggestions_if_any

    parsed = parse_text(story, kb)
    suggestions = suggestions_if_any(story, parsed, kb)
    known_age = age if age is not None else parsed.age  # "I'm 58" fills an empty age box
    labels = _labels(kb)
    items = [
        {
            "value": f"{f.choice}:{f.id}",
            "choice": f.choice,
            "label": labels.get(f.id, f.id),
            "words": " … ".join(story[s:e] for s, e in f.spans),
            "implied": f.implied,  # not said, but following from what was ("3 weeks")
        }
        for f in parsed.findings
        if f.choice in ("present", "absent")
    ]
    return render(
        request,
        "check_story.html",
        private=True,
        emergency_phones=_emergency_phones(request, items, known_age, sex or parsed.sex),
        present=[i for i in items if i["choice"] == "present"],
        absent=[i for i in items if i["choice"] == "absent"],
        suggested=[
            {
                "id": s.id,
                "label": labels.get(s.id, s.id),
                "words": " … ".join(story[a:b] for a, b in s.spans),
            }
            for s in suggestions
        ],
        open_count=sum(1 for f in parsed.findings if f.choice == "unknown"),
        warnings=list(parsed.warnings),
        age="" if known_age is None else str(known_age),
        sex=sex or parsed.sex or "",
    )


def _emergency_phones(
    request: Request, items: list[dict[str, Any]], age: int | None, sex: str | None
) -> list[tuple[str, str, str]]:
    """The emergency numbers to show at once when the boxes as ticked are an emergency (the
    check would end there), else none: the person should not read the page before calling."""
    from myotriage.engine.interview import start_interview
    from myotriage.web.result_view import phone_link

    evidence = [{"id": i["value"].partition(":")[2], "choice": i["choice"]} for i in items]
    if not evidence:
        return []
    step = start_interview(age=age, sex=sex, evidence=evidence)
    if not step["done"] or step["assessment"]["triage"] != "emergency":
        return []
    numbers = request.app.state.ctx.web_settings.settings.emergency_numbers
    return [(number, who, phone_link(number)) for number, who in numbers]


def read_ticked(values: list[str], kb: Knowledge) -> list[dict[str, str]]:
    """The evidence from the ticked boxes (``present:loc_calf``), checked against ``kb``."""
    evidence: dict[str, str] = {}
    for value in values:
        choice, _, fid = value.partition(":")
        if choice not in ("present", "absent") or fid not in kb.findings:
            raise InvalidInputError("finding", f"not a finding of this check: {value!r}")
        evidence[fid] = choice
    return [{"id": f, "choice": c} for f, c in evidence.items()]


def read_suggested(values: list[str], kb: Knowledge) -> list[str]:
    """The red flags the page suggested (hidden fields), checked against ``kb``."""
    for value in values:
        finding = kb.findings.get(value)
        if finding is None or not finding.red_flag:
            raise InvalidInputError("suggested", f"not a red flag of this check: {value!r}")
    return list(dict.fromkeys(values))


@router.post("/check/story", response_class=HTMLResponse)
async def check_story(request: Request) -> Response:
    """Start the check from the boxes left ticked on the "what we understood" page."""
    from myotriage.engine.case import parse_case
    from myotriage.web.pages.check import start_check

    ctx = request.app.state.ctx
    form = await read_form(request)
    kb = ctx.knowledge
    age_text, sex = form.get("age"), form.get("sex") or None
    age = int(age_text) if age_text.isdigit() and int(age_text) <= 120 else None
    if sex not in ("female", "male", "other"):
        sex = None
    try:
        evidence = read_ticked(form.getlist("finding"), kb)
        parse_case({"evidence": evidence}, kb)  # one answer per one-answer group
        suggested = read_suggested(form.getlist("suggested"), kb)
    except InvalidInputError as exc:
        return render(request, "check_start.html", status_code=422, errors={"story": exc.problem})
    return start_check(request, ctx, age, sex, evidence, suggested)
