"""Item 2: ``POST /api/v1/assess`` answers 422 naming the field, never 500.

Bodies that used to crash it: an integer of more than 4,300 digits (Python refuses to
convert it), a choice that is a list or an object, a case id that is half a surrogate
pair, and deep nesting.
"""

from __future__ import annotations

from typing import Any

import pytest

HUGE = "9" * 5000

BODIES = [
    ("huge age", '{"age": ' + HUGE + ', "evidence": []}', ["body", "age"]),
    ("huge negative age", '{"age": -' + HUGE + ', "evidence": []}', ["body", "age"]),
    (
        "list choice",
        '{"evidence": [{"id": "loc_calf", "choice": ["present"]}]}',
        ["body", "evidence", 0, "choice"],
    ),
    (
        "object choice",
        '{"evidence": [{"id": "loc_calf", "choice": {"a": 1}}]}',
        ["body", "evidence", 0, "choice"],
    ),
    (
        "list id",
        '{"evidence": [{"id": ["loc_calf"], "choice": "present"}]}',
        ["body", "evidence", 0, "id"],
    ),
    ("surrogate id", '{"id": "\\ud800", "evidence": []}', ["body", "id"]),
    (
        "surrogate finding",
        '{"evidence": [{"id": "\\udfff", "choice": "present"}]}',
        ["body", "evidence", 0, "id"],
    ),
    ("deep nesting", '{"evidence": ' + "[" * 5000 + "]" * 5000 + "}", ["body"]),
    ("NaN", '{"age": NaN, "evidence": []}', ["body"]),
]


@pytest.mark.parametrize(("name", "body", "loc"), BODIES, ids=[b[0] for b in BODIES])
def test_assess_names_the_field(client: Any, name: str, body: str, loc: list[Any]) -> None:
    response = client.post(
        "/api/v1/assess", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422, response.text
    detail = response.json()["detail"][0]
    assert detail["loc"][: len(loc)] == loc
    assert len(response.text) < 2000  # the input is never echoed back whole


@pytest.mark.parametrize(
    ("path", "body", "loc"),
    [
        ("/api/v1/interview", '{"action": "start", "age": ' + HUGE + "}", ["body", "age"]),
        (
            "/api/v1/diary/episodes",
            '{"location": "loc_calf", "pain": ' + HUGE + "}",
            ["body", "pain"],
        ),
        (
            "/api/v1/diary/episodes",
            '{"location": "loc_calf", "notes": "\\ud800"}',
            ["body", "notes"],
        ),
    ],
)
def test_other_json_bodies_name_the_field_too(
    client: Any, path: str, body: str, loc: list[Any]
) -> None:
    from tests.web.conftest import api_signup

    headers = api_signup(client, "body@example.org")
    response = client.post(
        path, content=body, headers={**headers, "content-type": "application/json"}
    )
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"][: len(loc)] == loc
