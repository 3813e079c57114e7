"""Statistics checked against numbers worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from myotriage.diary.analytics import frequent_persistent_window
from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryService


def _days(pattern: str) -> np.ndarray:
    """'1' = a day with episodes, '0' = a day without."""
    return np.array([c == "1" for c in pattern], dtype=bool)


def test_most_days_for_more_than_three_weeks_is_flagged() -> None:
    # 4 of every 7 days (Mon, Tue, Thu, Sat pattern) for 22 days: every window has >= 4.
    pattern = ("1101010" * 4)[:22]
    assert frequent_persistent_window(_days(pattern)) == (0, 21)


def test_exactly_three_weeks_is_not_enough() -> None:
    assert frequent_persistent_window(_days("1" * 21)) is None
    assert frequent_persistent_window(_days("1" * 21 + "0" * 30)) is None


def test_three_days_a_week_is_not_frequent() -> None:
    assert frequent_persistent_window(_days("1010100" * 10)) is None


def test_a_gap_breaks_the_stretch() -> None:
    # 14 good days, a week off, 14 good days: no window-run covers 22 days.
    assert frequent_persistent_window(_days("1" * 14 + "0" * 7 + "1" * 14)) is None
    # The longest stretch is reported, here the second one (days 30..59).
    window = frequent_persistent_window(_days("1" * 10 + "0" * 20 + "1" * 30))
    assert window == (30, 59)


@pytest.fixture
def small(service: DiaryService, owner: str) -> tuple[DiaryService, str]:
    episodes = (
        "start,duration_s,location,pain,type,triggers,notes\n"
        "2026-03-02T07:10:00+01:00,60,loc_calf,6,,,\n"  # Monday
        "2026-03-02T23:50:00+01:00,60,loc_calf,8,,,\n"
        "2026-03-04T07:20:00+01:00,60,loc_foot,,,,\n"
        "2026-03-09T13:00:00+01:00,60,loc_calf,6,fasciculation,,\n"  # next Monday
    )
    service.import_episodes_csv(owner=owner, source=text_source(episodes))
    service.set_day(owner=owner, day="2026-03-12", caffeine_mg=100)
    return service, owner


def test_counts_by_week_region_hour_pain_and_type(small: tuple[DiaryService, str]) -> None:
    service, owner = small
    stats = service.stats(owner=owner)
    assert stats.episodes == 4
    assert (stats.first_day, stats.last_day, stats.days_covered) == (
        date(2026, 3, 2),
        date(2026, 3, 12),
        11,
    )
    assert stats.days_with_episodes == 3
    assert stats.per_week == [
        {"week_start": "2026-03-02", "episodes": 3},
        {"week_start": "2026-03-09", "episodes": 1},
    ]
    assert stats.by_location == {"loc_calf": 3, "loc_foot": 1}
    assert [h for h, n in enumerate(stats.by_hour) if n] == [7, 13, 23]
    assert stats.by_hour[7] == 2
    assert stats.pain["6"] == 2 and stats.pain["8"] == 1 and stats.pain["unknown"] == 1
    assert stats.by_type == {"unknown": 3, "fasciculation": 1}
    assert stats.context_days == 1
    assert not stats.frequent_and_persistent


def test_since_limits_the_period(small: tuple[DiaryService, str]) -> None:
    service, owner = small
    stats = service.stats(owner=owner, since="2026-03-05")
    assert stats.episodes == 1 and stats.first_day == date(2026, 3, 9)


def test_empty_diary(service: DiaryService, owner: str) -> None:
    stats = service.stats(owner=owner)
    assert stats.episodes == 0 and stats.per_week == [] and not stats.frequent_and_persistent
    assert all(not t.enough_data for t in stats.triggers)


def test_daily_episodes_for_a_month_are_frequent_and_persistent(
    service: DiaryService, owner: str
) -> None:
    start = date(2026, 1, 1)
    lines = ["start,location"] + [
        f"{start + timedelta(days=i)}T08:00:00+00:00,loc_eyelid" for i in range(30)
    ]
    service.import_episodes_csv(owner=owner, source=text_source("\n".join(lines) + "\n"))
    stats = service.stats(owner=owner)
    assert stats.frequent_and_persistent
    assert stats.frequent_persistent_window is not None
    assert stats.frequent_persistent_window.days == 30
