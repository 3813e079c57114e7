"""The interview over HTTP: the engine's stateless steps, with the state signed.

The interview (:mod:`myotriage.engine.interview`) keeps no memory between
questions; its whole state travels with each step. Pages put that state in a
hidden form field and the API hands it to the client, both as an
``itsdangerous`` token signed with the secret key, so a client can carry it but
not alter it (an altered state could skip the red-flag questions). Nothing is
stored on the server, and the state never appears in a URL or a log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from myotriage.errors import InvalidInputError

if TYPE_CHECKING:
    from itsdangerous import URLSafeSerializer

__all__ = ["back", "load_state", "public_step", "result", "start", "step_answer"]

MAX_STATE_CHARS = 64_000


def load_state(signer: URLSafeSerializer, token: Any) -> dict[str, Any]:
    """The interview state inside ``token``; refuses anything not signed by this server."""
    from itsdangerous import BadSignature

    if not isinstance(token, str) or not token or len(token) > MAX_STATE_CHARS:
        raise InvalidInputError("state", "expected the state token from the previous step")
    try:
        state = signer.loads(token)
    except (BadSignature, ValueError, UnicodeDecodeError):
        raise InvalidInputError(
            "state", "the state token is not valid (altered, or from another server)"
        ) from None
    if not isinstance(state, dict):
        raise InvalidInputError("state", "the state token is not valid")
    return state


def public_step(signer: URLSafeSerializer, step: dict[str, Any]) -> dict[str, Any]:
    """A step as handed to a client: the same keys, with ``state`` signed."""
    return {**step, "state": signer.dumps(step["state"])}


def start(
    signer: URLSafeSerializer, *, age: int | None, sex: str | None, text: str | None = None
) -> dict[str, Any]:
    """The first question (red flags come first). With ``text`` (the person's story), what
    the story settles counts as answered, and the step says what was understood
    (``text_evidence``, with spans); red flags the second reader suggests the words may say
    (``text_suggested``, when its model is installed) come first on the story's tick list."""
    from myotriage.engine.interview import start_interview

    if text is None:
        return public_step(signer, start_interview(age=age, sex=sex))
    from myotriage.engine.text import parse_text
    from myotriage.engine.text.reader import suggestions_if_any

    parsed = parse_text(text)
    suggestions = suggestions_if_any(text, parsed)
    step = start_interview(
        age=age if age is not None else parsed.age,
        sex=sex if sex is not None else parsed.sex,
        evidence=parsed.evidence(),
        suggested=[s.id for s in suggestions],
    )
    return {
        **public_step(signer, step),
        "text_evidence": parsed.to_dict()["evidence"],
        "text_suggested": [s.to_dict() for s in suggestions],
    }


def step_answer(
    signer: URLSafeSerializer, token: Any, question_id: Any, answer: Any
) -> dict[str, Any]:
    """Answer the current question; the next question or the result."""
    from myotriage.engine.interview import answer_question

    state = load_state(signer, token)
    if not isinstance(question_id, str) or not question_id:
        raise InvalidInputError("question_id", "expected the id of the question being answered")
    return public_step(signer, answer_question(state, question_id, answer))


def back(signer: URLSafeSerializer, token: Any) -> dict[str, Any]:
    """Undo the last answer."""
    from myotriage.engine.interview import go_back

    return public_step(signer, go_back(load_state(signer, token)))


def result(signer: URLSafeSerializer, token: Any) -> dict[str, Any]:
    """The answers so far as a case, and their assessment: ``{"case", "assessment"}``."""
    from myotriage.engine.interview import interview_result

    outcome = interview_result(load_state(signer, token))
    return {"case": outcome.case.to_dict(), "assessment": outcome.to_dict()}
