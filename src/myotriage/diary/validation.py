"""Plain, fast checks for one diary field at a time.

The command line, the service layer and the CSV importers all pass user input
through these functions, so a value is accepted or refused the same way
everywhere and every refusal names the field. They are plain functions rather
than a pydantic model because the importers call them millions of times and a
model per row would cost more than the database insert itself.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import orjson

from myotriage.errors import InvalidInputError
from myotriage.knowledge.taxonomy import TYPE_IDS
from myotriage.safetext import check_text, check_tree, quoted

__all__ = [
    "DAY_FIELDS",
    "LOCATIONS",
    "MAX_CASE_BYTES",
    "TYPES",
    "check_case_shape",
    "check_day_value",
    "check_duration",
    "check_location",
    "check_notes",
    "check_pain",
    "check_triggers",
    "check_type",
    "parse_date",
    "parse_start",
]

#: Body regions, the spec's ``loc_*`` findings, with a short label for tables and plots.
LOCATIONS: dict[str, str] = {
    "loc_eyelid": "eyelid",
    "loc_face": "face",
    "loc_jaw": "jaw",
    "loc_neck": "neck",
    "loc_throat": "throat",
    "loc_shoulder": "shoulder",
    "loc_arm": "arm",
    "loc_hand": "hand",
    "loc_chest": "chest",
    "loc_abdomen": "abdomen",
    "loc_pelvis": "pelvis",
    "loc_back": "back",
    "loc_thigh": "thigh",
    "loc_calf": "calf",
    "loc_foot": "foot",
    "loc_widespread": "widespread",
}

#: The six contraction types of the spec.
TYPES: tuple[str, ...] = TYPE_IDS

#: Daily context fields: name -> (unit shown in messages, lowest, highest).
DAY_FIELDS: dict[str, tuple[str, float, float]] = {
    "caffeine_mg": ("mg", 0.0, 5000.0),
    "sleep_h": ("hours", 0.0, 24.0),
    "stress": ("on a 0-10 scale", 0.0, 10.0),
    "exercise_min": ("minutes", 0.0, 1440.0),
    "alcohol_units": ("units", 0.0, 100.0),
    "water_l": ("litres", 0.0, 20.0),
}

_MAX_DURATION_S = 7 * 24 * 3600
_MAX_NOTES = 4000
_MAX_TRIGGER = 60
_MAX_TRIGGERS = 20
#: A stored case is a few findings; 16 KiB of JSON holds every finding of the spec twice over.
MAX_CASE_BYTES = 16 * 1024
#: The diary holds dates from 2000 up to two days ahead (time zones): older or far-future
#: dates are typing mistakes, and would stretch the weekly charts over decades.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
_AHEAD = timedelta(days=2)


def latest_allowed() -> datetime:
    """The latest moment the diary accepts: now, plus two days for time zones."""
    return datetime.now(UTC) + _AHEAD


def _check_range(moment: datetime, field: str) -> None:
    if not EARLIEST <= moment <= latest_allowed():
        raise InvalidInputError(
            field, f"expected a date from 2000-01-01 up to today, got {moment.date().isoformat()}"
        )


def parse_start(
    value: str | datetime, field: str = "start", local: tzinfo | None = None
) -> datetime:
    """An episode's start as an aware datetime; a time without an offset is local time.

    ``local`` is the zone for times written without an offset (default: this
    computer's zone), so ``2026-03-01 07:30`` means half past seven where the
    person is.
    """
    if isinstance(value, datetime):
        moment = value
    else:
        if not isinstance(value, str) or not value.strip():
            raise InvalidInputError(
                field, "is required (an ISO date and time, e.g. 2026-03-01T07:30)"
            )
        text = value.strip()
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInputError(
                field,
                f"expected an ISO date and time such as 2026-03-01T07:30+01:00, got {quoted(text)}",
            ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=local) if local else moment.astimezone()
    _check_range(moment, field)
    return moment


def parse_date(value: str | date, field: str = "date") -> date:
    """A calendar date written as ``YYYY-MM-DD``."""
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif not isinstance(value, str):
        raise InvalidInputError(field, f"expected a date as YYYY-MM-DD, got {quoted(value)}")
    else:
        text = value.strip()
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise InvalidInputError(
                field, f"expected a date as YYYY-MM-DD, got {quoted(text)}"
            ) from None
    _check_range(datetime(day.year, day.month, day.day, 12, tzinfo=UTC), field)
    return day


def _number(value: str | float | int | None, field: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise InvalidInputError(field, f"expected a number, got {quoted(text)}") from None
    else:
        number = float(value)
    if not math.isfinite(number):
        raise InvalidInputError(field, f"expected a finite number, got {quoted(value)}")
    return number


def check_duration(value: str | float | int | None, field: str = "duration_s") -> int | None:
    """Duration in whole seconds, 0 to one week; blank means not recorded."""
    number = _number(value, field)
    if number is None:
        return None
    if not 0 <= number <= _MAX_DURATION_S or number != int(number):
        raise InvalidInputError(
            field, f"expected whole seconds from 0 to {_MAX_DURATION_S}, got {quoted(value)}"
        )
    return int(number)


#: Episode ids are positive 32-bit integers in every supported database.
MAX_EPISODE_ID = 2**31 - 1


def check_episode_id(value: object, field: str = "episode_id") -> int:
    """An episode id as stored: a whole number from 1 to 2,147,483,647."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_EPISODE_ID:
        raise InvalidInputError(
            field, f"expected a whole number from 1 to {MAX_EPISODE_ID}, got {quoted(value)}"
        )
    return value


def check_pain(value: str | float | int | None, field: str = "pain") -> int | None:
    """Pain as a whole number from 0 (none) to 10 (worst); blank means not recorded."""
    number = _number(value, field)
    if number is None:
        return None
    if not 0 <= number <= 10 or number != int(number):
        raise InvalidInputError(field, f"expected a whole number from 0 to 10, got {quoted(value)}")
    return int(number)


def check_location(value: object, field: str = "location") -> str:
    """A ``loc_*`` finding id; the bare region name (``calf``) is accepted too."""
    if value is None:
        raise InvalidInputError(field, "is required (e.g. loc_calf)")
    if not isinstance(value, str):
        raise InvalidInputError(field, f"expected a location such as loc_calf, got {quoted(value)}")
    text = value.strip().lower()
    if text in LOCATIONS:
        return text
    if f"loc_{text}" in LOCATIONS:
        return f"loc_{text}"
    if not text:
        raise InvalidInputError(field, "is required (e.g. loc_calf)")
    raise InvalidInputError(
        field, f"expected one of {', '.join(LOCATIONS)}, got {quoted(value.strip())}"
    )


def check_type(value: object, field: str = "type") -> str | None:
    """One of the six type ids, or blank / ``unknown`` when the type is not known."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInputError(field, f"expected one of {', '.join(TYPES)}, got {quoted(value)}")
    text = value.strip().lower()
    if text in ("", "unknown", "unclear"):
        return None
    if text not in TYPES:
        raise InvalidInputError(
            field, f"expected one of {', '.join(TYPES)} or blank, got {quoted(text)}"
        )
    return text


def check_triggers(value: str | list[str] | tuple[str, ...] | None, field: str = "triggers") -> str:
    """Triggers the person noticed, stored ``;``-separated, lower case, without repeats."""
    if value is None:
        return ""
    items = value.split(";") if isinstance(value, str) else list(value)
    seen: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise InvalidInputError(
                field, f"expected text for each trigger, got {type(item).__name__}"
            )
        text = " ".join(check_text(item, field).strip().lower().split())
        if not text:
            continue
        if len(text) > _MAX_TRIGGER:
            raise InvalidInputError(
                field, f"each trigger must be at most {_MAX_TRIGGER} characters"
            )
        if text not in seen:
            seen.append(text)
    if len(seen) > _MAX_TRIGGERS:
        raise InvalidInputError(field, f"at most {_MAX_TRIGGERS} triggers, got {len(seen)}")
    return ";".join(seen)


def check_notes(value: str | None, field: str = "notes") -> str:
    """Free text, at most a few thousand characters."""
    if value is not None and not isinstance(value, str):
        raise InvalidInputError(field, f"expected text, got {type(value).__name__}")
    text = (value or "").strip()
    if len(text) > _MAX_NOTES:
        raise InvalidInputError(field, f"at most {_MAX_NOTES} characters, got {len(text)}")
    return check_text(text, field)


def check_case_shape(value: object, field: str = "case") -> dict[str, Any]:
    """A case as the diary keeps it: a JSON object of bounded size whose text is safe to store.

    Whether its findings and answers make a valid case is the engine's to say, with the
    caller's knowledge base (:func:`myotriage.flows.assessment.check_case` does both).
    """
    if not isinstance(value, Mapping):
        raise InvalidInputError(field, "expected a case (a JSON object with 'evidence')")
    check_tree(dict(value), field)
    size = _json_size(value)
    if size > MAX_CASE_BYTES:
        raise InvalidInputError(
            field, f"at most {MAX_CASE_BYTES // 1024} KiB of JSON, got {size / 1024:.0f} KiB"
        )
    return dict(value)


def _json_size(value: object) -> int:
    """Bytes of ``value`` as compact UTF-8 JSON (orjson: the standard library's encoder cost
    more than the rest of the check; it is the fallback for what orjson refuses)."""
    try:
        return len(orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS))
    except TypeError:
        return len(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8"))


def check_day_value(
    name: str, value: str | float | int | None, field: str | None = None
) -> float | None:
    """One daily-context value within its plausible range; blank means not recorded."""
    label = field or name
    unit, low, high = DAY_FIELDS[name]
    number = _number(value, label)
    if number is None:
        return None
    if not low <= number <= high:
        raise InvalidInputError(label, f"expected {low:g} to {high:g} {unit}, got {quoted(value)}")
    return number
