"""Several real worker processes on one PostgreSQL database share every piece of state.

Two ``myotriage serve`` processes on two ports (as on two machines behind a proxy)
take requests in turn: a session made on one works on the other, a share code
redeemed on one is spent on the other, and failed sign-ins on both add up to one
limit (kept per process, each would allow twice as many). Then one ``serve
--workers 2`` behind a single port: interview states signed by one worker are
accepted by the other (one secret key handed to all), and SIGTERM stops them cleanly.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from tests.web.conftest import SECRET

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

PASSWORD = "a long enough password"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(url: str, *, workers: int = 1, secret: str | None = SECRET) -> Iterator[Any]:
    """``myotriage serve`` on a free port until the block ends; yields (base URL, process)."""
    port = _free_port()
    env = {**os.environ, "MYOTRIAGE_DATABASE_URL": url, "MYOTRIAGE_ENV": "test"}
    env.pop("MYOTRIAGE_SECRET_KEY", None)
    if secret is not None:
        env["MYOTRIAGE_SECRET_KEY"] = secret
    command = [sys.executable, "-m", "myotriage", "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--workers", str(workers), "--graceful-timeout", "5"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/v1/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the server did not start: {process.stderr.read()}")  # type: ignore[union-attr]
            time.sleep(0.2)
        yield base, process
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)


def _signup(base: str, email: str, role: str = "person") -> dict[str, str]:
    body = {"email": email, "password": PASSWORD, "role": role}
    response = httpx.post(f"{base}/api/v1/auth/signup", json=body)
    assert response.status_code == 202, response.text
    login = {"email": email, "password": PASSWORD}
    response = httpx.post(f"{base}/api/v1/auth/login", json=login)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def test_two_servers_share_sessions_codes_and_limits(postgres_url: str) -> None:
    with serving(postgres_url) as (a, _), serving(postgres_url) as (b, _):
        # A session made on one server is valid on the other, and ends on both.
        person = _signup(a, "person@example.org")
        assert httpx.get(f"{b}/api/v1/auth/me", headers=person).json()["email"] == (
            "person@example.org"
        )
        login = {"email": "person@example.org", "password": PASSWORD}
        second = {
            "Authorization": f"Bearer {httpx.post(f'{b}/api/v1/auth/login', json=login).json()['token']}"
        }
        assert httpx.post(f"{a}/api/v1/auth/logout", headers=second, json={}).status_code == 204
        assert httpx.get(f"{b}/api/v1/auth/me", headers=second).status_code == 401

        # A one-time code made on A is redeemed on B, and is then spent on A as well.
        clinic = _signup(b, "clinic@example.org", role="clinician")
        code = httpx.post(f"{a}/api/v1/shares", headers=person, json={}).json()["code"]
        assert (
            httpx.post(f"{b}/api/v1/clinic/redeem", headers=clinic, json={"code": code}).status_code
            == 200
        )
        again = httpx.post(f"{a}/api/v1/clinic/redeem", headers=clinic, json={"code": code})
        assert again.status_code == 422

        # Wrong passwords alternating between the servers add up to one count: past the
        # three free ones each makes the next attempt wait longer (1 s, 2 s, 4 s), on both.
        wrong = {"email": "person@example.org", "password": "not the password"}
        failures = 0
        for i in range(20):
            response = httpx.post(f"{(a, b)[i % 2]}/api/v1/auth/login", json=wrong)
            if response.status_code == 429:
                time.sleep(int(response.headers["retry-after"]))
                continue
            assert response.status_code == 401
            failures += 1
            if failures == 6:
                break
        assert failures == 6
        for base in (a, b):
            blocked = httpx.post(f"{base}/api/v1/auth/login", json=login)
            assert blocked.status_code == 429 and 0 < int(blocked.headers["retry-after"]) <= 4


def _interview_unknowns(base: str) -> int:
    """Answer "unknown" to every question, each step on a new connection; returns the steps."""
    step = httpx.post(f"{base}/api/v1/interview", json={"action": "start", "age": 40}).json()
    steps = 0
    while not step["done"]:
        body = {"state": step["state"], "question_id": step["question"]["id"], "answer": "unknown"}
        response = httpx.post(f"{base}/api/v1/interview", json=body)  # a new connection each time
        assert response.status_code == 200, response.text
        step = response.json()
        steps += 1
    assert step["assessment"]["triage"] in {"self_care", "consult", "urgent", "emergency"}
    return steps


def test_workers_behind_one_port_share_a_key_and_stop_cleanly(postgres_url: str) -> None:
    with serving(postgres_url, workers=2, secret=None) as (base, process):
        children = _children(process.pid)
        keys = {_environ(pid).get("MYOTRIAGE_SECRET_KEY") for pid in children}
        assert len(children) >= 2 and len(keys) == 1 and None not in keys
        steps = sum(_interview_unknowns(base) for _ in range(4))
        assert steps >= 8
        person = _signup(base, "w@example.org")
        assert all(
            httpx.get(f"{base}/api/v1/auth/me", headers=person).status_code == 200
            for _ in range(10)
        )
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        deadline = time.monotonic() + 10
        while [pid for pid in children if _alive(pid)] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in children if _alive(pid)]


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _environ(pid: int) -> dict[str, str]:
    raw = open(f"/proc/{pid}/environ", "rb").read().decode(errors="replace")  # noqa: SIM115
    return dict(item.split("=", 1) for item in raw.split("\0") if "=" in item)
