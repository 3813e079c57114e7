"""The web app's first tables: users, sessions, share codes and the clinic audit trail.

Revision ID: w0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from myotriage.diary.models import UtcDateTime

revision = "w0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_user",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "web_session",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("web_user.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_web_session_user", "web_session", ["user_id"])
    op.create_table(
        "web_share",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "owner_id", sa.Integer, sa.ForeignKey("web_user.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "clinician_id",
            sa.Integer,
            sa.ForeignKey("web_user.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("triage_rank", sa.SmallInteger, nullable=False),
        sa.Column("report", sa.JSON, nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("redeemed_at", UtcDateTime(), nullable=True),
    )
    op.create_index("ix_web_share_owner", "web_share", ["owner_id"])
    op.create_index("ix_web_share_clinician", "web_share", ["clinician_id", "triage_rank"])
    op.create_table(
        "web_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column(
            "clinician_id",
            sa.Integer,
            sa.ForeignKey("web_user.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "share_id",
            sa.Integer,
            sa.ForeignKey("web_share.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("action", sa.String(32), nullable=False),
    )
    op.create_index("ix_web_audit_share", "web_audit", ["share_id"])
    op.create_index("ix_web_audit_clinician", "web_audit", ["clinician_id"])


def downgrade() -> None:
    op.drop_table("web_audit")
    op.drop_table("web_share")
    op.drop_table("web_session")
    op.drop_table("web_user")
