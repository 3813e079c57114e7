"""schemathesis against the generated OpenAPI document: no input makes the API fail with a 5xx.

Each generated request is sent twice: anonymously, and as a signed-in person (so
the diary endpoints are exercised beyond their 401). The app is built once per test
process on its own temporary SQLite file; examples are bounded to keep the run short.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from tests.web.conftest import SECRET


def _build() -> tuple[Any, dict[str, str]]:
    from fastapi.testclient import TestClient

    from myotriage.config import Settings
    from myotriage.web.app import create_app

    directory = tempfile.mkdtemp(prefix="myotriage-schemathesis-")
    atexit.register(shutil.rmtree, directory, True)
    url = f"sqlite:///{Path(directory) / 'api.sqlite3'}"
    app = create_app(Settings(environment="test", database_url=url, secret_key=SECRET))
    with TestClient(app) as client:
        account = {"email": "fuzz@example.org", "password": "a long enough password"}
        client.post("/api/v1/auth/signup", json=account)
        token = client.post("/api/v1/auth/login", json=account).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        client.post("/api/v1/diary/episodes", headers=headers, json={"location": "loc_calf"})
    return app, headers


APP, BEARER = _build()
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", APP).exclude(
    path="/api/v1/auth/logout"
)


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_with_a_server_error(case: Any) -> None:
    case.call_and_validate(checks=[not_a_server_error])
    case.call_and_validate(headers=BEARER, checks=[not_a_server_error])
