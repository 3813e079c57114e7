"""Item 15 (Host): no redirect ever names the host the client sent.

Before the fix, with ``*`` as allowed host (the development default), Starlette answered
``GET /api/v1/diary/episodes/`` with ``Location: http://<any Host header>/api/v1/diary/
episodes``: an open redirect, and a poisoned redirect for any shared cache in between.
Now the trailing-slash redirects are relative (the path only), and never start with
``//`` (which a browser would read as another host).
"""

from __future__ import annotations

from typing import Any

import pytest

EVIL = {"host": "evil.example"}


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/api/v1/diary/episodes/", "/api/v1/diary/episodes"),
        ("/api/v1/health/?x=1&y=%2F", "/api/v1/health?x=1&y=%2F"),
        ("/diary/", "/diary"),
        ("/login/", "/login"),
    ],
)
def test_a_slash_redirect_is_relative(client: Any, path: str, location: str) -> None:
    response = client.get(path, headers=EVIL, follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == location
    assert "evil" not in response.text


@pytest.mark.parametrize(
    "path", ["//evil.example/", "//evil.example/api/v1/health/", "/\\evil.example/", "/%2F%2Fx/"]
)
def test_no_redirect_leaves_the_site(client: Any, path: str) -> None:
    response = client.get(path, headers=EVIL, follow_redirects=False)
    location = response.headers.get("location", "/")
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location
    assert "evil" not in location


def test_the_sign_in_redirect_is_relative_too(client: Any) -> None:
    response = client.get("/diary", headers=EVIL, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
