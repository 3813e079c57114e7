"""What a person shares with a clinic: a snapshot of the latest assessment and the diary summary.

A snapshot, not a live view: the clinic sees what was true when the code was
made, and nothing the person records later.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from myotriage.flows.assessment import diary_assessment, latest_valid_case
from myotriage.web.service import diary_owner

if TYPE_CHECKING:
    from myotriage.web.context import WebContext
    from myotriage.web.service import User

__all__ = ["share_report"]


#: How many of the latest episodes a clinic sees in the list.
EPISODES_SHARED = 50


def share_report(ctx: WebContext, user: User) -> dict[str, Any]:
    """The report a share code unlocks: the assessment with the answers behind it, the diary."""
    from myotriage.diary.trigger_words import trigger_sentence
    from myotriage.diary.validation import LOCATIONS

    owner = diary_owner(user.id)
    stats = ctx.diary.stats(owner=owner)
    assessment = diary_assessment(ctx.diary, owner=owner, knowledge=ctx.knowledge, stats=stats)
    latest, _unreadable = latest_valid_case(ctx.diary, owner=owner, knowledge=ctx.knowledge)
    episodes = ctx.diary.list_episodes(owner=owner, limit=EPISODES_SHARED)
    return {
        "patient": user.display_name,
        "shared_at": datetime.now(UTC).isoformat(),
        "assessment": assessment,
        "case": None if latest is None else {**latest[0], "answered_at": latest[1].isoformat()},
        "episodes": [
            {
                "start": e.start.isoformat(),
                "location": LOCATIONS.get(e.location, e.location),
                "pain": e.pain,
                "duration_s": e.duration_s,
                "triggers": e.triggers,
                "notes": e.notes,
            }
            for e in episodes
        ],
        "per_week": [
            {"week_start": str(r["week_start"]), "episodes": int(r["episodes"])}
            for r in stats.per_week
        ],
        "by_hour": list(stats.by_hour),
        "trigger_lines": [trigger_sentence(t) for t in stats.triggers if t.enough_data],
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
