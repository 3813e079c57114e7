"""Soft, progressive sign-in delays kept in the database: slow guessing, never lock anyone out.

A lock ("five wrong passwords and the account is closed for 15 minutes") lets any
stranger keep the owner out by guessing badly on purpose, and a lock per address
shuts out a whole office or mobile network behind one address. Here nothing is ever
locked: each *key* (an account, a client address, a browser) has a count of recent
failures, and past a few free ones each further failure makes that key wait a little
longer before the next attempt, 1, 2, 4 ... seconds up to ``max_delay_s`` (a minute).
Attempts made while a key waits are refused with the time left (``429`` and
``Retry-After``) and are *not* counted, so hammering does not lengthen the wait: the
longest anyone waits is ``max_delay_s`` after the last counted failure. A count is
forgotten ``forget_s`` after its last failure.

Which keys an attempt is checked against is decided by the caller
(:mod:`myotriage.web.login`): a browser that holds a device cookie from an earlier
successful sign-in to the account is checked only against its own key, so strangers'
guesses never slow the owner down there.

The counts live in the ``web_rate_limit`` table of :mod:`myotriage.web.ratelimit`
(scope ``login-delay``), so every worker process shares them: ``hits`` is the number
of failures and ``reset_at`` the moment the count is forgotten (last failure +
``forget_s``), from which the moment of the last failure, and so the wait, follows.
Keys are stored as SHA-256 digests.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Engine, case, delete, select

from myotriage.diary.db import read_connection, write_connection
from myotriage.web.db import ensure_web_schema
from myotriage.web.models import rate_limits
from myotriage.web.ratelimit import _upsert
from myotriage.web.security import hash_token

__all__ = ["LoginThrottle", "ThrottleKey"]

#: Delete forgotten counts once every this many recorded failures (per process).
_SWEEP_EVERY = 200


@dataclass(frozen=True)
class ThrottleKey:
    """One thing failures are counted against, and how many failures it has for free."""

    name: str
    free: int


class LoginThrottle:
    """Failures per key, and how long a key must wait before its next attempt."""

    def __init__(
        self,
        engine: Engine,
        *,
        max_delay_s: float,
        forget_s: float,
        scope: str = "login-delay",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_delay_s <= 0 or forget_s < max_delay_s:
            raise ValueError("max_delay_s must be positive and forget_s at least as long")
        self.engine = engine
        self.max_delay_s = max_delay_s
        self.forget_s = forget_s
        self.scope = scope
        self.clock = clock
        self._counted = itertools.count(1)
        ensure_web_schema(engine)

    def delay(self, failures: int, free: int) -> float:
        """The wait after ``failures`` failures of a key with ``free`` free ones."""
        if failures <= free:
            return 0.0
        return float(min(self.max_delay_s, 2.0 ** min(failures - free - 1, 30)))

    def wait(self, keys: Iterable[ThrottleKey]) -> float:
        """Seconds until every one of ``keys`` may try again (0: go ahead)."""
        free = {hash_token(key.name): key.free for key in keys}
        if not free:
            return 0.0
        now = self.clock()
        query = select(rate_limits.c.key_hash, rate_limits.c.hits, rate_limits.c.reset_at).where(
            rate_limits.c.scope == self.scope,
            rate_limits.c.key_hash.in_(sorted(free)),
            rate_limits.c.reset_at > now,
        )
        with read_connection(self.engine) as connection:
            rows = connection.execute(query).all()
        waits = [
            float(reset_at) - self.forget_s + self.delay(int(hits), free[digest]) - now
            for digest, hits, reset_at in rows
        ]
        return max([0.0, *waits])

    def fail(self, keys: Iterable[ThrottleKey]) -> None:
        """Count one failure against each of ``keys`` (one short transaction)."""
        digests = sorted({hash_token(key.name) for key in keys})  # same lock order everywhere
        if not digests:
            return
        now = self.clock()
        forget_at = now + self.forget_s
        with write_connection(self.engine) as connection:
            insert = _upsert(connection.dialect.name)
            forgotten = rate_limits.c.reset_at <= now
            for digest in digests:
                connection.execute(
                    insert.values(
                        scope=self.scope, key_hash=digest, hits=1, reset_at=forget_at
                    ).on_conflict_do_update(
                        index_elements=[rate_limits.c.scope, rate_limits.c.key_hash],
                        set_={
                            "hits": case((forgotten, 1), else_=rate_limits.c.hits + 1),
                            "reset_at": forget_at,
                        },
                    )
                )
            if next(self._counted) % _SWEEP_EVERY == 0:
                connection.execute(delete(rate_limits).where(rate_limits.c.reset_at < now))

    def reset(self, keys: Iterable[ThrottleKey]) -> None:
        """Forget the counts of ``keys`` (after a successful sign-in)."""
        digests = sorted({hash_token(key.name) for key in keys})
        if not digests:
            return
        with write_connection(self.engine) as connection:
            connection.execute(
                delete(rate_limits).where(
                    rate_limits.c.scope == self.scope, rate_limits.c.key_hash.in_(digests)
                )
            )
