"""Item 15 (headers): every API answer is ``no-store``; error answers carry the security headers.

Before the fix only the downloads (PDF, export) said ``Cache-Control: no-store``: the
episodes, the shares, the clinic's reports and the rest of the JSON API could be kept
by a shared browser or a proxy cache. An unexpected 500 (made by Starlette's error
middleware) and a refused ``Host`` (400) went out without the Content-Security-Policy
and the other security headers.

The first test walks the OpenAPI document: every operation must have a request below,
so an endpoint added later without one fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from myotriage.web.security import SECURITY_HEADERS
from tests.web.conftest import api_signup, make_client, make_settings

CASE = {"age": 60, "evidence": [{"id": "loc_calf", "choice": "present"}]}

#: (method, path) of every API operation -> (who asks, JSON body). Ids in the path are
#: filled in from rows made beforehand; the deletions come last, then what ends sessions.
REQUESTS: dict[tuple[str, str], tuple[str, Any]] = {
    ("GET", "/api/v1/health"): ("anyone", None),
    ("GET", "/api/v1/ready"): ("anyone", None),
    ("POST", "/api/v1/assess"): ("anyone", CASE),
    ("POST", "/api/v1/interview"): ("anyone", {"action": "start"}),
    ("POST", "/api/v1/parse"): ("anyone", {"text": "my calf cramps at night"}),
    ("GET", "/api/v1/findings"): ("anyone", None),
    ("GET", "/api/v1/conditions"): ("anyone", None),
    ("GET", "/api/v1/knowledge"): ("anyone", None),
    ("POST", "/api/v1/auth/signup"): (
        "anyone",
        {"email": "new@example.org", "password": "a long enough password"},
    ),
    ("POST", "/api/v1/auth/login"): (
        "anyone",
        {"email": "pat@example.org", "password": "a long enough password"},
    ),
    ("GET", "/api/v1/auth/me"): ("person", None),
    ("GET", "/api/v1/diary/episodes"): ("person", None),
    ("POST", "/api/v1/diary/episodes"): ("person", {"location": "loc_calf", "case": CASE}),
    ("GET", "/api/v1/diary/episodes/{episode_id}"): ("person", None),
    ("PATCH", "/api/v1/diary/episodes/{episode_id}"): ("person", {"pain": 3}),
    ("GET", "/api/v1/diary/days"): ("person", None),
    ("PUT", "/api/v1/diary/days/{day}"): ("person", {"caffeine_mg": 200}),
    ("GET", "/api/v1/diary/days/{day}"): ("person", None),
    ("GET", "/api/v1/diary/stats"): ("person", None),
    ("GET", "/api/v1/diary/assessment"): ("person", None),
    ("GET", "/api/v1/diary/report.pdf"): ("person", None),
    ("GET", "/api/v1/diary/fhir"): ("person", None),
    ("GET", "/api/v1/diary/export"): ("person", None),
    ("GET", "/api/v1/diary/reassess"): ("person", None),
    ("POST", "/api/v1/shares"): ("person", {}),
    ("GET", "/api/v1/shares"): ("person", None),
    ("GET", "/api/v1/shares/audit"): ("person", None),
    ("POST", "/api/v1/clinic/redeem"): ("clinician", {"code": "{code}"}),
    ("GET", "/api/v1/clinic/shares"): ("clinician", None),
    ("GET", "/api/v1/clinic/shares/{share_id}"): ("clinician", None),
    ("GET", "/api/v1/clinic/audit"): ("clinician", None),
    ("GET", "/api/v1/clinic/reassess"): ("clinician", None),
    ("DELETE", "/api/v1/shares/{share_id}"): ("person", None),
    ("DELETE", "/api/v1/diary/days/{day}"): ("person", None),
    ("DELETE", "/api/v1/diary/episodes/{episode_id}"): ("person", None),
    ("POST", "/api/v1/auth/logout"): ("leaving", {}),
    ("POST", "/api/v1/auth/password"): (
        "person",
        {"current_password": "a long enough password", "new_password": "seven green kayaks drift"},
    ),
    ("POST", "/api/v1/auth/logout-everywhere"): ("clinician", {}),
}


@pytest.fixture
def api(sqlite_url: str) -> Iterator[Any]:
    with make_client(sqlite_url) as client:
        yield client


def _operations(client: Any) -> set[tuple[str, str]]:
    document = client.get("/api/v1/openapi.json").json()
    return {
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method in operations
    }


def test_every_api_operation_has_a_request_here(api: Any) -> None:
    assert _operations(api) == set(REQUESTS)


def test_every_api_answer_is_no_store(api: Any) -> None:
    who = {
        "anyone": {},
        "person": api_signup(api, "pat@example.org", name="Pat"),
        "clinician": api_signup(api, "doc@example.org", role="clinician"),
    }
    login = {"email": "pat@example.org", "password": "a long enough password"}
    who["leaving"] = {
        "Authorization": f"Bearer {api.post('/api/v1/auth/login', json=login).json()['token']}"
    }
    person = who["person"]
    episode = api.post(
        "/api/v1/diary/episodes", headers=person, json={"location": "loc_calf", "case": CASE}
    ).json()
    api.put("/api/v1/diary/days/2026-02-01", headers=person, json={"sleep_h": 6})
    redeemed = api.post("/api/v1/shares", headers=person, json={}).json()
    share = api.post(
        "/api/v1/clinic/redeem", headers=who["clinician"], json={"code": redeemed["code"]}
    ).json()
    ids = {
        "episode_id": episode["id"],
        "day": "2026-02-01",
        "share_id": share["id"],
        "code": api.post("/api/v1/shares", headers=person, json={}).json()["code"],
    }
    for (method, path), (role, body) in REQUESTS.items():
        url = path.format(**ids)
        if isinstance(body, dict) and body.get("code") == "{code}":
            body = {"code": ids["code"]}
        response = api.request(method, url, headers=who[role], json=body)
        assert response.status_code < 300, (method, url, response.status_code, response.text)
        assert response.headers.get("cache-control") == "no-store", (method, url)


@pytest.fixture
def failing(sqlite_url: str) -> Iterator[Any]:
    """A client of an app with two routes that fail unexpectedly (an API one and a page)."""
    from fastapi.testclient import TestClient

    from myotriage.web.app import create_app
    from myotriage.web.settings import WebSettings

    app = create_app(web_settings=WebSettings(settings=make_settings(sqlite_url), signup_limit=1))

    def boom() -> None:
        raise RuntimeError("unexpected")

    app.add_api_route("/api/v1/boom", boom)
    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


SIGNUP = {"email": "x@example.org", "password": "a long enough password"}
ERRORS: dict[str, tuple[str, str, dict[str, Any], int]] = {
    "api-404": ("GET", "/api/v1/nothing-here", {}, 404),
    "page-404": ("GET", "/nothing-here", {}, 404),
    "api-405": ("DELETE", "/api/v1/health", {}, 405),
    "page-405": ("DELETE", "/", {}, 405),
    "api-413": (
        "POST",
        "/api/v1/assess",
        {"content": b"{}", "headers": {"content-length": str(10**7)}},
        413,
    ),
    "api-415": ("POST", "/api/v1/assess", {"content": b"{}"}, 415),
    "api-422": ("POST", "/api/v1/assess", {"json": {"evidence": 5}}, 422),
    "api-401": ("GET", "/api/v1/diary/episodes", {}, 401),
    "api-500": ("GET", "/api/v1/boom", {}, 500),
    "page-500": ("GET", "/boom", {}, 500),
}


@pytest.mark.parametrize("name", ERRORS)
def test_error_answers_carry_the_security_headers(failing: Any, name: str) -> None:
    method, path, options, status = ERRORS[name]
    response = failing.request(method, path, **options)
    assert response.status_code == status, response.text
    _has_security_headers(response, api=path.startswith("/api/"))
    assert "Traceback" not in response.text and "unexpected" not in response.text


def test_a_rate_limited_answer_carries_them(failing: Any) -> None:
    failing.post("/api/v1/auth/signup", json=SIGNUP)
    response = failing.post("/api/v1/auth/signup", json={**SIGNUP, "email": "y@example.org"})
    assert response.status_code == 429
    _has_security_headers(response, api=True)


def test_a_refused_host_carries_them(sqlite_url: str) -> None:
    from fastapi.testclient import TestClient

    from myotriage.config import Settings
    from myotriage.web.app import create_app

    settings = Settings(
        environment="test",
        database_url=sqlite_url,
        secret_key="k" * 40,
        allowed_hosts=("myotriage.example.org",),
    )
    with TestClient(create_app(settings), base_url="http://myotriage.example.org") as client:
        assert client.get("/api/v1/health").status_code == 200
        for path in ("/api/v1/health", "/"):
            response = client.get(path, headers={"host": "evil.example"})
            assert response.status_code == 400
            _has_security_headers(response, api=path.startswith("/api/"))


def _has_security_headers(response: Any, *, api: bool) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (response.status_code, name)
    if api:
        assert response.headers.get("cache-control") == "no-store", response.status_code
