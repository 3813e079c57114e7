"""Who is asking: session cookies, bearer tokens, CSRF tokens and cookie names.

A browser signs in and gets a random session token in an HttpOnly, SameSite=Lax
cookie (Secure when the request came over HTTPS or the app runs in production).
Programs calling the API may send the same token as ``Authorization: Bearer``.
A session ends after :attr:`~myotriage.web.settings.WebSettings.session_idle_s` without a
request and :attr:`~myotriage.web.settings.WebSettings.session_lifetime_s` after sign-in
(checked in the database by :meth:`~myotriage.web.service.WebService.session_user`).

Every form carries a CSRF token: an HMAC, under the secret key, of a random value
kept in a second HttpOnly, SameSite=Strict cookie *and of the session token* (OWASP's
"signed double-submit cookie"). A cross-site page can neither read that cookie nor
compute the HMAC, so it cannot submit our forms; a token is good only for the
session it was made in, and signing in sets a new random value, so a token seen
before sign-in (or planted in the browser) is worthless afterwards.

**Cookie names.** Over HTTPS (and always in production) the cookies that carry
authority are named with the ``__Host-`` prefix (``__Host-mt_session``,
``__Host-mt_csrf``, ``__Host-mt_device``): browsers accept such a cookie only when it
is Secure, set by this very host and for path ``/``, so a sibling sub-domain or a
man-in-the-middle on plain HTTP cannot plant or overwrite it (ASVS 3.4.4). Over plain
``http://`` (local development and the tests) browsers refuse ``__Host-`` cookies, so
the plain names are used there; each mode reads only its own names.
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
    "DEVICE_COOKIE",
    "HOST_PREFIX",
    "SESSION_COOKIE",
    "clear_session_cookie",
    "cookie_name",
    "csrf_seed",
    "csrf_token",
    "csrf_valid",
    "request_token",
    "request_user",
    "rotate_csrf",
    "session_cookie",
    "set_session_cookie",
]

SESSION_COOKIE = "mt_session"
CSRF_COOKIE = "mt_csrf"
DEVICE_COOKIE = "mt_device"
CSRF_FIELD = "csrf_token"
HOST_PREFIX = "__Host-"


def _ctx(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.ctx
    return ctx


def secure_request(request: Request) -> bool:
    """Whether cookies must be marked Secure: HTTPS, or production (always behind HTTPS)."""
    return request.url.scheme == "https" or _ctx(request).web_settings.production


def cookie_name(request: Request, base: str) -> str:
    """``__Host-<base>`` when cookies are Secure (HTTPS, production), else ``<base>``."""
    return HOST_PREFIX + base if secure_request(request) else base


def session_cookie(request: Request) -> str | None:
    """The session token in this request's cookie (under this mode's name), if any."""
    return request.cookies.get(cookie_name(request, SESSION_COOKIE)) or None


def request_token(request: Request) -> str | None:
    """The session token of the request: a bearer token, else the session cookie."""
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return session_cookie(request)


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
    """Give the browser its new session, and new CSRF tokens to go with it."""
    response.set_cookie(
        cookie_name(request, SESSION_COOKIE),
        token,
        max_age=int(_ctx(request).web_settings.session_lifetime_s),
        httponly=True,
        secure=secure_request(request),
        samesite="lax",
        path="/",
    )
    rotate_csrf(request, response)


def clear_session_cookie(request: Request, response: Response) -> None:
    """Forget the session in the browser (the caller ends it in the database)."""
    response.delete_cookie(
        cookie_name(request, SESSION_COOKIE),
        httponly=True,
        secure=secure_request(request),
        samesite="lax",
        path="/",
    )
    rotate_csrf(request, response)


def csrf_seed(request: Request) -> str:
    """The random value behind this browser's CSRF tokens (made on first use)."""
    seed = getattr(request.state, "csrf_seed", None) or request.cookies.get(
        cookie_name(request, CSRF_COOKIE)
    )
    if not seed or len(seed) > 100:
        seed = secrets.token_urlsafe(24)
        request.state.new_csrf_seed = seed
    request.state.csrf_seed = seed
    return str(seed)


def _csrf_mac(request: Request, seed: str) -> str:
    """HMAC of the seed and of the session the browser holds (none before sign-in)."""
    key = _ctx(request).web_settings.secret_key.encode("utf-8")
    session = session_cookie(request) or ""
    bound = hashlib.sha256(session.encode("utf-8", "surrogatepass")).hexdigest() if session else ""
    message = b"csrf:" + seed.encode("utf-8") + b"|session:" + bound.encode("ascii")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def csrf_token(request: Request) -> str:
    """The token to put in this browser's forms (good for this session only)."""
    return _csrf_mac(request, csrf_seed(request))


def csrf_valid(request: Request, submitted: object) -> bool:
    """Whether a submitted form token matches this browser's cookie and session."""
    seed = request.cookies.get(cookie_name(request, CSRF_COOKIE))
    if not seed or not isinstance(submitted, str) or len(seed) > 100:
        return False
    return hmac.compare_digest(_csrf_mac(request, seed), submitted)


def _set_csrf_cookie(request: Request, response: Response, seed: str) -> None:
    response.set_cookie(
        cookie_name(request, CSRF_COOKIE),
        seed,
        httponly=True,
        secure=secure_request(request),
        samesite="strict",
        path="/",
    )


def store_csrf_cookie(request: Request, response: Response) -> None:
    """Set the CSRF cookie if this request made a new seed."""
    seed = getattr(request.state, "new_csrf_seed", None)
    if seed:
        _set_csrf_cookie(request, response, seed)


def rotate_csrf(request: Request, response: Response) -> None:
    """A new random CSRF value at sign-in and sign-out (ASVS 3.2.1 for the CSRF secret)."""
    _set_csrf_cookie(request, response, secrets.token_urlsafe(24))
