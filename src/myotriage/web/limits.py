"""Date limits the web front applies before anything reaches the diary.

The diary accepts any date after 1900, but a diary spanning centuries makes every
chart and report huge (and a far-off date is always a typo on a phone keyboard),
so the web front takes dates from 2000 to one day ahead.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from myotriage.errors import InvalidInputError

__all__ = ["EARLIEST", "check_web_date", "check_web_start"]

EARLIEST = date(2000, 1, 1)


def check_web_date(text: str, field: str) -> str:
    """A ``YYYY-MM-DD`` from 2000 to tomorrow (returned unchanged for the diary to parse)."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(field, f"expected a date as YYYY-MM-DD, got {text!r}") from None
    if not EARLIEST <= value <= date.today() + timedelta(days=1):
        raise InvalidInputError(field, "expected a date from the year 2000 up to today")
    return text


def check_web_start(text: str, field: str = "start") -> str:
    """A date and time (as a ``datetime-local`` field sends it) from 2000 to tomorrow."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(
            field, f"expected a date and time such as 2026-03-01T07:30, got {text!r}"
        ) from None
    moment = value if value.tzinfo else value.replace(tzinfo=UTC)
    if not datetime(2000, 1, 1, tzinfo=UTC) <= moment <= datetime.now(UTC) + timedelta(days=1):
        raise InvalidInputError(field, "expected a date and time from the year 2000 up to now")
    return text
