"""The check: one question per page, with back, "I don't know" and progress, then the result.

Every page is a GET of its own address (``/check/question/3``, ``/check/result``);
answers are POSTed and answered with a redirect (POST/redirect/GET), so the browser's
back and forward buttons and reloading just work. The answers themselves travel in a
signed cookie (:mod:`myotriage.web.check_session`), never in the URL, so answers about
someone's health do not end up in browser history or server logs.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from myotriage.errors import InvalidInputError
from myotriage.knowledge.taxonomy import SEXES
from myotriage.web import check_session
from myotriage.web.check_session import CheckSession
from myotriage.web.deps import Ctx
from myotriage.web.pages.forms import Form, read_form
from myotriage.web.pages.render import render
from myotriage.web.result_view import result_view

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

#: More questions than any check asks (the interview stops well before this).
MAX_QUESTION_NUMBER = 60
QuestionNumber = Path(ge=1, le=MAX_QUESTION_NUMBER)

_YES_NO: list[dict[str, Any]] = [
    {"value": "yes", "label": "Yes"},
    {"value": "no", "label": "No"},
    {"value": "unknown", "label": "I don't know", "exclusive": True},
]
_EXPIRED = (
    "Your earlier answers are no longer here (the check was restarted, "
    "or the site was updated). Please start again."
)


def _options(question: dict[str, Any]) -> list[dict[str, Any]]:
    options = list(question.get("options") or [])
    if question.get("kind") == "boolean" and not options:
        return _YES_NO
    return options


def _ticked(question: dict[str, Any], answer: Any) -> tuple[list[str], str]:
    """The boxes to tick (and the number to fill in) for an answer given before."""
    if answer is None:
        return [], ""
    kind = question.get("kind")
    if kind == "number":
        return (["unknown"], "") if answer == "unknown" else ([], str(answer))
    if kind == "multiple":
        if answer == "unknown":
            return ["unknown"], ""
        if isinstance(answer, dict):
            return list(answer.get("present") or []), ""
        if isinstance(answer, list):
            return (list(answer) or ["none"]), ""
    return [str(answer)], ""


def _redirect(path: str, session: CheckSession | None, request: Request, ctx: Any) -> Response:
    response = RedirectResponse(path, status_code=303)
    if session is not None:
        check_session.store(request, response, ctx.check_signer, session)
    return response


def _step_at(session: CheckSession, count: int) -> dict[str, Any]:
    from myotriage.engine.interview import current_step

    return current_step(session.prefix(count))


def _restart(request: Request) -> Response:
    response = render(request, "check_start.html", notice=_EXPIRED)
    check_session.clear(request, response)
    return response


@router.get("/check", response_class=HTMLResponse)
def check_start(request: Request, ctx: Ctx) -> HTMLResponse:
    session = check_session.load(request, ctx.check_signer)
    resume = len(session.answers) + 1 if session and session.answers else None
    return render(request, "check_start.html", resume=resume)


@router.post("/check/start", response_class=HTMLResponse)
async def check_begin(request: Request, ctx: Ctx) -> Response:
    form = await read_form(request)
    age_text, sex = form.get("age"), form.get("sex") or None
    age: int | None = None
    errors: dict[str, str] = {}
    if age_text:
        try:
            age = int(age_text)
            if not 0 <= age <= 120:
                raise ValueError
        except ValueError:
            errors["age"] = "Enter your age in whole years, from 0 to 120, or leave it empty."
    if sex is not None and sex not in SEXES:
        errors["sex"] = "Choose one of the options."
    story = form.get("story")
    if story and not errors:  # the optional first step: what the words already say
        from myotriage.web.pages.story import show_understood

        try:
            # In a worker thread: the second reader's model may load now (seconds, once),
            # which must not hold up every other request on the event loop.
            from starlette.concurrency import run_in_threadpool

            return await run_in_threadpool(show_understood, request, ctx.knowledge, story, age, sex)
        except InvalidInputError as exc:
            # The reader's "is empty: ..." follows the field's name: say whose it is.
            follows_name = exc.problem.startswith(("is ", "has "))
            problem = "your story " + exc.problem if follows_name else exc.problem
            errors["story"] = problem[:1].upper() + problem[1:] + "."
    if errors:
        return render(
            request,
            "check_start.html",
            status_code=422,
            errors=errors,
            age=age_text,
            sex=sex,
            story=story,
        )
    return start_check(request, ctx, age, sex)


def start_check(
    request: Request,
    ctx: Any,
    age: int | None,
    sex: str | None,
    evidence: list[dict[str, str]] | None = None,
    suggested: list[str] | None = None,
) -> Response:
    """Begin the check (from what the person's story settled, when given; ``suggested``: red
    flags the words may state, asked first)."""
    from myotriage.engine.interview import start_interview

    step = start_interview(age=age, sex=sex, evidence=evidence, suggested=suggested)
    session = CheckSession(state=step["state"])
    target = "/check/result" if step["done"] else "/check/question/1"
    return _redirect(target, session, request, ctx)


@router.get("/check/question/{number}", response_class=HTMLResponse)
def check_question(request: Request, ctx: Ctx, number: int = QuestionNumber) -> Response:
    """Question ``number``, rebuilt from the answers before it, its earlier answer ticked."""
    session = check_session.load(request, ctx.check_signer)
    if session is None:
        return _restart(request)
    answers = session.answers
    if number > len(answers) + 1:
        return RedirectResponse(f"/check/question/{len(answers) + 1}", status_code=303)
    try:
        step = _step_at(session, number - 1)
    except InvalidInputError:
        return _restart(request)
    if step["done"]:
        return RedirectResponse("/check/result", status_code=303)
    question = step["question"]
    draft = session.draft if session.draft and session.draft.get("number") == number else None
    if draft is not None:
        ticked, typed = list(draft.get("ticked") or []), str(draft.get("typed") or "")
    else:
        earlier = answers[number - 1]["answer"] if number <= len(answers) else None
        ticked, typed = _ticked(question, earlier)
    progress = step.get("progress") or {"asked": number - 1, "max": number}
    shown = session.progress_at(number - 1, progress["asked"], progress["max"])
    response = render(
        request,
        "question.html",
        private=True,
        question=question,
        options=_options(question),
        number=number,
        percent_done=shown,
        ticked=ticked,
        typed=typed,
        error=(draft or {}).get("error", ""),
    )
    check_session.store(request, response, ctx.check_signer, session)
    return response


def _read_answer(question: dict[str, Any], form: Form) -> tuple[Any, list[str], str, str]:
    """``(answer, ticked, typed, error)`` from the form; ``error`` is empty when it is fine."""
    kind = question.get("kind")
    ticked = form.getlist("answer")
    if kind == "number":
        typed = form.get("number")
        if "unknown" in ticked:
            if typed:
                return None, ticked, typed, "Enter a number or tick I don't know, not both."
            return "unknown", ticked, typed, ""
        try:
            value = int(typed)
        except ValueError:
            return None, ticked, typed, "Enter a whole number of years, or tick I don't know."
        return value, ticked, typed, ""
    if kind == "multiple":
        if not ticked:
            hint = "Tick what you have, or tick 'None of these' or 'I don't know'."
            return None, ticked, "", hint
        for exclusive, words in (("none", "None of these"), ("unknown", "I don't know")):
            if exclusive in ticked:
                if len(ticked) > 1:
                    return None, ticked, "", f"'{words}' cannot be ticked with other answers."
                return exclusive, ticked, "", ""
        return ticked, ticked, "", ""
    if not ticked:
        return None, ticked, "", "Choose an answer. If you are not sure, choose 'I don't know'."
    return ticked[0], ticked, "", ""


@router.post("/check/question/{number}", response_class=HTMLResponse)
async def check_answer(request: Request, ctx: Ctx, number: int = QuestionNumber) -> Response:
    form = await read_form(request)
    session = check_session.load(request, ctx.check_signer)
    if session is None or number > len(session.answers) + 1:
        return _restart(request)
    if form.get("action") == "back":
        return RedirectResponse(f"/check/question/{max(1, number - 1)}", status_code=303)
    try:
        step = _step_at(session, number - 1)
    except InvalidInputError:
        return _restart(request)
    if step["done"]:
        return RedirectResponse("/check/result", status_code=303)
    question = step["question"]
    answer, ticked, typed, error = _read_answer(question, form)
    if not error:
        trial = CheckSession(session.prefix(number - 1), list(session.progress))
        trial.record(number - 1, question["id"], answer)
        try:
            after = _step_at(trial, number)
        except InvalidInputError as exc:
            error = exc.problem[:1].upper() + exc.problem[1:] + "."
        else:
            session.state, session.progress, session.draft = trial.state, trial.progress, None
            target = "/check/result" if after["done"] else f"/check/question/{number + 1}"
            return _redirect(target, session, request, ctx)
    session.draft = {"number": number, "ticked": ticked, "typed": typed, "error": error}
    return _redirect(f"/check/question/{number}", session, request, ctx)


@router.get("/check/result", response_class=HTMLResponse)
def check_result(request: Request, ctx: Ctx) -> Response:
    session = check_session.load(request, ctx.check_signer)
    if session is None:
        return _restart(request)
    try:
        step = _step_at(session, len(session.answers))
    except InvalidInputError:
        return _restart(request)
    if not step["done"]:
        return RedirectResponse(f"/check/question/{len(session.answers) + 1}", status_code=303)
    view = result_view(ctx, step["assessment"], session.state)
    return render(
        request,
        "result.html",
        private=True,
        a=step["assessment"],
        view=view,
        state=ctx.state_signer.dumps(step["state"]),
        last=len(session.answers),
    )
