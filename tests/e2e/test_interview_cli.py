"""End to end: ``myotriage interview``, simulated from a case file and driven interactively
through a pseudo-terminal (pexpect) with arrow keys, space and enter, like a person would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest

pytestmark = pytest.mark.e2e

EXE = Path(sys.executable).with_name("myotriage")
DOWN = "\x1b[B"
ENTER = "\r"
SPACE = " "
CTRL_C = "\x03"
DISCLAIMER = "not a diagnosis"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run(
        [str(EXE), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _write(tmp_path: Path, case: Any, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(case))
    return path


# ------------------------------------------------------------------ --answers


def test_answers_json_matches_assess_on_every_public_case(
    public_cases: list[dict[str, Any]], tmp_path: Path
) -> None:
    every = run("assess", str(_write(tmp_path, public_cases, "all.json")), "--json")
    assert every.returncode == 0, every.stderr
    full_triage = {r["id"]: r["triage"] for r in json.loads(every.stdout)}
    for case in public_cases:
        path = _write(tmp_path, case, f"{case['id']}.json")
        out = run("interview", "--answers", str(path), "--json")
        assert out.returncode == 0, out.stderr
        result = json.loads(out.stdout)
        assert result["triage"] == full_triage[case["id"]], case["id"]
        assert result["questions_asked"] == len(result["questions"]) >= 1
        assert result["questions"][0] == "safety_screen"
        assert result["id"] == case["id"]
        assert result["knowledge_version"] and result["disclaimer"]


def test_answers_human_report_ends_with_the_questions(tmp_path: Path) -> None:
    case = {
        "id": "eyelid",
        "age": 30,
        "sex": "female",
        "evidence": [
            {"id": "loc_eyelid", "choice": "present"},
            {"id": "dur_flicker", "choice": "present"},
        ],
    }
    out = run("interview", "--answers", str(_write(tmp_path, case)))
    assert out.returncode == 0, out.stderr
    assert "SELF-CARE" in out.stdout
    assert DISCLAIMER in out.stdout
    assert "Questions asked (" in out.stdout and "safety_screen" in out.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ("{not json", "not valid JSON (line 1"),
        (json.dumps({"evidence": [{"id": "loc_kne", "choice": "present"}]}), "evidence[0].id"),
        (json.dumps({"age": 400, "evidence": []}), "age: expected an integer"),
    ],
)
def test_a_bad_case_file_is_one_line_and_exit_2(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "case.json"
    if content is not None:
        path.write_text(content)
    out = run("interview", "--answers", str(path), "--json")
    assert out.returncode == 2
    assert out.stdout == ""
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_without_a_terminal_the_interactive_interview_says_what_to_do() -> None:
    out = run("interview")
    assert out.returncode == 2
    assert "--answers" in out.stderr and "Traceback" not in out.stderr


# ------------------------------------------------------------------ interactive


def _spawn(*args: str, timeout: int = 30) -> pexpect.spawn:
    env = {
        **os.environ,
        "TERM": "xterm",
        "COLUMNS": "110",
        "LINES": "50",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }
    env.pop("NO_COLOR", None)
    return pexpect.spawn(
        str(EXE),
        ["interview", *args],
        env=env,
        encoding="utf-8",
        dimensions=(50, 110),
        timeout=timeout,
    )


def test_interactive_interview_to_the_report_with_back_and_arrow_keys() -> None:
    child = _spawn()
    try:
        child.expect("right now")
        child.expect(r"space: tick")
        child.send(ENTER)  # nothing ticked: none of these
        child.expect("How old are you")
        child.send("b" + ENTER)  # back to the screen
        child.expect("right now")
        child.expect(r"space: tick")
        child.send(ENTER)
        child.expect("How old are you")
        child.send("41" + ENTER)
        child.expect("What is your sex")
        child.send(DOWN + ENTER)  # the second choice: male
        child.expect("Male")
        # Answer every further question: lists with nothing ticked, choices with the
        # first option moved to with the arrow keys (down, then up again).
        for _ in range(25):
            index = child.expect([r"space: tick", r"arrow keys, enter", DISCLAIMER])
            if index == 2:
                break
            if index == 0:
                child.send(ENTER)
            else:
                child.send(DOWN)
                child.send("\x1b[A")
                child.send(ENTER)
        else:
            pytest.fail("the interview did not end")
        child.expect("knowledge base")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in (child.before or "")


def test_interactive_emergency_at_the_screen_shows_the_report_at_once() -> None:
    child = _spawn()
    try:
        child.expect("right now")
        child.expect(r"space: tick")
        child.send(DOWN)  # the second sign: chest pain
        child.send(SPACE)
        child.send(ENTER)
        child.expect("EMERGENCY")
        child.expect(DISCLAIMER)
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0


def test_ctrl_c_leaves_cleanly_with_status_130() -> None:
    child = _spawn()
    try:
        child.expect("right now")
        child.expect(r"space: tick")
        child.send(ENTER)
        child.expect("How old are you")
        child.send(CTRL_C)
        child.expect("Interview stopped")
        child.expect(pexpect.EOF)
        rest = child.before or ""
    finally:
        child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in rest


def test_interactive_interview_from_a_story_marks_a_suggested_sign() -> None:
    from myotriage.engine.text.reader import reader_available

    if not reader_available():  # a failure under CI=true (tests/ci_strict.py)
        pytest.skip("the optional reader (myotriage[reader]) is not installed")
    story = "I've gone through two pairs of trousers today because I can't hold it"
    child = _spawn("--text", story, timeout=60)
    try:
        child.expect("right now")
        child.expect("bladder or bowels \\(your words may say this\\)")
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 130
