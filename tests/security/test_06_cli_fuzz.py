"""Item 6: every command, given hostile input, exits 0 or 2 with one line, and prints no
escape codes.

Hypothesis drives each command of ``myotriage`` and ``myotriage diary`` with hostile
option values (Rich markup, ANSI and OSC escape codes, NUL, unpaired surrogates as
non-UTF-8 arguments arrive, numbers of 5,000 digits) and hostile files (random bytes,
invalid UTF-8, deep nesting, huge integers, lists where a choice belongs). The
outcome is always: success, or exit status 2 with exactly one line ``error: ...`` on
standard error; never a traceback, and never a control character on the terminal.
``serve`` is left out: it takes no input but a port, and starts a server.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from myotriage.cli import app

WORK = Path(tempfile.mkdtemp(prefix="myotriage-cli-fuzz-"))
DB = ["--db", f"sqlite:///{WORK / 'fuzz.sqlite3'}"]
HUGE = "9" * 5000

NASTY = [
    "[/]",
    "[bold]x[/bold",
    "\x1b]0;owned\x07",
    "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "\x1b[31mred\x1b[0m",
    "\x9b31m",
    "\ud800",
    "\udcff",
    "a\x00b",
    HUGE,
    "-" + HUGE,
    "nan",
    "1e999",
    "",
    " ",
    "\u202eevil",
    "calf",
    "2026-03-01",
    "today",
    "5",
]
text = st.one_of(st.sampled_from(NASTY), st.text(max_size=30))


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(NASTY),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.dictionaries(
                st.sampled_from(NASTY[:8] + ["id", "evidence", "choice", "age", "sex"]),
                inner,
                max_size=4,
            ),
        ),
        max_leaves=12,
    )


CASE_TEMPLATES = [
    b'{"age": ' + HUGE.encode() + b', "evidence": []}',
    b'{"evidence": [{"id": "loc_calf", "choice": ["present"]}]}',
    b'{"evidence": [{"id": "loc_calf", "choice": {"a": 1}}]}',
    b'{"id": "\\ud800", "evidence": []}',
    b'{"id": "[/]\\u001b]0;x\\u0007", "evidence": []}',
    b"[" * 3000 + b"]" * 3000,
    b'{"evidence": ' + b"[" * 200 + b"]" * 200 + b"}",
    b"\xff\xfe\x00\x01",
    b'{"evidence": []}',
    b"",
]
json_file = st.one_of(
    st.sampled_from(CASE_TEMPLATES),
    st.binary(max_size=200),
    _json_values().map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {
            "evidence": st.lists(
                st.fixed_dictionaries({"id": text, "choice": _json_values()}), max_size=3
            )
        }
    ).map(lambda v: json.dumps(v).encode()),
)
cell = st.one_of(
    st.sampled_from([*NASTY, '"', 'a"b', "loc_calf", "2026-01-02T07:00"]), st.text(max_size=12)
)
csv_file = st.one_of(
    st.binary(max_size=300),
    st.lists(st.lists(cell, min_size=1, max_size=8), max_size=6).map(
        lambda rows: "\n".join(",".join(r) for r in [["start", "location", "notes"], *rows]).encode(
            "utf-8", "surrogatepass"
        )
    ),
    st.lists(st.lists(cell, min_size=1, max_size=7), max_size=6).map(
        lambda rows: "\n".join(",".join(r) for r in [["date", "stress", "sleep_h"], *rows]).encode(
            "utf-8", "surrogatepass"
        )
    ),
)


def _file(data: bytes, name: str) -> str:
    path = WORK / name
    path.write_bytes(data)
    return str(path)


# Each command: how to build its arguments from a Hypothesis ``data`` object.
COMMANDS: dict[str, Any] = {
    "assess": lambda d: ["assess", _file(d.draw(json_file), "case.json")],
    "assess --json": lambda d: ["assess", "--json", _file(d.draw(json_file), "case.json")],
    "interview --answers": lambda d: [
        "interview",
        "--answers",
        _file(d.draw(json_file), "answers.json"),
        "--json",
    ],
    "guide": lambda d: ["guide", d.draw(text)],
    "findings": lambda d: ["findings"],
    "knowledge": lambda d: ["knowledge"],
    "diary add": lambda d: [
        "diary",
        *DB,
        "add",
        "--location",
        d.draw(st.one_of(st.just("calf"), text)),
        "--notes",
        d.draw(text),
        "--trigger",
        d.draw(text),
        "--pain",
        d.draw(st.one_of(st.just("3"), text)),
        "--duration-s",
        d.draw(st.one_of(st.just("30"), text)),
        "--type",
        d.draw(st.one_of(st.just("skeletal_spasm"), text)),
        "--start",
        d.draw(st.one_of(st.just("2026-01-01T07:00"), text)),
    ],
    "diary add --case": lambda d: [
        "diary",
        *DB,
        "add",
        "--location",
        "calf",
        "--case",
        _file(d.draw(json_file), "c.json"),
    ],
    "diary list": lambda d: ["diary", *DB, "list", "--since", d.draw(text)],
    "diary list (stored text)": lambda d: ["diary", *DB, "list"],
    "diary edit": lambda d: [
        "diary",
        *DB,
        "edit",
        d.draw(st.one_of(st.just("1"), text)),
        "--notes",
        d.draw(text),
    ],
    "diary delete": lambda d: ["diary", *DB, "delete", d.draw(text), "--yes"],
    "diary day": lambda d: [
        "diary",
        *DB,
        "day",
        d.draw(st.one_of(st.just("today"), text)),
        "--stress",
        d.draw(text),
    ],
    "diary import-episodes": lambda d: [
        "diary",
        *DB,
        "import-episodes",
        _file(d.draw(csv_file), "e.csv"),
    ],
    "diary import-days": lambda d: ["diary", *DB, "import-days", _file(d.draw(csv_file), "d.csv")],
    "diary export": lambda d: [
        "diary",
        *DB,
        "export",
        "--format",
        d.draw(st.one_of(st.sampled_from(["json", "csv", "fhir", "days-csv"]), text)),
    ],
    "diary stats": lambda d: ["diary", *DB, "stats", "--since", d.draw(text)],
    "diary report": lambda d: [
        "diary",
        *DB,
        "report",
        "--out",
        str(WORK / "r.html"),
        "--name",
        d.draw(text),
    ],
}


def _check(result: Any, args: list[str]) -> None:
    shown = f"{args!r:.300}"
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        shown,
        repr(result.exception),
    )
    assert result.exit_code in (0, 2), (shown, result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr, shown
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), (shown, result.stderr)
    printed = result.stderr if args[:1] == ["diary"] and "export" in args else result.output
    for control in ("\x1b", "\x07", "\x9b", "\x00"):
        assert control not in printed, (shown, printed[:300])


@pytest.mark.parametrize("command", list(COMMANDS))
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_command_meets_hostile_input_with_one_line(command: str, data: Any) -> None:
    args = COMMANDS[command](data)
    result = CliRunner().invoke(app, args, input="")
    _check(result, args)
