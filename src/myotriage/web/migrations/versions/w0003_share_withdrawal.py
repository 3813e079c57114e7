"""Withdrawing a share keeps its audit trail: ``web_share.revoked_at``, no cascade, append-only.

Before this revision a withdrawn share was deleted, and ``ON DELETE CASCADE`` on
``web_audit.share_id`` deleted every record of who had opened it, on both sides. Now
a share is withdrawn by setting ``revoked_at``; the audit trail's foreign key no
longer cascades (deleting a share that has accesses is refused), and triggers refuse
any UPDATE or DELETE of an audit row, so the log is append-only in the database itself.

Revision ID: w0003
Revises: w0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from myotriage.diary.models import UtcDateTime

revision = "w0003"
down_revision = "w0002"
branch_labels = None
depends_on = None

_FK = "fk_web_audit_share_id_web_share"
_NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
_MESSAGE = "the audit trail is append-only"


def upgrade() -> None:
    op.add_column("web_share", sa.Column("revoked_at", UtcDateTime(), nullable=True))
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.drop_constraint("web_audit_share_id_fkey", "web_audit", type_="foreignkey")
        op.create_foreign_key(_FK, "web_audit", "web_share", ["share_id"], ["id"])
        op.execute(
            "CREATE FUNCTION web_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER web_audit_append_only BEFORE UPDATE OR DELETE ON web_audit "
            "FOR EACH ROW EXECUTE FUNCTION web_audit_append_only()"
        )
    else:
        with op.batch_alter_table("web_audit", naming_convention=_NAMES) as batch:
            batch.drop_constraint(_FK, type_="foreignkey")
            batch.create_foreign_key(_FK, "web_share", ["share_id"], ["id"])
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER web_audit_no_{event.lower()} BEFORE {event} ON web_audit "
                f"BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER web_audit_append_only ON web_audit")
        op.execute("DROP FUNCTION web_audit_append_only()")
        op.drop_constraint(_FK, "web_audit", type_="foreignkey")
        op.create_foreign_key(
            "web_audit_share_id_fkey",
            "web_audit",
            "web_share",
            ["share_id"],
            ["id"],
            ondelete="CASCADE",
        )
    else:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER web_audit_no_{event}")
        with op.batch_alter_table("web_audit") as batch:
            batch.drop_constraint(_FK, type_="foreignkey")
            batch.create_foreign_key(_FK, "web_share", ["share_id"], ["id"], ondelete="CASCADE")
    op.drop_column("web_share", "revoked_at")
