"""The diary's first tables: episodes and daily context.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from myotriage.diary.models import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "diary_episode",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("start_at", UtcDateTime(), nullable=False),
        sa.Column("utc_offset_min", sa.SmallInteger, nullable=False),
        sa.Column("local_date", sa.Date, nullable=False),
        sa.Column("local_hour", sa.SmallInteger, nullable=False),
        sa.Column("duration_s", sa.Integer, nullable=True),
        sa.Column("location", sa.String(32), nullable=False),
        sa.Column("pain", sa.SmallInteger, nullable=True),
        sa.Column("type", sa.String(32), nullable=True),
        sa.Column("triggers", sa.String(1300), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("case_json", sa.JSON, nullable=True),
        sa.Column("assessment_json", sa.JSON, nullable=True),
        sa.Column("knowledge_version", sa.String(32), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_index(
        "ix_diary_episode_owner_day",
        "diary_episode",
        ["owner", "local_date", "local_hour", "location", "pain", "type"],
    )
    op.create_index("ix_diary_episode_owner_start", "diary_episode", ["owner", "start_at"])
    op.create_table(
        "diary_day",
        sa.Column("owner", sa.String(200), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("caffeine_mg", sa.Float, nullable=True),
        sa.Column("sleep_h", sa.Float, nullable=True),
        sa.Column("stress", sa.Float, nullable=True),
        sa.Column("exercise_min", sa.Float, nullable=True),
        sa.Column("alcohol_units", sa.Float, nullable=True),
        sa.Column("water_l", sa.Float, nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("diary_day")
    op.drop_index("ix_diary_episode_owner_start", table_name="diary_episode")
    op.drop_index("ix_diary_episode_owner_day", table_name="diary_episode")
    op.drop_table("diary_episode")
