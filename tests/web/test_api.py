"""The JSON API: assess, findings, knowledge, diary, sharing; errors are 422 with field and problem."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.web.conftest import api_signup


def test_health(client: Any, kb: Any) -> None:
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "knowledge_version": kb.version}


def test_assess_returns_the_engines_assessment_for_every_public_case(
    client: Any, public_cases: list[dict[str, Any]]
) -> None:
    from myotriage.engine.assessment import assess

    for case in public_cases:
        response = client.post("/api/v1/assess", json=case)
        assert response.status_code == 200, case["id"]
        assert response.json() == json.loads(json.dumps(assess(case).to_dict()))


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        (
            {"evidence": [{"id": "no_such_finding", "choice": "present"}]},
            ["body", "evidence", 0, "id"],
        ),
        ({"evidence": [{"id": "loc_calf", "choice": "maybe"}]}, ["body", "evidence", 0, "choice"]),
        ({"age": 130, "evidence": []}, ["body", "age"]),
        ({"sex": "x", "evidence": []}, ["body", "sex"]),
        ({}, ["body", "evidence"]),
        ([], ["body", "case"]),
    ],
)
def test_assess_rejects_bad_cases_with_field_and_problem(
    client: Any, body: Any, loc: list[Any]
) -> None:
    response = client.post("/api/v1/assess", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail[0]["loc"] == loc
    assert detail[0]["msg"]


def test_assess_two_present_members_of_a_single_group(client: Any) -> None:
    body = {
        "evidence": [
            {"id": "dur_flicker", "choice": "present"},
            {"id": "dur_minutes", "choice": "present"},
        ]
    }
    response = client.post("/api/v1/assess", json=body)
    assert response.status_code == 422
    assert "dur" in json.dumps(response.json()["detail"])


def test_assess_rejects_invalid_json_and_huge_bodies(client: Any) -> None:
    def post(body: bytes) -> Any:
        return client.post(
            "/api/v1/assess", content=body, headers={"content-type": "application/json"}
        )

    response = post(b'{"evidence": [')
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body"]
    assert "JSON" in response.json()["detail"][0]["msg"]
    huge = b'{"evidence": [], "id": "' + b"x" * 300_000 + b'"}'
    assert post(huge).status_code == 413  # the app's body cap
    assert post(b'{"age": NaN, "evidence": []}').status_code == 422
    deep = b"[" * 50_000 + b"]" * 50_000
    assert post(deep).status_code == 422


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
case_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "age": st.integers(-5, 200) | json_values,
        "sex": st.sampled_from(["female", "male", "other", "x"]) | json_values,
        "evidence": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.sampled_from(["loc_calf", "dur_flicker", "chest_pain", "nope"]),
                    "choice": st.sampled_from(["present", "absent", "unknown", "yes"]),
                }
            )
            | json_values,
            max_size=5,
        ),
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=case_like | json_values)
def test_assess_never_fails_with_a_server_error(client: Any, body: Any) -> None:
    # the type is set even for None (httpx then sends no body), which must be a 422, not a 415
    headers = {"content-type": "application/json"}
    response = client.post("/api/v1/assess", json=body, headers=headers)
    assert response.status_code in (200, 422)
    if response.status_code == 422:
        first = response.json()["detail"][0]
        assert first["loc"][0] == "body" and first["msg"]
    else:
        assert response.json()["triage"] in ("emergency", "urgent", "consult", "self_care")


def test_findings_and_knowledge(client: Any, kb: Any) -> None:
    findings = client.get("/api/v1/findings").json()
    assert [f["id"] for f in findings] == list(kb.findings)
    summary = client.get("/api/v1/knowledge").json()
    assert summary["version"] == kb.version
    assert summary["counts"]["types"] == 6
    assert {t["family"] for t in summary["types"]} == {"spasm", "twitch"}


def test_openapi_document_lists_the_api(client: Any) -> None:
    doc = client.get("/api/v1/openapi.json").json()
    paths = doc["paths"]
    for path in (
        "/api/v1/health",
        "/api/v1/assess",
        "/api/v1/interview",
        "/api/v1/findings",
        "/api/v1/knowledge",
        "/api/v1/diary/episodes",
        "/api/v1/diary/stats",
        "/api/v1/diary/report.pdf",
        "/api/v1/diary/fhir",
    ):
        assert path in paths, path
    assert "requestBody" in paths["/api/v1/assess"]["post"]
    assert not any(p.startswith("/diary") or p == "/" for p in paths), "pages are not API"


def test_diary_needs_a_person(client: Any) -> None:
    assert client.get("/api/v1/diary/episodes").status_code == 401
    clinician = api_signup(client, "doc@example.org", role="clinician")
    assert client.get("/api/v1/diary/episodes", headers=clinician).status_code == 403
    assert (
        client.get("/api/v1/diary/episodes", headers={"Authorization": "Bearer nope"}).status_code
        == 401
    )


def test_diary_round_trip(client: Any) -> None:
    me = api_signup(client, "person@example.org")
    made = client.post(
        "/api/v1/diary/episodes",
        headers=me,
        json={
            "location": "loc_calf",
            "pain": 6,
            "duration_s": 90,
            "triggers": ["night"],
            "start": "2026-03-01T23:10:00+01:00",
        },
    )
    assert made.status_code == 201, made.text
    episode = made.json()
    assert episode["location"] == "loc_calf" and episode["triggers"] == ["night"]
    listed = client.get("/api/v1/diary/episodes", headers=me).json()
    assert [e["id"] for e in listed] == [episode["id"]]
    patched = client.patch(f"/api/v1/diary/episodes/{episode['id']}", headers=me, json={"pain": 3})
    assert patched.json()["pain"] == 3
    day = client.put("/api/v1/diary/days/2026-03-01", headers=me, json={"sleep_h": 5.5})
    assert day.status_code == 200 and day.json()["sleep_h"] == 5.5
    stats = client.get("/api/v1/diary/stats", headers=me).json()
    assert stats["episodes"] == 1 and stats["context_days"] == 1
    fhir = client.get("/api/v1/diary/fhir", headers=me).json()
    assert fhir["resourceType"] == "Bundle"
    csv = client.get("/api/v1/diary/export?format=csv", headers=me)
    assert csv.status_code == 200 and "loc_calf" in csv.text
    pdf = client.get("/api/v1/diary/report.pdf", headers=me)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.delete(f"/api/v1/diary/episodes/{episode['id']}", headers=me).status_code == 204
    assert client.get(f"/api/v1/diary/episodes/{episode['id']}", headers=me).status_code == 404


def test_diary_bad_values_name_the_field(client: Any) -> None:
    me = api_signup(client, "p2@example.org")
    response = client.post("/api/v1/diary/episodes", headers=me, json={"location": "loc_moon"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "location"]
    response = client.post(
        "/api/v1/diary/episodes", headers=me, json={"location": "loc_calf", "pain": 11}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "pain"]
    response = client.put("/api/v1/diary/days/2026-01-01", headers=me, json={"sleep_h": 30})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "sleep_h"]
    assert client.get("/api/v1/diary/days/not-a-date", headers=me).status_code == 422


def test_signup_and_login(client: Any) -> None:
    api_signup(client, "login@example.org")
    duplicate = client.post(
        "/api/v1/auth/signup", json={"email": "LOGIN@example.org", "password": "another password"}
    )
    assert duplicate.status_code == 202  # the same answer as for a new address
    wrong = client.post(
        "/api/v1/auth/login", json={"email": "login@example.org", "password": "another password"}
    )
    assert wrong.status_code == 401  # the second sign-up changed nothing
    good = client.post(
        "/api/v1/auth/login",
        json={"email": "login@example.org", "password": "a long enough password"},
    )
    assert good.status_code == 200
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {good.json()['token']}"})
    assert me.json()["email"] == "login@example.org"
    assert "password" not in json.dumps(me.json())
    out = client.post(
        "/api/v1/auth/logout",
        headers={"Authorization": f"Bearer {good.json()['token']}"},
        json={},
    )
    assert out.status_code == 204
    again = client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {good.json()['token']}"}
    )
    assert again.status_code == 401


def test_share_with_a_clinic(client: Any) -> None:
    from myotriage.engine.assessment import assess

    person = api_signup(client, "sharer@example.org", name="Sam")
    case = {
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "calf_swelling", "choice": "present"},
        ]
    }
    client.post(
        "/api/v1/diary/episodes", headers=person, json={"location": "loc_calf", "case": case}
    )
    made = client.post("/api/v1/shares", headers=person, json={})
    assert made.status_code == 201
    code = made.json()["code"]
    clinic = api_signup(client, "clinic@example.org", role="clinician", name="Dr Lee")
    assert client.get("/api/v1/clinic/shares", headers=clinic).json() == []
    redeemed = client.post("/api/v1/clinic/redeem", headers=clinic, json={"code": code.lower()})
    assert redeemed.status_code == 200, redeemed.text
    assert redeemed.json()["triage"] == assess(case).triage
    again = client.post("/api/v1/clinic/redeem", headers=clinic, json={"code": code})
    assert again.status_code == 422, "a code works once"
    shares = client.get("/api/v1/clinic/shares", headers=clinic).json()
    assert len(shares) == 1 and shares[0]["report"]["patient"] == "Sam"
    one = client.get(f"/api/v1/clinic/shares/{shares[0]['id']}", headers=clinic)
    assert one.status_code == 200
    trail = client.get("/api/v1/shares/audit", headers=person).json()
    assert [e["action"] for e in trail] == ["viewed", "redeemed"]
    assert "Dr Lee" in trail[0]["clinician"]
    assert client.delete(f"/api/v1/shares/{shares[0]['id']}", headers=person).status_code == 204
    assert client.get("/api/v1/clinic/shares", headers=clinic).json() == []


def test_clinic_sees_most_urgent_first(client: Any) -> None:
    clinic = api_signup(client, "c2@example.org", role="clinician")
    calm = {
        "evidence": [
            {"id": "loc_eyelid", "choice": "present"},
            {"id": "dur_flicker", "choice": "present"},
        ]
    }
    alarm = {
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "chest_pain", "choice": "present"},
        ]
    }
    for i, case in enumerate((calm, alarm, calm)):
        person = api_signup(client, f"p{i}@example.org")
        client.post(
            "/api/v1/diary/episodes", headers=person, json={"location": "loc_calf", "case": case}
        )
        code = client.post("/api/v1/shares", headers=person, json={}).json()["code"]
        assert (
            client.post("/api/v1/clinic/redeem", headers=clinic, json={"code": code}).status_code
            == 200
        )
    order = ("self_care", "consult", "urgent", "emergency")
    ranks = [
        order.index(s["triage"]) for s in client.get("/api/v1/clinic/shares", headers=clinic).json()
    ]
    assert ranks == sorted(ranks, reverse=True)
    assert ranks[0] == order.index("emergency")


def test_interview_over_the_api(client: Any, public_cases: list[dict[str, Any]]) -> None:
    from myotriage.engine.case import parse_case
    from myotriage.engine.interview import simulate_interview
    from tests.web.simulate import page_answer

    case = next(c for c in public_cases if c.get("age") is not None)
    step = client.post(
        "/api/v1/interview", json={"action": "start", "age": case["age"], "sex": case.get("sex")}
    ).json()
    previous = None
    for _ in range(60):
        if step["done"]:
            break
        question = step["question"]
        options = [o["value"] for o in question["options"]]
        answer = page_answer(case, question["id"], question["kind"], options)
        previous = step
        response = client.post(
            "/api/v1/interview",
            json={"state": step["state"], "question_id": question["id"], "answer": answer},
        )
        assert response.status_code == 200, response.text
        step = response.json()
    expected, _ = simulate_interview(parse_case(case))
    assert step["done"] and step["assessment"]["triage"] == expected["assessment"]["triage"]
    assert isinstance(step["state"], str)
    back = client.post("/api/v1/interview", json={"action": "back", "state": step["state"]})
    assert back.status_code == 200
    assert previous is not None and back.json()["question"]["id"] == previous["question"]["id"]


def test_interview_refuses_bad_requests(client: Any) -> None:
    start = client.post("/api/v1/interview", json={"action": "start"}).json()
    tampered = (
        start["state"][:-2] + ("A" if start["state"][-2] != "A" else "B") + start["state"][-1]
    )
    for body, loc in (
        ({"state": tampered, "question_id": "x", "answer": "yes"}, ["body", "state"]),
        ({"question_id": "x", "answer": "yes"}, ["body", "state"]),
        ({"state": start["state"], "question_id": "x", "answer": "yes"}, ["body", "question_id"]),
        ({"state": start["state"], "question_id": start["question"]["id"]}, ["body", "answer"]),
        ({"action": "start", "age": 500}, ["body", "age"]),
    ):
        response = client.post("/api/v1/interview", json=body)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["detail"][0]["loc"] == loc


@pytest.mark.postgres
def test_after_a_database_restart_no_request_fails_with_a_500(postgres_url: str) -> None:
    """Pooled connections are not pinged before every query any more: when the server has
    dropped them, a signed-in request retries its session lookup on a new connection, and
    any other read answers 503 "try again" at worst, never a bare 500."""
    import psycopg

    from tests.web.conftest import make_client

    with make_client(postgres_url) as client:
        headers = api_signup(client, "restart@example.org")
        assert client.get("/api/v1/diary/episodes", headers=headers).status_code == 200
        name = postgres_url.rsplit("/", 1)[1]
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as c:
            c.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
        assert client.get("/api/v1/diary/episodes", headers=headers).status_code == 200
        credentials = {"email": "restart@example.org", "password": "a long enough password"}
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as c:
            c.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )
        first = client.post("/api/v1/auth/login", json=credentials)
        assert first.status_code in (200, 503), first.text
        assert client.post("/api/v1/auth/login", json=credentials).status_code == 200
