"""Creating and upgrading the web app's tables, next to the diary's, in the same database.

The web tables have their own Alembic stream (``web/migrations``) with its own
version table, so the diary's migrations and these never clash. The upgrade runs
automatically when the app starts, under a lock (an advisory lock on PostgreSQL,
the write lock on SQLite), so two servers starting at once are safe.
"""

from __future__ import annotations

import threading
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from myotriage.diary.db import write_connection
from myotriage.errors import StorageError

__all__ = ["HEAD_REVISION", "VERSION_TABLE", "ensure_web_schema"]

HEAD_REVISION = "w0001"
VERSION_TABLE = "web_alembic_version"
_MIGRATIONS = Path(__file__).parent / "migrations"
_ADVISORY_LOCK_KEY = 0x6D796F_0E0B  # "myo" + "web": a different lock from the diary's
_ready: weakref.WeakSet[Engine] = weakref.WeakSet()
_ready_lock = threading.Lock()


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


def ensure_web_schema(engine: Engine) -> None:
    """Create or upgrade the web tables to the newest revision (once per engine)."""
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
            raise StorageError(f"the web tables could not be created: {detail}") from None
        _ready.add(engine)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with write_connection(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK_KEY}
            )
        command.upgrade(_alembic_config(connection), "head")
