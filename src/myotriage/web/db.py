"""Creating and upgrading the web app's tables, next to the diary's, in the same database.

The web tables have their own Alembic stream (``web/migrations``) with its own
version table, so the diary's migrations and these never clash; the mechanism is the
diary's :class:`~myotriage.diary.db.MigrationStream`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from myotriage.diary.db import MigrationStream

__all__ = ["HEAD_REVISION", "VERSION_TABLE", "ensure_web_schema"]

HEAD_REVISION = "w0002"
VERSION_TABLE = "web_alembic_version"

WEB_MIGRATIONS = MigrationStream(
    name="web",
    migrations=Path(__file__).parent / "migrations",
    version_table=VERSION_TABLE,
    head=HEAD_REVISION,
    lock_key=0x6D796F_0E0B,  # "myo" + "web": a different lock from the diary's
)


def ensure_web_schema(engine: Engine) -> None:
    """Create or upgrade the web tables to the newest revision (once per engine)."""
    WEB_MIGRATIONS.ensure(engine)
