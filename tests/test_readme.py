"""Every example in the README runs: the command lines and the Python snippet."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
BIN = Path(sys.executable).parent

# Commands that start a server or ask questions interactively are exercised elsewhere
# (tests/web and tests/e2e/test_interview_cli.py); here we only check they are real commands.
LONG_RUNNING = {("serve",), ("interview",)}


def _console_commands() -> list[list[str]]:
    blocks = re.findall(r"```console\n(.*?)```", README, re.S)
    return [
        shlex.split(line[2:])
        for block in blocks
        for line in block.splitlines()
        if line.startswith("$ ")
    ]


@pytest.mark.parametrize("argv", _console_commands(), ids=lambda a: " ".join(a[1:]) or a[0])
def test_readme_command_runs(argv: list[str]) -> None:
    assert argv[0] == "myotriage"
    args = argv[1:]
    if (
        tuple(a for a in args if not a.startswith("-"))[:1] in LONG_RUNNING
        and "--answers" not in args
    ):
        args = [*args, "--help"]
    out = subprocess.run(
        [str(BIN / "myotriage"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "100"},
    )
    assert out.returncode == 0, out.stderr


def test_readme_python_example_runs() -> None:
    (block,) = re.findall(r"```python\n(.*?)```", README, re.S)
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert namespace["result"].triage == "urgent"  # type: ignore[attr-defined]


def test_readme_names_the_two_setup_commands() -> None:
    setup = README.split("## Set up on a fresh machine", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^make \w+", setup, re.M)
    assert commands == ["make run", "make test"]


def test_doctests_in_the_engine_and_knowledge_modules() -> None:
    import doctest
    import importlib

    for name in [
        "myotriage",
        "myotriage.errors",
        "myotriage.jsonio",
        "myotriage.engine.case",
        "myotriage.engine.conditions",
        "myotriage.engine.assessment",
        "myotriage.engine.case_sampling",
        "myotriage.engine.naming",
        "myotriage.knowledge.loader",
    ]:
        result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, name


def test_public_api_is_explicit() -> None:
    import myotriage

    for name in myotriage.__all__:
        assert getattr(myotriage, name) is not None
