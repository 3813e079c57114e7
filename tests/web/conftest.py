"""Fixtures for the web tests: an app on a fresh SQLite file (or PostgreSQL database) per test."""

from __future__ import annotations

import re
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

SECRET = "test-secret-key-" + "x" * 32
PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_settings(url: str) -> Any:
    from myotriage.config import Settings

    return Settings(environment="test", database_url=url, secret_key=SECRET)


def make_client(url: str, **web: Any) -> Any:
    from fastapi.testclient import TestClient

    from myotriage.web.app import create_app
    from myotriage.web.settings import WebSettings

    app = create_app(web_settings=WebSettings(settings=make_settings(url), **web))
    return TestClient(app)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'web.sqlite3'}"


def _pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", connect_timeout=3):
            return True
    except Exception:
        return False


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A uniquely named PostgreSQL database, dropped afterwards."""
    if not _pg_available():
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    import psycopg

    name = f"myotriage_web_{uuid.uuid4().hex[:12]}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def client(sqlite_url: str) -> Iterator[Any]:
    with make_client(sqlite_url) as test_client:
        yield test_client


def csrf_of(client: Any, path: str = "/login") -> str:
    """The CSRF token the page at ``path`` puts in its forms (also sets the cookie)."""
    response = client.get(path)
    match = CSRF_RE.search(response.text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def api_signup(client: Any, email: str, role: str = "person", name: str = "") -> dict[str, str]:
    """Sign up and sign in over the API; returns the Authorization header for the account."""
    password = "a long enough password"
    response = client.post(
        "/api/v1/auth/signup",
        json={"email": email, "password": password, "role": role, "display_name": name},
    )
    assert response.status_code == 202, response.text
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def page_signup(client: Any, email: str, role: str = "person") -> None:
    """Sign up, then sign in, through the forms (the client keeps the session cookie)."""
    token = csrf_of(client, "/signup")
    response = client.post(
        "/signup",
        data={
            "csrf_token": token,
            "email": email,
            "password": "a long enough password",
            "role": role,
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text  # to the neutral "sign in now" page
    assert response.headers["location"].startswith("/login?new=1")
    response = client.post(
        "/login",
        data={"csrf_token": token, "email": email, "password": "a long enough password"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
