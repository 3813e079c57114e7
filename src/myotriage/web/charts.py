"""Diary charts as data for small inline SVGs and CSS bars (no JavaScript, CSP-safe).

Numbers are laid out here, in Python, so the templates only place rectangles; the
SVG uses presentation attributes, not inline styles, which the CSP forbids.
"""

from __future__ import annotations

from typing import Any

from myotriage.diary.schemas import DiaryStats

__all__ = ["count_bars", "hour_chart", "week_chart"]

WIDTH = 300
HEIGHT = 120
BASE = 105  # y of the axis; labels sit below it


def _vertical(
    title: str, summary: str, labels: list[str], values: list[int], every: int
) -> dict[str, Any]:
    n = max(8, len(values))  # a lone week stays a bar, not a block
    slot = WIDTH / n
    top = max(values, default=0) or 1
    bars = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        h = round((BASE - 8) * value / top, 1)
        bars.append(
            {
                "x": round(i * slot + slot * 0.12, 1),
                "w": round(slot * 0.76, 1),
                "y": round(BASE - h, 1),
                "h": h,
                "label": label,
                "value": value,
            }
        )
    ticks = [
        {"x": round(i * slot + 1, 1), "label": label}
        for i, label in enumerate(labels)
        if i % every == 0
    ]
    return {
        "title": title,
        "summary": summary,
        "bars": bars,
        "ticks": ticks,
        "width": WIDTH,
        "height": HEIGHT,
        "base": BASE,
    }


def week_chart(stats: DiaryStats, weeks: int = 12) -> dict[str, Any]:
    """Episodes per week over the last ``weeks`` weeks of the diary."""
    rows = stats.per_week[-weeks:]
    labels = [str(r["week_start"])[5:] for r in rows]
    values = [int(r["episodes"]) for r in rows]
    summary = "Episodes per week: " + ", ".join(
        f"week of {r['week_start']}: {v}" for r, v in zip(rows, values, strict=True)
    )
    return _vertical("Episodes per week", summary, labels, values, every=max(1, len(rows) // 4))


def hour_chart(stats: DiaryStats) -> dict[str, Any]:
    """Episodes by hour of the day (the person's own clock)."""
    values = [int(v) for v in stats.by_hour]
    busiest = max(range(24), key=lambda h: values[h]) if any(values) else None
    summary = "Episodes by hour of day" + (
        f"; most at {busiest:02d}:00 ({values[busiest]})" if busiest is not None else ""
    )
    labels = [f"{h:02d}" for h in range(24)]
    return _vertical("Time of day", summary, labels, values, every=6)


def count_bars(
    counts: dict[str, int], names: dict[str, str] | None = None
) -> list[tuple[str, dict[str, int]]]:
    """``[(label, {"count", "pct"})]`` for horizontal CSS bars, largest share 100 %."""
    top = max(counts.values(), default=0) or 1
    return [
        ((names or {}).get(key, key), {"count": value, "pct": round(100 * value / top)})
        for key, value in counts.items()
    ]
