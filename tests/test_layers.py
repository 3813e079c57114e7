"""The parts depend downward only, checked on every import statement in ``src/myotriage``.

Imports inside functions and under ``TYPE_CHECKING`` count too: a lazy import hides a
cycle from Python, not from this test. The layers, bottom up::

    knowledge            the data and its schema
    engine  diary  report  each on its own: assessing; storing and counting; drawing and wording
    flows                what combines the diary, the engine and the report
    web, command lines   the front ends
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "myotriage"
LAYERS = ("knowledge", "engine", "diary", "report", "flows")


def _front_ends(package: Path) -> set[str]:
    """The web app and every command-line module (``cli``, ``*_cli``, ``console``, ...)."""
    tops = {p.stem for p in package.glob("*.py")}
    return {"web", "cli", "console", "entry", "__main__"} | {t for t in tops if t.endswith("_cli")}


#: What each layer must never import (besides the front ends and the package root, which
#: re-exports the engine: no layer imports those).
FORBIDDEN = {
    "knowledge": {"engine", "diary", "report", "flows"},
    "engine": {"diary", "report", "flows"},
    "diary": {"engine", "report", "flows"},
    "report": {"diary", "engine", "flows"},
    "flows": set(),
}


def _part(path: Path, package: Path) -> str:
    return path.relative_to(package).parts[0].removesuffix(".py")


def imports_of(path: Path) -> set[str]:
    """The parts of ``myotriage`` a module imports (``"myotriage"`` for the package root)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == "myotriage":  # from myotriage import engine -> the part itself
                names = [f"myotriage.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            raise AssertionError(f"{path}: use absolute imports, not relative ones")
        for name in names:
            if name == "myotriage":
                found.add("myotriage")
            elif name.startswith("myotriage."):
                found.add(name.split(".")[1])
    return found


def violations(package: Path = PACKAGE) -> list[str]:
    fronts = _front_ends(package)
    wrong = []
    for path in sorted(package.rglob("*.py")):
        part = _part(path, package)
        if part not in FORBIDDEN:
            continue
        banned = FORBIDDEN[part] | fronts | {"myotriage"}
        for target in sorted(imports_of(path) & banned - {part}):
            wrong.append(f"{path.relative_to(package)} ({part}) imports {target}")
    return wrong


def test_the_layers_depend_downward_only() -> None:
    assert violations() == []


def test_the_check_sees_lazy_and_type_checking_imports(tmp_path: Path) -> None:
    """A hidden upward import is still caught (the check can fail)."""
    package = tmp_path / "myotriage"
    (package / "diary").mkdir(parents=True)
    (package / "report").mkdir()
    (package / "diary" / "service.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from myotriage.web.app import create_app\n"
        "def report():\n"
        "    from myotriage.report.html import render_html\n"
    )
    (package / "report" / "summary.py").write_text("import myotriage.diary.schemas\n")
    assert violations(package) == [
        "diary/service.py (diary) imports report",
        "diary/service.py (diary) imports web",
        "report/summary.py (report) imports diary",
    ]


def test_every_layer_is_a_package() -> None:
    """The names above are real folders (a renamed layer must not silently pass)."""
    assert all((PACKAGE / layer / "__init__.py").is_file() for layer in LAYERS)
