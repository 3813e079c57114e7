"""Rate limits in the database, so every worker process counts against the same limit.

Revision ID: w0002
Revises: w0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "w0002"
down_revision = "w0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_rate_limit",
        sa.Column("scope", sa.String(32), primary_key=True),
        sa.Column("key_hash", sa.String(64), primary_key=True),
        sa.Column("hits", sa.Integer, nullable=False),
        sa.Column("reset_at", sa.Float, nullable=False),
    )
    op.create_index("ix_web_rate_limit_reset", "web_rate_limit", ["reset_at"])


def downgrade() -> None:
    op.drop_table("web_rate_limit")
