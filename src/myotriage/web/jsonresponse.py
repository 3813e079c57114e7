"""JSON responses written by orjson, for the routes that answer with large plain dicts.

Given a plain dict, FastAPI writes JSON in two passes: ``jsonable_encoder`` walks and
copies the whole tree, then ``json.dumps`` writes it. For ``POST /api/v1/assess`` (an
assessment is about 20 KB of JSON) that took about twice the CPU of the assessment
itself; orjson writes the same document in one pass, some fifty times faster. Routes
that return pydantic models need none of this: FastAPI already serialises those in
pydantic's compiled core.

    @router.post("/assess", response_model=None)
    async def assess(...) -> Response:
        return FastJSONResponse(result)

The document is the same JSON (keys in the same order; non-string keys become strings,
as ``jsonable_encoder`` makes them); only the spelling of some numbers may differ
(``1e-5`` for ``1e-05``), which every JSON reader reads as the same value.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import JSONResponse

__all__ = ["FastJSONResponse"]


class FastJSONResponse(JSONResponse):
    """A ``JSONResponse`` rendered with orjson."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
