"""End to end: the installed ``myotriage`` command, run as a subprocess like a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import checked_expectations

pytestmark = pytest.mark.e2e

EXE = Path(sys.executable).with_name("myotriage")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run(
        [str(EXE), *args], input=stdin, capture_output=True, text=True, timeout=60, env=env
    )


def test_the_command_is_installed() -> None:
    assert EXE.exists(), f"{EXE} missing: install the package (make test does)"


def test_version() -> None:
    from myotriage import __version__

    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"myotriage {__version__}"


def test_public_cases_as_a_list(public_cases: list[dict[str, Any]], tmp_path: Path) -> None:
    stripped = [{k: v for k, v in c.items() if k != "expected"} for c in public_cases]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(stripped))
    out = run("assess", str(path), "--json")
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert isinstance(results, list) and len(results) == len(public_cases)
    wrong = [
        (case["id"], key, result[key], value)
        for case, result in zip(public_cases, results, strict=True)
        for key, value in checked_expectations(case).items()
        if result[key] != value
    ]
    assert not wrong
    assert all(r["knowledge_version"] for r in results)


def test_single_case_from_stdin_gives_an_object() -> None:
    case = {
        "id": "s",
        "evidence": [
            {"id": "loc_eyelid", "choice": "present"},
            {"id": "dur_flicker", "choice": "present"},
        ],
    }
    out = run("assess", "-", "--json", stdin=json.dumps(case))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert (
        result["id"] == "s" and result["category"] == "twitch" and result["triage"] == "self_care"
    )


def test_human_report_has_banner_first_and_disclaimer(tmp_path: Path) -> None:
    case = {
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "calf_swelling", "choice": "present"},
            {"id": "breathing_difficulty", "choice": "present"},
        ]
    }
    path = tmp_path / "c.json"
    path.write_text(json.dumps(case))
    out = run("assess", str(path))
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    assert "EMERGENCY" in "".join(lines[:3])
    assert "not a diagnosis" in out.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON (line 1, column 2"),
        ('{"age": 200, "evidence": []}', "age: expected an integer from 0 to 120, got 200"),
        (
            '[{"evidence": []}, {"evidence": [{"id": "nope", "choice": "present"}]}]',
            "[1].evidence[0].id: unknown finding 'nope'",
        ),
        (
            '{"evidence": [{"id": "pain_mild", "choice": "present"}, {"id": "pain_severe", "choice": "present"}]}',
            "only one finding of the group 'pain'",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    out = run("assess", str(path), "--json")
    assert out.returncode == 2
    assert out.stdout == ""
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_missing_file() -> None:
    out = run("assess", "/no/such/case.json")
    assert out.returncode == 2 and "no such file" in out.stderr and "Traceback" not in out.stderr


def test_findings_json_lists_the_vocabulary() -> None:
    out = run("findings", "--json")
    rows = json.loads(out.stdout)
    assert {"loc_calf", "calf_swelling", "diary_frequent_persistent"} <= {r["id"] for r in rows}


def test_knowledge_and_guide() -> None:
    summary = json.loads(run("knowledge", "--json").stdout)
    assert summary["counts"]["types"] == 6 and summary["counts"]["findings"] >= 90
    overview = run("guide")
    assert overview.returncode == 0 and "not a diagnosis" in overview.stdout
    clonus = run("guide", "clonus")
    assert clonus.returncode == 0 and "Clonus" in clonus.stdout
    bad = run("guide", "cramp")
    assert bad.returncode == 2 and "TYPE: expected one of" in bad.stderr


def test_a_long_list_comes_out_whole_and_in_order(kb: Any, tmp_path: Path) -> None:
    """More cases than one batch of the streamed output: the same results as in process."""
    import orjson

    from myotriage.engine.assessment import assess_many
    from myotriage.engine.case_sampling import sample_cases

    cases = sample_cases(2100, seed=3)
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases))
    out = run("assess", str(path), "--json")
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert [r["id"] for r in results] == [c["id"] for c in cases]
    assert results == json.loads(orjson.dumps([a.to_dict() for a in assess_many(cases, kb)]))
