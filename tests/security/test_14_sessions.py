"""Item 14: sessions end when idle and when old, can be ended everywhere, and CSRF tokens
belong to one session; over HTTPS the cookies carry the ``__Host-`` prefix.

Before the fix a session lasted 14 days whatever happened, there was no way to end the
other sessions of an account nor to change a password, the CSRF token was the same
before and after sign-in and in every session of a browser, and the cookies had plain
names over HTTPS too.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from myotriage.web import security
from myotriage.web.models import sessions
from myotriage.web.settings import WebSettings
from tests.web.conftest import CSRF_RE, api_signup, csrf_of, make_settings, page_signup

PASSWORD = "a long enough password"
NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sessions do not depend on the hash's cost: a cheap argon2 keeps these tests short."""
    from argon2 import PasswordHasher

    monkeypatch.setattr(security, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024))
    monkeypatch.setattr(security, "_DUMMY_HASH", None)


def _age_sessions(client: Any, **ago: timedelta) -> None:
    """Move every session's recorded times into the past (instead of waiting)."""
    now = datetime.now(UTC)
    values = {column: now - delta for column, delta in ago.items()}
    with client.app.state.ctx.engine.begin() as connection:
        connection.execute(update(sessions).values(**values))


def _bearer(client: Any, email: str, password: str = PASSWORD) -> dict[str, str]:
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _me(client: Any, headers: dict[str, str] | None = None) -> int:
    return int(client.get("/api/v1/auth/me", headers=headers or {}).status_code)


# -- idle timeout and absolute lifetime ------------------------------------------------


def test_the_timeouts_are_those_of_asvs_level_2() -> None:
    settings = WebSettings(settings=make_settings("sqlite://"))
    assert settings.session_idle_s == 30 * 60
    assert settings.session_lifetime_s == 12 * 60 * 60


def test_a_session_ends_after_thirty_idle_minutes(client: Any) -> None:
    me = api_signup(client, "idle@example.org")
    _age_sessions(client, last_seen_at=timedelta(minutes=29))
    assert _me(client, me) == 200  # active within the half hour: still signed in ...
    _age_sessions(client, last_seen_at=timedelta(minutes=31))
    assert _me(client, me) == 401  # ... idle for longer: signed out


def test_activity_keeps_a_session_alive(client: Any) -> None:
    me = api_signup(client, "active@example.org")
    _age_sessions(client, last_seen_at=timedelta(minutes=25))
    assert _me(client, me) == 200  # this request is written down as activity
    with client.app.state.ctx.engine.connect() as connection:
        seen = connection.execute(sessions.select()).one()._mapping["last_seen_at"]
    assert datetime.now(UTC) - seen < timedelta(minutes=1)


def test_a_session_ends_twelve_hours_after_sign_in_however_active(client: Any) -> None:
    me = api_signup(client, "long@example.org")
    _age_sessions(client, created_at=timedelta(hours=11, minutes=59))
    assert _me(client, me) == 200
    _age_sessions(client, created_at=timedelta(hours=12, minutes=1))
    assert _me(client, me) == 401


def test_the_browser_cookie_lasts_no_longer_than_the_session(client: Any) -> None:
    api_signup(client, "cookie@example.org")
    token = csrf_of(client, "/login")
    body = {"csrf_token": token, "email": "cookie@example.org", "password": PASSWORD}
    response = client.post("/login", data=body, follow_redirects=False)
    session = next(c for c in response.headers.get_list("set-cookie") if "mt_session=" in c)
    assert "Max-Age=43200" in session


# -- sign out everywhere ---------------------------------------------------------------


def test_signing_out_everywhere_over_the_api_ends_every_session(client: Any) -> None:
    phone = api_signup(client, "many@example.org")
    laptop = _bearer(client, "many@example.org")
    someone_else = api_signup(client, "else@example.org")
    ended = client.post("/api/v1/auth/logout-everywhere", headers=phone, json={})
    assert ended.status_code == 200 and ended.json() == {"ended": 2}
    assert _me(client, phone) == 401 and _me(client, laptop) == 401
    assert _me(client, someone_else) == 200
    assert client.post("/api/v1/auth/logout-everywhere", json={}).status_code == 401


def test_signing_out_everywhere_from_the_account_page(client: Any) -> None:
    page_signup(client, "page@example.org")
    program = _bearer(client, "page@example.org")
    page = client.get("/account")
    assert page.status_code == 200 and "Sign out everywhere" in page.text
    token = CSRF_RE.search(page.text).group(1)  # type: ignore[union-attr]
    response = client.post(
        "/account/sign-out-everywhere", data={"csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303 and response.headers["location"] == "/login?ended=1"
    assert _me(client, program) == 401
    assert client.get("/account", follow_redirects=False).status_code == 303  # to sign in
    assert "signed out on every device" in client.get("/login?ended=1").text


# -- changing the password -------------------------------------------------------------


def test_a_password_change_needs_the_current_one_and_ends_the_other_sessions(
    client: Any,
) -> None:
    here = api_signup(client, "change@example.org")
    elsewhere = _bearer(client, "change@example.org")
    wrong = {"current_password": "not my password", "new_password": NEW_PASSWORD}
    refused = client.post("/api/v1/auth/password", headers=here, json=wrong)
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"][-1] == "current_password"
    common = {"current_password": PASSWORD, "new_password": "password12"}
    refused = client.post("/api/v1/auth/password", headers=here, json=common)
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"][-1] == "new_password"
    assert _me(client, elsewhere) == 200  # nothing changed yet

    good = {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    changed = client.post("/api/v1/auth/password", headers=here, json=good)
    assert changed.status_code == 200 and changed.json() == {"ended": 1}
    assert _me(client, here) == 200 and _me(client, elsewhere) == 401
    old = {"email": "change@example.org", "password": PASSWORD}
    assert client.post("/api/v1/auth/login", json=old).status_code == 401
    _bearer(client, "change@example.org", NEW_PASSWORD)


def test_wrong_current_passwords_are_slowed_like_sign_ins(client: Any) -> None:
    here = api_signup(client, "guess@example.org")
    client.app.state.ctx.login_throttle.clock = lambda: 1_900_000_000.0
    wrong = {"current_password": "not my password", "new_password": NEW_PASSWORD}
    codes = [
        client.post("/api/v1/auth/password", headers=here, json=wrong).status_code for _ in range(5)
    ]
    assert codes == [422, 422, 422, 422, 429]


def test_the_account_page_changes_the_password(client: Any) -> None:
    page_signup(client, "form@example.org")
    program = _bearer(client, "form@example.org")
    token = csrf_of(client, "/account")
    form = {"csrf_token": token, "current_password": PASSWORD, "new_password": "1234567890"}
    refused = client.post("/account/password", data=form)
    assert refused.status_code == 422
    assert "New password: this is one of the most common passwords" in refused.text
    assert 'aria-invalid="true"' in refused.text
    form["new_password"] = NEW_PASSWORD
    done = client.post("/account/password", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/account?done=password"
    assert "Your password is changed" in client.get(done.headers["location"]).text
    assert _me(client, program) == 401 and _me(client) == 200


# -- CSRF tokens belong to a session ---------------------------------------------------


def test_signing_in_rotates_the_csrf_token(client: Any) -> None:
    api_signup(client, "rotate@example.org")
    before = csrf_of(client, "/login")
    seed_before = client.cookies["mt_csrf"]
    body = {"csrf_token": before, "email": "rotate@example.org", "password": PASSWORD}
    response = client.post("/login", data=body, follow_redirects=False)
    assert response.status_code == 303
    assert client.cookies["mt_csrf"] != seed_before  # a new secret at sign-in
    after = csrf_of(client, "/diary")
    assert after != before
    # the token from before signing in no longer works, the new one does
    assert client.post("/diary/share", data={"csrf_token": before}).status_code == 403
    assert client.post("/diary/share", data={"csrf_token": after}).status_code == 200


def test_a_csrf_token_works_only_with_the_session_it_was_made_for(client: Any) -> None:
    page_signup(client, "victim@example.org")
    token = csrf_of(client, "/diary")
    seed = client.cookies["mt_csrf"]
    # the same CSRF cookie and token, planted in a browser signed in to another session
    other = TestClient(client.app)
    page_signup(other, "attacker@example.org")
    other.cookies.set("mt_csrf", seed)
    assert other.post("/diary/share", data={"csrf_token": token}).status_code == 403
    assert other.get("/api/v1/shares").json() == []


# -- __Host- cookies over HTTPS ---------------------------------------------------------


def test_cookies_over_https_carry_the_host_prefix(sqlite_url: str) -> None:
    from myotriage.web.app import create_app

    app = create_app(make_settings(sqlite_url))
    with TestClient(app, base_url="https://testserver") as https:
        api_signup(https, "secure@example.org")
        token = csrf_of(https, "/login")
        body = {"csrf_token": token, "email": "secure@example.org", "password": PASSWORD}
        response = https.post("/login", data=body, follow_redirects=False)
        assert response.status_code == 303
        cookies = response.headers.get_list("set-cookie")
        for name in ("__Host-mt_session=", "__Host-mt_csrf=", "__Host-mt_device="):
            cookie = next(c for c in cookies if c.startswith(name))
            assert "Secure" in cookie and "Path=/" in cookie and "Domain" not in cookie
        assert not any(c.startswith(("mt_session=", "mt_csrf=")) for c in cookies)
        assert https.get("/account").status_code == 200
        # a plain-named cookie (planted by a sibling site or over plain HTTP) is ignored
        session = https.cookies["__Host-mt_session"]
        planted = TestClient(app, base_url="https://testserver", cookies={"mt_session": session})
        assert planted.get("/api/v1/auth/me").status_code == 401


def test_plain_http_keeps_plain_names_for_local_use(client: Any) -> None:
    page_signup(client, "local@example.org")
    assert {"mt_session", "mt_csrf", "mt_device"} <= set(client.cookies.keys())
    assert not any(name.startswith("__Host-") for name in client.cookies)


def test_sessions_open_before_the_upgrade_keep_working(sqlite_url: str) -> None:
    """A database at w0003 (no activity column) upgrades; its open sessions stay valid."""
    from alembic import command
    from alembic.config import Config

    from myotriage.diary.db import create_diary_engine, write_connection
    from myotriage.web.db import WEB_MIGRATIONS
    from tests.web.conftest import make_client

    engine = create_diary_engine(sqlite_url)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    with write_connection(engine) as connection:
        config = Config()
        config.set_main_option("script_location", str(WEB_MIGRATIONS.migrations))
        config.set_main_option("version_table", WEB_MIGRATIONS.version_table)
        config.attributes["connection"] = connection
        command.upgrade(config, "w0003")
        connection.exec_driver_sql(
            "INSERT INTO web_user (id, email, password_hash, role, display_name, created_at) "
            f"VALUES (1, 'p@x.org', 'h', 'person', 'P', '{now}')"
        )
        connection.exec_driver_sql(
            "INSERT INTO web_session (token_hash, user_id, created_at, expires_at) "
            f"VALUES ('{security.hash_token('old-token')}', 1, '{now}', '2999-01-01 00:00:00')"
        )
    with make_client(sqlite_url) as client:
        headers = {"Authorization": "Bearer old-token"}
        assert client.get("/api/v1/auth/me", headers=headers).json()["email"] == "p@x.org"


def test_a_busy_database_does_not_turn_a_read_into_an_error(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing down activity may fail (a locked database): the request still succeeds."""
    from contextlib import contextmanager

    from myotriage.errors import StorageError
    from myotriage.web import service

    me = api_signup(client, "busy@example.org")
    _age_sessions(client, last_seen_at=timedelta(minutes=5))

    @contextmanager
    def locked(engine: Any) -> Any:
        raise StorageError("the database is locked")
        yield

    monkeypatch.setattr(service, "statement_connection", locked)
    assert _me(client, me) == 200
