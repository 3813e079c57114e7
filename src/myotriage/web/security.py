"""Passwords, random tokens, CSRF tokens and security headers.

Kept in one module so every security decision of the web app can be read (and
tested) in one place:

- passwords are hashed with argon2 (argon2-cffi's defaults, RFC 9106 low-memory);
- session tokens and share codes are long random values, stored only as SHA-256;
- every form carries a CSRF token: a signed copy of a random value that also sits
  in an HttpOnly cookie (double submit, signed, so neither half can be forged);
- failed logins slow further attempts down, never lock anyone out (in the database, so
  every worker shares the count: :mod:`myotriage.web.throttle`);
- every response carries a strict Content-Security-Policy and friends.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = [
    "HashingBusy",
    "hash_slot",
    "set_hash_concurrency",
    "CSP",
    "SECURITY_HEADERS",
    "hash_password",
    "hash_token",
    "new_share_code",
    "new_token",
    "normalise_code",
    "verify_password",
]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# Share codes avoid letters and digits that are easy to confuse when read aloud or typed.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CODE_LENGTH = 10

_hasher: Any = None


def _password_hasher() -> Any:
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


class HashingBusy(Exception):
    """Every password-hashing slot stayed taken for :data:`HASH_WAIT_S`: answer 503."""


#: How long a request waits for a hashing slot before it is told to try again.
HASH_WAIT_S = 10.0
_hash_slots = threading.BoundedSemaphore(2)


def set_hash_concurrency(slots: int) -> None:
    """How many argon2 computations (64 MiB each) may run at once in this process."""
    global _hash_slots
    _hash_slots = threading.BoundedSemaphore(max(1, slots))


@contextmanager
def hash_slot() -> Iterator[None]:
    """Hold one of the hashing slots (waiting up to :data:`HASH_WAIT_S` for one)."""
    slots = _hash_slots
    if not slots.acquire(timeout=HASH_WAIT_S):
        raise HashingBusy
    try:
        yield
    finally:
        slots.release()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted, with its parameters in the string)."""
    with hash_slot():
        return str(_password_hasher().hash(password))


def verify_password(stored_hash: str, password: str) -> bool:
    """True when ``password`` matches; never raises for a wrong or malformed hash."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        with hash_slot():
            return bool(_password_hasher().verify(stored_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


_DUMMY_HASH: str | None = None


def burn_password_time(password: str) -> None:
    """Spend as long as a real check would, so unknown accounts cannot be told by timing."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
    verify_password(_DUMMY_HASH, password)


def new_token() -> str:
    """A random session token (256 bits)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """What the database keeps of a token or code: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_share_code() -> str:
    """A one-time share code such as ``K7QP-M2XR-9D`` (about 50 bits; short-lived, rate-limited)."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    """A typed share code in canonical form: capitals, dashes and spaces ignored."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}" if len(raw) == _CODE_LENGTH else raw


def constant_time_equal(a: str, b: str) -> bool:
    """Compare two secrets without leaking where they differ."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
