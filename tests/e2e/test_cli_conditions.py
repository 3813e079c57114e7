"""The installed command lists the conditions and shows them in its report."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.e2e.test_cli import run

pytestmark = pytest.mark.e2e


def test_conditions_json_and_table(kb: Any) -> None:
    out = run("conditions", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["id"] for r in rows] == list(kb.conditions)
    assert all(r["icd10"]["code"] and r["usual_level"] and r["type"] for r in rows)
    table = run("conditions")
    assert table.returncode == 0, table.stderr
    assert f"Conditions ({len(kb.conditions)})" in table.stdout
    summary = json.loads(run("knowledge", "--json").stdout)
    assert summary["counts"]["conditions"] == len(kb.conditions)
    assert "conditions" in run("knowledge").stdout


def test_json_report_has_the_conditions() -> None:
    case = {"evidence": [{"id": "loc_calf", "choice": "present"}]}
    out = run("assess", "-", "--json", stdin=json.dumps(case))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["conditions"] and result["summary"].startswith("Most likely")
    human = run("assess", "-", stdin=json.dumps(case))
    assert human.returncode == 0 and "What it may be" in human.stdout


def test_guide_look_alikes() -> None:
    out = run("guide", "look-alikes")
    assert out.returncode == 0, out.stderr
    assert "Look-alikes" in out.stdout and "not a diagnosis" in out.stdout
