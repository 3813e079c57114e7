"""Importing the same file twice does not double the diary: exact duplicates are skipped."""

from __future__ import annotations

from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryService

CSV = """start,duration_s,location,pain,type,triggers,notes
2026-03-01T07:30:00+01:00,60,calf,5,,night,woke me
2026-03-02T22:10:00+00:00,,foot,,,,
2026-03-03T12:00:00.250000+00:00,30,eyelid,1,fasciculation,caffeine;stress,
"""


def test_the_same_file_twice_is_stored_once(service: DiaryService, owner: str) -> None:
    first = service.import_episodes_csv(owner=owner, source=text_source(CSV))
    assert (first.rows, first.skipped) == (3, 0)
    again = service.import_episodes_csv(owner=owner, source=text_source(CSV))
    assert (again.rows, again.skipped) == (0, 3)
    assert service.count_episodes(owner=owner) == 3
    # one changed field makes it a different episode; another person's diary is separate
    changed = CSV.replace("woke me", "woke me twice")
    third = service.import_episodes_csv(owner=owner, source=text_source(changed))
    assert (third.rows, third.skipped) == (1, 2)
    other = service.import_episodes_csv(owner=owner + "-b", source=text_source(CSV))
    assert (other.rows, other.skipped) == (3, 0)


def test_identical_rows_within_one_file_are_all_kept(service: DiaryService, owner: str) -> None:
    rows = CSV.splitlines()
    twice = "\n".join([rows[0], rows[1], rows[1]]) + "\n"
    first = service.import_episodes_csv(owner=owner, source=text_source(twice))
    assert (first.rows, first.skipped) == (2, 0)
    again = service.import_episodes_csv(owner=owner, source=text_source(twice))
    assert (again.rows, again.skipped) == (0, 2)
