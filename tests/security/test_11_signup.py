"""Item 11: sign-up is rate limited, hashes run a few at a time, and the answer is neutral.

Before the fix, sign-up had no limit, said "an account with this e-mail already
exists", and every request hashed with argon2 at 64 MiB at once (16 parallel
sign-ups took the server from 289 MiB to 1.3 GiB).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from myotriage.web import security
from tests.web.conftest import csrf_of, make_client

ACCOUNT = {"email": "taken@example.org", "password": "the first password"}


def test_the_answer_does_not_say_whether_an_account_exists(client: Any) -> None:
    first = client.post("/api/v1/auth/signup", json=ACCOUNT)
    again = client.post("/api/v1/auth/signup", json={**ACCOUNT, "password": "a second password"})
    new = client.post("/api/v1/auth/signup", json={**ACCOUNT, "email": "new@example.org"})
    assert first.status_code == again.status_code == new.status_code == 202
    assert first.json() == again.json() == new.json()
    assert "if this e-mail address can be used" in first.json()["detail"].lower()
    assert "exist" not in again.text
    # the second sign-up changed nothing: only the first password signs in
    assert client.post("/api/v1/auth/login", json=ACCOUNT).status_code == 200
    wrong = {**ACCOUNT, "password": "a second password"}
    assert client.post("/api/v1/auth/login", json=wrong).status_code == 401


def test_the_page_answers_neutrally_too(client: Any) -> None:
    token = csrf_of(client, "/signup")
    answers = []
    for _ in range(2):
        response = client.post(
            "/signup", data={"csrf_token": token, **ACCOUNT}, follow_redirects=False
        )
        answers.append((response.status_code, response.headers.get("location")))
    assert answers[0] == answers[1] == (303, "/login?new=1")
    page = client.get("/login?new=1")
    assert "If this e-mail address can be used" in page.text


def test_sign_ups_are_rate_limited_per_client(sqlite_url: str) -> None:
    with make_client(sqlite_url, signup_limit=3) as client:
        for i in range(3):
            body = {**ACCOUNT, "email": f"p{i}@example.org"}
            assert client.post("/api/v1/auth/signup", json=body).status_code == 202
        blocked = client.post("/api/v1/auth/signup", json={**ACCOUNT, "email": "p9@example.org"})
        assert blocked.status_code == 429
        assert int(blocked.headers["retry-after"]) > 0
        assert (
            client.post(
                "/api/v1/auth/login", json={**ACCOUNT, "email": "p9@example.org"}
            ).status_code
            == 401
        )


def test_at_most_a_few_hashes_run_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sixteen parallel sign-ups: never more hashes at once than the slots allow."""
    running = 0
    most = 0
    lock = threading.Lock()

    class SlowHasher:
        def hash(self, password: str) -> str:
            nonlocal running, most
            with lock:
                running += 1
                most = max(most, running)
            time.sleep(0.05)
            with lock:
                running -= 1
            return "$argon2id$fake"

    monkeypatch.setattr(security, "_hasher", SlowHasher())
    security.set_hash_concurrency(2)
    threads = [threading.Thread(target=security.hash_password, args=("pw",)) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == 2
