"""Synthetic diaries with a known answer, for tests, demos and the benchmark.

Each day's context is drawn independently of every other factor; the daily
number of episodes is Poisson with a base rate, multiplied by ``rate_ratio`` on
days exposed to the one ``planted`` factor (by the same rule the analysis uses,
:data:`myotriage.diary.triggers.FACTORS`). So the planted factor is a real
cause in this data and the other factors are truly unrelated to the episodes:
a fair test of whether the trigger analysis finds the first and leaves the rest.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from myotriage.diary.imports import DAY_COLUMNS, EPISODE_COLUMNS
from myotriage.diary.triggers import FACTORS
from myotriage.diary.validation import LOCATIONS

__all__ = ["SyntheticDiary", "synthetic_diary"]


@dataclass(frozen=True)
class SyntheticDiary:
    """The two CSV files of a generated diary and how many episodes it holds."""

    episodes_csv: str
    days_csv: str
    episodes: int
    days: int


def synthetic_diary(
    *,
    days: int = 182,
    seed: int = 0,
    base_rate: float = 0.6,
    planted: str | None = "caffeine",
    rate_ratio: float = 3.0,
    start: date = date(2026, 1, 5),
    missing: float = 0.03,
    utc_offset: str = "+01:00",
) -> SyntheticDiary:
    """Generate ``days`` days of context and episodes with a fixed ``seed``."""
    import numpy as np

    factors = {f.name: f for f in FACTORS}
    if planted is not None and planted not in factors:
        raise ValueError(f"planted must be one of {', '.join(factors)} or None, got {planted!r}")
    rng = np.random.default_rng(seed)
    n = days
    high_caffeine = rng.random(n) < 0.35
    context = {
        "caffeine_mg": np.where(high_caffeine, rng.uniform(300, 600, n), rng.uniform(0, 250, n)),
        "sleep_h": np.clip(rng.normal(7.0, 1.2, n), 3.0, 11.0),
        "stress": rng.integers(0, 11, n).astype(float),
        "exercise_min": np.where(
            rng.random(n) < 0.3, rng.uniform(60, 120, n), rng.uniform(0, 45, n)
        ),
        "alcohol_units": np.where(
            rng.random(n) < 0.25, rng.uniform(3, 6, n), rng.uniform(0, 2.5, n)
        ),
        "water_l": np.clip(rng.normal(2.0, 0.5, n), 0.3, 5.0),
    }
    for values in context.values():  # a few blanks, as in real diaries
        values[rng.random(n) < missing] = np.nan
    rate = np.full(n, base_rate)
    if planted is not None:
        factor = factors[planted]
        exposed = factor.exposed(context[factor.column]) & ~np.isnan(context[factor.column])
        rate = np.where(exposed, base_rate * rate_ratio, base_rate)
    counts = rng.poisson(rate)

    day_numbers = np.datetime64(start.isoformat(), "D") + np.arange(n).astype("timedelta64[D]")
    day_text = np.datetime_as_string(day_numbers, unit="D")
    out_days = io.StringIO()
    out_days.write(",".join(DAY_COLUMNS) + "\n")
    columns = [context[name] for name in DAY_COLUMNS[1:]]
    for i in range(n):
        cells = ["" if np.isnan(col[i]) else f"{col[i]:.1f}" for col in columns]
        out_days.write(day_text[i] + "," + ",".join(cells) + "\n")

    total = int(counts.sum())
    episode_day = np.repeat(day_numbers, counts)
    seconds = rng.integers(0, 86_400, total)
    order = np.lexsort((seconds, episode_day))
    stamps = episode_day[order].astype("datetime64[s]") + seconds[order].astype("timedelta64[s]")
    start_text = np.char.add(np.datetime_as_string(stamps, unit="s"), utc_offset)
    regions = np.array(["loc_calf", "loc_foot", "loc_thigh", "loc_eyelid"])
    location = regions[rng.choice(len(regions), total, p=[0.5, 0.2, 0.2, 0.1])]
    duration = rng.integers(5, 600, total).astype(str)
    pain = rng.integers(0, 11, total).astype(str)
    pain[rng.random(total) < missing] = ""
    body = np.char.add(np.char.add(start_text, ","), duration)
    body = np.char.add(np.char.add(body, ","), location)
    body = np.char.add(np.char.add(body, ","), pain)
    lines = np.char.add(body, ",skeletal_spasm,,\n")
    assert len(EPISODE_COLUMNS) == 7
    episodes_text = ",".join(EPISODE_COLUMNS) + "\n" + "".join(lines.tolist())
    assert LOCATIONS.keys() >= set(regions.tolist())
    return SyntheticDiary(
        episodes_csv=episodes_text, days_csv=out_days.getvalue(), episodes=total, days=n
    )
