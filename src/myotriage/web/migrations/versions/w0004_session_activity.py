"""Sessions end after a spell of inactivity: ``web_session.last_seen_at``.

A session now ends 30 minutes after its last request (idle timeout) and 12 hours
after sign-in whatever happens (absolute lifetime); both are measured from columns of
the row, so changing the settings applies to sessions already open. Sessions open
when this revision runs count as seen when they were made.

Revision ID: w0004
Revises: w0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from myotriage.diary.models import UtcDateTime

revision = "w0004"
down_revision = "w0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("web_session", sa.Column("last_seen_at", UtcDateTime(), nullable=True))
    op.execute("UPDATE web_session SET last_seen_at = created_at")


def downgrade() -> None:
    with op.batch_alter_table("web_session") as batch:
        batch.drop_column("last_seen_at")
