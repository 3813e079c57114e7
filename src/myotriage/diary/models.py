"""The diary's tables (SQLAlchemy Core), one row per episode and one per day.

Every row carries an ``owner``: a plain string that the command line sets to
``"local"`` and the web app sets to its user id, so one database can hold many
people's diaries and nothing here depends on how users are stored.

Times are stored in UTC. The episode also keeps the UTC offset the person was at,
and the local date and hour derived from it, so that "episodes by hour of day"
and the join with a day's context use the person's own clock and can be
computed by the database with plain ``GROUP BY``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeDecorator

__all__ = ["UtcDateTime", "days", "episodes", "metadata"]


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC, always read back aware in UTC.

    SQLite has no time zones, so the value is stored there as naive UTC; PostgreSQL
    stores ``timestamptz``. Naive datetimes are refused: a diary that silently
    shifts times by an unknown offset would corrupt the hour-of-day analysis.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError(f"expected an aware datetime, got {value!r}")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


metadata = MetaData()

episodes = Table(
    "diary_episode",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("owner", String(200), nullable=False),
    Column("start_at", UtcDateTime(), nullable=False),
    Column("utc_offset_min", SmallInteger, nullable=False),
    Column("local_date", Date, nullable=False),
    Column("local_hour", SmallInteger, nullable=False),
    Column("duration_s", Integer, nullable=True),
    Column("location", String(32), nullable=False),
    Column("pain", SmallInteger, nullable=True),
    Column("type", String(32), nullable=True),
    Column("triggers", String(1300), nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("case_json", JSON(none_as_null=True), nullable=True),
    Column("assessment_json", JSON(none_as_null=True), nullable=True),
    Column("knowledge_version", String(32), nullable=True),
    Column("created_at", UtcDateTime(), nullable=False),
    Index(
        "ix_diary_episode_owner_day",
        "owner",
        "local_date",
        "local_hour",
        "location",
        "pain",
        "type",
    ),
    Index("ix_diary_episode_owner_start", "owner", "start_at"),
)

days = Table(
    "diary_day",
    metadata,
    Column("owner", String(200), primary_key=True),
    Column("day", Date, primary_key=True),
    Column("caffeine_mg", Float, nullable=True),
    Column("sleep_h", Float, nullable=True),
    Column("stress", Float, nullable=True),
    Column("exercise_min", Float, nullable=True),
    Column("alcohol_units", Float, nullable=True),
    Column("water_l", Float, nullable=True),
    Column("updated_at", UtcDateTime(), nullable=False),
)
