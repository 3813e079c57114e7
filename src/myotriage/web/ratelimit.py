"""Rate limits kept in the database, so any number of worker processes share one count.

A limit kept in each process's memory is multiplied by the number of workers (and
forgotten on restart); this one lives in the ``web_rate_limit`` table, next to the
sessions and share codes, so the workers can stay stateless.

Use one :class:`RateLimiter` per thing being limited (its ``scope``), made once in
:func:`myotriage.web.app.create_app` and kept on the :class:`~myotriage.web.context.WebContext`::

    limiter = RateLimiter(engine, scope="signup", limit=5, window_s=3600)

    # Count an attempt and refuse it when it is one too many (atomic check-and-count):
    wait = limiter.hit(f"ip:{address}")
    if wait > 0:
        raise HTTPException(429, "too many sign-ups, try later",
                            {"Retry-After": str(int(wait) + 1)})

    # Or count only failures (sign-ins, share codes): ask first, count on failure,
    # forget a key after a success.
    if limiter.blocked(*keys) > 0: ...
    limiter.fail(*keys)
    limiter.reset(key)

Each key gets a fixed window that opens with its first counted attempt and lasts
``window_s``: up to ``limit`` attempts fit in it, the next is refused until it ends.
That bounds guessing exactly as a sliding window does (never more than ``limit``
per ``window_s``) with one row per key. The count is one atomic
``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` statement, correct on SQLite and
on PostgreSQL when many workers count at once. Keys are stored as SHA-256 digests
(no addresses or e-mails in the table); rows of ended windows are deleted from
time to time. Times are wall-clock Unix seconds, so workers on several machines
agree as long as their clocks are synchronised (NTP).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, and_, case, delete, select

from myotriage.diary.db import read_connection, write_connection
from myotriage.web.db import ensure_web_schema
from myotriage.web.models import rate_limits
from myotriage.web.security import hash_token

__all__ = ["RateLimiter"]

#: Delete ended windows once every this many counted attempts (per process).
_SWEEP_EVERY = 200


def _upsert(dialect: str) -> Any:
    """The dialect's ``INSERT`` construct (both have ``on_conflict_do_update``)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(rate_limits)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(rate_limits)


class RateLimiter:
    """At most ``limit`` counted attempts per key in a window of ``window_s`` seconds.

    ``scope`` names what is limited (``"login"``, ``"share-code"``, ``"signup"``...), so
    limiters sharing a key (a client address) keep separate counts. ``clock`` returns
    Unix seconds; tests pass their own to move time without sleeping.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        scope: str,
        limit: int,
        window_s: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not 1 <= len(scope) <= 32:
            raise ValueError("scope must have 1 to 32 characters")
        if limit < 1 or window_s <= 0:
            raise ValueError("limit and window_s must be positive")
        self.engine = engine
        self.scope = scope
        self.limit = limit
        self.window_s = window_s
        self.clock = clock
        self._counted = itertools.count(1)
        ensure_web_schema(engine)

    def _digests(self, keys: tuple[str, ...]) -> list[str]:
        return sorted({hash_token(key) for key in keys})  # sorted: same lock order everywhere

    def blocked(self, *keys: str) -> float:
        """Seconds until every key may try again: 0 when none has used up its window."""
        if not keys:
            return 0.0
        now = self.clock()
        query = select(rate_limits.c.reset_at).where(
            rate_limits.c.scope == self.scope,
            rate_limits.c.key_hash.in_(self._digests(keys)),
            rate_limits.c.hits >= self.limit,
            rate_limits.c.reset_at > now,
        )
        with read_connection(self.engine) as connection:
            ends = [float(row[0]) for row in connection.execute(query)]
        return max((end - now for end in ends), default=0.0)

    def hit(self, *keys: str) -> float:
        """Count one attempt against each key; seconds to wait if this one is over the limit.

        The attempt is counted either way (so hammering a closed door does not open
        it); 0 means it is within the limit and may go ahead.
        """
        now = self.clock()
        wait = 0.0
        with write_connection(self.engine) as connection:
            insert = _upsert(connection.dialect.name)
            ended = rate_limits.c.reset_at <= now
            for digest in self._digests(keys):
                statement = (
                    insert.values(
                        scope=self.scope, key_hash=digest, hits=1, reset_at=now + self.window_s
                    )
                    .on_conflict_do_update(
                        index_elements=[rate_limits.c.scope, rate_limits.c.key_hash],
                        set_={
                            "hits": case((ended, 1), else_=rate_limits.c.hits + 1),
                            "reset_at": case(
                                (ended, now + self.window_s), else_=rate_limits.c.reset_at
                            ),
                        },
                    )
                    .returning(rate_limits.c.hits, rate_limits.c.reset_at)
                )
                hits, reset_at = connection.execute(statement).one()
                if hits > self.limit:
                    wait = max(wait, float(reset_at) - now)
            if next(self._counted) % _SWEEP_EVERY == 0:
                connection.execute(delete(rate_limits).where(rate_limits.c.reset_at < now))
        return wait

    def fail(self, *keys: str) -> None:
        """Record one failure against each key (checked later with :meth:`blocked`)."""
        self.hit(*keys)

    def reset(self, *keys: str) -> None:
        """Forget the counts of ``keys`` (after a successful sign-in, say)."""
        if not keys:
            return
        with write_connection(self.engine) as connection:
            connection.execute(
                delete(rate_limits).where(
                    and_(
                        rate_limits.c.scope == self.scope,
                        rate_limits.c.key_hash.in_(self._digests(keys)),
                    )
                )
            )
