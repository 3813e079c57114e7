"""Alembic environment for the diary: always run in code, on a connection we pass in.

:func:`myotriage.diary.db.ensure_schema` builds the Alembic config, opens a write
transaction (holding the migration lock) and hands that connection over in
``config.attributes["connection"]``, so the whole upgrade commits or rolls back
as one.
"""

from __future__ import annotations

from alembic import context

from myotriage.diary.models import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic command line
    raise RuntimeError("run diary migrations through myotriage.diary.db.ensure_schema")

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=config.get_main_option("version_table") or "diary_alembic_version",
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
