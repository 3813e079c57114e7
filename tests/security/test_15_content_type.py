"""Item 15 (content types): every write of the API must come as JSON, or it is refused (415).

Before the fix ``POST /api/v1/shares`` and ``POST /api/v1/auth/logout`` took any body
and any ``Content-Type``, so a form on another site (``enctype`` form-urlencoded,
multipart or text/plain: the only kinds a browser sends cross-site without asking) could
make a signed-in browser create a share code or sign out; the JSON endpoints read a
``text/plain`` body as JSON. Now every POST, PUT and PATCH of the API needs
``Content-Type: application/json`` (a browser asks the CORS preflight first, which this
app never grants), and the OpenAPI document says so (415).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.conftest import api_signup

WRITES = {"post", "put", "patch"}
#: What a cross-site HTML form (or a request without a type) sends.
NOT_JSON: dict[str, dict[str, Any]] = {
    "form": {"content": b"a=b", "headers": {"content-type": "application/x-www-form-urlencoded"}},
    "multipart": {"files": {"a": ("a.txt", b"b")}},
    "text/plain with JSON in it": {"content": b"{}", "headers": {"content-type": "text/plain"}},
    "no type": {"content": b"{}"},
}


def _writes(client: Any) -> list[tuple[str, str]]:
    document = client.get("/api/v1/openapi.json").json()
    return sorted(
        (method.upper(), path)
        for path, operations in document["paths"].items()
        for method in operations
        if method in WRITES
    )


def _signed_in_browser(client: Any, email: str, role: str = "person") -> str:
    """Sign in and keep the session as a browser would (a cookie); returns the token."""
    token = api_signup(client, email, role=role)["Authorization"].removeprefix("Bearer ")
    client.cookies.set("mt_session", token)
    return token


@pytest.mark.parametrize("kind", NOT_JSON)
def test_the_state_changing_posts_refuse_a_cross_site_form(client: Any, kind: str) -> None:
    _signed_in_browser(client, "pat@example.org")
    options = NOT_JSON[kind]
    made = client.post("/api/v1/shares", **options)
    assert made.status_code == 415, made.text
    assert client.get("/api/v1/shares").json() == []  # no share code was made
    out = client.post("/api/v1/auth/logout", **options)
    assert out.status_code == 415, out.text
    assert client.get("/api/v1/auth/me").status_code == 200  # still signed in


def test_sent_as_json_they_work(client: Any) -> None:
    _signed_in_browser(client, "pat@example.org")
    assert client.post("/api/v1/shares", json={}).status_code == 201
    empty = {"content": b"", "headers": {"content-type": "application/json"}}
    assert client.post("/api/v1/shares", **empty).status_code == 201
    assert client.post("/api/v1/shares", json={"unexpected": 1}).status_code == 422
    assert len(client.get("/api/v1/shares").json()) == 2
    assert client.post("/api/v1/auth/logout", json={}).status_code == 204
    assert client.get("/api/v1/auth/me").status_code == 401


def test_every_write_of_the_api_refuses_what_is_not_json(client: Any) -> None:
    person = api_signup(client, "pat@example.org")
    clinician = api_signup(client, "doc@example.org", role="clinician")
    writes = _writes(client)
    assert ("POST", "/api/v1/shares") in writes and ("POST", "/api/v1/auth/logout") in writes
    for method, path in writes:
        url = path.format(episode_id=1, day="2026-02-01", share_id=1)
        headers = clinician if path.startswith("/api/v1/clinic/") else person
        for kind, options in NOT_JSON.items():
            sent = {**options, "headers": {**headers, **options.get("headers", {})}}
            response = client.request(method, url, **sent)
            assert response.status_code == 415, (method, path, kind, response.status_code)
            assert "application/json" in response.json()["detail"]


def test_the_document_says_writes_may_answer_415(client: Any) -> None:
    document = client.get("/api/v1/openapi.json").json()
    for method, path in _writes(client):
        responses = document["paths"][path][method.lower()]["responses"]
        assert "415" in responses, (method, path)
