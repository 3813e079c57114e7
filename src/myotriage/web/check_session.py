"""The check's progress in one signed cookie, so every page of the check is a plain GET.

The pages of the check follow POST/redirect/GET: an answer is POSTed, stored here,
and the browser is sent on to ``/check/question/N`` (or ``/check/result``). The
browser's back button then simply GETs the earlier page, which is rebuilt from the
first answers and shows the earlier answer ticked; there is never a "Confirm Form
Resubmission" page. The answers stay out of the URL (and so out of the history and
the server logs): they live in an HttpOnly cookie limited to ``/check``, signed
with the secret key so it can be carried but not altered (an altered state could
skip the safety screen).

The cookie holds:

- ``state``: the interview state of :mod:`myotriage.engine.interview` with every
  answer given so far (going back does not drop later answers until one changes);
- ``progress``: the percentage shown on each question page so far, so the bar only
  ever moves forward and shows the same value when a page is shown again;
- ``draft``: what was ticked on a page that was refused (nothing ticked, say), with
  the message, so the page comes back with the ticks kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from myotriage.errors import InvalidInputError

if TYPE_CHECKING:
    from fastapi import Request, Response
    from itsdangerous import URLSafeSerializer

__all__ = ["COOKIE", "CheckSession", "clear", "load", "store"]

COOKIE = "myotriage_check"
PATH = "/check"
MAX_COOKIE_CHARS = 3800  # browsers keep cookies up to about 4 KB


@dataclass
class CheckSession:
    """The check in progress: the interview state, the progress shown, a refused page."""

    state: dict[str, Any]
    progress: list[int] = field(default_factory=list)
    draft: dict[str, Any] | None = None

    @property
    def answers(self) -> list[dict[str, Any]]:
        answers: list[dict[str, Any]] = self.state.get("answers") or []
        return answers

    def prefix(self, count: int) -> dict[str, Any]:
        """The interview state after the first ``count`` answers."""
        return {**self.state, "answers": self.answers[:count], "pending": None}

    def record(self, index: int, question_id: str, answer: Any) -> None:
        """Answer question ``index`` (0-based): later answers go, since the path may change."""
        answers = [*self.answers[:index], {"question": question_id, "answer": answer}]
        self.state = {**self.state, "answers": answers, "pending": None}
        self.progress = self.progress[: index + 1]
        self.draft = None

    def progress_at(self, index: int, asked: int, maximum: int) -> int:
        """The percentage for question ``index``: as shown before, else never below the last."""
        if index < len(self.progress):
            return self.progress[index]
        earlier = self.progress[-1] if self.progress else 0
        now = round(100 * asked / maximum) if maximum else 0
        value = min(95, max(earlier, now))
        self.progress = [*self.progress[:index], value]
        return value


def load(request: Request, signer: URLSafeSerializer) -> CheckSession | None:
    """The check of this browser, or None when there is none (or it was altered)."""
    from itsdangerous import BadSignature

    token = request.cookies.get(COOKIE)
    if not token or len(token) > MAX_COOKIE_CHARS:
        return None
    try:
        data = signer.loads(token)
    except (BadSignature, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("state"), dict):
        return None
    progress = data.get("progress")
    draft = data.get("draft")
    return CheckSession(
        state=data["state"],
        progress=[int(p) for p in progress if isinstance(p, int)]
        if isinstance(progress, list)
        else [],
        draft=draft if isinstance(draft, dict) else None,
    )


def store(
    request: Request, response: Response, signer: URLSafeSerializer, session: CheckSession
) -> None:
    """Keep ``session`` in the browser (HttpOnly, SameSite=Lax, only sent to ``/check``)."""
    from myotriage.web.auth import secure_request

    token = signer.dumps(
        {"state": session.state, "progress": session.progress, "draft": session.draft}
    )
    if len(token) > MAX_COOKIE_CHARS:
        raise InvalidInputError("answers", "too many answers to keep; start the check again")
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        secure=secure_request(request),
        samesite="lax",
        path=PATH,
    )


def clear(request: Request, response: Response) -> None:
    """Forget the check in this browser."""
    from myotriage.web.auth import secure_request

    response.delete_cookie(
        COOKIE, httponly=True, secure=secure_request(request), samesite="lax", path=PATH
    )
