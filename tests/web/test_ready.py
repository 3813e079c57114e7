"""Liveness and readiness: /health never touches the database, /ready says whether it may serve."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from myotriage.diary.db import create_diary_engine
from tests.web.conftest import make_client


def test_ready_when_the_database_answers_and_is_current(client: Any) -> None:
    response = client.get("/api/v1/ready")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ready"
    assert {name: s["state"] for name, s in body["migrations"].items()} == {
        "diary": "current",
        "web": "current",
    }


def test_not_ready_while_a_migration_is_missing(sqlite_url: str) -> None:
    with make_client(sqlite_url) as client:
        with client.app.state.ctx.engine.begin() as connection:
            connection.execute(text("UPDATE web_alembic_version SET version_num = 'w0001'"))
        response = client.get("/api/v1/ready")
        assert response.status_code == 503
        assert response.json()["migrations_behind"] == ["web"]
        assert client.get("/api/v1/health").status_code == 200  # alive all the same


def test_ready_and_starting_on_a_schema_of_a_newer_release(sqlite_url: str) -> None:
    """A rolling upgrade: the new release migrated first; old workers keep serving."""
    with make_client(sqlite_url) as client:
        with client.app.state.ctx.engine.begin() as connection:
            connection.execute(text("UPDATE web_alembic_version SET version_num = 'w9999'"))
        response = client.get("/api/v1/ready")
        assert response.status_code == 200
        assert response.json()["migrations"]["web"]["state"] == "newer"
    with make_client(sqlite_url) as restarted:  # a worker of the old release starts again
        assert restarted.get("/api/v1/ready").status_code == 200


def test_not_ready_when_the_database_is_unreachable(sqlite_url: str) -> None:
    with make_client(sqlite_url) as client:
        ctx = client.app.state.ctx
        ctx.engine = create_diary_engine("postgresql://nobody@127.0.0.1:1/none")
        response = client.get("/api/v1/ready")
        assert response.status_code == 503
        assert response.json()["database"].startswith("unreachable")
        assert client.get("/api/v1/health").json()["status"] == "ok"


def _cli(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYOTRIAGE_DATABASE_URL": url, "MYOTRIAGE_ENV": "test"}
    return subprocess.run(
        [sys.executable, "-m", "myotriage", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.e2e
def test_db_upgrade_and_status(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    before = _cli("db", "status", url=url)
    assert before.returncode == 1 and "BEHIND" in before.stdout
    upgraded = _cli("db", "upgrade", url=url)
    assert upgraded.returncode == 0 and "BEHIND" not in upgraded.stdout
    after = _cli("db", "status", url=url)
    assert after.returncode == 0 and after.stdout.count(", current)") == 2
    broken = _cli("db", "status", url="postgresql://nobody@127.0.0.1:1/none")
    assert broken.returncode == 2 and broken.stderr.startswith("error: ")
    assert "Traceback" not in broken.stderr


@pytest.mark.e2e
def test_a_bad_pool_size_is_named(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "MYOTRIAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MYOTRIAGE_DB_POOL_SIZE": "lots",
    }
    out = subprocess.run(
        [sys.executable, "-m", "myotriage", "db", "upgrade"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert (
        out.stderr.strip() == "error: MYOTRIAGE_DB_POOL_SIZE: expected a whole number, got 'lots'"
    )
