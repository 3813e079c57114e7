"""Opening the diary database: engine, SQLite pragmas, write transactions, migrations.

SQLite is the default so a new user needs nothing installed. It runs in WAL mode
(readers never block the writer, and a killed process leaves the last committed
state intact) with foreign keys on and a busy timeout, so two processes writing at
once wait for each other instead of failing. Write transactions start with
``BEGIN IMMEDIATE``: a transaction that reads first and writes later could
otherwise hit "database is locked" without waiting when another writer is active.

PostgreSQL (``postgresql+psycopg://...``) is supported as well. The schema is
created and upgraded by Alembic, automatically, the first time a database is
used; a lock (an advisory lock on PostgreSQL, the write lock on SQLite) makes
concurrent first uses safe.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from myotriage.errors import StorageError

__all__ = ["HEAD_REVISION", "create_diary_engine", "ensure_schema", "write_connection"]

HEAD_REVISION = "0001"
VERSION_TABLE = "diary_alembic_version"
_MIGRATIONS = Path(__file__).parent / "migrations"
_WRITE = "myotriage_write"
_BUSY_TIMEOUT_MS = 30_000
_ADVISORY_LOCK_KEY = 0x6D796F_D1A7  # "myo" + "diary": one number for this schema
_ready: weakref.WeakSet[Engine] = weakref.WeakSet()
_ready_lock = threading.Lock()


def create_diary_engine(url: str) -> Engine:
    """An engine for ``url`` with the diary's connection settings applied.

    ``sqlite:///path`` files get their directory created, WAL mode, foreign keys and a
    busy timeout; ``postgresql://`` URLs are routed to psycopg 3.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"database URL is not valid: {url!r}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
    else:
        try:
            engine = create_engine(parsed, pool_pre_ping=True)
        except (ArgumentError, ImportError) as exc:
            raise StorageError(f"cannot use database URL {url!r}: {exc}") from None
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside one write transaction: committed at the end, rolled back on error."""
    try:
        with engine.connect() as connection:
            connection.execution_options(**{_WRITE: True})
            with connection.begin():
                yield connection
    except OperationalError as exc:
        raise StorageError(f"the diary database could not be written: {exc.orig}") from None


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.set_main_option("version_table", VERSION_TABLE)
    config.attributes["connection"] = connection
    return config


def _current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return None if row is None else str(row[0])


def ensure_schema(engine: Engine) -> None:
    """Create or upgrade the diary tables to the newest revision (once per engine)."""
    if engine in _ready:
        return
    with _ready_lock:
        if engine in _ready:
            return
        try:
            with engine.connect() as connection:
                current = _current_revision(connection)
            if current != HEAD_REVISION:
                _upgrade(engine)
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"the diary database could not be opened: {detail}") from None
        _ready.add(engine)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with write_connection(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY}
            )
        command.upgrade(_alembic_config(connection), "head")
