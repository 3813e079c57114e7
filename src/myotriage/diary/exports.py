"""Writing a diary out as CSV or JSON.

The episodes CSV has exactly the columns ``import-episodes`` reads, so an export
can be imported again elsewhere; times keep the offset they were recorded in.
A text cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab,
carriage return) gets a leading ``'``, which the import takes off again
(:mod:`myotriage.diary.formulas`).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from myotriage.diary.formulas import neutralise
from myotriage.diary.imports import DAY_COLUMNS, EPISODE_COLUMNS
from myotriage.diary.schemas import Day
from myotriage.diary.validation import DAY_FIELDS

__all__ = ["days_csv", "diary_json", "episodes_csv", "local_start"]

FORMAT_VERSION = 1


def local_start(row: dict[str, Any]) -> datetime:
    """An episode row's start in the offset the person recorded it in."""
    offset = int(row["utc_offset_min"])
    zone = UTC if offset == 0 else timezone(timedelta(minutes=offset))
    start: datetime = row["start_at"].astimezone(zone)
    return start


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _cell(value: Any) -> Any:
    """A value as a CSV cell: blank for None, text that cannot run as a formula."""
    if value is None:
        return ""
    return neutralise(value) if isinstance(value, str) else value


def episodes_csv(rows: list[dict[str, Any]]) -> str:
    """Episode rows as CSV text (importable again)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EPISODE_COLUMNS)
    writer.writerows(
        (
            local_start(row).isoformat(),
            _blank(row["duration_s"]),
            _cell(row["location"]),
            _blank(row["pain"]),
            _cell(row["type"]),
            _cell(row["triggers"]),
            _cell(row["notes"]),
        )
        for row in rows
    )
    return out.getvalue()


def days_csv(days: list[Day]) -> str:
    """Daily context as CSV text (importable again)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DAY_COLUMNS)
    for day in days:
        writer.writerow([day.day.isoformat(), *(_cell(getattr(day, f)) for f in DAY_FIELDS)])
    return out.getvalue()


def diary_json(rows: list[dict[str, Any]], days: list[Day]) -> str:
    """The whole diary, including stored cases and assessments, as JSON."""
    document = {
        "format": "myotriage-diary",
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "episodes": [
            {
                "id": row["id"],
                "start": local_start(row).isoformat(),
                "duration_s": row["duration_s"],
                "location": row["location"],
                "pain": row["pain"],
                "type": row["type"],
                "triggers": [t for t in row["triggers"].split(";") if t],
                "notes": row["notes"],
                "case": row["case_json"],
                "assessment": row["assessment_json"],
                "knowledge_version": row["knowledge_version"],
            }
            for row in rows
        ],
        "days": [day.model_dump(mode="json") for day in days],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)
