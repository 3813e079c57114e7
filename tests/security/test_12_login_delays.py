"""Item 12: wrong passwords slow guessing down but never lock the owner out.

Before the fix five wrong passwords closed the account for 15 minutes for everyone,
its owner included, and the per-address count shut out everyone behind one address
(every test client here shares the address ``testclient``, like a shared network).
Now failures bring soft delays that grow to at most a minute, and a browser holding
the device cookie of an earlier sign-in is not slowed by anyone else's guesses.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from myotriage.web import security
from tests.web.conftest import api_signup, csrf_of, make_client

EMAIL = "owner@example.org"
RIGHT = {"email": EMAIL, "password": "a long enough password"}
WRONG = {"email": EMAIL, "password": "a wrong guess at it"}


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The delays do not depend on the hash's cost: a cheap argon2 keeps these tests short."""
    from argon2 import PasswordHasher

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(security, "_hasher", cheap)
    monkeypatch.setattr(security, "_DUMMY_HASH", None)


class Clock:
    """The throttle's clock: stands still unless a test moves it."""

    def __init__(self, *apps: Any) -> None:
        self.now = 1_800_000_000.0
        for app in apps:
            # (before item 12 the app had a plain lock and no throttle: nothing to move)
            throttle = getattr(app.state.ctx, "login_throttle", None)
            if throttle is not None:
                throttle.clock = lambda: self.now

    def wait(self, response: Any) -> None:
        self.now += int(response.headers["retry-after"])


def _guess(stranger: TestClient, clock: Clock, count: int, body: dict[str, str] = WRONG) -> None:
    """``count`` wrong passwords, each after waiting as long as the server asks."""
    made = 0
    while made < count:
        response = stranger.post("/api/v1/auth/login", json=body)
        if response.status_code == 429:
            assert int(response.headers["retry-after"]) <= 60
            clock.wait(response)
            continue
        assert response.status_code == 401
        made += 1


def test_a_strangers_guesses_never_slow_the_owners_own_browser(client: Any) -> None:
    clock = Clock(client.app)
    api_signup(client, EMAIL)  # signs in once: the browser keeps the device cookie
    assert "mt_device" in client.cookies
    stranger = TestClient(client.app)  # same address, no device cookie
    _guess(stranger, clock, 25)
    assert stranger.post("/api/v1/auth/login", json=RIGHT).status_code == 429
    # the owner, in the browser they signed in with before, gets in at once, page and API
    assert client.post("/api/v1/auth/login", json=RIGHT).status_code == 200
    token = csrf_of(client, "/login")
    page = client.post("/login", data={"csrf_token": token, **RIGHT}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/diary"


def test_a_new_browser_waits_at_most_a_minute_never_locked_out(client: Any) -> None:
    clock = Clock(client.app)
    api_signup(client, EMAIL)
    _guess(TestClient(client.app), clock, 30)
    owner_on_a_new_phone = TestClient(client.app)
    blocked = owner_on_a_new_phone.post("/api/v1/auth/login", json=RIGHT)
    assert blocked.status_code == 429
    assert 1 <= int(blocked.headers["retry-after"]) <= 60
    # hammering while told to wait is not counted: the wait does not grow
    for _ in range(20):
        again = owner_on_a_new_phone.post("/api/v1/auth/login", json=RIGHT)
        assert int(again.headers["retry-after"]) <= int(blocked.headers["retry-after"])
    clock.wait(blocked)
    assert owner_on_a_new_phone.post("/api/v1/auth/login", json=RIGHT).status_code == 200


def test_the_delays_grow_one_two_four_seconds_up_to_a_minute(sqlite_url: str) -> None:
    with make_client(sqlite_url) as client:  # three free failures by default
        clock = Clock(client.app)
        api_signup(client, EMAIL)
        stranger = TestClient(client.app)
        waits = []
        for _ in range(12):
            response = stranger.post("/api/v1/auth/login", json=WRONG)
            if response.status_code == 429:
                waits.append(int(response.headers["retry-after"]))
                clock.wait(response)
                stranger.post("/api/v1/auth/login", json=WRONG)
        assert waits == [1, 2, 4, 8, 16, 32, 60, 60]


def test_a_shared_address_is_slowed_never_shut_out(client: Any) -> None:
    """Many people behind one address mistyping many accounts: nobody waits over a minute."""
    clock = Clock(client.app)
    api_signup(client, EMAIL)
    for n in range(25):  # past the address's 20 free failures
        body = {"email": f"someone{n}@example.org", "password": "not their password"}
        _guess(TestClient(client.app), clock, 1, body)
    colleague = TestClient(client.app)
    response = colleague.post("/api/v1/auth/login", json=RIGHT)
    if response.status_code == 429:
        assert int(response.headers["retry-after"]) <= 60
        clock.wait(response)
        response = colleague.post("/api/v1/auth/login", json=RIGHT)
    assert response.status_code == 200


def test_a_forged_or_foreign_device_cookie_is_not_trusted(client: Any) -> None:
    clock = Clock(client.app)
    api_signup(client, EMAIL)
    api_signup(client, "other@example.org")  # this browser's cookie now names both accounts
    genuine = client.cookies["mt_device"]
    _guess(TestClient(client.app), clock, 20)
    forged = TestClient(client.app, cookies={"mt_device": genuine[:-2] + "xx"})
    assert forged.post("/api/v1/auth/login", json=RIGHT).status_code == 429
    stranger_cookie = TestClient(client.app)
    stranger_cookie.post(
        "/api/v1/auth/signup", json={"email": "x@example.org", "password": RIGHT["password"]}
    )
    login = stranger_cookie.post(
        "/api/v1/auth/login", json={"email": "x@example.org", "password": RIGHT["password"]}
    )
    assert login.status_code == 200  # a device cookie of *another* account
    assert stranger_cookie.post("/api/v1/auth/login", json=RIGHT).status_code == 429
    assert client.post("/api/v1/auth/login", json=RIGHT).status_code == 200


def test_the_counts_live_in_the_database_for_every_worker(sqlite_url: str) -> None:
    with make_client(sqlite_url) as first, make_client(sqlite_url) as second:
        clock = Clock(first.app, second.app)
        api_signup(first, EMAIL)
        _guess(TestClient(first.app), clock, 12)
        other_worker = TestClient(second.app)
        blocked = other_worker.post("/api/v1/auth/login", json=RIGHT)
        assert blocked.status_code == 429
        assert 1 <= int(blocked.headers["retry-after"]) <= 60
