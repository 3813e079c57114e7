"""The check: one question per page, with back, "I don't know" and progress, then the result.

Everything travels in POST bodies (the signed state in a hidden field), never in
the URL, so answers about someone's health do not end up in browser history or
server logs.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from myotriage.errors import InvalidInputError
from myotriage.web import interview_flow
from myotriage.web.deps import Ctx
from myotriage.web.pages.forms import read_form
from myotriage.web.pages.render import render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

_YES_NO = [{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"}]


def _options(question: dict[str, Any]) -> list[dict[str, Any]]:
    options = [o for o in question.get("options") or [] if o.get("value") != "unknown"]
    if not options and question.get("kind") == "boolean":
        return _YES_NO
    return options


def show_step(request: Request, step: dict[str, Any], error: str = "") -> HTMLResponse:
    """The page for a step: the next question, or the result when the interview is done."""
    if step.get("done"):
        return render(
            request, "result.html", private=True, a=step["assessment"], state=step["state"]
        )
    question = step["question"]
    ctx = request.app.state.ctx
    view = {"question": question, "progress": step.get("progress") or {"asked": 0, "max": 0}}
    return render(
        request,
        "question.html",
        private=True,
        status_code=422 if error else 200,
        question=question,
        options=_options(question),
        progress=view["progress"],
        state=step["state"],
        view=ctx.view_signer.dumps(view),
        error=error,
    )


@router.get("/check", response_class=HTMLResponse)
def check_start(request: Request) -> HTMLResponse:
    return render(request, "check_start.html")


@router.post("/check/start", response_class=HTMLResponse)
async def check_begin(request: Request, ctx: Ctx) -> HTMLResponse:
    form = await read_form(request)
    age_text, sex = form.get("age"), form.get("sex") or None
    age: int | None = None
    error = ""
    if age_text:
        try:
            age = int(age_text)
            if not 0 <= age <= 120:
                raise ValueError
        except ValueError:
            error = "Age: enter whole years from 0 to 120, or leave it empty."
    if sex not in (None, "female", "male", "other"):
        error = "Sex: choose one of the options."
    if error:
        return render(
            request, "check_start.html", status_code=422, error=error, age=age_text, sex=sex
        )
    return show_step(request, interview_flow.start(ctx.state_signer, age=age, sex=sex))


@router.post("/check/answer", response_class=HTMLResponse)
async def check_answer(request: Request, ctx: Ctx) -> HTMLResponse:
    form = await read_form(request)
    signer = ctx.state_signer
    token = form.get("state")
    if (form.get("action") or "next") == "back":
        return show_step(request, interview_flow.back(signer, token))
    view = _load_view(ctx, form.get("view"))
    question = view["question"]
    answer: Any
    if form.get("action") == "unknown":
        answer = "unknown"
    elif question.get("kind") == "multiple":
        answer = form.getlist("answer")
        if "none" in answer:
            if len(answer) > 1:
                return _again(
                    request, token, view, "'None of these' cannot be ticked with other answers."
                )
            answer = "none"
    elif question.get("kind") == "number":
        try:
            answer = int(form.get("answer"))
        except ValueError:
            return _again(request, token, view, "Enter a whole number, or press I don't know.")
    else:
        chosen = form.getlist("answer")
        if not chosen:
            return _again(request, token, view, "Choose an answer, or press I don't know.")
        answer = chosen[0]
    try:
        step = interview_flow.step_answer(signer, token, question.get("id"), answer)
    except InvalidInputError as exc:
        if exc.field == "state":
            raise
        return _again(request, token, view, exc.problem)
    return show_step(request, step)


def _load_view(ctx: Any, token: str) -> dict[str, Any]:
    """The question on screen, from its signed hidden field (so an error can show it again)."""
    view = interview_flow.load_state(ctx.view_signer, token)
    if not isinstance(view.get("question"), dict):
        raise InvalidInputError("view", "the page is out of date; start the check again")
    return view


def _again(request: Request, token: str, view: dict[str, Any], error: str) -> HTMLResponse:
    step = {"done": False, "state": token, **view}
    return show_step(request, step, error=error)
