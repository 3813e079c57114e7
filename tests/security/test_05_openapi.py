"""Item 5: the OpenAPI document has no dangling ``$ref`` (the schemathesis run itself, over
every operation, signed in and anonymous, with all checks, is ``tests/web/test_schemathesis.py``).

Before the fix, the case body of ``POST /api/v1/assess`` pointed at
``#/components/schemas/EvidenceDoc``, which the document did not contain, so tools that
follow references (schemathesis among them) could not build valid cases for it.
"""

from __future__ import annotations

import json
import re
from typing import Any


def test_every_reference_resolves(client: Any) -> None:
    document = client.get("/api/v1/openapi.json").json()
    text = json.dumps(document)
    assert "$defs" not in text
    for ref in set(re.findall(r'"\$ref": "#/([^"]+)"', text)):
        node: Any = document
        for part in ref.split("/"):
            assert isinstance(node, dict) and part in node, f"dangling $ref #/{ref}"
            node = node[part]
    assert "EvidenceDoc" in document["components"]["schemas"]


def test_a_405_names_every_method_of_the_path(client: Any) -> None:
    response = client.post("/api/v1/diary/days/2026-01-01")
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, HEAD, PUT"
    assert client.delete("/api/v1/shares/audit").headers["allow"] == "GET, HEAD"
