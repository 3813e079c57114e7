"""Security: headers, cookies, CSRF, password hashing, rate limits, hosts, nothing private in logs."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from tests.web.conftest import SECRET, api_signup, csrf_of, make_client, page_signup


def test_security_headers_on_pages_and_api(client: Any) -> None:
    for path in ("/", "/guide", "/api/v1/health", "/no-such-page", "/static/style.css"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_scripts_or_styles(client: Any) -> None:
    for path in ("/", "/guide", "/check", "/login", "/signup"):
        text = client.get(path).text
        assert "<script" not in text and "style=" not in text and "<style" not in text, path


def test_session_cookie_flags(sqlite_url: str) -> None:
    with make_client(sqlite_url) as client:
        page_signup(client, "c@example.org")
    from fastapi.testclient import TestClient

    from myotriage.web.app import create_app
    from tests.web.conftest import make_settings

    with TestClient(create_app(make_settings(sqlite_url)), base_url="https://testserver") as https:
        token = csrf_of(https, "/login")
        response = https.post(
            "/login",
            data={
                "csrf_token": token,
                "email": "c@example.org",
                "password": "a long enough password",
            },
            follow_redirects=False,
        )
        cookie = response.headers["set-cookie"]
        assert "mt_session=" in cookie and "HttpOnly" in cookie
        assert "SameSite=lax" in cookie and "Secure" in cookie
        csrf_cookie = https.get("/signup", cookies={}).headers.get("set-cookie", "")
        assert csrf_cookie == "" or ("HttpOnly" in csrf_cookie and "SameSite=strict" in csrf_cookie)


def test_plain_http_cookie_is_httponly_and_samesite(client: Any) -> None:
    token = csrf_of(client, "/signup")
    account = {"csrf_token": token, "email": "h@example.org", "password": "a long enough password"}
    client.post("/signup", data=account)
    response = client.post("/login", data=account, follow_redirects=False)
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie


def test_csrf_token_from_another_browser_is_refused(client: Any, sqlite_url: str) -> None:
    page_signup(client, "victim@example.org")
    with make_client(sqlite_url) as attacker:
        foreign = csrf_of(attacker, "/login")
    response = client.post("/diary/share", data={"csrf_token": foreign})
    assert response.status_code == 403
    assert client.get("/api/v1/shares").json() == []


def test_passwords_are_stored_as_argon2(client: Any) -> None:
    from sqlalchemy import select

    from myotriage.web.models import users

    api_signup(client, "hash@example.org")
    with client.app.state.ctx.engine.connect() as connection:
        stored = connection.execute(select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert "a long enough password" not in stored


def test_short_passwords_and_bad_emails_are_refused(client: Any) -> None:
    r = client.post("/api/v1/auth/signup", json={"email": "x@example.org", "password": "short"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "password"
    r = client.post(
        "/api/v1/auth/signup", json={"email": "not-an-email", "password": "long enough pw"}
    )
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "email"


def test_login_is_rate_limited(sqlite_url: str) -> None:
    """Past the free failures each wrong password makes the next attempt wait (soft delays)."""
    with make_client(sqlite_url, login_free_failures=3) as client:
        client.app.state.ctx.login_throttle.clock = lambda: 1_000_000.0  # time stands still
        api_signup(client, "rl@example.org")
        wrong = {"email": "rl@example.org", "password": "wrong password!"}
        assert [client.post("/api/v1/auth/login", json=wrong).status_code for _ in range(4)] == [
            401
        ] * 4
        right = {"email": "rl@example.org", "password": "a long enough password"}
        blocked = client.post("/api/v1/auth/login", json=right)
        assert blocked.status_code == 429 and blocked.headers["retry-after"] == "1"
        token = csrf_of(client, "/login")
        page = client.post("/login", data={"csrf_token": token, **right})
        assert page.status_code == 429 and "Too many attempts" in page.text
        assert page.headers["retry-after"] == "1"


def test_share_codes_are_rate_limited(sqlite_url: str) -> None:
    with make_client(sqlite_url, code_limit=2) as client:
        clinic = api_signup(client, "rc@example.org", role="clinician")
        person = api_signup(client, "rp@example.org")
        code = client.post("/api/v1/shares", headers=person, json={}).json()["code"]
        for _ in range(2):
            r = client.post("/api/v1/clinic/redeem", headers=clinic, json={"code": "AAAA-AAAA-AA"})
            assert r.status_code == 422
        r = client.post("/api/v1/clinic/redeem", headers=clinic, json={"code": code})
        assert r.status_code == 429


def test_unknown_hosts_are_refused_when_hosts_are_listed(sqlite_url: str) -> None:
    from fastapi.testclient import TestClient

    from myotriage.config import Settings
    from myotriage.web.app import create_app

    settings = Settings(
        environment="production",
        database_url=sqlite_url,
        secret_key=SECRET,
        allowed_hosts=("myotriage.example",),
    )
    with TestClient(create_app(settings), base_url="https://myotriage.example") as ok:
        response = ok.get("/api/v1/health")
        assert response.status_code == 200
        assert "strict-transport-security" in response.headers
    with TestClient(create_app(settings), base_url="https://evil.example") as evil:
        assert evil.get("/api/v1/health").status_code == 400


def test_no_health_data_in_logs(
    client: Any, caplog: pytest.LogCaptureFixture, public_cases: list[dict[str, Any]]
) -> None:
    caplog.set_level(logging.DEBUG)
    me = api_signup(client, "logs@example.org")
    note = "secret-note-about-my-calf"
    case = public_cases[0]
    client.post("/api/v1/assess", json=case)
    client.post("/api/v1/assess", json={"evidence": [{"id": "chest_pain", "choice": "maybe"}]})
    client.post(
        "/api/v1/diary/episodes",
        headers=me,
        json={"location": "loc_calf", "notes": note, "case": case},
    )
    client.post("/api/v1/interview", json={"action": "start", "age": 50})
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert note not in text
    for item in case["evidence"]:
        assert item["id"] not in text
    assert "logs@example.org" not in text
