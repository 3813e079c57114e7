"""What a report is made from: a typed input that the caller builds.

The report draws and words; it never reads storage. The flows that combine the diary,
the engine and the report (:mod:`myotriage.flows.report`) gather a :class:`ReportInput`
and hand it over. The statistics are described by what the report reads of them
(:class:`ReportStats`, a protocol), so the diary's own statistics fit as they are and
the report never imports the diary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.knowledge.loader import Knowledge

__all__ = [
    "FhirEpisode",
    "ReportInput",
    "ReportStats",
    "TimelinePoint",
    "TriggerFigures",
    "Window",
]


class TriggerFigures(Protocol):
    """One factor of the trigger analysis, as the report shows it."""

    @property
    def factor(self) -> str: ...
    @property
    def definition(self) -> str: ...
    @property
    def rate_ratio(self) -> float | None: ...
    @property
    def ci_low(self) -> float | None: ...
    @property
    def ci_high(self) -> float | None: ...
    @property
    def exposed_days(self) -> int: ...
    @property
    def other_days(self) -> int: ...
    @property
    def enough_data(self) -> bool: ...
    @property
    def flagged(self) -> bool: ...


class Window(Protocol):
    """The stretch with episodes on most days."""

    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def days(self) -> int: ...


class ReportStats(Protocol):
    """The statistics a report reads (the diary's ``DiaryStats`` has them all)."""

    @property
    def episodes(self) -> int: ...
    @property
    def first_day(self) -> date | None: ...
    @property
    def last_day(self) -> date | None: ...
    @property
    def days_covered(self) -> int: ...
    @property
    def days_with_episodes(self) -> int: ...
    @property
    def context_days(self) -> int: ...
    @property
    def frequent_and_persistent(self) -> bool: ...
    @property
    def frequent_persistent_window(self) -> Window | None: ...
    @property
    def per_week(self) -> Sequence[Mapping[str, Any]]: ...
    @property
    def by_location(self) -> Mapping[str, int]: ...
    @property
    def pain(self) -> Mapping[str, int]: ...
    @property
    def triggers(self) -> Sequence[TriggerFigures]: ...
    @property
    def methods(self) -> Mapping[str, str]:
        """How each figure was worked out, one line per method (printed on the last page)."""
        ...


class TimelinePoint(NamedTuple):
    """One episode on the timeline: local start, local hour, pain (if known), body region."""

    start: datetime
    hour: int
    pain: int | None
    location: str


@dataclass(frozen=True)
class ReportInput:
    """Everything one report shows.

    ``assessment`` is an assessment as the engine gives it (``Assessment.to_dict()``), with
    ``case_recorded_at`` when it comes from a stored case; ``None`` when there is nothing
    to assess.
    """

    stats: ReportStats
    assessment: Mapping[str, Any] | None
    timeline: Sequence[TimelinePoint]
    since: date | None = None
    name: str | None = None
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    #: Year of birth, when the person chose to put it on the report.
    born: int | None = None
    #: The episodes listed after page one, newest first, with their notes.
    episodes: Sequence[FhirEpisode] = ()
    #: The trigger analysis in plain sentences (the diary words them), most telling first.
    trigger_lines: Sequence[str] = ()
    #: the knowledge base the assessment was made with: the words of its levels and the
    #: threshold below which a condition is left off page one
    knowledge: Knowledge | None = None


class FhirEpisode(Protocol):
    """One episode as the FHIR export reads it (the diary's ``Episode`` fits)."""

    @property
    def id(self) -> int: ...
    @property
    def start(self) -> datetime: ...
    @property
    def duration_s(self) -> int | None: ...
    @property
    def location(self) -> str: ...
    @property
    def pain(self) -> int | None: ...
    @property
    def type(self) -> str | None: ...
    @property
    def triggers(self) -> Sequence[str]: ...
    @property
    def notes(self) -> str: ...
