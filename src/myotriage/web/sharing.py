"""What a person shares with a clinic: a snapshot of the latest assessment and the diary summary.

A snapshot, not a live view: the clinic sees what was true when the code was
made, and nothing the person records later.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from myotriage.web.service import diary_owner

if TYPE_CHECKING:
    from myotriage.web.context import WebContext
    from myotriage.web.service import User

__all__ = ["share_report"]


def share_report(ctx: WebContext, user: User) -> dict[str, Any]:
    """The report a share code unlocks."""
    owner = diary_owner(user.id)
    stats = ctx.diary.stats(owner=owner)
    assessment = ctx.diary.assessment(owner=owner, stats=stats)
    return {
        "patient": user.display_name,
        "shared_at": datetime.now(UTC).isoformat(),
        "assessment": assessment,
        "stats": {
            "episodes": stats.episodes,
            "first_day": None if stats.first_day is None else stats.first_day.isoformat(),
            "last_day": None if stats.last_day is None else stats.last_day.isoformat(),
            "days_covered": stats.days_covered,
            "days_with_episodes": stats.days_with_episodes,
            "frequent_and_persistent": stats.frequent_and_persistent,
            "by_location": stats.by_location,
            "flagged_triggers": [t.definition for t in stats.triggers if t.flagged],
        },
    }
