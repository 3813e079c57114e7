"""The diary's web forms checked as a whole: every problem at once, in a person's words.

The diary's own checks (:mod:`myotriage.diary.validation`) stop at the first bad
field and speak to programs ("expected 0 to 24 hours, got '30'"). A form should
list every problem together, mark each field, and say it as a person would
("Sleep must be between 0 and 24 hours."). So each field is checked on its own
here, with the diary's checks underneath, and the messages are our own.
"""

from __future__ import annotations

from typing import Any

from myotriage.diary import validation as v
from myotriage.errors import InvalidInputError
from myotriage.web.limits import check_web_date, check_web_start

__all__ = ["DAY_LABELS", "EpisodeForm", "check_day_form", "check_episode_form"]

#: Each daily value: (label, what it is measured in, the hint under the field).
DAY_LABELS: dict[str, tuple[str, str]] = {
    "sleep_h": ("Sleep", "hours"),
    "caffeine_mg": ("Caffeine", "mg"),
    "stress": ("Stress", ""),
    "exercise_min": ("Exercise", "minutes"),
    "alcohol_units": ("Alcohol", "units"),
    "water_l": ("Water", "litres"),
}

EpisodeForm = dict[str, Any]


def _try(errors: dict[str, str], field: str, message: str, check: Any, *args: Any) -> Any:
    try:
        return check(*args)
    except InvalidInputError:
        errors[field] = message
        return None


def check_episode_form(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The diary's keyword arguments for an episode, and every problem (field -> message)."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    if not values.get("location"):
        errors["location"] = "Choose where it was."
    else:
        clean["location"] = _try(
            errors,
            "location",
            "Choose where it was from the list.",
            v.check_location,
            values["location"],
        )
    clean["pain"] = _try(
        errors,
        "pain",
        "Pain must be a whole number from 0 to 10.",
        v.check_pain,
        values.get("pain") or None,
    )
    clean["duration_s"] = _try(
        errors,
        "duration_s",
        "Choose how long it lasted from the list.",
        v.check_duration,
        values.get("duration_s") or None,
    )
    start = values.get("start") or ""
    if start and _try(
        errors,
        "start",
        "Enter when it started: a date and time from 2000 up to now.",
        check_web_start,
        start,
    ):
        clean["start"] = start
    clean["type"] = _try(
        errors,
        "type",
        "Choose a kind from the list, or I don't know.",
        v.check_type,
        values.get("type") or None,
    )
    clean["triggers"] = _try(
        errors,
        "triggers",
        "Each trigger can be at most 60 letters, and at most 20 of them.",
        v.check_triggers,
        values.get("triggers") or [],
    )
    notes = values.get("notes") or ""
    if len(notes) > 4000:
        errors["notes"] = f"Notes can be at most 4,000 characters; these have {len(notes):,}."
    else:
        clean["notes"] = _try(
            errors, "notes", "Notes contain characters that cannot be kept.", v.check_notes, notes
        )
    return clean, errors


def check_day_form(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The day and its values (only those filled in), and every problem (field -> message)."""
    errors: dict[str, str] = {}
    day = values.get("day") or ""
    if not day:
        errors["day"] = "Enter the day."
    else:
        _try(
            errors,
            "day",
            "Enter the day as a date from 2000 up to today.",
            check_web_date,
            day,
            "day",
        )
    given: dict[str, Any] = {}
    for name, (label, unit) in DAY_LABELS.items():
        text = str(values.get(name) or "").strip()
        if not text:
            continue
        _, low, high = v.DAY_FIELDS[name]
        what = f"between {low:g} and {high:g}{' ' + unit if unit else ''}"
        try:
            number = float(text)
        except ValueError:
            errors[name] = f"{label} must be a number {what}."
            continue
        if _try(errors, name, f"{label} must be {what}.", v.check_day_value, name, number) is None:
            continue
        given[name] = text
    if not given and not errors:
        errors["sleep_h"] = (
            "Fill in at least one value: an empty day is not saved, because it would count "
            "as a day without any of the factors."
        )
    return given, errors
