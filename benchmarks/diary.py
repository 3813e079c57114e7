"""Diary speed on one million episodes (SQLite): CSV import rate and ``stats`` time.

Targets (issue 4): import at 50,000 episodes per second or better, ``stats`` under
2 seconds. Run with ``.venv/bin/python benchmarks/diary.py``; it takes a minute or
two and prints the figures. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from myotriage.diary.service import DiaryService
from myotriage.diary.synthetic import synthetic_diary

IMPORT_TARGET = 50_000.0
STATS_TARGET = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=1_000_000, help="about how many episodes")
    parser.add_argument("--days", type=int, default=5 * 365, help="days the diary spans")
    parser.add_argument("--repeat", type=int, default=3, help="stats runs (the best is reported)")
    args = parser.parse_args()

    # Caffeine days (35%) have three times the base rate: mean multiplier 0.65 + 0.35 * 3.
    base_rate = args.episodes / args.days / 1.7
    started = time.perf_counter()
    # The diary holds dates up to today, so the generated span ends yesterday.
    start = date.today() - timedelta(days=args.days + 1)
    diary = synthetic_diary(
        days=args.days, seed=1, base_rate=base_rate, planted="caffeine", start=start
    )
    generated = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as directory:
        episodes_csv = Path(directory) / "episodes.csv"
        days_csv = Path(directory) / "days.csv"
        episodes_csv.write_text(diary.episodes_csv)
        days_csv.write_text(diary.days_csv)
        service = DiaryService(f"sqlite:///{Path(directory) / 'bench.sqlite3'}")

        started = time.perf_counter()
        imported = service.import_episodes_csv(owner="bench", source=episodes_csv)
        import_seconds = time.perf_counter() - started
        service.import_days_csv(owner="bench", source=days_csv)

        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            stats = service.stats(owner="bench")
            timings.append(time.perf_counter() - started)
        service.close()

    rate = imported.rows / import_seconds
    best = min(timings)
    caffeine = next(t for t in stats.triggers if t.factor == "caffeine")
    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(f"generated {diary.episodes:,} episodes over {diary.days:,} days in {generated:.1f} s")
    print(
        f"import:  {imported.rows:,} episodes in {import_seconds:.2f} s = {rate:,.0f} episodes/s "
        f"(target >= {IMPORT_TARGET:,.0f}) {'OK' if rate >= IMPORT_TARGET else 'BELOW TARGET'}"
    )
    print(
        f"stats:   best {best:.3f} s of {args.repeat} (runs: {', '.join(f'{t:.3f}' for t in timings)}) "
        f"(target < {STATS_TARGET:.0f} s) {'OK' if best < STATS_TARGET else 'ABOVE TARGET'}"
    )
    print(
        f"check:   {stats.episodes:,} episodes counted; caffeine rate ratio "
        f"{caffeine.rate_ratio:.2f} ({caffeine.ci_low:.2f} to {caffeine.ci_high:.2f})"
    )


if __name__ == "__main__":
    main()
