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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from myotriage.diary.service import DiaryService

ROWS = 60_000  # about 3 MB: read in several blocks, so half-way is mid-parse


class _WriterCheckingSource(io.StringIO):
    """A CSV source that, once half of it has been read, checks whether another writer
    could write now (however the importer reads it: by lines or by blocks)."""

    def __init__(self, text: str, database: Path) -> None:
        super().__init__(text, newline="")
        self.database = database
        self.half = len(text) // 2
        self.other_writer_could_write: bool | None = None

    def _check(self) -> None:
        if self.other_writer_could_write is not None or self.tell() < self.half:
            return
        connection = sqlite3.connect(self.database, timeout=0.2, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            self.other_writer_could_write = True
        except sqlite3.OperationalError:
            self.other_writer_could_write = False
        finally:
            connection.close()

    def read(self, size: int | None = -1) -> str:
        text = super().read(size)
        self._check()
        return text

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline(-1 if size is None else size)
        self._check()
        return line

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def test_other_writers_are_not_locked_out_while_a_file_is_parsed(tmp_path: Path) -> None:
    database = tmp_path / "d.sqlite3"
    service = DiaryService(f"sqlite:///{database}")
    first = datetime(2025, 1, 1, tzinfo=UTC)
    rows = "".join(
        f"{(first + timedelta(minutes=i)).isoformat()},30,loc_calf,{i % 11},,,\n"
        for i in range(ROWS)
    )
    source = _WriterCheckingSource(
        "start,duration_s,location,pain,type,triggers,notes\n" + rows, database
    )
    assert service.import_episodes_csv(owner="local", source=source).rows == ROWS
    assert source.other_writer_could_write is True
    assert service.count_episodes(owner="local") == ROWS
