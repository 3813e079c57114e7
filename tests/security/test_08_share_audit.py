"""Item 8: withdrawing a share keeps its audit trail, on both sides.

A withdrawn share is marked (``revoked_at``), not deleted; the clinic no longer sees
it, both access logs keep every entry and say it was withdrawn, and the database itself
refuses to delete or change an audit row or to delete a share that has one (migration
w0003: no ``ON DELETE CASCADE``, append-only triggers). A database at w0002 upgrades
without losing a row.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError

from myotriage.web.models import audit, shares
from tests.web.conftest import api_signup, make_client


@pytest.fixture(params=["sqlite", "postgres"])
def any_client(request: pytest.FixtureRequest) -> Iterator[Any]:
    url = request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
    with make_client(url) as client:
        yield client


def _share_and_open(client: Any) -> tuple[dict[str, str], dict[str, str], int]:
    person = api_signup(client, "p@example.org", name="Pat")
    clinician = api_signup(client, "c@example.org", role="clinician", name="Dr C")
    client.post("/api/v1/diary/episodes", headers=person, json={"location": "calf"})
    made = client.post("/api/v1/shares", headers=person, json={}).json()
    assert (
        client.post(
            "/api/v1/clinic/redeem", headers=clinician, json={"code": made["code"]}
        ).status_code
        == 200
    )
    assert (
        client.get(f"/api/v1/clinic/shares/{made['share_id']}", headers=clinician).status_code
        == 200
    )
    return person, clinician, made["share_id"]


def test_withdrawing_keeps_both_access_logs(any_client: Any) -> None:
    person, clinician, share_id = _share_and_open(any_client)
    assert any_client.delete(f"/api/v1/shares/{share_id}", headers=person).status_code == 204
    assert any_client.delete(f"/api/v1/shares/{share_id}", headers=person).status_code == 204

    owner_log = any_client.get("/api/v1/shares/audit", headers=person).json()
    clinic_log = any_client.get("/api/v1/clinic/audit", headers=clinician).json()
    for log in (owner_log, clinic_log):
        assert sorted(e["action"] for e in log) == ["redeemed", "viewed"]
        assert all(e["withdrawn"] for e in log)

    own = any_client.get("/api/v1/shares", headers=person).json()
    assert own[0]["revoked_at"] is not None
    assert "assessment" not in own[0]["report"]  # the snapshot is dropped with the share
    assert any_client.get("/api/v1/clinic/shares", headers=clinician).json() == []
    assert any_client.get(f"/api/v1/clinic/shares/{share_id}", headers=clinician).status_code == 404

    any_client.headers.update(person)
    page = any_client.get("/diary")
    assert "withdrawn" in page.text


def test_the_database_keeps_the_log_append_only(any_client: Any) -> None:
    _person, _clinician, share_id = _share_and_open(any_client)
    engine = any_client.app.state.ctx.engine
    for statement in (
        delete(audit),
        update(audit).values(action="edited"),
        delete(shares).where(shares.c.id == share_id),
    ):
        with pytest.raises(DBAPIError), engine.begin() as connection:
            connection.execute(statement)
    with engine.connect() as connection:
        assert len(connection.execute(audit.select()).all()) == 2


def test_a_database_at_w0002_upgrades_without_losing_a_row(sqlite_url: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import select

    from myotriage.diary.db import create_diary_engine, write_connection
    from myotriage.web.db import WEB_MIGRATIONS

    engine = create_diary_engine(sqlite_url)
    with write_connection(engine) as connection:
        config = Config()
        config.set_main_option("script_location", str(WEB_MIGRATIONS.migrations))
        config.set_main_option("version_table", WEB_MIGRATIONS.version_table)
        config.attributes["connection"] = connection
        command.upgrade(config, "w0002")
        connection.exec_driver_sql(
            "INSERT INTO web_user (id, email, password_hash, role, display_name, created_at) "
            "VALUES (1, 'p@x.org', 'h', 'person', 'P', '2026-01-01 00:00:00'), "
            "(2, 'c@x.org', 'h', 'clinician', 'C', '2026-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO web_share (id, code_hash, owner_id, clinician_id, triage_rank, report, "
            "created_at, expires_at, redeemed_at) VALUES (1, 'x', 1, 2, 0, '{}', "
            "'2026-01-01 00:00:00', '2026-01-08 00:00:00', '2026-01-02 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO web_audit (at, clinician_id, share_id, action) "
            "VALUES ('2026-01-02 00:00:00', 2, 1, 'redeemed')"
        )
    with make_client(sqlite_url) as client:
        ctx = client.app.state.ctx
        ctx.web.revoke_share(owner_id=1, share_id=1)
        with engine.connect() as connection:
            assert connection.execute(select(shares.c.revoked_at)).scalar() is not None
            assert len(connection.execute(audit.select()).all()) == 1
        assert [e.withdrawn for e in ctx.web.audit_for_owner(owner_id=1)] == [True]
