"""Pooled PostgreSQL connections: checked only after lying idle, replaced when found dead."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from myotriage.diary import db
from myotriage.web.service import WebService
from tests.diary.conftest import _pg_admin_connect

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    engine = db.create_diary_engine(pg_url, pool_size=1, max_overflow=0)
    yield engine
    engine.dispose()


def _backend(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _kill(pid: int) -> None:
    """End one server process, as a restart or a failover would, and wait until it is gone."""
    with _pg_admin_connect() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        for _ in range(100):
            if not admin.execute(
                "SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone():
                return
            time.sleep(0.05)


def test_a_connection_dead_after_lying_idle_is_replaced_before_use(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = _backend(engine)
    _kill(dead)
    monkeypatch.setattr(db, "_PING_AFTER_S", 0.0)  # the pooled connection counts as idle
    assert _backend(engine) != dead  # pinged, found dead, replaced: the caller never knew


def test_a_busy_connection_is_not_pinged(engine: Engine) -> None:
    pings: list[int] = []
    ping = engine.dialect.do_ping
    engine.dialect.do_ping = lambda connection: pings.append(1) or ping(connection)  # type: ignore[method-assign]
    for _ in range(5):
        _backend(engine)
    assert pings == []  # steady use: no SELECT 1 before every query


def test_a_connection_that_dies_in_use_fails_once_then_the_pool_recovers(engine: Engine) -> None:
    _kill(_backend(engine))
    with pytest.raises(OperationalError) as failed:
        _backend(engine)
    assert failed.value.connection_invalidated
    _backend(engine)  # a new connection


def test_the_session_lookup_retries_on_a_new_connection(engine: Engine) -> None:
    web = WebService(engine)
    user = web.create_user(email="retry@example.org", password="a long enough password")
    token = web.create_session(user_id=user.id)
    _kill(_backend(engine))
    signed_in = web.session_user(token=token)  # the first signed-in request after a restart
    assert signed_in is not None and signed_in.id == user.id
