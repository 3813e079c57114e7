"""Who is asking: session cookies, bearer tokens and CSRF tokens.

A browser signs in and gets a random session token in an HttpOnly, SameSite=Lax
cookie (Secure when the request came over HTTPS or the app runs in production).
Programs calling the API may send the same token as ``Authorization: Bearer``.

Every form carries a CSRF token: an HMAC, under the secret key, of a random value
kept in a second HttpOnly, SameSite=Strict cookie. A cross-site page can neither
read that cookie nor compute the HMAC, so it cannot submit our forms.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import Request, Response

    from myotriage.web.context import WebContext
    from myotriage.web.service import User

__all__ = [
    "CSRF_COOKIE",
    "CSRF_FIELD",
    "SESSION_COOKIE",
    "clear_session_cookie",
    "csrf_seed",
    "csrf_token",
    "csrf_valid",
    "request_token",
    "request_user",
    "set_session_cookie",
]

SESSION_COOKIE = "mt_session"
CSRF_COOKIE = "mt_csrf"
CSRF_FIELD = "csrf_token"
SESSION_MAX_AGE = 14 * 24 * 3600


def _ctx(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.ctx
    return ctx


def secure_request(request: Request) -> bool:
    """Whether cookies must be marked Secure: HTTPS, or production (always behind HTTPS)."""
    return request.url.scheme == "https" or _ctx(request).web_settings.production


def request_token(request: Request) -> str | None:
    """The session token of the request: a bearer token, else the session cookie."""
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return request.cookies.get(SESSION_COOKIE) or None


def request_user(request: Request) -> User | None:
    """The signed-in user, looked up once per request."""
    if hasattr(request.state, "user"):
        user: User | None = request.state.user
        return user
    token = request_token(request)
    user = _ctx(request).web.session_user(token=token) if token else None
    request.state.user = user
    return user


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=SESSION_MAX_AGE,
        httponly=True,
        secure=secure_request(request),
        samesite="lax",
        path="/",
    )


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(
        SESSION_COOKIE, httponly=True, secure=secure_request(request), samesite="lax", path="/"
    )


def csrf_seed(request: Request) -> str:
    """The random value behind this browser's CSRF tokens (made on first use)."""
    seed = getattr(request.state, "csrf_seed", None) or request.cookies.get(CSRF_COOKIE)
    if not seed or len(seed) > 100:
        seed = secrets.token_urlsafe(24)
        request.state.new_csrf_seed = seed
    request.state.csrf_seed = seed
    return str(seed)


def csrf_token(request: Request) -> str:
    """The token to put in this browser's forms."""
    key = _ctx(request).web_settings.secret_key.encode("utf-8")
    return hmac.new(key, b"csrf:" + csrf_seed(request).encode("utf-8"), hashlib.sha256).hexdigest()


def csrf_valid(request: Request, submitted: object) -> bool:
    """Whether a submitted form token matches this browser's cookie."""
    seed = request.cookies.get(CSRF_COOKIE)
    if not seed or not isinstance(submitted, str) or len(seed) > 100:
        return False
    key = _ctx(request).web_settings.secret_key.encode("utf-8")
    expected = hmac.new(key, b"csrf:" + seed.encode("utf-8"), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, submitted)


def store_csrf_cookie(request: Request, response: Response) -> None:
    """Set the CSRF cookie if this request made a new seed."""
    seed = getattr(request.state, "new_csrf_seed", None)
    if seed:
        response.set_cookie(
            CSRF_COOKIE,
            seed,
            httponly=True,
            secure=secure_request(request),
            samesite="strict",
            path="/",
        )
