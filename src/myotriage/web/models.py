"""The web app's own tables (SQLAlchemy Core): users, sessions, share codes, audit, rate limits.

They live in the same database as the diary but are created by their own Alembic
migrations (``web/migrations``, version table ``web_alembic_version``), so the two
streams of migrations never touch each other. The diary knows nothing about users:
its rows carry an ``owner`` string, which the web app sets to ``"user:<id>"``.

Secrets are never stored in the clear: session tokens and share codes are kept as
SHA-256 digests (they are long random values, so a plain digest is enough), and
passwords as argon2 hashes.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
)

from myotriage.diary.models import UtcDateTime

__all__ = ["audit", "metadata", "rate_limits", "sessions", "shares", "users"]

metadata = MetaData()

users = Table(
    "web_user",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),  # "person" or "clinician"
    Column("display_name", String(120), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)

sessions = Table(
    "web_session",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("web_user.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    # the last request seen (updated at most once a minute): the idle timeout (w0004)
    Column("last_seen_at", UtcDateTime(), nullable=True),
    Index("ix_web_session_user", "user_id"),
)

shares = Table(
    "web_share",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code_hash", String(64), nullable=False, unique=True),
    Column("owner_id", Integer, ForeignKey("web_user.id", ondelete="CASCADE"), nullable=False),
    Column("clinician_id", Integer, ForeignKey("web_user.id", ondelete="CASCADE"), nullable=True),
    Column("triage_rank", SmallInteger, nullable=False),  # 3 = emergency ... 0 = self care
    Column("report", JSON, nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("redeemed_at", UtcDateTime(), nullable=True),
    Column("revoked_at", UtcDateTime(), nullable=True),  # withdrawn by its owner (w0003)
    Index("ix_web_share_owner", "owner_id"),
    Index("ix_web_share_clinician", "clinician_id", "triage_rank"),
)

audit = Table(
    "web_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("clinician_id", Integer, ForeignKey("web_user.id", ondelete="CASCADE"), nullable=False),
    # no cascade: a share with accesses is never deleted, only withdrawn (w0003)
    Column("share_id", Integer, ForeignKey("web_share.id"), nullable=False),
    Column("action", String(32), nullable=False),  # "redeemed" or "viewed"
    Index("ix_web_audit_share", "share_id"),
    Index("ix_web_audit_clinician", "clinician_id"),
)

#: One row per (scope, key): failures or attempts counted in a fixed window that ends at
#: ``reset_at`` (Unix seconds). Keys are stored as SHA-256 digests (addresses, e-mails).
rate_limits = Table(
    "web_rate_limit",
    metadata,
    Column("scope", String(32), primary_key=True),
    Column("key_hash", String(64), primary_key=True),
    Column("hits", Integer, nullable=False),
    Column("reset_at", Float, nullable=False),
    Index("ix_web_rate_limit_reset", "reset_at"),
)
