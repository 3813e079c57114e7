"""``myotriage diary ...`` driven through Typer's test runner (and once through a terminal)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from myotriage.diary_cli import app


@pytest.fixture
def cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    runner = CliRunner()
    db = ["--db", f"sqlite:///{tmp_path / 'diary.sqlite3'}"]

    def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, [*db, *args], input=input)

    return run


def _one_line_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.output


def test_add_list_edit_delete(cli) -> None:  # type: ignore[no-untyped-def]
    added = cli(
        "add",
        "--location",
        "calf",
        "--pain",
        "7",
        "--start",
        "2026-03-01T07:30+01:00",
        "--trigger",
        "coffee",
        "--trigger",
        "stress",
        "--duration-s",
        "120",
    )
    assert added.exit_code == 0, added.output
    assert "Stored episode 1" in added.stdout
    listed = json.loads(cli("list", "--json").stdout)
    assert listed[0]["location"] == "loc_calf" and listed[0]["triggers"] == ["coffee", "stress"]
    assert "calf" in cli("list").stdout
    edited = cli("edit", "1", "--pain", "", "--notes", "after a long walk")
    assert edited.exit_code == 0, edited.output
    assert json.loads(cli("list", "--json").stdout)[0]["pain"] is None
    assert cli("delete", "1", "--yes").exit_code == 0
    assert json.loads(cli("list", "--json").stdout) == []
    _one_line_error(cli("delete", "1", "--yes"), "episode 1 does not exist")


def test_bad_flags_give_one_line_and_status_2(cli) -> None:  # type: ignore[no-untyped-def]
    _one_line_error(cli("add", "--location", "elbow"), "location")
    _one_line_error(cli("add", "--location", "calf", "--pain", "11"), "pain", "0 to 10")
    _one_line_error(cli("add"), "location")  # not a terminal: no prompts, a clear message
    _one_line_error(cli("day", "2026-02-30", "--sleep-h", "7"), "date")
    _one_line_error(cli("stats", "--since", "last week"), "since")
    _one_line_error(cli("report", "--out", "report.docx"), "out", ".pdf")


def test_a_bad_database_url_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", "nonsense://", "list"])
    _one_line_error(result)


def test_imports_report_the_line_and_keep_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.csv"
    good.write_text(
        "start,duration_s,location,pain,type,triggers,notes\n"
        "2026-03-01T07:30:00+01:00,60,loc_calf,5,,,\n"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "start,duration_s,location,pain,type,triggers,notes\n"
        "2026-03-02T07:30:00+01:00,60,loc_calf,5,,,\n"
        "2026-03-03T07:30:00+01:00,60,loc_calf,high,,,\n"
    )
    assert cli("import-episodes", str(good)).exit_code == 0
    _one_line_error(cli("import-episodes", str(bad)), "line 3, pain")
    assert len(json.loads(cli("list", "--json").stdout)) == 1
    days = tmp_path / "days.csv"
    days.write_text(
        "date,caffeine_mg,sleep_h,stress,exercise_min,alcohol_units,water_l\n"
        "2026-03-01,350,,8,,,\n2026-03-02,x,,,,,\n"
    )
    _one_line_error(cli("import-days", str(days)), "line 3, caffeine_mg")
    _one_line_error(cli("import-days", str(tmp_path / "missing.csv")), "cannot read")


def test_day_records_and_merges(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("day", "2026-03-01", "--caffeine-mg", "350").exit_code == 0
    result = cli("day", "2026-03-01", "--sleep-h", "5.5")
    assert "caffeine_mg 350" in result.stdout and "sleep_h 5.5" in result.stdout
    exported = cli("export", "--format", "days-csv").stdout
    assert "2026-03-01,350.0,5.5,,,," in exported


def test_exports(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--location", "eyelid", "--start", "2026-03-01T07:30+01:00", "--pain", "0")
    assert cli("export", "--format", "csv").stdout.startswith("start,duration_s,location")
    assert (
        json.loads(cli("export", "--format", "json").stdout)["episodes"][0]["location"]
        == "loc_eyelid"
    )
    out = tmp_path / "bundle.json"
    assert cli("export", "--format", "fhir", "--out", str(out)).exit_code == 0
    assert json.loads(out.read_text())["resourceType"] == "Bundle"
    _one_line_error(cli("export", "--format", "xml"), "format")


def test_erase_asks_first(cli) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--location", "calf")
    kept = cli("erase", input="n\n")
    assert kept.exit_code == 1 and "Nothing erased" in kept.stdout
    assert len(json.loads(cli("list", "--json").stdout)) == 1
    gone = cli("erase", input="y\n")
    assert gone.exit_code == 0 and "Erased 1 episodes" in gone.stdout
    assert json.loads(cli("list", "--json").stdout) == []


def test_stats_and_report(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("add", "--location", "calf", "--start", "2026-03-01T07:30+01:00", "--pain", "4")
    text = cli("stats").stdout
    assert "1 episodes" in text and "not a diagnosis" in text
    stats = json.loads(cli("stats", "--json").stdout)
    assert stats["episodes"] == 1 and stats["frequent_and_persistent"] is False
    html = tmp_path / "report.html"
    assert cli("report", "--out", str(html), "--name", "A. Tester").exit_code == 0
    assert "A. Tester" in html.read_text() and "not a diagnosis" in html.read_text()


def test_add_asks_for_details_in_a_terminal(tmp_path: Path) -> None:
    import pexpect

    db = f"sqlite:///{tmp_path / 'diary.sqlite3'}"
    code = "from myotriage.diary_cli import app; app()"
    child = pexpect.spawn(
        sys.executable, ["-c", code, "--db", db, "add"], encoding="utf-8", timeout=30
    )
    child.expect("Where was it")
    child.sendline("foot")
    child.expect("When did it start")
    child.sendline("2026-03-01T22:15+00:00")
    child.expect("How long")
    child.sendline("45")
    child.expect("Pain")
    child.sendline("3")
    child.expect("Triggers")
    child.sendline("long walk")
    child.expect("Notes")
    child.sendline("")
    child.expect("Stored episode 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    from myotriage.diary.service import DiaryService

    service = DiaryService(db)
    episode = service.get_episode(owner="local", episode_id=1)
    assert (episode.location, episode.pain, episode.duration_s, episode.triggers) == (
        "loc_foot",
        3,
        45,
        ["long walk"],
    )
    service.close()
