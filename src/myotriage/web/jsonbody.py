"""JSON request bodies read with the project's own parser, for every API route.

FastAPI parses a JSON body with the standard library and hands it to pydantic. That
lets through what cannot be stored or sent back (a NUL character, an unpaired
surrogate) and turns a number of more than 4,300 digits or very deep nesting into an
unexplained 400. Every API router is made with :func:`api_router`, whose routes read
bodies with :func:`myotriage.jsonio.parse_json` instead: the same rules as the
command line, and a 422 that names the field.

Every ``POST``, ``PUT`` and ``PATCH`` of the API must say ``Content-Type:
application/json`` (or a ``+json`` type), even when it sends no body (``POST /shares``,
``POST /auth/logout``): anything else is 415. A cross-site HTML form can only send
``application/x-www-form-urlencoded``, ``multipart/form-data`` or ``text/plain``, and a
script on another site must first ask the browser's CORS preflight, which this app never
grants, so no other site can make a signed-in browser change anything.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.routing import APIRoute

from myotriage.errors import InvalidInputError
from myotriage.jsonio import parse_json

__all__ = ["JSONBodyRoute", "api_router", "field_loc", "is_json", "read_json"]

#: Methods that change something; they must come as JSON.
_WRITES = frozenset({"POST", "PUT", "PATCH"})
_NOT_JSON: dict[int | str, dict[str, Any]] = {
    415: {"description": "not sent as JSON: set `Content-Type: application/json`"}
}


def field_loc(field: str) -> list[str | int]:
    """``evidence[2].id`` -> ``["body", "evidence", 2, "id"]`` (FastAPI's own loc shape)."""
    loc: list[str | int] = ["body"]
    for part in field.replace("[", ".[").split("."):
        if not part or part == "body":
            continue
        if part.startswith("[") and part.endswith("]") and part[1:-1].isdigit():
            loc.append(int(part[1:-1]))
        else:
            loc.append(part)
    return loc


async def read_json(request: Request) -> Any:
    """The request body as checked JSON, or a 422 naming the field and what was wrong."""
    return parse_json(await request.body())


def is_json(content_type: str | None) -> bool:
    """Whether a ``Content-Type`` is JSON: ``application/json`` or ``application/*+json``."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    kind, _, subtype = media.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


class _CheckedJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            try:
                self._json = await read_json(self)
            except InvalidInputError as exc:
                # FastAPI turns any other exception raised here into a bare 400.
                detail = [{"loc": field_loc(exc.field), "msg": exc.problem, "type": "value_error"}]
                raise HTTPException(422, detail) from None
        return self._json


class JSONBodyRoute(APIRoute):
    """An API route whose JSON body goes through :func:`read_json`; a write that is not
    sent as JSON is refused with 415 before anything else (sign-in checks included)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **options: Any) -> None:
        if _WRITES & set(options.get("methods") or ()):
            options["responses"] = {**_NOT_JSON, **(options.get("responses") or {})}
        super().__init__(path, endpoint, **options)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            if request.method in _WRITES and not is_json(request.headers.get("content-type")):
                raise HTTPException(
                    415, "send the request as JSON (Content-Type: application/json)"
                )
            return await handler(_CheckedJSONRequest(request.scope, request.receive))

        return checked


#: Answers any API route may give, documented once for all (schemathesis checks them).
COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "sign in first (the route needs an account)"},
    403: {"description": "this account's role may not do this"},
    413: {"description": "the request body is larger than the app's cap"},
    422: {"description": "invalid input: `detail` names the field (`loc`) and the problem"},
    429: {"description": "too many attempts: wait `Retry-After` seconds"},
    503: {"description": "busy or storage unavailable: try again shortly"},
}


def api_router(**options: Any) -> APIRouter:
    """An ``APIRouter`` whose routes read JSON bodies with the project's parser."""
    responses = {**COMMON_RESPONSES, **options.pop("responses", {})}
    return APIRouter(route_class=JSONBodyRoute, responses=responses, **options)
