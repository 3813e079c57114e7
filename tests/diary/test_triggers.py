"""Trigger analysis: hand-computed rate ratios, and a planted trigger found through the CLI."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from scipy.stats import norm
from typer.testing import CliRunner

from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryService
from myotriage.diary.synthetic import synthetic_diary
from myotriage.diary.triggers import FACTORS, rate_ratio, triggers_analyse
from myotriage.diary_cli import app


def test_rate_ratio_by_hand() -> None:
    # Exposed: 10 days, 20 episodes (2/day, each day exactly 2); other: 10 days, 10 episodes.
    counts = np.array([2.0] * 10 + [1.0] * 10)
    exposed = np.array([True] * 10 + [False] * 10)
    rr, low, high = rate_ratio(counts, exposed, 0.95)
    assert rr == pytest.approx(2.0)
    # No spread within groups, so dispersion is floored at 1: plain Poisson Wald interval.
    half = norm.ppf(0.975) * math.sqrt(1 / 20 + 1 / 10)
    assert low == pytest.approx(2.0 * math.exp(-half))
    assert high == pytest.approx(2.0 * math.exp(half))


def test_overdispersion_widens_the_interval() -> None:
    exposed = np.array([True] * 10 + [False] * 10)
    even = np.array([2.0] * 10 + [1.0] * 10)
    bursty = np.array([20.0] + [0.0] * 9 + [10.0] + [0.0] * 9)  # same totals, in bursts
    _, low_even, high_even = rate_ratio(even, exposed)
    _, low_burst, high_burst = rate_ratio(bursty, exposed)
    assert high_burst is not None and high_even is not None
    assert low_burst < low_even and high_burst > high_even
    assert low_burst < 1  # bursts alone do not make a trigger


def test_no_episodes_on_exposed_days_gives_ratio_zero_and_a_finite_interval() -> None:
    counts = np.array([0.0] * 20 + [1.0] * 20)
    exposed = np.array([True] * 20 + [False] * 20)
    rr, low, high = rate_ratio(counts, exposed)  # Haldane: (0.5/20) / (20.5/20)
    assert rr == 0.0 and low == 0.0 and high is not None and high < 1


def test_too_few_days_means_no_verdict() -> None:
    counts = np.ones(10)
    context = {f.column: np.full(10, np.nan) for f in FACTORS}
    context["caffeine_mg"][:6] = 400  # 6 exposed days: one short
    context["caffeine_mg"][6:] = 50
    result = {t.factor: t for t in triggers_analyse(counts, context)}["caffeine"]
    assert not result.enough_data and result.rate_ratio is None and not result.flagged
    assert (result.exposed_days, result.other_days) == (6, 4)


def test_unrecorded_days_are_left_out() -> None:
    counts = np.array([3.0] * 7 + [1.0] * 7 + [50.0] * 5)
    context = {f.column: np.full(19, np.nan) for f in FACTORS}
    context["stress"][:7] = 8
    context["stress"][7:14] = 2  # the 5 busy days have no stress recorded
    result = {t.factor: t for t in triggers_analyse(counts, context)}["stress"]
    assert (result.exposed_days, result.other_days) == (7, 7)
    assert (result.exposed_episodes, result.other_episodes) == (21, 7)
    assert result.rate_ratio == pytest.approx(3.0)


def test_planted_trigger_is_found_through_the_command_line(tmp_path: Path) -> None:
    """Half a year, caffeine days at three times the rate; other factors independent."""
    diary = synthetic_diary(days=183, seed=20261125, planted="caffeine", rate_ratio=3.0)
    episodes = tmp_path / "episodes.csv"
    days = tmp_path / "days.csv"
    episodes.write_text(diary.episodes_csv)
    days.write_text(diary.days_csv)
    db = ["--db", f"sqlite:///{tmp_path / 'diary.sqlite3'}"]
    runner = CliRunner()
    for command, path in (("import-episodes", episodes), ("import-days", days)):
        result = runner.invoke(app, [*db, command, str(path)])
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, [*db, "stats", "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert stats["episodes"] == diary.episodes
    triggers = {t["factor"]: t for t in stats["triggers"]}
    assert set(triggers) == {
        "caffeine",
        "poor_sleep",
        "stress",
        "exercise",
        "alcohol",
        "dehydration",
    }
    for trigger in triggers.values():
        assert {"factor", "rate_ratio", "ci_low", "ci_high", "exposed_days", "other_days"} <= set(
            trigger
        )
        assert trigger["enough_data"]
    caffeine = triggers.pop("caffeine")
    assert caffeine["ci_low"] > 1 and caffeine["ci_low"] < 3 < caffeine["ci_high"]
    for name, other in triggers.items():
        assert other["ci_low"] <= 1 <= other["ci_high"], name
        assert not other["flagged"], name


def test_planted_trigger_is_found_for_many_seeds_with_few_false_alarms(tmp_path: Path) -> None:
    """Over 20 seeds the planted factor is always found and false flags stay rare
    (the intervals are Bonferroni-adjusted, so at most about 1 in 20 diaries should
    show any false flag)."""
    service = DiaryService(f"sqlite:///{tmp_path / 'diary.sqlite3'}")
    found = false_flags = 0
    for seed in range(20):
        owner = f"seed-{seed}"
        diary = synthetic_diary(days=183, seed=seed, planted="stress", rate_ratio=3.0)
        service.import_episodes_csv(owner=owner, source=text_source(diary.episodes_csv))
        service.import_days_csv(owner=owner, source=text_source(diary.days_csv))
        flagged = {t.factor for t in service.stats(owner=owner).triggers if t.flagged}
        found += "stress" in flagged
        false_flags += len(flagged - {"stress"})
    service.close()
    assert found == 20
    assert false_flags <= 3


def test_no_planted_trigger_flags_nothing(tmp_path: Path) -> None:
    service = DiaryService(f"sqlite:///{tmp_path / 'diary.sqlite3'}")
    diary = synthetic_diary(days=183, seed=7, planted=None)
    service.import_episodes_csv(owner="x", source=text_source(diary.episodes_csv))
    service.import_days_csv(owner="x", source=text_source(diary.days_csv))
    assert [t.factor for t in service.stats(owner="x").triggers if t.flagged] == []
    service.close()
