"""Item 3: a NUL character is refused when it is checked (422), never a 500 from PostgreSQL.

PostgreSQL cannot store NUL in text, so before the fix an e-mail (at sign-up and at
sign-in, without an account), a display name, a note or a trigger holding one was
sent to the database and failed there. The same requests go to SQLite too, so both
databases answer alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.conftest import api_signup, csrf_of, make_client, page_signup

PASSWORD = "a long enough password"


@pytest.fixture(params=["sqlite", "postgres"])
def any_client(request: pytest.FixtureRequest) -> Iterator[Any]:
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url = request.getfixturevalue(name)
    with make_client(url) as client:
        yield client


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/v1/auth/signup", {"email": "a\x00@example.org", "password": PASSWORD}, "email"),
        ("/api/v1/auth/login", {"email": "a\x00@example.org", "password": PASSWORD}, "email"),
        (
            "/api/v1/auth/login",
            {"email": "a@example.org", "password": "pass\x00word12"},
            "password",
        ),
        (
            "/api/v1/auth/signup",
            {"email": "b@example.org", "password": PASSWORD, "display_name": "Ann\x00"},
            "display_name",
        ),
    ],
)
def test_account_fields_with_nul_are_refused(
    any_client: Any, path: str, body: dict[str, Any], field: str
) -> None:
    response = any_client.post(path, json=body)
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == ["body", field]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"location": "loc_calf", "notes": "cramp\x00"}, "notes"),
        ({"location": "loc_calf", "triggers": ["night\x00"]}, "triggers"),
    ],
)
def test_diary_text_with_nul_is_refused(any_client: Any, body: dict[str, Any], field: str) -> None:
    headers = api_signup(any_client, "nul@example.org")
    response = any_client.post("/api/v1/diary/episodes", headers=headers, json=body)
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"][:2] == ["body", field]


def test_the_pages_refuse_nul_too(any_client: Any) -> None:
    token = csrf_of(any_client, "/signup")
    response = any_client.post(
        "/signup",
        data={"csrf_token": token, "email": "p\x00@example.org", "password": PASSWORD},
    )
    assert response.status_code == 422
    response = any_client.post(
        "/login", data={"csrf_token": token, "email": "p\x00@example.org", "password": PASSWORD}
    )
    assert response.status_code == 401
    page_signup(any_client, "page@example.org")
    token = csrf_of(any_client, "/diary")  # signing in rotated the CSRF token (item 14)
    response = any_client.post(
        "/diary/episode",
        data={"csrf_token": token, "location": "loc_calf", "zone": "UTC", "notes": "bad\x00"},
    )
    assert response.status_code == 422
    assert any_client.get("/api/v1/diary/episodes").json() == []  # the session cookie's diary
