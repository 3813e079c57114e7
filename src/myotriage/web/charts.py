"""Diary charts as data for small inline SVGs and CSS bars (no JavaScript, CSP-safe).

Numbers are laid out here, in Python, so the templates only place rectangles and
text; the SVG uses presentation attributes, not inline styles, which the CSP
forbids. Each chart has real axes: a count axis with round numbers and gridlines,
and readable labels under the bars ("3 Mar", "06:00"). The SVG keeps its aspect
ratio, so on a wide screen it grows evenly instead of stretching its text.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

__all__ = ["count_bars", "hour_chart", "nice_ticks", "week_chart"]

WIDTH = 340
HEIGHT = 170
LEFT = 30  # room for the count axis numbers
RIGHT = 6
TOP = 10
BASE = 140  # y of the time axis; its labels sit below it


def nice_ticks(top: int) -> list[int]:
    """Round numbers from 0 to at least ``top`` for a count axis (at most about 5 ticks)."""
    if top <= 0:
        return [0, 1]
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    last = step * math.ceil(top / step)
    return list(range(0, last + 1, step))


def _vertical(
    title: str, summary: str, labels: list[str], values: list[int], every: int, axis: str
) -> dict[str, Any]:
    n = max(8, len(values))  # a lone week stays a bar, not a block
    plot_w = WIDTH - LEFT - RIGHT
    slot = plot_w / n
    ticks_y = nice_ticks(max(values, default=0))
    top = ticks_y[-1]
    scale = (BASE - TOP) / top
    bars = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        h = round(scale * value, 1)
        bars.append(
            {
                "x": round(LEFT + i * slot + slot * 0.15, 1),
                "w": round(slot * 0.7, 1),
                "y": round(BASE - h, 1),
                "h": h,
                "label": label,
                "value": value,
            }
        )
    ticks_x = [
        {"x": round(LEFT + i * slot + slot / 2, 1), "label": label}
        for i, label in enumerate(labels)
        if i % every == 0
    ]
    grid = [{"y": round(BASE - scale * t, 1), "label": t} for t in ticks_y]
    return {
        "title": title,
        "summary": summary,
        "bars": bars,
        "ticks": ticks_x,
        "grid": grid,
        "axis": axis,
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "base": BASE,
    }


def _day_label(day: Any) -> str:
    value = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
    return f"{value.day} {value.strftime('%b')}"


def week_chart(per_week: list[dict[str, Any]], weeks: int = 12) -> dict[str, Any]:
    """Episodes per week over the last ``weeks`` weeks (``DiaryStats.per_week``)."""
    rows = per_week[-weeks:]
    labels = [_day_label(r["week_start"]) for r in rows]
    values = [int(r["episodes"]) for r in rows]
    summary = "Episodes per week: " + ", ".join(
        f"week of {label}: {v}" for label, v in zip(labels, values, strict=True)
    )
    every = max(1, math.ceil(len(rows) / 4))
    return _vertical("Episodes per week", summary, labels, values, every, "week starting")


def hour_chart(by_hour: list[int]) -> dict[str, Any]:
    """Episodes by hour of the day, the person's own clock (``DiaryStats.by_hour``)."""
    values = [int(v) for v in by_hour]
    busiest = max(range(24), key=lambda h: values[h]) if any(values) else None
    summary = "Episodes by hour of day" + (
        f"; most at {busiest:02d}:00 ({values[busiest]})" if busiest is not None else ""
    )
    labels = [f"{h:02d}:00" for h in range(24)]
    return _vertical("Time of day", summary, labels, values, every=6, axis="hour of the day")


def count_bars(
    counts: dict[str, int], names: dict[str, str] | None = None
) -> list[tuple[str, dict[str, int]]]:
    """``[(label, {"count", "pct"})]`` for horizontal CSS bars, largest share 100 %."""
    top = max(counts.values(), default=0) or 1
    return [
        ((names or {}).get(key, key), {"count": value, "pct": round(100 * value / top)})
        for key, value in counts.items()
    ]
