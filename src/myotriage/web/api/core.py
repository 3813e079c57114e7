"""The public API: health and readiness, assess, interview, findings, knowledge."""

from __future__ import annotations

from typing import Any

from fastapi import Request, Response
from fastapi.responses import JSONResponse

from myotriage.errors import InvalidInputError
from myotriage.knowledge.summary import conditions_table, findings_table, knowledge_summary
from myotriage.web import interview_flow
from myotriage.web.api.schemas import (
    AssessmentOut,
    CaseDoc,
    ConditionListed,
    InterviewRequest,
    ParseRequest,
)
from myotriage.web.context import WebContext
from myotriage.web.deps import Ctx, KnowledgeDep
from myotriage.web.jsonbody import api_router, read_json
from myotriage.web.jsonresponse import FastJSONResponse

__all__ = ["router"]

router = api_router(tags=["assessment"])

_CASE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": CaseDoc.model_json_schema(ref_template="#/components/schemas/{model}"),
                "example": {
                    "id": "night-calf-cramp",
                    "age": 58,
                    "sex": "female",
                    "evidence": [
                        {"id": "loc_calf", "choice": "present"},
                        {"id": "dur_minutes", "choice": "present"},
                        {"id": "pain_severe", "choice": "present"},
                        {"id": "calf_swelling", "choice": "absent"},
                    ],
                },
            }
        },
    }
}


@router.get("/health", tags=["service"])
def health(kb: KnowledgeDep) -> dict[str, str]:
    """Liveness: the process answers (it touches no database), and with which knowledge."""
    return {"status": "ok", "knowledge_version": kb.version}


@router.get("/ready", tags=["service"], responses={503: {"description": "not ready"}})
def ready(ctx: Ctx) -> JSONResponse:
    """Readiness: the database answers and its schema is current (503 otherwise).

    A proxy or orchestrator sends traffic to a worker only while this says 200.
    """
    from myotriage.web.db import readiness

    ok, body = readiness(ctx.engine)
    body["knowledge_version"] = ctx.knowledge.version
    return JSONResponse(body, status_code=200 if ok else 503)


@router.post(
    "/assess",
    openapi_extra=_CASE_BODY,
    response_model=None,
    responses={200: {"model": AssessmentOut, "description": "the assessment"}},
)
async def assess(request: Request, kb: KnowledgeDep) -> Response:
    """Assess one case (the case format of the spec): the triage, the conditions it may be
    (most probable first, with ICD-10-CM codes), the more urgent ones not ruled out, the type and
    why."""
    from myotriage.engine.assessment import assess as assess_case
    from myotriage.engine.case import parse_case

    data = await read_json(request)
    case = parse_case(data, kb)
    return FastJSONResponse(assess_case(case, kb).to_dict())


@router.post("/interview", response_model=dict[str, Any])
async def interview(body: InterviewRequest, ctx: Ctx) -> Response:
    """One step of the adaptive interview: red flags first, then what tells the types apart.

    The answer is the next ``question`` (``done`` false) or the ``assessment`` (``done``
    true). ``state`` is an opaque signed token: send it back unchanged with the next answer.
    """
    # async: a step is pure computation (no I/O), so it runs on the event loop; in the
    # thread pool it would only add a thread hop and contend for the GIL with the loop.
    # A start from a story is the exception: the second reader's model may load then
    # (seconds, once per process), which must not hold up the loop.
    if body.action == "start" and body.text is not None:
        from starlette.concurrency import run_in_threadpool

        return FastJSONResponse(await run_in_threadpool(_interview_step, body, ctx))
    return FastJSONResponse(_interview_step(body, ctx))


def _interview_step(body: InterviewRequest, ctx: WebContext) -> dict[str, Any]:
    signer = ctx.state_signer
    if body.action == "start":
        return interview_flow.start(signer, age=body.age, sex=body.sex, text=body.text)
    if body.text is not None:
        raise InvalidInputError("text", "only with action 'start'")
    if body.state is None:
        raise InvalidInputError("state", "required unless action is 'start'")
    if body.action == "back":
        return interview_flow.back(signer, body.state)
    if body.answer is None:
        raise InvalidInputError("answer", "required to answer a question")
    return interview_flow.step_answer(signer, body.state, body.question_id, body.answer)


@router.post("/parse", response_model=dict[str, Any])
def parse(body: ParseRequest, kb: KnowledgeDep) -> dict[str, Any]:
    """Read a story in the person's own words: the findings it states, in the case format.

    Each finding has the ``spans`` (character offsets, end exclusive) of the words it came
    from. ``evidence`` can be sent to ``/assess`` as it is. ``implied`` (when present, the
    same shape) holds what only follows from the words: a span of time rules the other
    spans out ("for 3 days": not more than two weeks), and words that do not name a sign
    rule it out ("no meds": no statin); add it to the evidence to tell
    ``/assess`` that too. A story over 5,000 characters is
    read up to there and ``warnings`` says so; empty text, binary data or another language
    than English get a 422.

    With ``"suggest": true``, ``suggested`` lists the red flags the second reader (a small
    sentence-embedding model, run offline) thinks the words may state where the lexicon read
    nothing: ``{"id", "spans", "probability"}``, to be confirmed by the person (the interview
    asks them first); never evidence on their own. A server without the optional model
    answers 422 for ``suggest``.
    """
    from myotriage.engine.text import parse_text

    parsed = parse_text(body.text, kb, body.language)
    out = parsed.to_dict()
    if body.suggest:
        from myotriage.engine.text.reader import require_reader, suggest_red_flags

        require_reader("suggest")
        out["suggested"] = [s.to_dict() for s in suggest_red_flags(body.text, parsed, kb)]
    return out


@router.get("/findings", tags=["knowledge"])
def findings(kb: KnowledgeDep) -> list[dict[str, Any]]:
    """Every finding a case may use, with its group, kind and meaning."""
    return findings_table(kb)


@router.get("/conditions", tags=["knowledge"], response_model=list[ConditionListed])
def conditions(kb: KnowledgeDep) -> list[dict[str, Any]]:
    """Every condition the engine weighs: its type (or ``other``), usual level and ICD-10-CM code."""
    return conditions_table(kb)


@router.get("/knowledge", tags=["knowledge"])
def knowledge(kb: KnowledgeDep) -> dict[str, Any]:
    """The knowledge base's version, its types, triage levels and what it holds."""
    return knowledge_summary(kb)
