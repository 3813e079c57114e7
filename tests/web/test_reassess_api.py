"""Re-triage over the API: a person sees their own raised cases, a clinic those of its shares."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from myotriage.diary.models import episodes
from myotriage.web.models import shares
from tests.web.conftest import api_signup

CHEST = {"age": 60, "evidence": [{"id": "chest_pain", "choice": "present"}]}
CALF = {"age": 45, "evidence": [{"id": "loc_calf", "choice": "present"}]}


def _as_if_older_knowledge_said(client: Any, episode_id: int, triage: str) -> None:
    with client.app.state.ctx.engine.begin() as connection:
        connection.execute(
            update(episodes)
            .where(episodes.c.id == episode_id)
            .values(assessment_json={"triage": triage}, knowledge_version="0.0.1")
        )


def test_a_person_sees_only_their_own_raised_cases(client: Any) -> None:
    ann = api_signup(client, "ann@example.org")
    bob = api_signup(client, "bob@example.org")
    ids = {}
    for who, headers in (("ann", ann), ("bob", bob)):
        for name, case in (("chest", CHEST), ("calf", CALF)):
            body = {"location": "loc_calf", "case": case}
            response = client.post("/api/v1/diary/episodes", json=body, headers=headers)
            assert response.status_code == 201, response.text
            ids[who, name] = response.json()["id"]
    _as_if_older_knowledge_said(client, ids["ann", "chest"], "self_care")
    _as_if_older_knowledge_said(client, ids["bob", "chest"], "self_care")
    _as_if_older_knowledge_said(client, ids["ann", "calf"], "emergency")
    mine = client.get("/api/v1/diary/reassess", headers=ann).json()
    assert [(r["ref"], r["before"], r["after"]) for r in mine["raised"]] == [
        (ids["ann", "chest"], "self_care", "emergency")
    ]
    assert mine["checked"] == 2 and mine["lowered"] == 1  # only ann's rows of the older version
    assert client.get("/api/v1/diary/reassess").status_code == 401


def test_a_clinic_sees_shares_whose_level_went_up(client: Any) -> None:
    person = api_signup(client, "pat@example.org", name="Pat")
    clinic = api_signup(client, "doc@example.org", role="clinician")
    client.post(
        "/api/v1/diary/episodes", json={"location": "loc_calf", "case": CHEST}, headers=person
    )
    code = client.post("/api/v1/shares", headers=person, json={}).json()["code"]
    share = client.post("/api/v1/clinic/redeem", headers=clinic, json={"code": code}).json()
    current = client.get("/api/v1/clinic/reassess", headers=clinic).json()
    assert current["checked"] == 0  # assessed with today's knowledge: nothing to re-run
    with client.app.state.ctx.engine.begin() as connection:
        report = connection.execute(select(shares.c.report)).scalar_one()
        report["assessment"] = {
            **report["assessment"],
            "triage": "consult",
            "knowledge_version": "0.0.1",
        }
        connection.execute(update(shares).values(report=report))
    raised = client.get("/api/v1/clinic/reassess", headers=clinic).json()["raised"]
    assert [(r["ref"], r["patient"], r["before"], r["after"]) for r in raised] == [
        (share["id"], "Pat", "consult", "emergency")
    ]
    assert client.get("/api/v1/clinic/reassess", headers=person).status_code == 403
