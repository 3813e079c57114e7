"""Under ``CI=true`` a skip fails with its reason; a non-strict xfail fails; locally both pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SAMPLE = """
import pytest

def test_passes():
    pass

def test_skips():
    pytest.skip("no server here")

@pytest.mark.skipif(True, reason="no browser here")
def test_skipif():
    pass

@pytest.mark.xfail(reason="known, loose")
def test_loose_xfail():
    raise AssertionError

@pytest.mark.xfail(reason="known, strict", strict=True)
def test_strict_xfail():
    raise AssertionError
"""
SKIPPED_MODULE = """
import pytest
pytest.importorskip("no_such_module_anywhere")

def test_never_collected():
    pass
"""


def _run(tmp_path: Path, ci: str | None, workers: list[str] | None = None) -> str:
    (tmp_path / "test_sample.py").write_text(SAMPLE)
    (tmp_path / "test_skipped_module.py").write_text(SKIPPED_MODULE)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.ci_strict", "-p", "no:cacheprovider"]
        + ["-p", "no:randomly", *(workers or ["-p", "no:xdist"])]
        + ["--continue-on-collection-errors"]
        + ["-rA", "-q", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    return result.stdout


def test_locally_skips_stay_skips(tmp_path: Path) -> None:
    out = _run(tmp_path, ci=None)
    assert "1 passed, 3 skipped, 2 xfailed" in out, out


@pytest.mark.parametrize("value", ["true", "TRUE"])
def test_on_ci_every_skip_fails_with_its_reason(tmp_path: Path, value: str) -> None:
    out = _run(tmp_path, ci=value)
    assert "2 failed, 1 passed, 1 xfailed, 2 errors" in out, out
    assert "skipped: no server here" in out
    assert "skipped: no browser here" in out
    assert "ERROR test_skipped_module.py - CI=true" in out  # a module-level importorskip
    assert "ERROR test_sample.py::test_skipif - CI=true" in out  # a skip while setting up
    assert "xfail must be strict=True (known, loose)" in out
    assert "XFAIL test_sample.py::test_strict_xfail" in out


def test_ci_false_is_not_ci(tmp_path: Path) -> None:
    assert "3 skipped" in _run(tmp_path, ci="false")


def test_skips_fail_in_xdist_workers_too(tmp_path: Path) -> None:
    """``make test`` runs with ``-n 2``: the reports come from the workers, still failed."""
    out = _run(tmp_path, ci="true", workers=["-n", "2"])
    assert "2 failed, 1 passed, 1 xfailed, 2 errors" in out, out
    assert "skipped: no server here" in out
