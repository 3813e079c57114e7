"""Under ``CI=true`` a skip is a failure: a missing server, browser or tool must not pass green.

Locally a test may skip when, say, PostgreSQL is not running (the reason is printed by
``-ra``). On CI the machine is set up by ``make test`` (``scripts/system-deps.sh``), so a
skip there means something is not tested at all; it fails with the skip's reason.
An expected failure (``xfail``) is allowed only when strict, so an unexpected pass fails too.

Loaded by ``tests/conftest.py``; a plugin module of its own so its own test can load it
into a nested pytest run (``-p tests.ci_strict``).
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest


def ci_is_strict() -> bool:
    """True on CI (the usual ``CI=true`` of CI services)."""
    return os.environ.get("CI", "").strip().lower() == "true"


def _reason(longrepr: Any) -> str:
    """The reason of a skip report (pytest keeps it as ``(path, line, "Skipped: why")``)."""
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


def _strict_xfail(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("xfail")
    if marker is None:  # an imperative pytest.xfail() call is never strict
        return False
    return bool(marker.kwargs.get("strict", item.config.getini("xfail_strict")))


def _fail(report: pytest.TestReport | pytest.CollectReport, message: str) -> None:
    report.outcome = "failed"
    report.longrepr = message
    if hasattr(report, "wasxfail"):
        del report.wasxfail


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if not ci_is_strict():
        return report
    if hasattr(report, "wasxfail"):
        if not _strict_xfail(item):
            _fail(report, f"CI=true: xfail must be strict=True ({report.wasxfail or 'no reason'})")
    elif report.skipped:
        _fail(report, f"CI=true: skips are failures here; skipped: {_reason(report.longrepr)}")
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    report = yield
    if ci_is_strict() and report.skipped:
        _fail(report, f"CI=true: skips are failures here; skipped: {_reason(report.longrepr)}")
    return report
