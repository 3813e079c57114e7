"""Trailing-slash redirects that never name a host.

Starlette answers ``/diary/`` with a redirect to ``http://<Host header>/diary``: the
``Host`` header comes from the client, so with ``*`` as allowed host (development, or
a proxy that passes any ``Host`` on) a request could make the app redirect to any site,
and a shared cache could keep that redirect for everyone. The app turns Starlette's
redirect off and answers with a relative ``Location`` instead (the path alone, with
exactly one leading slash, so it can never read as ``//other.site``).
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import Request
from fastapi.responses import RedirectResponse
from starlette.routing import Match

__all__ = ["slash_redirect"]

#: Characters kept as they are in a path (RFC 3986 pchar and "/").
_PATH_SAFE = "/:@!$&'()*+,;=~"


def slash_redirect(request: Request) -> RedirectResponse | None:
    """A relative redirect to the same path with the trailing slash added or removed,
    when that path is a route (None otherwise: the 404 stands)."""
    path = request.scope.get("path", "")
    if path == "/" or not path:
        return None
    other = path.rstrip("/") if path.endswith("/") else path + "/"
    if not other.strip("/"):
        return None
    scope = {**request.scope, "path": other}
    if not any(route.matches(scope)[0] is not Match.NONE for route in request.app.router.routes):
        return None
    location = "/" + quote(other.lstrip("/"), safe=_PATH_SAFE)
    query = request.scope.get("query_string", b"").decode("latin-1")
    if query:
        location += "?" + query
    return RedirectResponse(location, status_code=307)
