"""Nothing a user stored is lost: a killed import leaves no trace, concurrent writers lose nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from myotriage.diary.service import DiaryService
from myotriage.diary.synthetic import synthetic_diary

IMPORT = "from myotriage.diary_cli import app; app()"


def _import_in_progress(url: str, service: DiaryService) -> bool:
    """True once the importing process has written rows it has not committed."""
    if url.startswith("sqlite"):
        wal = Path(url.removeprefix("sqlite:///") + "-wal")
        return wal.exists() and wal.stat().st_size > 1_000_000
    with service.engine.connect() as connection:
        query = text(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON l.relation = c.oid "
            "WHERE c.relname = 'diary_episode' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()"
        )
        return bool(connection.execute(query).scalar())


def test_sigkill_during_a_large_import_leaves_the_database_intact(
    db_url: str, owner: str, tmp_path: Path
) -> None:
    service = DiaryService(db_url)
    before = synthetic_diary(days=30, seed=1)
    source = tmp_path / "before.csv"
    source.write_text(before.episodes_csv)
    service.import_episodes_csv(owner="local", source=source)
    kept = service.count_episodes(owner="local")
    kept_export = service.export(owner="local", format="csv")

    # ~300,000 episodes, all in the past (an import checks every row before it writes)
    big = synthetic_diary(
        days=300, seed=2, base_rate=600.0, start=date.today() - timedelta(days=302)
    )
    path = tmp_path / "big.csv"
    path.write_text(big.episodes_csv)
    process = subprocess.Popen(
        [sys.executable, "-c", IMPORT, "--db", db_url, "import-episodes", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 300  # the whole file is checked before the first write
    while not _import_in_progress(db_url, service):
        assert process.poll() is None, "the import finished before it could be interrupted"
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    service.close()
    reopened = DiaryService(db_url)
    assert reopened.count_episodes(owner="local") == kept
    assert reopened.export(owner="local", format="csv") == kept_export
    if db_url.startswith("sqlite"):
        with reopened.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    # The database still takes writes after the crash.
    reopened.create_episode(owner="local", location="calf")
    assert reopened.count_episodes(owner="local") == kept + 1
    reopened.erase(owner="local")
    reopened.close()


WRITER = """
import sys
from myotriage.diary.service import DiaryService
from myotriage.diary.synthetic import synthetic_diary
from myotriage.diary.imports import text_source
url, owner, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
service = DiaryService(url)
total = 0
for round in range(5):
    # a different file each round: the same file again would be skipped as duplicates
    diary = synthetic_diary(days=60, seed=seed * 10 + round, base_rate=20.0)
    total += service.import_episodes_csv(owner=owner, source=text_source(diary.episodes_csv)).rows
    for i in range(40):
        service.create_episode(owner=owner, location="calf", pain=i % 11)
        service.set_day(owner=owner, day=f"2026-01-{1 + i % 28:02d}", stress=i % 11)
print(total)
"""


def test_two_processes_writing_at_once_lose_nothing(db_url: str, owner: str) -> None:
    DiaryService(db_url).close()  # schema first, so the test is about the writes
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db_url, owner, str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in (11, 12)
    ]
    outputs = [w.communicate(timeout=300) for w in writers]
    for writer, (_out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    imported = sum(int(out) for out, _ in outputs)
    service = DiaryService(db_url)
    assert service.count_episodes(owner=owner) == imported + 2 * 5 * 40
    assert len(service.list_days(owner=owner)) == 28
    service.close()


@pytest.mark.parametrize("_", [0])
def test_concurrent_first_use_migrates_once(tmp_path: Path, _: int) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    code = "import sys; from myotriage.diary.service import DiaryService; DiaryService(sys.argv[1])"
    processes = [
        subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err


def test_a_fresh_file_locked_by_another_first_user_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite can refuse a fresh file at once ("database is locked") while another process
    sets it up, without waiting for its busy timeout; the set-up tries again and succeeds,
    and any other error still says what went wrong."""
    from sqlalchemy.exc import OperationalError

    from myotriage.diary import db

    engine = db.create_diary_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    stream = db.MigrationStream(
        name="diary",
        migrations=db.DIARY_MIGRATIONS.migrations,
        version_table=db.DIARY_MIGRATIONS.version_table,
        head=db.DIARY_MIGRATIONS.head,
        lock_key=db.DIARY_MIGRATIONS.lock_key,
    )
    real_upgrade = stream._upgrade
    calls = []

    def locked_once(engine: object) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))
        real_upgrade(engine)  # type: ignore[arg-type]

    monkeypatch.setattr(stream, "_upgrade", locked_once)
    stream.ensure(engine)
    assert len(calls) == 2
    with engine.connect() as connection:
        assert stream.current_revision(connection) == stream.head

    other = db.MigrationStream(
        name="diary",
        migrations=db.DIARY_MIGRATIONS.migrations,
        version_table="other_version",
        head=db.DIARY_MIGRATIONS.head,
        lock_key=1,
    )

    def broken(engine: object) -> None:
        raise OperationalError("CREATE TABLE", {}, Exception("disk I/O error"))

    monkeypatch.setattr(other, "_upgrade", broken)
    with pytest.raises(db.StorageError, match="could not be set up: disk I/O error"):
        other.ensure(engine)
    engine.dispose()
