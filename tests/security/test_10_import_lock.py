"""Item 10: an import parses the whole file before it takes the write lock.

Before the fix the write transaction was open while the CSV was read and checked, so
every other writer (the web app, another command) waited for the parsing and failed
after the 30 s busy timeout on a large file. The test reads the file through a source
that, half-way through, tries to take SQLite's write lock from another connection
with a short timeout: that must succeed.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from myotriage.diary.service import DiaryService

ROWS = 30_000


class _WriterCheckingSource(io.StringIO):
    """A CSV source that, at one line, checks whether another writer could write now."""

    def __init__(self, text: str, database: Path, at_line: int) -> None:
        super().__init__(text, newline="")
        self.database = database
        self.at_line = at_line
        self.lines = 0
        self.other_writer_could_write: bool | None = None

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline(-1 if size is None else size)
        self.lines += 1
        if self.lines == self.at_line:
            connection = sqlite3.connect(self.database, timeout=0.2, isolation_level=None)
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("ROLLBACK")
                self.other_writer_could_write = True
            except sqlite3.OperationalError:
                self.other_writer_could_write = False
            finally:
                connection.close()
        return line

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def test_other_writers_are_not_locked_out_while_a_file_is_parsed(tmp_path: Path) -> None:
    database = tmp_path / "d.sqlite3"
    service = DiaryService(f"sqlite:///{database}")
    rows = "".join(
        f"2026-0{1 + i % 9}-{1 + i % 28:02d}T07:{i % 60:02d}:00+00:00,30,loc_calf,{i % 11},,,\n"
        for i in range(ROWS)
    )
    source = _WriterCheckingSource(
        "start,duration_s,location,pain,type,triggers,notes\n" + rows, database, ROWS // 2
    )
    assert service.import_episodes_csv(owner="local", source=source).rows == ROWS
    assert source.other_writer_could_write is True
    assert service.count_episodes(owner="local") == ROWS
