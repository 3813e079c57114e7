"""Engine speed: in-process throughput, the CLI end to end, and start-up time.

Run with ``.venv/bin/python benchmarks/engine_speed.py`` (or ``make bench``). Targets
(issues 2 and 8): >= 20,000 cases/s in-process on one core; a 20,000-case file through
``myotriage assess --json`` at >= 2,000 cases/s; ``myotriage --version`` within 4x a
bare ``python -c pass``.

What is timed in process is what a user of ``assess_many`` gets: the batch is assessed and,
for every case, the triage level, the red flags behind it, the type probabilities and the
five most likely conditions with their probabilities are read. (Causes, advice, tests and
explanations are built when first read; the JSON form, which reads them all, is timed
separately: one case at a time with ``assess(...).to_dict()``, and for a batch with
``assess_many`` + ``to_dict``, as the command line does, with the cyclic garbage collector
paused: keeping thousands of large results alive while the collector walks them again and
again after every few hundred allocations otherwise costs more than making them.)

The machine is shared and its speed varies by a factor of two or more from minute to
minute, so every figure comes with a baseline timed in the same run, just before and
after: a fixed pure-Python loop (``baseline_ms``, a million additions) and, for start-up,
``python -c pass``. Compare runs by the ratio to the baseline, not by the raw figure.
To time an older version of the code in the same conditions, put its ``src`` first on
``PYTHONPATH`` (the command line then runs it too).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from myotriage.engine.assessment import Assessment, assess, assess_many
from myotriage.engine.case import parse_case
from myotriage.engine.case_sampling import sample_cases
from myotriage.knowledge.loader import load_knowledge

EXE = Path(sys.executable).with_name("myotriage")


def baseline_ms() -> float:
    """A fixed amount of pure-Python work (a million additions), in milliseconds."""
    start = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i
    return (time.perf_counter() - start) * 1e3


def _read_what_users_get(results: list[Assessment]) -> int:
    """Read the level, red flags, type probabilities and top conditions of every result (so
    that the figure includes them whatever is computed eagerly or on first access)."""
    seen = 0
    for a in results:
        seen += len(a.triage) + len(a.red_flags) + len(a.probabilities)
        seen += len(a.top_conditions(5))
    return seen


def in_process(n: int) -> dict[str, float]:
    kb = load_knowledge()
    cases = sample_cases(n, seed=42)
    _read_what_users_get(assess_many(cases[:10], kb))  # warm the caches (knowledge, tables)
    before = baseline_ms()
    start = time.perf_counter()
    _read_what_users_get(assess_many(cases, kb))
    elapsed = time.perf_counter() - start
    after = baseline_ms()
    part = cases[: n // 10]
    start = time.perf_counter()
    for case in part:
        assess(case, kb)
    one_by_one = time.perf_counter() - start
    start = time.perf_counter()
    for case in part:
        assess(parse_case(case, kb), kb).to_dict()
    with_dict = time.perf_counter() - start
    gc.disable()  # as the command line does while it makes a batch's JSON (see below)
    try:
        start = time.perf_counter()
        batch_dicts = [a.to_dict() for a in assess_many(part, kb)]
        batch_with_dict = time.perf_counter() - start
    finally:
        gc.enable()
    assert len(batch_dicts) == len(part)
    return {
        "cases": n,
        "seconds": elapsed,
        "cases_per_s": n / elapsed,
        "us_per_case": 1e6 * elapsed / n,
        "with_to_dict_cases_per_s": len(part) / with_dict,
        "batch_with_to_dict_cases_per_s": len(part) / batch_with_dict,
        "one_by_one_cases_per_s": len(part) / one_by_one,
        "baseline_ms": (before + after) / 2,
    }


def cli_end_to_end(n: int) -> dict[str, float]:
    cases = sample_cases(n, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.json"
        path.write_text(json.dumps(cases))
        start = time.perf_counter()
        out = subprocess.run(
            [str(EXE), "assess", str(path), "--json"], capture_output=True, check=True
        )
        elapsed = time.perf_counter() - start
    assert len(json.loads(out.stdout)) == n
    return {"cases": n, "seconds": elapsed, "cases_per_s": n / elapsed}


def _time_command(argv: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup(repeats: int) -> dict[str, float]:
    bare = _time_command([sys.executable, "-c", "pass"], repeats)
    version = _time_command([str(EXE), "--version"], repeats)
    help_ = _time_command([str(EXE), "--help"], repeats)
    return {
        "python_ms": bare * 1e3,
        "version_ms": version * 1e3,
        "ratio": version / bare,
        "help_ms": help_ * 1e3,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--cli-cases", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says

    a = in_process(args.cases)
    print(
        f"in-process (assess_many): {a['cases']:,} cases in {a['seconds']:.2f} s = {a['cases_per_s']:,.0f} cases/s "
        f"({a['us_per_case']:.1f} us/case; one by one {a['one_by_one_cases_per_s']:,.0f}/s; with JSON dict "
        f"{a['with_to_dict_cases_per_s']:,.0f}/s one by one, {a['batch_with_to_dict_cases_per_s']:,.0f}/s in a batch)"
        f" [target >= 20,000/s]; baseline loop {a['baseline_ms']:.0f} ms"
    )
    before = baseline_ms()
    b = cli_end_to_end(args.cli_cases)
    after = baseline_ms()
    print(
        f"CLI end to end: {b['cases']:,} cases in {b['seconds']:.2f} s = {b['cases_per_s']:,.0f} cases/s "
        f"[target >= 2,000/s]; baseline loop {(before + after) / 2:.0f} ms"
    )
    c = startup(args.repeats)
    print(
        f"start-up: python -c pass {c['python_ms']:.1f} ms; myotriage --version {c['version_ms']:.1f} ms "
        f"= {c['ratio']:.2f}x [target <= 4x]; myotriage --help {c['help_ms']:.0f} ms"
    )


if __name__ == "__main__":
    main()
