"""What the diary service hands back: typed, JSON-able pydantic models.

The web routes return these as they are, and the command line prints them, so
the shapes here are the diary's public contract.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AssessedCase",
    "Day",
    "DiaryStats",
    "Episode",
    "ImportResult",
    "PersistenceWindow",
    "TriggerResult",
]


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Episode(_Out):
    """One stored episode. ``start`` is aware, in the offset the person recorded it in."""

    id: int
    start: datetime
    duration_s: int | None
    location: str
    pain: int | None
    type: str | None
    triggers: list[str]
    notes: str
    knowledge_version: str | None = None
    has_assessment: bool = False
    assessment: dict[str, Any] | None = None


class AssessedCase(_Out):
    """A case kept with an episode: what the person answered, the assessment made of it
    when it was stored, and the version of the knowledge that made it.

    Built by :func:`myotriage.flows.assessment.assess_case`; the diary only stores it.
    """

    case: dict[str, Any]
    result: dict[str, Any]
    knowledge_version: str


class Day(_Out):
    """One day's context; ``None`` means not recorded."""

    day: date
    caffeine_mg: float | None = None
    sleep_h: float | None = None
    stress: float | None = None
    exercise_min: float | None = None
    alcohol_units: float | None = None
    water_l: float | None = None


class ImportResult(_Out):
    """How many rows a CSV import stored (all of the file, or nothing), and how many it
    skipped because exactly the same episode was already in the diary before the import."""

    rows: int
    seconds: float
    skipped: int = 0


class TriggerResult(_Out):
    """Episode rate on exposed days versus other days for one factor.

    ``rate_ratio``, ``ci_low`` and ``ci_high`` are ``None`` when there were too few
    days to say anything (``enough_data`` is false); ``ci_high`` is also ``None``
    when the interval has no finite upper end. ``flagged`` means the whole
    interval lies above 1: an association, not proof of cause.
    """

    factor: str
    definition: str
    rate_ratio: float | None
    ci_low: float | None
    ci_high: float | None
    exposed_days: int
    other_days: int
    exposed_episodes: int
    other_episodes: int
    enough_data: bool
    flagged: bool


class PersistenceWindow(_Out):
    """The longest stretch in which every 7 days held episodes on at least 4 of them."""

    start: date
    end: date
    days: int


class DiaryStats(_Out):
    """Everything the diary's statistics say about one person's diary."""

    episodes: int
    first_day: date | None
    last_day: date | None
    days_covered: int
    days_with_episodes: int
    context_days: int
    frequent_and_persistent: bool
    frequent_persistent_window: PersistenceWindow | None
    per_week: list[dict[str, Any]] = Field(
        description="[{'week_start': 'YYYY-MM-DD', 'episodes': n}] for every ISO week in the period"
    )
    by_location: dict[str, int]
    by_hour: list[int] = Field(description="24 counts, local hour 0 to 23")
    pain: dict[str, int] = Field(description="counts for pain 0..10 and 'unknown'")
    by_type: dict[str, int]
    triggers: list[TriggerResult]
    methods: dict[str, str]
