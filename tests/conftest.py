"""Fixtures shared by the whole suite."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Shared CI machines are slow and busy: no per-example deadline (the first example also
# loads the knowledge base), and no "too slow" health check failures.
settings.register_profile("project", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("project")

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
