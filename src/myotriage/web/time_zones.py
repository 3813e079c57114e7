"""The person's time zone: chosen in the episode form, remembered in a cookie, used to show times.

A page without JavaScript cannot ask the browser for its zone, so the episode form
offers a short list of zones (plus any the person chose before); the choice is kept
in a cookie for the diary's pages. A time typed into the form is read in that zone
and stored with its offset, and every time the diary shows is written in that zone
with its abbreviation ("Tue 3 Mar 2026, 07:30 GMT").
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import Request, Response

__all__ = ["COOKIE", "aware", "choices", "chosen", "in_zone", "is_zone", "local_text", "remember"]

COOKIE = "myotriage_tz"
DEFAULT = "UTC"
#: The zones offered first: most people live in one of these (any valid zone is accepted).
COMMON = (
    "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin",
    "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Warsaw",
    "Europe/Athens", "Europe/Helsinki", "Europe/Istanbul", "Africa/Lagos", "Africa/Johannesburg",
    "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai",
    "Asia/Tokyo", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland", "America/St_Johns",
    "America/Halifax", "America/New_York", "America/Chicago", "America/Denver",
    "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
    "America/Mexico_City", "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "UTC",
)  # fmt: skip


@lru_cache(maxsize=1)
def _all_zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones()) | {"UTC"}


def is_zone(name: str) -> bool:
    """Whether ``name`` is a time zone this computer knows (IANA name such as Europe/Paris)."""
    return bool(name) and len(name) <= 64 and name in _all_zones()


def chosen(request: Request) -> str:
    """The zone this browser chose before, or UTC."""
    name = request.cookies.get(COOKIE, "")
    return name if is_zone(name) else DEFAULT


def remember(request: Request, response: Response, name: str) -> None:
    """Keep the chosen zone for the diary's pages (a year; not personal health data)."""
    from myotriage.web.auth import secure_request

    response.set_cookie(
        COOKIE,
        name,
        max_age=365 * 24 * 3600,
        httponly=True,
        secure=secure_request(request),
        samesite="lax",
        path="/diary",
    )


def choices(current: str | None) -> list[tuple[str, str]]:
    """``(value, label)`` for the zone list: the current one first if it is not common."""
    names = list(COMMON)
    if current and is_zone(current) and current not in names:
        names.insert(0, current)
    return [(name, name.replace("_", " ").replace("/", ": ", 1)) for name in names]


def in_zone(moment: datetime, zone: str) -> datetime:
    """``moment`` on the clock of ``zone``."""
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(zone if is_zone(zone) else DEFAULT))


def aware(local_text: str, zone: str) -> str:
    """A ``datetime-local`` value read as a time in ``zone``, as an ISO time with its offset."""
    from zoneinfo import ZoneInfo

    moment = datetime.fromisoformat(local_text.strip())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    return moment.isoformat()


def local_text(moment: datetime, zone: str) -> str:
    """``moment`` as people write it, in ``zone``: "Tue 3 Mar 2026, 07:30 GMT"."""
    here = in_zone(moment, zone)
    return f"{here:%a} {here.day} {here:%b %Y, %H:%M} {here.tzname() or zone}"
