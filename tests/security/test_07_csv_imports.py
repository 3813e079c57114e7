"""Item 7: CSV imports refuse a stray quote and invalid UTF-8 at the right line and column,
read with a line-length and size limit, and never echo the file's contents.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from myotriage.diary.service import DiaryService
from myotriage.errors import InvalidInputError

HEADER = "start,duration_s,location,pain,type,triggers,notes\n"


def _row(day: int, notes: str = "") -> str:
    return f"2026-01-{day:02d}T07:00:00+00:00,30,loc_calf,3,,night,{notes}\n"


@pytest.fixture
def service(tmp_path: Path) -> DiaryService:
    return DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")


def _refusal(service: DiaryService, path: Path, kind: str = "episodes") -> InvalidInputError:
    read = service.import_episodes_csv if kind == "episodes" else service.import_days_csv
    with pytest.raises(InvalidInputError) as raised:
        read(owner="local", source=path)
    assert service.count_episodes(owner="local") == 0
    return raised.value


def test_a_stray_quote_is_refused_at_its_line_and_column(
    service: DiaryService, tmp_path: Path
) -> None:
    rows = [_row(1), _row(2, '"woke up, calf tight')]  # line 3: the quote is never closed
    rows += [_row(3 + i % 25) for i in range(60)]
    rows += [_row(28, '"a proper quoted note, with a comma"')]
    path = tmp_path / "stray.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    error = _refusal(service, path)
    column = _row(2, '"woke').index('"') + 1
    assert error.field == f"line 3, column {column}"
    assert "quote" in error.problem


def test_a_stray_quote_that_closes_at_a_line_end_is_refused_too(
    service: DiaryService, tmp_path: Path
) -> None:
    """The runaway cell ends exactly at the end of a later line, so the file parses, and the
    rows it swallowed would otherwise have been stored as one long note."""
    rows = [_row(1, '"stray')] + [_row(2 + i) for i in range(25)]
    text = HEADER + "".join(rows) + '2026-01-28T07:00:00+00:00,30,loc_calf,3,,night,x"\n'
    path = tmp_path / "stray2.csv"
    path.write_text(text, encoding="utf-8")
    error = _refusal(service, path)
    assert error.field.startswith("line 2, column ")


def test_quoted_line_breaks_in_notes_still_import(service: DiaryService, tmp_path: Path) -> None:
    path = tmp_path / "multiline.csv"
    path.write_text(HEADER + _row(1, '"first line\nsecond line"') + _row(2), encoding="utf-8")
    assert service.import_episodes_csv(owner="local", source=path).rows == 2
    notes = [e.notes for e in service.list_episodes(owner="local")]
    assert "first line\nsecond line" in notes


def test_invalid_utf8_is_reported_at_its_own_line(service: DiaryService, tmp_path: Path) -> None:
    good = "".join(_row(1 + i % 25, "fine note " * 5) for i in range(400))
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + good).encode() + _row(3, "caf\xe9").encode("latin-1"))
    error = _refusal(service, path)
    assert error.field == f"line 402, column {len(_row(3, 'caf'))}"
    assert "UTF-8" in error.problem


def test_a_file_without_line_breaks_is_refused_after_a_few_kib(
    service: DiaryService, tmp_path: Path
) -> None:
    """Like /dev/zero: one endless line. Memory stays small, however large the file."""
    path = tmp_path / "zeros.csv"
    path.write_bytes(b"\0" * 20_000_000)
    tracemalloc.start()
    try:
        error = _refusal(service, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.field == "line 1"
    assert "longer than" in error.problem
    assert peak < 2_000_000, f"{peak:,} bytes used to refuse it"


def test_errors_never_echo_the_file(service: DiaryService, tmp_path: Path) -> None:
    secret = "root:$6$Zx8Secret$hash:19000:0:99999:7:::"
    shadow = tmp_path / "shadow"
    shadow.write_text(secret + "\ndaemon:*:19000:0:99999:7:::\n", encoding="utf-8")
    for kind in ("episodes", "days"):
        error = _refusal(service, shadow, kind)
        assert "Secret" not in str(error) and "root" not in str(error), str(error)
    cell = tmp_path / "cell.csv"
    cell.write_text(HEADER + _row(1).replace(",3,", ",Secret-PIN-4711,"), encoding="utf-8")
    error = _refusal(service, cell)
    assert error.field == "line 2, pain"
    assert "Secret" not in str(error)


def test_the_command_line_gives_the_line_and_column(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from myotriage.cli import app

    path = tmp_path / "stray.csv"
    path.write_text(HEADER + _row(1, '"never closed') + _row(2) + _row(3), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["diary", "--db", f"sqlite:///{tmp_path / 'c.sqlite3'}", "import-episodes", str(path)]
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error: line 2, column ")
