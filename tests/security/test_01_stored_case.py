"""Item 1: a stored case can no longer break anybody's pages.

A case kept with an episode is checked by the engine's case parser when it is
written (API, service, command line), limited in size, and may not hold an unpaired
surrogate or a NUL. Rows stored before these checks are skipped or cleaned on the
way out, so they never turn a page or an export into a 500.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert
from typer.testing import CliRunner

from myotriage.diary.models import episodes
from myotriage.diary.service import DiaryService
from myotriage.errors import InvalidInputError
from myotriage.flows.assessment import record_episode
from tests.web.conftest import api_signup, make_client

BAD_CASES: list[tuple[str, Any, str]] = [
    ("surrogate id", {"id": "\ud800", "evidence": []}, "case.id"),
    ("NUL in id", {"id": "a\x00b", "evidence": []}, "case.id"),
    (
        "unknown finding",
        {"evidence": [{"id": "loc_nowhere", "choice": "present"}]},
        "case.evidence[0].id",
    ),
    (
        "list choice",
        {"evidence": [{"id": "loc_calf", "choice": ["present"]}]},
        "case.evidence[0].choice",
    ),
    ("not a case", {"evidence": "lots"}, "case.evidence"),
    ("huge", {"evidence": [], "padding": "x" * 40_000}, "case"),
]


def _raw(body: dict[str, Any]) -> str:
    """JSON text that keeps a lone surrogate as an escape (as an attacker would send it)."""
    return json.dumps(body)


@pytest.mark.parametrize(("name", "case", "field"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_the_api_refuses_a_bad_case_and_stores_nothing(
    client: Any, name: str, case: Any, field: str
) -> None:
    headers = api_signup(client, "case@example.org")
    response = client.post(
        "/api/v1/diary/episodes",
        headers={**headers, "content-type": "application/json"},
        content=_raw({"location": "loc_calf", "case": case}),
    )
    assert response.status_code == 422, response.text
    loc = response.json()["detail"][0]["loc"]
    assert ".".join(str(p) for p in loc).replace(".0", "[0]").startswith("body." + field)
    assert client.get("/api/v1/diary/episodes", headers=headers).json() == []


@pytest.mark.parametrize(("name", "case", "field"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_the_service_refuses_a_bad_case(
    tmp_path: Path, name: str, case: Any, field: str, kb: Any
) -> None:
    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    with pytest.raises(InvalidInputError) as raised:
        record_episode(service, owner="local", knowledge=kb, case=case, location="calf")
    assert raised.value.field.startswith(field)
    assert service.count_episodes(owner="local") == 0


def test_a_good_case_is_stored_in_its_canonical_form(tmp_path: Path, kb: Any) -> None:
    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    case = {"id": "x", "evidence": [{"id": "loc_calf", "choice": "present"}], "note": "extra"}
    record_episode(service, owner="local", knowledge=kb, case=case, location="calf")
    stored = service.latest_case(owner="local")
    assert stored is not None
    assert stored[0] == {"id": "x", "evidence": [{"id": "loc_calf", "choice": "present"}]}


def test_the_command_line_refuses_a_bad_case(tmp_path: Path) -> None:
    from myotriage.cli import app

    path = tmp_path / "case.json"
    path.write_text('{"id": "\\ud800", "evidence": []}', encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [
            "diary",
            "--db",
            f"sqlite:///{tmp_path / 'd.sqlite3'}",
            "add",
            "--location",
            "calf",
            "--case",
            str(path),
        ],
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "id" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _store_bad_rows(url: str, owner: str) -> None:
    """Rows as the old code stored them: a case with a lone surrogate (JSON keeps it as an
    escape), and a NUL in a note (SQLite keeps it)."""
    service = DiaryService(url)
    now = datetime.now(UTC)
    row = {
        "owner": owner,
        "start_at": now,
        "utc_offset_min": 0,
        "local_date": now.date(),
        "local_hour": now.hour,
        "duration_s": None,
        "location": "loc_calf",
        "pain": 3,
        "type": None,
        "triggers": "night",
        "notes": "bad note \x00",
        "case_json": {"id": "\ud800", "evidence": [{"id": "loc_calf", "choice": "present"}]},
        "assessment_json": {"id": "\ud800", "triage": "self_care"},
        "knowledge_version": "1.0.0",
        "created_at": now,
    }
    with service.engine.begin() as connection:
        connection.execute(insert(episodes).values(**row))
    service.close()


def test_rows_stored_badly_before_the_fix_break_no_page(sqlite_url: str) -> None:
    with make_client(sqlite_url) as client:
        person = api_signup(client, "old@example.org", name="Old Data")
        clinician = api_signup(client, "doc@example.org", role="clinician")
        me = client.get("/api/v1/auth/me", headers=person).json()
        _store_bad_rows(sqlite_url, f"user:{me['id']}")
        for path in (
            "/api/v1/diary/episodes",
            "/api/v1/diary/assessment",
            "/api/v1/diary/export?format=json",
            "/api/v1/diary/export?format=csv",
            "/api/v1/diary/fhir",
        ):
            response = client.get(path, headers=person)
            assert response.status_code == 200, (path, response.text)
        episode = client.get("/api/v1/diary/episodes", headers=person).json()[0]
        assert "\ufffd" in episode["notes"]
        assessment = client.get("/api/v1/diary/assessment", headers=person).json()
        assert assessment is None or assessment["skipped_cases"] == 1
        share = client.post("/api/v1/shares", headers=person, json={})
        assert share.status_code == 201, share.text
        redeemed = client.post(
            "/api/v1/clinic/redeem", headers=clinician, json={"code": share.json()["code"]}
        )
        assert redeemed.status_code == 200, redeemed.text
        assert client.get("/api/v1/clinic/shares", headers=clinician).status_code == 200
        share_id = share.json()["share_id"]
        assert client.get(f"/api/v1/clinic/shares/{share_id}", headers=clinician).status_code == 200
        assert client.get("/api/v1/shares", headers=person).status_code == 200
        client.cookies.clear()


def test_a_share_stored_with_a_bad_report_still_opens(sqlite_url: str) -> None:
    """A share snapshot written by the old code (surrogate inside the report) is cleaned."""
    from sqlalchemy import update

    from myotriage.web.models import shares

    with make_client(sqlite_url) as client:
        person = api_signup(client, "p@example.org")
        clinician = api_signup(client, "c@example.org", role="clinician")
        made = client.post("/api/v1/shares", headers=person, json={}).json()
        engine = client.app.state.ctx.engine
        with engine.begin() as connection:
            connection.execute(
                update(shares).values(report={"patient": "\ud800", "assessment": None})
            )
        client.post("/api/v1/clinic/redeem", headers=clinician, json={"code": made["code"]})
        for path, who in (
            ("/api/v1/shares", person),
            ("/api/v1/clinic/shares", clinician),
            (f"/api/v1/clinic/shares/{made['share_id']}", clinician),
        ):
            response = client.get(path, headers=who)
            assert response.status_code == 200, (path, response.text)
