"""Item 4: every request body is capped for the whole app, and each person has quotas.

The cap is enforced by an ASGI middleware that answers 413 from the declared length,
or while the body streams in, without reading the rest; quotas (episodes, days,
share codes a day) are settings of the web app.
"""

from __future__ import annotations

import asyncio
from typing import Any

from myotriage.web.bodylimit import BodyLimit
from tests.web.conftest import api_signup, make_client


def test_a_large_declared_body_is_refused_before_it_is_read(client: Any) -> None:
    big = '{"location": "loc_calf", "case": {"evidence": [], "x": "' + "x" * 10_000_000 + '"}}'
    headers = api_signup(client, "big@example.org")
    response = client.post(
        "/api/v1/diary/episodes",
        headers={**headers, "content-type": "application/json"},
        content=big,
    )
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/v1/diary/episodes", headers=headers).json() == []
    page = client.post("/login", content=b"x" * 1_000_000)
    assert page.status_code == 413


def test_a_streamed_body_is_cut_off_at_the_cap() -> None:
    """No Content-Length: the middleware counts chunks and stops reading past the cap."""
    chunks_read = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal chunks_read
        chunks_read += 1
        return {"type": "http.request", "body": b"x" * 1024, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:  # an app that reads everything it is given
            message = await receive()
            body += message["body"]
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    scope = {"type": "http", "path": "/api/v1/assess", "headers": []}
    asyncio.run(BodyLimit(app, max_bytes=10 * 1024)(scope, receive, send))
    assert sent[0]["status"] == 413
    assert chunks_read == 11  # ten chunks fit, the eleventh passes the cap, no more are read


def test_assess_is_capped_by_the_same_limit(client: Any) -> None:
    body = '{"evidence": [], "pad": "' + "x" * 300_000 + '"}'
    response = client.post(
        "/api/v1/assess", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


def test_quotas_per_person(sqlite_url: str) -> None:
    with make_client(sqlite_url, max_episodes=2, max_days=2, max_shares_per_day=2) as client:
        headers = api_signup(client, "quota@example.org")
        for _ in range(2):
            ok = client.post("/api/v1/diary/episodes", headers=headers, json={"location": "calf"})
            assert ok.status_code == 201
        over = client.post("/api/v1/diary/episodes", headers=headers, json={"location": "calf"})
        assert over.status_code == 422
        assert over.json()["detail"][0]["loc"] == ["body", "episodes"]
        assert len(client.get("/api/v1/diary/episodes", headers=headers).json()) == 2

        for day in ("2026-01-01", "2026-01-02"):
            assert (
                client.put(f"/api/v1/diary/days/{day}", headers=headers, json={}).status_code == 200
            )
        assert (
            client.put(
                "/api/v1/diary/days/2026-01-02", headers=headers, json={"stress": 3}
            ).status_code
            == 200
        )
        over = client.put("/api/v1/diary/days/2026-01-03", headers=headers, json={})
        assert over.status_code == 422

        for _ in range(2):
            assert client.post("/api/v1/shares", headers=headers, json={}).status_code == 201
        over = client.post("/api/v1/shares", headers=headers, json={})
        assert over.status_code == 422
        assert over.json()["detail"][0]["loc"] == ["body", "shares"]
        other = api_signup(client, "other@example.org")
        assert (
            client.post(
                "/api/v1/diary/episodes", headers=other, json={"location": "calf"}
            ).status_code
            == 201
        )


def test_an_import_over_the_quota_stores_nothing(tmp_path: Any) -> None:
    from myotriage.diary.service import DiaryQuota, DiaryService
    from myotriage.errors import InvalidInputError

    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}", quota=DiaryQuota(episodes=3))
    csv_file = tmp_path / "e.csv"
    csv_file.write_text(
        "start,location\n" + "".join(f"2026-01-0{d}T07:00+00:00,calf\n" for d in range(1, 5))
    )
    try:
        service.import_episodes_csv(owner="local", source=csv_file)
    except InvalidInputError as exc:
        assert exc.field == "episodes"
    else:
        raise AssertionError("the import should have been refused")
    assert service.count_episodes(owner="local") == 0
