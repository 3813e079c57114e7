"""Item 9: a days file with only some columns merges into the stored days.

Before the fix, importing ``date,sleep_h`` emptied caffeine, stress, exercise, alcohol
and water of every day it listed. Now a column the file does not have keeps what is
stored; a column it has sets the value (a blank cell clears it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryService


@pytest.mark.parametrize("url_fixture", ["sqlite_url", "postgres_url"])
def test_a_partial_days_file_keeps_the_other_columns(
    request: pytest.FixtureRequest, url_fixture: str, tmp_path: Path
) -> None:
    service = DiaryService(request.getfixturevalue(url_fixture))
    try:
        service.set_day(
            owner="local", day="2026-03-01", caffeine_mg=300, stress=6, water_l=1.5, sleep_h=5
        )
        csv_text = "date,sleep_h,water_l\n2026-03-01,7.5,\n2026-03-02,6,2\n"
        assert service.import_days_csv(owner="local", source=text_source(csv_text)).rows == 2
        first, second = service.list_days(owner="local")
        assert (first.caffeine_mg, first.stress) == (300.0, 6.0)  # not in the file: kept
        assert (first.sleep_h, first.water_l) == (7.5, None)  # in the file: set or cleared
        assert (second.sleep_h, second.water_l, second.caffeine_mg) == (6.0, 2.0, None)
    finally:
        service.erase(owner="local")
        service.close()
