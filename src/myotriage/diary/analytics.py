"""The diary's statistics, computed by the database and NumPy (no loop over episodes).

The database does the heavy part: two ``GROUP BY`` queries over the episodes
(one per local day; one per hour, body region, pain score and type together),
both answered from one covering index without reading the table. NumPy then works on one number per *day*:
weekly counts, the frequent-and-persistent pattern, and the trigger analysis of
:mod:`myotriage.diary.triggers`.

**Frequent and persistent.** The seed says frequent and persistent contractions
need a doctor, and the clinical reference puts the line for persistent symptoms
at "more than three weeks" (persistence findings of the case format) with "most
days" for frequent. The diary therefore flags the pattern when there is a stretch
of more than 21 consecutive days (at least 22) in which *every* 7-day window holds
episodes on at least 4 of its 7 days.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from myotriage.diary.models import days as days_table
from myotriage.diary.models import episodes
from myotriage.diary.schemas import DiaryStats, PersistenceWindow
from myotriage.diary.triggers import FACTORS, MIN_DAYS, triggers_analyse

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "PERSIST_MIN_DAYS",
    "WINDOW_DAYS",
    "WINDOW_MIN_EPISODE_DAYS",
    "diary_stats",
    "frequent_persistent_window",
]

WINDOW_DAYS = 7
WINDOW_MIN_EPISODE_DAYS = 4
PERSIST_MIN_DAYS = 22

METHODS = {
    "frequent_and_persistent": (
        f"a stretch in which every {WINDOW_DAYS}-day window has episodes on at least "
        f"{WINDOW_MIN_EPISODE_DAYS} days, at least {PERSIST_MIN_DAYS} days long from its first "
        "to its last day with episodes (episodes on most days for more than three weeks)"
    ),
    "exposed_day": "; ".join(f"{f.name}: {f.definition}" for f in FACTORS),
    "rate_ratio": (
        "episode rate on exposed days divided by the rate on other days (days where the "
        "factor was not recorded are left out); Poisson model, quasi-Poisson dispersion, "
        "Wald interval on the log scale, Bonferroni-adjusted to a 95% family-wise level "
        f"over the factors tested; tested only with at least {MIN_DAYS} exposed and "
        f"{MIN_DAYS} other days; an association, not proof of cause"
    ),
    "hours": "local time of the person when the episode started",
}


def frequent_persistent_window(has_episode: npt.NDArray[np.bool_]) -> tuple[int, int] | None:
    """``(first, last)`` day index of the longest qualifying stretch, or ``None``.

    >>> import numpy as np
    >>> frequent_persistent_window(np.ones(22, dtype=bool))
    (0, 21)
    >>> frequent_persistent_window(np.ones(21, dtype=bool)) is None
    True
    """
    import numpy as np

    n = len(has_episode)
    if n < PERSIST_MIN_DAYS:
        return None
    cumulative = np.concatenate(([0], np.cumsum(has_episode.astype(np.int64))))
    window_sums = cumulative[WINDOW_DAYS:] - cumulative[:-WINDOW_DAYS]  # window ending at i+6
    good = window_sums >= WINDOW_MIN_EPISODE_DAYS
    if not good.any():
        return None
    # Runs of consecutive good windows; each covers its first window's start to its
    # last window's end, trimmed to the first and last day that had episodes.
    padded = np.concatenate(([False], good, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    run_first, run_last = edges[0::2], edges[1::2] - 1 + WINDOW_DAYS - 1
    episode_days = np.flatnonzero(has_episode)
    first = episode_days[np.searchsorted(episode_days, run_first)]
    last = episode_days[np.searchsorted(episode_days, run_last, side="right") - 1]
    lengths = last - first + 1
    best = int(np.argmax(lengths))
    if lengths[best] < PERSIST_MIN_DAYS:
        return None
    return int(first[best]), int(last[best])


def _grouped(connection: Connection, column: Any, where: list[Any]) -> list[tuple[Any, int]]:
    query = select(column, func.count()).where(*where).group_by(column)
    return [(key, int(count)) for key, count in connection.execute(query)]


def diary_stats(
    connection: Connection, *, owner: str, since: date | None = None, until: date | None = None
) -> DiaryStats:
    """All statistics for ``owner``'s diary, from ``since`` (inclusive) to ``until``."""
    import numpy as np

    where: list[Any] = [episodes.c.owner == owner]
    day_where: list[Any] = [days_table.c.owner == owner]
    if since is not None:
        where.append(episodes.c.local_date >= since)
        day_where.append(days_table.c.day >= since)
    if until is not None:
        where.append(episodes.c.local_date <= until)
        day_where.append(days_table.c.day <= until)

    per_day = _grouped(connection, episodes.c.local_date, where)
    columns = [days_table.c[f.column] for f in FACTORS]
    context_rows = connection.execute(select(days_table.c.day, *columns).where(*day_where)).all()

    all_days = [d for d, _ in per_day] + [row[0] for row in context_rows]
    if not all_days:
        return _empty_stats()
    first, last = min(all_days), max(all_days)
    span = (last - first).days + 1
    counts = np.zeros(span, dtype=np.float64)
    if per_day:
        index = np.array([(d - first).days for d, _ in per_day], dtype=np.int64)
        counts[index] = np.array([c for _, c in per_day], dtype=np.float64)
    context = {f.column: np.full(span, np.nan) for f in FACTORS}
    if context_rows:
        index = np.array([(row[0] - first).days for row in context_rows], dtype=np.int64)
        table = np.array([[np.nan if v is None else v for v in row[1:]] for row in context_rows])
        for position, factor in enumerate(FACTORS):
            context[factor.column][index] = table[:, position]

    # One pass over the covering index gives every breakdown; the groups are few.
    breakdown = select(
        episodes.c.local_hour, episodes.c.location, episodes.c.pain, episodes.c.type, func.count()
    ).where(*where)
    breakdown = breakdown.group_by(
        episodes.c.local_hour, episodes.c.location, episodes.c.pain, episodes.c.type
    )
    by_hour = np.zeros(24, dtype=np.int64)
    pain = {str(score): 0 for score in range(11)} | {"unknown": 0}
    locations: dict[str, int] = {}
    types: dict[str, int] = {}
    for hour, location, score, kind, count in connection.execute(breakdown):
        by_hour[int(hour)] += count
        pain["unknown" if score is None else str(score)] += count
        locations[location] = locations.get(location, 0) + count
        key = "unknown" if kind is None else kind
        types[key] = types.get(key, 0) + count
    by_location = dict(sorted(locations.items(), key=lambda kv: (-kv[1], kv[0])))
    by_type = dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))

    window = frequent_persistent_window(counts > 0)
    return DiaryStats(
        episodes=int(counts.sum()),
        first_day=first,
        last_day=last,
        days_covered=span,
        days_with_episodes=int((counts > 0).sum()),
        context_days=len(context_rows),
        frequent_and_persistent=window is not None,
        frequent_persistent_window=None
        if window is None
        else PersistenceWindow(
            start=first + timedelta(days=window[0]),
            end=first + timedelta(days=window[1]),
            days=window[1] - window[0] + 1,
        ),
        per_week=_per_week(first, counts),
        by_location=by_location,
        by_hour=[int(v) for v in by_hour],
        pain=pain,
        by_type=by_type,
        triggers=triggers_analyse(counts, context),
        methods=METHODS,
    )


def _per_week(first: date, counts: npt.NDArray[np.float64]) -> list[dict[str, Any]]:
    """Episodes per ISO week (Monday first), every week of the period included."""
    import numpy as np

    offset = first.weekday()  # days between the Monday of the first week and ``first``
    padded = np.concatenate((np.zeros(offset), counts))
    weeks = -(-len(padded) // 7)
    padded = np.concatenate((padded, np.zeros(weeks * 7 - len(padded))))
    totals = padded.reshape(weeks, 7).sum(axis=1)
    monday = first - timedelta(days=offset)
    return [
        {"week_start": (monday + timedelta(weeks=i)).isoformat(), "episodes": int(total)}
        for i, total in enumerate(totals)
    ]


def _empty_stats() -> DiaryStats:
    import numpy as np

    return DiaryStats(
        episodes=0,
        first_day=None,
        last_day=None,
        days_covered=0,
        days_with_episodes=0,
        context_days=0,
        frequent_and_persistent=False,
        frequent_persistent_window=None,
        per_week=[],
        by_location={},
        by_hour=[0] * 24,
        pain={str(score): 0 for score in range(11)} | {"unknown": 0},
        by_type={},
        triggers=triggers_analyse(np.zeros(0), {f.column: np.zeros(0) for f in FACTORS}),
        methods=METHODS,
    )
