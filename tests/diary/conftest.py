"""Diary fixtures: the same storage tests run on SQLite and on PostgreSQL.

PostgreSQL: each test session (each xdist worker) creates its own database with a
unique name on the server at 127.0.0.1:5432 (through the ``test`` database) and
drops it at the end; tests inside a session keep apart by using a unique owner.
If no server is reachable the PostgreSQL variants are skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ADMIN = os.environ.get("MYOTRIAGE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_admin_connect():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)


def create_pg_database() -> str:
    """A fresh, uniquely named PostgreSQL database; returns its SQLAlchemy URL."""
    name = f"myotriage_diary_{uuid.uuid4().hex[:12]}"
    with _pg_admin_connect() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return f"{base}/{name}"


def drop_pg_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    with _pg_admin_connect() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    try:
        url = create_pg_database()
    except Exception as exc:  # any connection problem means: no server here
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN}: {exc}")
    yield url
    drop_pg_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL: a fresh SQLite file, or this session's PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def owner() -> str:
    """A unique owner, so tests sharing a PostgreSQL database never see each other's rows."""
    return f"user-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def service(db_url: str) -> Iterator[object]:
    from myotriage.diary.service import DiaryService

    svc = DiaryService(db_url)
    yield svc
    svc.close()
