"""Signing up, shared by the sign-up page and the API: rate limited, and neutral.

* **Neutral.** The answer is the same whether the e-mail address was new or already had
  an account ("if this e-mail address can be used, ..."), and the password is hashed
  either way, so neither the words nor the time tell a stranger who has an account.
  The new account is not signed in: the person signs in next, which works only with
  the right password for that address.
* **Rate limited** per client address (the database-backed
  :class:`~myotriage.web.ratelimit.RateLimiter`, shared by every worker).
* **Bounded.** Hashing a password with argon2 takes 64 MiB for a moment; at most a
  few hashes run at once (:func:`myotriage.web.security.hash_slot`), so a burst of
  sign-ups queues instead of exhausting the server's memory.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from myotriage.web.login import LoginBlocked, client_address
from myotriage.web.service import EmailTaken

if TYPE_CHECKING:
    from fastapi import Request

    from myotriage.web.context import WebContext

__all__ = ["SIGNUP_DONE", "signup"]

SIGNUP_DONE = (
    "If this e-mail address can be used, its account is ready: "
    "sign in with the address and your password."
)


def signup(
    ctx: WebContext,
    request: Request,
    *,
    email: str,
    password: str,
    role: str,
    display_name: str,
) -> None:
    """Create the account unless the address has one; the caller answers :data:`SIGNUP_DONE`.

    Raises :class:`~myotriage.web.login.LoginBlocked` when this client made too many
    sign-ups, and :class:`~myotriage.errors.InvalidInputError` for a malformed address,
    a short password or an unknown role (which say nothing about existing accounts).
    """
    wait = ctx.signup_limiter.hit(f"ip:{client_address(request)}")
    if wait > 0:
        raise LoginBlocked(wait)
    # EmailTaken: same answer, same work (the password was hashed before the insert failed)
    with suppress(EmailTaken):
        ctx.web.create_user(email=email, password=password, role=role, display_name=display_name)
