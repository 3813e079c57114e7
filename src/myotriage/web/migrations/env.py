"""Alembic environment for the web tables: run in code, on a connection we pass in.

:func:`myotriage.web.db.ensure_web_schema` opens a write transaction (holding the
migration lock) and hands that connection over in ``config.attributes["connection"]``,
so an upgrade commits or rolls back as one. The version table is
``web_alembic_version``, apart from the diary's.
"""

from __future__ import annotations

from alembic import context

from myotriage.web.models import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic command line
    raise RuntimeError("run web migrations through myotriage.web.db.ensure_web_schema")

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=config.get_main_option("version_table") or "web_alembic_version",
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
