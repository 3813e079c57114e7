"""Signing in and checking a current password, shared by the pages and the API.

Wrong passwords are slowed down, never locked out (:mod:`myotriage.web.throttle`), and
the owner is told from a stranger by a **device cookie** (OWASP's "Slow down online
guessing attacks with device cookies"): a successful sign-in leaves in the browser a
signed, HttpOnly cookie naming the account (by an HMAC of its address, not the address)
and a random device id. Then:

* an attempt from a browser holding a device cookie of that account is checked only
  against that device's own count (``login_free_failures`` free, then 1 s, 2 s ... up
  to ``login_max_delay_s``): a stranger's guesses elsewhere never slow the owner down;
* any other attempt is checked against the account and this address together
  (``login_free_failures``), the account from everywhere (``login_account_free_failures``,
  so many addresses guessing one account are slowed too) and this address over all
  accounts (``login_client_free_failures``); the longest of those waits applies, and it
  is never more than ``login_max_delay_s`` (a minute) after the last counted failure.

Each failure counts against the keys checked, and a trusted device's failure against
the account too. A success forgets the count of the device or of the account from
this address (not the account's or the address's totals, which only time forgets).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from myotriage.errors import InvalidInputError
from myotriage.web.auth import DEVICE_COOKIE, cookie_name, request_token, secure_request
from myotriage.web.clientip import client_address
from myotriage.web.throttle import ThrottleKey

if TYPE_CHECKING:
    from fastapi import Request, Response

    from myotriage.web.context import WebContext
    from myotriage.web.service import User

__all__ = [
    "LoginBlocked",
    "SignIn",
    "change_password",
    "client_address",
    "login",
    "remember_device",
]

#: Accounts one browser's device cookie vouches for (a family's shared computer).
_DEVICE_ACCOUNTS = 5


class LoginBlocked(Exception):
    """Too many failed attempts; ``seconds`` until the next attempt is allowed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.whole_seconds = max(1, math.ceil(seconds))
        self.minutes = max(1, math.ceil(seconds / 60))
        super().__init__(f"retry in {seconds:.0f} s")

    @property
    def retry_after(self) -> str:
        """The ``Retry-After`` header's value: whole seconds, at least one."""
        return str(self.whole_seconds)


@dataclass(frozen=True)
class SignIn:
    """A successful sign-in: the account, its new session token, the new device cookie."""

    user: User
    token: str
    device: str


@dataclass(frozen=True)
class _Keys:
    check: tuple[ThrottleKey, ...]
    count: tuple[ThrottleKey, ...]
    forget: tuple[ThrottleKey, ...]


def _signer(ctx: WebContext) -> Any:
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(ctx.web_settings.secret_key, salt="myotriage.device")


def _account_tag(ctx: WebContext, account: str) -> str:
    """Names the account in a device cookie without writing its address into it."""
    key = ctx.web_settings.secret_key.encode("utf-8")
    message = account.encode("utf-8", "surrogatepass")
    return hmac.new(key, b"device:" + message, hashlib.sha256).hexdigest()[:32]


def _devices(ctx: WebContext, request: Request) -> list[list[str]]:
    """The ``[account tag, device id]`` pairs of this browser's valid device cookie."""
    from itsdangerous import BadData

    raw = request.cookies.get(cookie_name(request, DEVICE_COOKIE))
    if not raw or len(raw) > 1000:
        return []
    try:
        pairs = _signer(ctx).loads(raw, max_age=ctx.web_settings.device_cookie_days * 86400)
    except (BadData, ValueError, UnicodeDecodeError):
        return []
    if not isinstance(pairs, list):
        return []
    return [
        pair
        for pair in pairs[:_DEVICE_ACCOUNTS]
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
    ]


def _keys(ctx: WebContext, request: Request, account: str) -> _Keys:
    settings = ctx.web_settings
    tag = _account_tag(ctx, account)
    device = next((d for t, d in _devices(ctx, request) if t == tag), None)
    whole_account = ThrottleKey(f"account:{account}", settings.login_account_free_failures)
    if device is not None:
        own = ThrottleKey(f"device:{device}", settings.login_free_failures)
        return _Keys(check=(own,), count=(own, whole_account), forget=(own,))
    address = client_address(request)
    here = ThrottleKey(f"account:{account}|client:{address}", settings.login_free_failures)
    client = ThrottleKey(f"client:{address}", settings.login_client_free_failures)
    checked = (here, whole_account, client)
    return _Keys(check=checked, count=checked, forget=(here,))


def _account(email: object) -> str:
    return email.strip().lower()[:254] if isinstance(email, str) else ""


def login(ctx: WebContext, request: Request, *, email: str, password: str) -> SignIn | None:
    """A new session on success, ``None`` on a wrong e-mail or password.

    Raises :class:`LoginBlocked` while this attempt's keys must wait (the attempt is
    then not checked and not counted).
    """
    account = _account(email)
    keys = _keys(ctx, request, account)
    wait = ctx.login_throttle.wait(keys.check)
    if wait > 0:
        raise LoginBlocked(wait)
    user = ctx.web.authenticate(email=email or "", password=password or "")
    if user is None:
        ctx.login_throttle.fail(keys.count)
        return None
    ctx.login_throttle.reset(keys.forget)
    tag = _account_tag(ctx, account)
    others = [pair for pair in _devices(ctx, request) if pair[0] != tag]
    pairs = [[tag, secrets.token_urlsafe(16)], *others][:_DEVICE_ACCOUNTS]
    return SignIn(
        user=user,
        token=ctx.web.create_session(user_id=user.id),
        device=str(_signer(ctx).dumps(pairs)),
    )


def remember_device(request: Request, response: Response, signed_in: SignIn) -> None:
    """Leave the device cookie of a successful sign-in in the browser."""
    ctx: WebContext = request.app.state.ctx
    response.set_cookie(
        cookie_name(request, DEVICE_COOKIE),
        signed_in.device,
        max_age=ctx.web_settings.device_cookie_days * 86400,
        httponly=True,
        secure=secure_request(request),
        samesite="strict",
        path="/",
    )


def change_password(
    ctx: WebContext, request: Request, user: User, *, current: str, new: str
) -> int:
    """Change the signed-in user's password; ends their other sessions (returns how many).

    A wrong current password counts as a failed sign-in (the same delays), so a stolen
    session cannot be used to guess the password at speed.
    """
    keys = _keys(ctx, request, _account(user.email))
    wait = ctx.login_throttle.wait(keys.check)
    if wait > 0:
        raise LoginBlocked(wait)
    try:
        return ctx.web.change_password(
            user_id=user.id, current=current, new=new, keep_token=request_token(request)
        )
    except InvalidInputError as exc:
        if exc.field == "current_password":
            ctx.login_throttle.fail(keys.count)
        raise
