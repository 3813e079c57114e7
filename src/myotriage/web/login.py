"""Signing in, shared by the sign-in page and the API: one rate limit for both.

Failures are counted per client address and per e-mail address, so one client
cannot guess many passwords and many clients cannot guess one account's.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import Request

    from myotriage.web.context import WebContext
    from myotriage.web.service import User

__all__ = ["LoginBlocked", "client_address", "login"]


class LoginBlocked(Exception):
    """Too many failed sign-ins; ``seconds`` until the next attempt is allowed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.minutes = max(1, math.ceil(seconds / 60))
        super().__init__(f"retry in {seconds:.0f} s")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def login(
    ctx: WebContext, request: Request, *, email: str, password: str
) -> tuple[User | None, str]:
    """``(user, new session token)`` on success, ``(None, "")`` on a wrong password.

    Raises :class:`LoginBlocked` when the client or the account is over the limit.
    """
    keys = (f"ip:{client_address(request)}", f"email:{(email or '').strip().lower()[:254]}")
    wait = ctx.login_limiter.blocked(*keys)
    if wait > 0:
        raise LoginBlocked(wait)
    user = ctx.web.authenticate(email=email or "", password=password or "")
    if user is None:
        ctx.login_limiter.fail(*keys)
        return None, ""
    ctx.login_limiter.reset(keys[1])
    return user, ctx.web.create_session(user_id=user.id)
