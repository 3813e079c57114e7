"""Reports of a diary: gather a :class:`~myotriage.report.input.ReportInput`, then render.

The diary gives its statistics, timeline and episodes; the engine re-assesses the latest
case (with the knowledge base the caller passes); the report renders. Exports that need
the report (FHIR) are here too; plain ones (CSV, JSON) are the diary's own.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from myotriage.errors import InvalidInputError
from myotriage.flows.assessment import diary_assessment
from myotriage.report.input import ReportInput, TimelinePoint

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.diary.service import DiaryService
    from myotriage.knowledge.loader import Knowledge

__all__ = [
    "EXPORT_FORMATS",
    "ExportFormat",
    "export",
    "fhir_bundle",
    "report_html",
    "report_input",
    "report_pdf",
]

#: The report lists at most this many episodes (newest first) after its first page.
REPORT_EPISODES = 200

ExportFormat = Literal["csv", "json", "fhir", "days-csv"]
EXPORT_FORMATS: tuple[str, ...] = ("csv", "json", "fhir", "days-csv")


def report_input(
    diary: DiaryService,
    *,
    owner: str,
    knowledge: Knowledge,
    since: date | str | None = None,
    name: str | None = None,
    born: int | None = None,
) -> ReportInput:
    """Everything a report of ``owner``'s diary shows, from ``since`` on."""
    from myotriage.diary.trigger_words import trigger_sentence
    from myotriage.diary.validation import parse_date
    from myotriage.safetext import check_text

    if name is not None:  # printed on the report: plain, short text
        check_text(name, "name")
        if len(name) > 200:
            raise InvalidInputError("name", f"at most 200 characters, got {len(name)}")
    first = parse_date(since, "since") if since is not None else None
    stats = diary.stats(owner=owner, since=first)
    ordered = sorted(stats.triggers, key=lambda t: not t.flagged)
    return ReportInput(
        stats=stats,
        assessment=diary_assessment(diary, owner=owner, knowledge=knowledge, stats=stats),
        timeline=[TimelinePoint(*point) for point in diary.timeline(owner=owner, since=first)],
        since=first,
        name=name,
        born=born,
        episodes=diary.list_episodes(owner=owner, since=first, limit=REPORT_EPISODES),
        trigger_lines=[trigger_sentence(t) for t in ordered if t.enough_data],
        knowledge=knowledge,
    )


def report_html(
    diary: DiaryService,
    *,
    owner: str,
    knowledge: Knowledge,
    since: date | str | None = None,
    name: str | None = None,
    born: int | None = None,
) -> str:
    """The doctor's report as a self-contained HTML page."""
    from myotriage.report.html import render_html

    return render_html(
        report_input(diary, owner=owner, knowledge=knowledge, since=since, name=name, born=born)
    )


def report_pdf(
    diary: DiaryService,
    *,
    owner: str,
    knowledge: Knowledge,
    since: date | str | None = None,
    name: str | None = None,
    born: int | None = None,
) -> bytes:
    """The doctor's report as PDF."""
    from myotriage.report.pdf import render_pdf

    data = report_input(diary, owner=owner, knowledge=knowledge, since=since, name=name, born=born)
    return render_pdf(data)


def fhir_bundle(diary: DiaryService, *, owner: str, knowledge: Knowledge) -> dict[str, Any]:
    """A FHIR Bundle: the latest assessment and one Observation per episode, validated."""
    from myotriage.diary.validation import LOCATIONS
    from myotriage.report.fhir import build_bundle

    return build_bundle(
        owner=owner,
        episodes=diary.list_episodes(owner=owner, newest_first=False),
        assessment=diary_assessment(diary, owner=owner, knowledge=knowledge),
        location_names=LOCATIONS,
        knowledge=knowledge,
    )


def export(diary: DiaryService, *, owner: str, format: str, knowledge: Knowledge) -> str:
    """The whole diary as text: ``csv`` (episodes, importable again), ``days-csv``,
    ``json`` (everything, with stored assessments) or ``fhir`` (a FHIR R5 Bundle)."""
    if format not in EXPORT_FORMATS:
        raise InvalidInputError(
            "format", f"expected one of {', '.join(EXPORT_FORMATS)}, got {format!r}"
        )
    if format == "fhir":
        bundle = fhir_bundle(diary, owner=owner, knowledge=knowledge)
        return json.dumps(bundle, indent=2, ensure_ascii=False)
    return diary.export(owner=owner, format=format)
