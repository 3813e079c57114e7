"""Item 15 (client address): X-Forwarded-For only from a named proxy; IPv6 counted by /64.

Before the fix ``myotriage serve`` let uvicorn believe ``X-Forwarded-For`` from
127.0.0.1 by default, so a client on the same machine (or behind a local proxy that
passes the header on) could name a new address with every request and escape the
per-address limits (sign-up, sign-in, share codes); and every IPv6 address was its own
client, though a client owns a whole /64. Now no proxy is believed unless
``MYOTRIAGE_TRUSTED_PROXIES`` names it, and then the client is the right-most address
that is not a named proxy.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from myotriage.config import Settings
from myotriage.errors import InvalidInputError
from myotriage.web.clientip import rate_key_address
from tests.web.conftest import SECRET

PASSWORD = "a long enough password"


@contextmanager
def _app_client(url: str, peer: str, proxies: tuple[str, ...] = ()) -> Iterator[Any]:
    """A client whose connection comes from ``peer``; one sign-up per address allowed."""
    from fastapi.testclient import TestClient

    from myotriage.web.app import create_app
    from myotriage.web.settings import WebSettings

    settings = Settings(
        environment="test", database_url=url, secret_key=SECRET, trusted_proxies=proxies
    )
    app = create_app(web_settings=WebSettings(settings=settings, signup_limit=1))
    with TestClient(app, client=(peer, 50000)) as client:
        yield client


def _signup(client: Any, n: int, forwarded: str | None = None) -> int:
    headers = {"x-forwarded-for": forwarded} if forwarded else {}
    body = {"email": f"p{n}@example.org", "password": PASSWORD}
    return int(client.post("/api/v1/auth/signup", json=body, headers=headers).status_code)


def test_an_ipv6_client_is_counted_by_its_64() -> None:
    assert rate_key_address("2001:db8:1:2::1") == rate_key_address("2001:db8:1:2:ffff::9")
    assert rate_key_address("2001:db8:1:2::1") == "2001:db8:1:2::/64"
    assert rate_key_address("2001:db8:1:3::1") != rate_key_address("2001:db8:1:2::1")
    assert rate_key_address("::ffff:192.0.2.7") == "192.0.2.7"
    assert rate_key_address("192.0.2.7") == "192.0.2.7"
    assert rate_key_address("testclient") == "testclient"


def test_ipv6_addresses_of_one_64_share_a_limit(sqlite_url: str) -> None:
    with _app_client(sqlite_url, "2001:db8:1:2::1") as first:
        assert _signup(first, 1) == 202
    with _app_client(sqlite_url, "2001:db8:1:2::abcd") as same_network:
        assert _signup(same_network, 2) == 429
    with _app_client(sqlite_url, "2001:db8:1:3::1") as other_network:
        assert _signup(other_network, 3) == 202


def test_without_a_named_proxy_the_header_is_ignored(sqlite_url: str) -> None:
    with _app_client(sqlite_url, "127.0.0.1") as client:
        assert _signup(client, 1, "198.51.100.1") == 202
        assert _signup(client, 2, "198.51.100.2") == 429


def test_behind_a_named_proxy_the_right_most_other_address_counts(sqlite_url: str) -> None:
    with _app_client(sqlite_url, "10.0.0.10", proxies=("10.0.0.0/24",)) as client:
        # The proxy appends the address it saw; what the client wrote is on the left.
        assert _signup(client, 1, "198.51.100.1, 203.0.113.5") == 202
        assert _signup(client, 2, "198.51.100.2, 203.0.113.5") == 429
        assert _signup(client, 3, "203.0.113.5, 10.0.0.11") == 429  # two proxies in a row
        assert _signup(client, 4, "203.0.113.6") == 202
        assert _signup(client, 5, "2001:db8:9::1") == 202
        assert _signup(client, 6, "2001:db8:9::2") == 429
    with _app_client(sqlite_url, "192.0.2.50", proxies=("10.0.0.0/24",)) as stranger:
        assert _signup(stranger, 7, "203.0.113.7") == 202  # a stranger's header is ignored:
        assert _signup(stranger, 8, "203.0.113.8") == 429  # it counts as 192.0.2.50


@pytest.mark.parametrize("value", ["*", "proxy.example.org", "10.0.0.300"])
def test_a_bad_proxy_setting_is_refused(value: str) -> None:
    with pytest.raises(InvalidInputError, match="MYOTRIAGE_TRUSTED_PROXIES"):
        Settings.from_env({"MYOTRIAGE_TRUSTED_PROXIES": value})
    good = Settings.from_env({"MYOTRIAGE_TRUSTED_PROXIES": "10.0.0.10, 10.1.0.0/16, 10.2.0.1/16"})
    assert good.trusted_proxies == ("10.0.0.10", "10.1.0.0/16", "10.2.0.0/16")
    assert Settings.from_env({}).trusted_proxies == ()


@pytest.mark.e2e
def test_the_server_does_not_believe_a_local_client_by_default(tmp_path: Path) -> None:
    """``myotriage serve`` on 127.0.0.1: a local client naming other addresses is one client."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "MYOTRIAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        "MYOTRIAGE_ENV": "test",
        "MYOTRIAGE_SIGNUP_LIMIT": "1",
    }
    env.pop("MYOTRIAGE_TRUSTED_PROXIES", None)
    command = [sys.executable, "-m", "myotriage", "serve", "--host", "127.0.0.1"]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
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
                httpx.get(f"{base}/api/v1/health", timeout=2)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.2)
        answers = [
            httpx.post(
                f"{base}/api/v1/auth/signup",
                json={"email": f"p{n}@example.org", "password": PASSWORD},
                headers={"X-Forwarded-For": f"198.51.100.{n}"},
                timeout=30,
            ).status_code
            for n in (1, 2)
        ]
        assert answers == [202, 429]
    finally:
        process.terminate()
        process.wait(timeout=20)
