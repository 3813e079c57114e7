"""Reading diary CSV files into rows ready for the database.

Two formats, each with a header line:

* episodes: ``start, duration_s, location, pain, type, triggers, notes``
  (``start`` and ``location`` are required; triggers are ``;``-separated);
* days: ``date, caffeine_mg, sleep_h, stress, exercise_min, alcohol_units, water_l``
  (``date`` is required; a blank cell means "not recorded").

Columns may come in any order and optional ones may be left out; an unknown column
is refused so a typo does not silently drop data. A bad cell stops the import with
an :class:`~myotriage.errors.InvalidInputError` whose field names the line and the
column (``line 17, pain``); the caller stores a file only when every row is good.

A text cell (triggers, notes) our export made harmless for spreadsheets (``'=...``,
see :mod:`myotriage.diary.formulas`) is read back as it was before the export; the other
columns hold ids, dates and numbers, which the export never changes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import IO, Any, NamedTuple

from myotriage.diary.csvfile import CsvRecords
from myotriage.diary.formulas import restore
from myotriage.diary.validation import (
    DAY_FIELDS,
    EARLIEST,
    LOCATIONS,
    TYPES,
    check_day_value,
    check_duration,
    check_location,
    check_notes,
    check_pain,
    check_triggers,
    check_type,
    latest_allowed,
    parse_date,
    parse_start,
)
from myotriage.errors import InvalidInputError

__all__ = [
    "DAY_COLUMNS",
    "DayRows",
    "EPISODE_COLUMNS",
    "episode_row",
    "read_day_rows",
    "read_episode_rows",
]

EPISODE_COLUMNS = ("start", "duration_s", "location", "pain", "type", "triggers", "notes")
DAY_COLUMNS = ("date", *DAY_FIELDS)


def episode_row(
    *,
    owner: str,
    start: datetime,
    location: str,
    duration_s: int | None,
    pain: int | None,
    type: str | None,
    triggers: str,
    notes: str,
    now: datetime,
) -> dict[str, Any]:
    """The database row for one already-checked episode (derives the local day and hour)."""
    offset = start.utcoffset()
    return {
        "owner": owner,
        "start_at": start,
        "utc_offset_min": 0 if offset is None else int(offset.total_seconds() // 60),
        "local_date": start.date(),
        "local_hour": start.hour,
        "duration_s": duration_s,
        "location": location,
        "pain": pain,
        "type": type,
        "triggers": triggers,
        "notes": notes,
        "case_json": None,
        "assessment_json": None,
        "knowledge_version": None,
        "created_at": now,
    }


def _open_rows(
    source: str | Path | IO[str], required: tuple[str, ...], allowed: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` pairs from a CSV with a checked header (see :mod:`.csvfile`).

    Header problems name the column by its position, never its text: a file that is not
    a diary CSV at all must not have its first line printed.
    """
    with CsvRecords(source) as records:
        rows = iter(records)
        first = next(rows, None)
        if first is None:
            raise InvalidInputError("file", f"is empty; expected a header: {', '.join(allowed)}")
        names = [h.strip().lower() for h in first[1]]
        for column, name in enumerate(names, start=1):
            if name not in allowed:
                raise InvalidInputError(
                    f"line 1, column {column}",
                    f"not a column this import knows; expected a header of {', '.join(allowed)}",
                )
        missing = [n for n in required if n not in names]
        if missing:
            raise InvalidInputError("line 1", f"missing column(s) {', '.join(missing)}")
        if len(set(names)) != len(names):
            raise InvalidInputError("line 1", "a column name appears twice")
        width = len(names)
        for line, cells in rows:
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            if len(cells) != width:
                raise InvalidInputError(f"line {line}", f"expected {width} cells, got {len(cells)}")
            yield line, dict(zip(names, cells, strict=True))


def _without_value(exc: InvalidInputError) -> InvalidInputError:
    """The same error without the ``got '...'`` that quotes the cell (file contents)."""
    return InvalidInputError(exc.field, exc.problem.split(", got ")[0])


def read_episode_rows(
    source: str | Path | IO[str], *, owner: str, local: tzinfo | None = None
) -> Iterator[dict[str, Any]]:
    """Checked database rows from an episodes CSV; raises on the first bad cell.

    The common, clean cell (a plain number, a known id, an empty cell) takes a
    short path; anything else goes through the full check, which names the line
    and column when it refuses the value. Both paths accept exactly the same values.
    """
    now = datetime.now(UTC)
    earliest, latest = EARLIEST, latest_allowed()
    types = frozenset(TYPES)
    for line, row in _open_rows(source, ("start", "location"), EPISODE_COLUMNS):
        where = f"line {line}"
        try:
            text = row["start"]
            try:
                start = datetime.fromisoformat(text)
            except ValueError:
                start = parse_start(text, f"{where}, start", local)
            if start.tzinfo is None or not earliest <= start <= latest:
                start = parse_start(start, f"{where}, start", local)
            location = row["location"]
            if location not in LOCATIONS:
                location = check_location(location, f"{where}, location")
            duration: Any = row.get("duration_s", "")
            if duration.isdigit() and len(duration) < 7:
                duration = check_duration(int(duration), f"{where}, duration_s")
            else:
                duration = check_duration(duration, f"{where}, duration_s")
            pain: Any = row.get("pain", "")
            if pain.isdigit() and len(pain) < 3 and int(pain) <= 10:
                pain = int(pain)
            else:
                pain = check_pain(pain, f"{where}, pain")
            kind: str | None = row.get("type", "")
            if kind not in types:
                kind = check_type(kind, f"{where}, type")
            triggers = row.get("triggers", "")
            notes = row.get("notes", "")
            yield episode_row(
                owner=owner,
                start=start,
                location=location,
                duration_s=duration,
                pain=pain,
                type=kind,
                triggers=check_triggers(restore(triggers), f"{where}, triggers")
                if triggers
                else "",
                notes=check_notes(restore(notes), f"{where}, notes") if notes else "",
                now=now,
            )
        except InvalidInputError as exc:
            raise _without_value(exc) from None
        except (ValueError, OverflowError):  # e.g. a date beyond what Python handles
            raise InvalidInputError(where, "a value this import cannot read") from None


class DayRows(NamedTuple):
    """The checked rows of a days CSV and the context columns the file has.

    Every row has every column (``None`` where the file has none), so new days can be
    inserted in one statement; an existing day is only updated in ``columns``, so a file
    with some columns merges into what is stored instead of emptying the others.
    """

    rows: list[dict[str, Any]]
    columns: tuple[str, ...]


def read_day_rows(source: str | Path | IO[str], *, owner: str) -> DayRows:
    """Checked rows from a days CSV; a date listed twice is an error."""
    now = datetime.now(UTC)
    seen: dict[date, int] = {}
    rows = []
    columns: tuple[str, ...] = ()
    for line, row in _open_rows(source, ("date",), DAY_COLUMNS):
        if not columns:
            columns = tuple(name for name in DAY_FIELDS if name in row)
        where = f"line {line}"
        try:
            day = parse_date(row["date"], f"{where}, date")
            if day in seen:
                raise InvalidInputError(f"{where}, date", f"{day} is already on line {seen[day]}")
            values = {
                name: check_day_value(name, row.get(name), f"{where}, {name}")
                for name in DAY_FIELDS
            }
        except InvalidInputError as exc:
            raise _without_value(exc) from None
        seen[day] = line
        rows.append({"owner": owner, "day": day, **values, "updated_at": now})
    return DayRows(rows, columns)


def text_source(text: str) -> IO[str]:
    """A CSV given as a string (the web upload path), readable like a file."""
    return io.StringIO(text, newline="")
