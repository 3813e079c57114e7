"""Passwords, random tokens, CSRF tokens, login rate limiting and security headers.

Kept in one module so every security decision of the web app can be read (and
tested) in one place:

- passwords are hashed with argon2 (argon2-cffi's defaults, RFC 9106 low-memory);
- session tokens and share codes are long random values, stored only as SHA-256;
- every form carries a CSRF token: a signed copy of a random value that also sits
  in an HttpOnly cookie (double submit, signed, so neither half can be forged);
- failed logins are counted per client and per account in a sliding window;
- every response carries a strict Content-Security-Policy and friends.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from typing import Any

__all__ = [
    "CSP",
    "SECURITY_HEADERS",
    "RateLimiter",
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


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted, with its parameters in the string)."""
    return str(_password_hasher().hash(password))


def verify_password(stored_hash: str, password: str) -> bool:
    """True when ``password`` matches; never raises for a wrong or malformed hash."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
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


class RateLimiter:
    """Counts failures per key in a sliding window; a key over the limit is blocked.

    In memory and per process: enough for one server; behind several workers each
    keeps its own count, which still bounds guessing to ``limit * workers``.
    """

    def __init__(self, limit: int, window_s: float) -> None:
        self.limit = limit
        self.window_s = window_s
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, key: str, now: float) -> deque[float]:
        hits = self._hits[key]
        while hits and hits[0] <= now - self.window_s:
            hits.popleft()
        return hits

    def blocked(self, *keys: str) -> float:
        """Seconds until the first of ``keys`` may try again (0 when none is blocked)."""
        now = time.monotonic()
        wait = 0.0
        with self._lock:
            for key in keys:
                hits = self._trim(key, now)
                if len(hits) >= self.limit:
                    wait = max(wait, hits[0] + self.window_s - now)
        return wait

    def fail(self, *keys: str) -> None:
        """Record one failure against each key."""
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._trim(key, now).append(now)
            if len(self._hits) > 100_000:  # bound memory under a flood of distinct keys
                self._hits = defaultdict(deque, {k: v for k, v in self._hits.items() if v})

    def reset(self, *keys: str) -> None:
        """Forget the failures of ``keys`` (after a successful login)."""
        with self._lock:
            for key in keys:
                self._hits.pop(key, None)
