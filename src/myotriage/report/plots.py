"""The report's figures, drawn with matplotlib's Agg backend (no display needed).

Each function returns PNG bytes. Figures are made with ``matplotlib.figure.Figure``
directly rather than ``pyplot``, so nothing global is touched and the web server
can draw reports from several threads.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from myotriage.report.input import ReportInput, ReportStats, TimelinePoint

__all__ = [
    "plot_by_region",
    "plot_pain",
    "plot_per_week",
    "plot_timeline",
    "plot_triggers",
    "report_plots",
]

_SIZE = (7.0, 3.0)
_DPI = 110
_COLOUR = "#2f6690"


def _figure(size: tuple[float, float] = _SIZE) -> tuple[Figure, Axes]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=_DPI, layout="constrained")
    axes = figure.add_subplot()
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _png(figure: Figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _empty(axes: Axes, message: str) -> None:
    axes.text(0.5, 0.5, message, ha="center", va="center", transform=axes.transAxes)
    axes.set_xticks([])
    axes.set_yticks([])


def _day_label(day: date) -> str:
    return f"{day.day} {day:%b}"


def plot_per_week(stats: ReportStats) -> bytes:
    """Bars: episodes in each week (Monday to Sunday), each labelled under its own bar."""
    figure, axes = _figure()
    if not stats.per_week:
        _empty(axes, "no episodes recorded")
    else:
        from matplotlib.ticker import MaxNLocator

        starts = [date.fromisoformat(str(w["week_start"])[:10]) for w in stats.per_week]
        x = list(range(len(starts)))
        axes.bar(x, [w["episodes"] for w in stats.per_week], width=0.75, color=_COLOUR)
        every = max(1, -(-len(x) // 12))  # at most about 12 labels, each under its bar
        axes.set_xticks(x[::every], [_day_label(d) for d in starts[::every]], rotation=45)
        axes.set_xlim(-0.6, len(x) - 0.4)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylabel("episodes per week")
        axes.set_xlabel("week starting (Monday)")
    return _png(figure)


def plot_timeline(timeline: Sequence[TimelinePoint]) -> bytes:
    """Dots: each episode by date and local hour, darker for more pain, every dot outlined."""
    figure, axes = _figure()
    if not timeline:
        _empty(axes, "no episodes recorded")
    else:
        from matplotlib.colors import ListedColormap
        from matplotlib.dates import AutoDateLocator, DateFormatter, date2num

        when = date2num([row[0] for row in timeline])
        hours = [row[0].hour + row[0].minute / 60 for row in timeline]
        known = [(w, h, row[2]) for w, h, row in zip(when, hours, timeline, strict=True)]
        scored = [(w, h, p) for w, h, p in known if p is not None]
        unscored = [(w, h) for w, h, p in known if p is None]
        # Pain 0 must still show on white: the scale runs from mid blue to near black.
        import matplotlib

        base = matplotlib.colormaps["viridis_r"]
        cmap = ListedColormap([base(0.25 + 0.75 * i / 255) for i in range(256)])
        if scored:
            points = axes.scatter(
                [w for w, _, _ in scored],
                [h for _, h, _ in scored],
                c=[p for _, _, p in scored],
                cmap=cmap,
                vmin=0,
                vmax=10,
                s=16,
                edgecolors="#222222",
                linewidths=0.4,
            )
            figure.colorbar(points, ax=axes, label="pain (0 none, 10 worst)")
        if unscored:
            axes.scatter(
                [w for w, _ in unscored],
                [h for _, h in unscored],
                s=16,
                facecolors="white",
                edgecolors="#222222",
                linewidths=0.6,
                label="pain not recorded",
            )
            axes.legend(loc="lower left", bbox_to_anchor=(0, 1), fontsize="small", frameon=False)
        axes.xaxis.set_major_locator(AutoDateLocator(maxticks=8))
        axes.xaxis.set_major_formatter(DateFormatter("%-d %b"))
        axes.set_ylim(0, 24)
        axes.set_yticks([0, 6, 12, 18, 24], ["00:00", "06:00", "12:00", "18:00", "24:00"])
        axes.set_ylabel("time of day")
    return _png(figure)


def plot_by_region(stats: ReportStats) -> bytes:
    """Horizontal bars: episodes per body region, most frequent at the top."""
    figure, axes = _figure()
    if not stats.by_location:
        _empty(axes, "no episodes recorded")
    else:
        names = [k.removeprefix("loc_") for k in stats.by_location][::-1]
        axes.barh(names, list(stats.by_location.values())[::-1], color=_COLOUR)
        axes.set_xlabel("episodes")
    return _png(figure)


def plot_pain(stats: ReportStats) -> bytes:
    """Bars: how many episodes had each pain score."""
    figure, axes = _figure()
    labels = list(stats.pain)
    values = list(stats.pain.values())
    if not any(values):
        _empty(axes, "no episodes recorded")
    else:
        axes.bar(labels, values, color=_COLOUR)
        axes.set_xlabel("pain score (0 none, 10 worst)")
        axes.set_ylabel("episodes")
    return _png(figure)


def plot_triggers(stats: ReportStats) -> bytes:
    """Forest plot: rate ratio with its interval for each factor with enough days."""
    figure, axes = _figure()
    rows = [t for t in stats.triggers if t.enough_data and t.rate_ratio is not None]
    if not rows:
        _empty(axes, "not enough days with context recorded")
        return _png(figure)
    names = [t.factor.replace("_", " ") for t in rows]
    ratios = [t.rate_ratio or 1.0 for t in rows]
    lows = [max(t.ci_low or 0.0, 0.05) for t in rows]
    highs = [t.ci_high if t.ci_high is not None else max(ratios) * 10 for t in rows]
    y = list(range(len(rows)))
    colours = ["#c0392b" if t.flagged else _COLOUR for t in rows]
    axes.hlines(y, lows, highs, colors=colours, linewidth=2)
    axes.scatter(ratios, y, color=colours, zorder=3)
    axes.axvline(1.0, color="grey", linestyle="--", linewidth=1)
    axes.set_xscale("log")
    from matplotlib.ticker import FixedLocator, NullLocator

    left, right = min(lows), max(highs)
    ticks = [t for t in (0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32) if left / 1.5 <= t <= right * 1.5]
    axes.xaxis.set_major_locator(FixedLocator(ticks))
    axes.xaxis.set_minor_locator(NullLocator())
    axes.set_xticks(ticks, [f"{t:g}" for t in ticks])
    axes.set_yticks(y, names)
    axes.invert_yaxis()
    axes.set_xlabel("times as many episodes on days with the factor (1 = no difference)")
    return _png(figure)


def report_plots(data: ReportInput) -> list[dict[str, Any]]:
    """Every figure of the report with its title and a one-line caption."""
    stats = data.stats
    return [
        {
            "title": "Episodes per week",
            "caption": "Each bar is one week, Monday to Sunday.",
            "png": plot_per_week(stats),
        },
        {
            "title": "Timeline",
            "caption": "Each dot is an episode, placed by date and the hour it began (local "
            "time); darker dots were more painful, open dots have no pain score.",
            "png": plot_timeline(data.timeline),
        },
        {
            "title": "By body region",
            "caption": "Where the episodes were felt.",
            "png": plot_by_region(stats),
        },
        {
            "title": "Pain scores",
            "caption": "How painful the episodes were, 0 to 10.",
            "png": plot_pain(stats),
        },
        {
            "title": "Possible triggers",
            "caption": "How many times as many episodes there were on days with each factor, "
            "with the range it probably lies in. A line wholly right of 1 (red) is a link in "
            "this diary, not proof of cause.",
            "png": plot_triggers(stats),
        },
    ]
