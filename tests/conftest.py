"""Fixtures shared by the whole suite."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MYOTRIAGE_SHARED", ROOT.parent / "shared"))
SPEC = SHARED / "spec"


@pytest.fixture(scope="session")
def kb() -> Any:
    from myotriage.knowledge.loader import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def public_cases() -> list[dict[str, Any]]:
    path = SPEC / "cases" / "public.json"
    if not path.exists():
        pytest.skip(f"the shared public cases are not at {path}")
    return json.loads(path.read_text())
