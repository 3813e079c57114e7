"""One person can never read or change another's diary, through any endpoint; a clinic sees only
what was shared with it. Runs on SQLite and on PostgreSQL.

The test walks the app's own route table: every route that touches a diary or a share
must be covered by a check here, so a new endpoint without a check fails the test.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.web.conftest import api_signup, csrf_of, make_client

# (method, path) of every route that reads or writes someone's data -> how it is checked.
API_CHECKS: dict[tuple[str, str], str] = {
    ("GET", "/api/v1/diary/episodes"): "list",
    ("POST", "/api/v1/diary/episodes"): "own-write",
    ("GET", "/api/v1/diary/episodes/{episode_id}"): "other-id",
    ("PATCH", "/api/v1/diary/episodes/{episode_id}"): "other-id",
    ("DELETE", "/api/v1/diary/episodes/{episode_id}"): "other-id",
    ("GET", "/api/v1/diary/days"): "list",
    ("GET", "/api/v1/diary/days/{day}"): "other-id",
    ("PUT", "/api/v1/diary/days/{day}"): "own-write",
    ("DELETE", "/api/v1/diary/days/{day}"): "other-id",
    ("GET", "/api/v1/diary/stats"): "list",
    ("GET", "/api/v1/diary/assessment"): "list",
    ("GET", "/api/v1/diary/report.pdf"): "list",
    ("GET", "/api/v1/diary/fhir"): "list",
    ("GET", "/api/v1/diary/export"): "list",
    ("GET", "/api/v1/diary/reassess"): "list",
    ("POST", "/api/v1/shares"): "own-write",
    ("GET", "/api/v1/shares"): "list",
    ("DELETE", "/api/v1/shares/{share_id}"): "other-id",
    ("GET", "/api/v1/shares/audit"): "list",
    ("POST", "/api/v1/clinic/redeem"): "clinic",
    ("GET", "/api/v1/clinic/shares"): "clinic",
    ("GET", "/api/v1/clinic/shares/{share_id}"): "clinic",
    ("GET", "/api/v1/clinic/audit"): "clinic",
    ("GET", "/api/v1/clinic/reassess"): "clinic",
}
PAGE_CHECKS: dict[tuple[str, str], str] = {
    ("GET", "/diary"): "page",
    ("GET", "/diary/episode"): "page",
    ("POST", "/diary/episode"): "page",
    ("POST", "/diary/episodes/{episode_id}/delete"): "page",
    ("GET", "/diary/episodes/{episode_id}/delete"): "page",
    ("GET", "/diary/episodes/{episode_id}/edit"): "page",
    ("POST", "/diary/episodes/{episode_id}/edit"): "page",
    ("POST", "/diary/undo"): "page",
    ("GET", "/diary/day"): "page",
    ("POST", "/diary/day"): "page",
    ("GET", "/diary/report.pdf"): "page",
    ("POST", "/diary/report.pdf"): "page",
    ("POST", "/diary/share"): "page",
    ("POST", "/diary/shares/{share_id}/revoke"): "page",
    ("POST", "/diary/save-check"): "page",
    ("GET", "/clinic"): "page",
    ("POST", "/clinic/redeem"): "page",
    ("GET", "/clinic/shares/{share_id}"): "page",
}
SECRET_NOTE = "alice-private-note-7391"


def _diary_of(client: Any, headers: dict[str, str]) -> Any:
    """Everything a person stored (the export, minus its own time stamp)."""
    data = client.get("/api/v1/diary/export?format=json", headers=headers).json()
    return {k: v for k, v in data.items() if "export" not in k and "generated" not in k}


def _all_routes(app: Any) -> list[Any]:
    """Every route, with included routers flattened (FastAPI keeps them nested)."""
    routes = []
    for route in app.routes:
        if hasattr(route, "effective_route_contexts"):
            routes.extend(route.effective_route_contexts())
        else:
            routes.append(route)
    return routes


def _data_routes(app: Any) -> set[tuple[str, str]]:
    found = set()
    for route in _all_routes(app):
        path = re.sub(r":\w+\}", "}", getattr(route, "path", ""))  # {share_id:int} -> {share_id}
        if re.search(r"diary|share|clinic", path):
            for method in getattr(route, "methods", set()) - {"HEAD"}:
                found.add((method, path))
    return found


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def isolated_client(request: pytest.FixtureRequest) -> Any:
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    with make_client(url) as client:
        yield client


def test_every_data_route_is_checked(isolated_client: Any) -> None:
    assert _data_routes(isolated_client.app) == set(API_CHECKS) | set(PAGE_CHECKS)


def test_one_person_cannot_reach_anothers_diary(isolated_client: Any) -> None:
    client = isolated_client
    alice = api_signup(client, "alice@example.org", name="Alice")
    bob = api_signup(client, "bob@example.org", name="Bob")
    case = {
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "chest_pain", "choice": "present"},
        ]
    }
    episode = client.post(
        "/api/v1/diary/episodes",
        headers=alice,
        json={
            "location": "loc_calf",
            "pain": 7,
            "notes": SECRET_NOTE,
            "case": case,
            "start": "2026-02-01T08:00:00+00:00",
        },
    ).json()
    client.put("/api/v1/diary/days/2026-02-01", headers=alice, json={"caffeine_mg": 400})
    share_id = client.post("/api/v1/shares", headers=alice, json={}).json()["share_id"]
    before = _diary_of(client, alice)

    # Bob names Alice's rows directly: every one is "not found", nothing changes.
    other_id = {"episode_id": episode["id"], "day": "2026-02-01", "share_id": share_id}
    for (method, path), kind in API_CHECKS.items():
        if kind != "other-id":
            continue
        url = path.format(**other_id)
        body = {"pain": 1} if method == "PATCH" else None
        response = client.request(method, url, headers=bob, json=body)
        assert response.status_code == 404, (method, url, response.status_code)

    # Bob's own views show none of Alice's data.
    for (method, path), kind in API_CHECKS.items():
        if kind != "list":
            continue
        response = client.request(method, path, headers=bob)
        assert response.status_code == 200, (method, path)
        assert SECRET_NOTE not in response.text, path
        assert "loc_calf" not in response.text or path.endswith("report.pdf"), path
    assert client.get("/api/v1/diary/stats", headers=bob).json()["episodes"] == 0
    assert client.get("/api/v1/diary/assessment", headers=bob).json() is None
    assert client.get("/api/v1/shares", headers=bob).json() == []

    # Bob's writes land in Bob's diary only.
    client.post("/api/v1/diary/episodes", headers=bob, json={"location": "loc_eyelid"})
    client.put("/api/v1/diary/days/2026-02-01", headers=bob, json={"caffeine_mg": 0})
    client.post("/api/v1/shares", headers=bob, json={})
    assert _diary_of(client, alice) == before
    assert len(client.get("/api/v1/shares", headers=alice).json()) == 1

    # The pages: Bob signed in through the browser cannot delete or revoke Alice's rows.
    login = client.post(
        "/api/v1/auth/login",
        json={"email": "bob@example.org", "password": "a long enough password"},
    )
    client.cookies.set("mt_session", login.json()["token"])
    token = csrf_of(client, "/diary")
    page = client.get("/diary")
    assert SECRET_NOTE not in page.text and "Alice" not in page.text
    r = client.post(f"/diary/episodes/{episode['id']}/delete", data={"csrf_token": token})
    assert r.status_code == 404
    for path in (
        f"/diary/episodes/{episode['id']}/edit",
        f"/diary/episodes/{episode['id']}/delete",
    ):
        r = client.get(path)
        assert r.status_code == 404 and SECRET_NOTE not in r.text, path
    r = client.post(
        f"/diary/episodes/{episode['id']}/edit",
        data={"csrf_token": token, "location": "loc_foot", "notes": "bob was here"},
    )
    assert r.status_code == 404
    r = client.post("/diary/undo", data={"csrf_token": token})
    assert r.status_code == 422  # nothing of Bob's to undo, and never Alice's
    r = client.post(f"/diary/shares/{share_id}/revoke", data={"csrf_token": token})
    assert r.status_code == 404
    pdf = client.get("/diary/report.pdf")
    assert pdf.status_code == 200 and SECRET_NOTE.encode() not in pdf.content
    client.cookies.clear()
    assert _diary_of(client, alice) == before
    assert (
        client.get(f"/api/v1/diary/episodes/{episode['id']}", headers=alice).json()["notes"]
        == SECRET_NOTE
    )


def test_a_clinic_sees_only_what_was_shared_with_it(isolated_client: Any) -> None:
    client = isolated_client
    alice = api_signup(client, "alice@example.org", name="Alice")
    clinic_a = api_signup(client, "a@clinic.example", role="clinician")
    clinic_b = api_signup(client, "b@clinic.example", role="clinician")
    client.post(
        "/api/v1/diary/episodes", headers=alice, json={"location": "loc_calf", "notes": SECRET_NOTE}
    )
    made = client.post("/api/v1/shares", headers=alice, json={}).json()
    unshared = client.post("/api/v1/shares", headers=alice, json={}).json()  # never redeemed

    # A clinician has no diary access at all, not even with a person's ids.
    for (method, path), kind in API_CHECKS.items():
        if kind in ("list", "other-id"):
            url = path.format(episode_id=1, day="2026-02-01", share_id=made["share_id"])
            response = client.request(
                method, url, headers=clinic_a, json={} if method in ("PATCH", "PUT") else None
            )
            assert response.status_code == 403, (method, url)

    assert (
        client.post(
            "/api/v1/clinic/redeem", headers=clinic_a, json={"code": made["code"]}
        ).status_code
        == 200
    )
    # Clinic B can neither list it, read it, nor take the used code over.
    assert client.get("/api/v1/clinic/shares", headers=clinic_b).json() == []
    assert (
        client.get(f"/api/v1/clinic/shares/{made['share_id']}", headers=clinic_b).status_code == 404
    )
    assert (
        client.post(
            "/api/v1/clinic/redeem", headers=clinic_b, json={"code": made["code"]}
        ).status_code
        == 422
    )
    # Clinic A cannot read the share that was never redeemed, by id.
    assert (
        client.get(f"/api/v1/clinic/shares/{unshared['share_id']}", headers=clinic_a).status_code
        == 404
    )
    assert [s["id"] for s in client.get("/api/v1/clinic/shares", headers=clinic_a).json()] == [
        made["share_id"]
    ]
    # People cannot use clinic endpoints.
    assert client.get("/api/v1/clinic/shares", headers=alice).status_code == 403
    assert (
        client.post(
            "/api/v1/clinic/redeem", headers=alice, json={"code": unshared["code"]}
        ).status_code
        == 403
    )
    assert client.get("/api/v1/clinic/reassess", headers=clinic_b).json()["raised"] == []
    assert client.get("/api/v1/clinic/reassess", headers=alice).status_code == 403
    # Clinic B's audit trail is empty; Alice sees clinic A's access only.
    assert client.get("/api/v1/clinic/audit", headers=clinic_b).json() == []
    trail = client.get("/api/v1/shares/audit", headers=alice).json()
    assert {e["clinician"].split("<")[1].rstrip(">") for e in trail} == {"a@clinic.example"}

    # The clinic pages behave the same.
    token = client.post(
        "/api/v1/auth/login",
        json={"email": "b@clinic.example", "password": "a long enough password"},
    ).json()["token"]
    client.cookies.set("mt_session", token)
    assert client.get(f"/clinic/shares/{made['share_id']}").status_code == 404
    assert "Alice" not in client.get("/clinic").text
    client.cookies.clear()


def test_pages_send_strangers_to_sign_in(isolated_client: Any) -> None:
    client = isolated_client
    token = csrf_of(client, "/login")
    for (method, path), _ in PAGE_CHECKS.items():
        url = path.format(episode_id=1, share_id=1)
        data = {"csrf_token": token} if method == "POST" else None
        response = client.request(method, url, data=data, follow_redirects=False)
        assert response.status_code == 303, (method, url, response.status_code)
        assert response.headers["location"].startswith("/login")
