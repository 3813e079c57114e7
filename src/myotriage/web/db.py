"""Creating and upgrading the web app's tables, next to the diary's, in the same database.

The web tables have their own Alembic stream (``web/migrations``) with its own
version table, so the diary's migrations and these never clash; the mechanism is the
diary's :class:`~myotriage.diary.db.MigrationStream`.

With several workers the schema is upgraded once, before they start
(:func:`upgrade_database`, run by ``myotriage serve`` and ``myotriage db upgrade``);
each upgrade holds a database lock, so even two machines starting at once are safe.
:func:`schema_status` tells the readiness probe whether the schema is current.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from myotriage.diary.db import DIARY_MIGRATIONS, MigrationStream
from myotriage.errors import StorageError

__all__ = [
    "HEAD_REVISION",
    "VERSION_TABLE",
    "ensure_web_schema",
    "readiness",
    "schema_status",
    "upgrade_database",
]

HEAD_REVISION = "w0004"
VERSION_TABLE = "web_alembic_version"

WEB_MIGRATIONS = MigrationStream(
    name="web",
    migrations=Path(__file__).parent / "migrations",
    version_table=VERSION_TABLE,
    head=HEAD_REVISION,
    lock_key=0x6D796F_0E0B,  # "myo" + "web": a different lock from the diary's
)
#: Every stream of migrations in the app's database, in the order they are applied.
STREAMS: tuple[MigrationStream, ...] = (DIARY_MIGRATIONS, WEB_MIGRATIONS)


def ensure_web_schema(engine: Engine) -> None:
    """Create or upgrade the web tables to the newest revision (once per engine)."""
    WEB_MIGRATIONS.ensure(engine)


def schema_status(engine: Engine) -> dict[str, dict[str, str | None]]:
    """Each stream's revision in the database, the newest this code knows, and the state.

    ``state`` is ``current``, ``behind`` (this code would upgrade it) or ``newer`` (a
    newer release already migrated it: fine while a rolling upgrade is under way).
    """
    try:
        with engine.connect() as connection:
            revisions = {stream: stream.current_revision(connection) for stream in STREAMS}
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StorageError(f"the database could not be read: {detail}") from None
    status: dict[str, dict[str, str | None]] = {}
    for stream, current in revisions.items():
        state = "current" if current == stream.head else "behind"
        if state == "behind" and stream.is_newer(current):
            state = "newer"
        status[stream.name] = {"current": current, "head": stream.head, "state": state}
    return status


def upgrade_database(engine: Engine) -> dict[str, dict[str, str | None]]:
    """Bring every stream to its newest revision; returns the status afterwards."""
    for stream in STREAMS:
        stream.ensure(engine)
    return schema_status(engine)


def readiness(engine: Engine) -> tuple[bool, dict[str, Any]]:
    """Whether this process can serve: the database answers and its schema is current."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        status = schema_status(engine)
    except (SQLAlchemyError, StorageError) as exc:
        return False, {"status": "unavailable", "database": f"unreachable ({type(exc).__name__})"}
    behind = sorted(name for name, s in status.items() if s["state"] == "behind")
    if behind:
        return False, {"status": "unavailable", "database": "ok", "migrations_behind": behind}
    return True, {"status": "ready", "database": "ok", "migrations": status}
