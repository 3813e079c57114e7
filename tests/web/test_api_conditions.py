"""The API's conditions: /assess answers what its OpenAPI document says, /conditions lists them."""

from __future__ import annotations

from typing import Any

from myotriage.web.api.schemas import AssessmentOut


def _resolved(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with ``#/components/schemas/...`` references reachable (for jsonschema)."""
    return {**schema, "components": doc["components"]}


def test_assess_answers_match_the_documented_schema(
    client: Any, public_cases: list[dict[str, Any]], public_cases_v2: list[dict[str, Any]]
) -> None:
    import jsonschema_rs  # schemathesis's validator, already a test dependency

    doc = client.get("/api/v1/openapi.json").json()
    response_schema = doc["paths"]["/api/v1/assess"]["post"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    validator = jsonschema_rs.validator_for(_resolved(doc, response_schema))
    for case in [*public_cases, *public_cases_v2]:
        body = {k: v for k, v in case.items() if k != "expected"}
        answer = client.post("/api/v1/assess", json=body)
        assert answer.status_code == 200, case["id"]
        data = answer.json()
        validator.validate(data)
        AssessmentOut.model_validate(data)  # every key the engine sends is documented
        assert data["conditions"] and data["summary"]


def test_the_documented_assessment_names_the_new_keys(client: Any) -> None:
    doc = client.get("/api/v1/openapi.json").json()
    properties = doc["components"]["schemas"]["AssessmentOut"]["properties"]
    for key in ("conditions", "conditions_not_ruled_out", "summary", "probabilities"):
        assert key in properties and properties[key].get("description"), key
    condition = doc["components"]["schemas"]["ConditionOut"]["properties"]
    assert {"id", "name", "type", "probability", "level", "icd10", "leading", "for"} <= set(
        condition
    )
    assert "/api/v1/conditions" in doc["paths"]


def test_conditions_lists_every_condition(client: Any, kb: Any) -> None:
    rows = client.get("/api/v1/conditions").json()
    assert [r["id"] for r in rows] == list(kb.conditions)
    for row in rows:
        entry = kb.conditions[row["id"]]
        assert row["icd10"]["code"] == entry.icd10.code
        assert row["usual_level"] == entry.usual_level
        assert row["type"] == entry.type
    summary = client.get("/api/v1/knowledge").json()
    assert summary["counts"]["conditions"] == len(kb.conditions)
