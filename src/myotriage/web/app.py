"""The app factory: one FastAPI app serving the JSON API under ``/api/v1`` and the pages.

    from myotriage.web.app import create_app
    app = create_app()          # settings from the environment

Creating the app opens the database (the diary's and the web app's tables are
created or upgraded right away, each by its own migrations), loads the knowledge
base once, and wires the error handlers so that anything a client sends is
answered with a clear 4xx, never a traceback.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from myotriage import __version__
from myotriage.config import Settings
from myotriage.errors import InvalidInputError, MyotriageError, NotFoundError, StorageError
from myotriage.web.bodylimit import BodyLimit
from myotriage.web.deps import PageLoginRequired
from myotriage.web.jsonbody import field_loc
from myotriage.web.redirects import slash_redirect
from myotriage.web.security import SECURITY_HEADERS, HashingBusy, set_hash_concurrency
from myotriage.web.settings import WebSettings

__all__ = ["create_app"]

HERE = Path(__file__).parent
log = logging.getLogger("myotriage.web")

API_DESCRIPTION = """
Tell a muscle spasm from a muscle twitch and say how urgently to see a doctor.

`POST /api/v1/assess` takes a case in the project's case format and returns the
assessment; `POST /api/v1/interview` runs the adaptive interview one question at
a time; the diary endpoints need a signed-in person (session cookie or
`Authorization: Bearer <token>` from `POST /api/v1/auth/login`).

Invalid input is answered 422 with the field (`loc`) and the problem (`msg`).

**Information and triage advice only, not a diagnosis.**
"""


class SecurityHeaders:
    """Adds the security headers to every response (plain ASGI: no per-request task hop).

    It wraps the whole app, outside Starlette's error middleware, so the answers made
    there (an unexpected 500) and in the other middlewares (a refused ``Host``, 413)
    carry the headers too. Every answer under ``/api/`` is ``Cache-Control: no-store``
    unless its route set its own: the API's answers are health data or depend on who asks.
    """

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        raw = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        if hsts:
            raw.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
        self.raw = raw

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        api = scope.get("path", "").startswith("/api/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend((k, v) for k, v in self.raw if k not in present)
                if api and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _closing(engine: Any) -> Any:
    """A lifespan that closes the pool's connections when the worker shuts down.

    At start it also moves everything loaded so far (the modules, the knowledge base, the
    app) out of the garbage collector's sight with ``gc.freeze()``: those objects live as
    long as the worker, and a full collection that walks them all took 60 ms of CPU (half
    a second of wall time on a busy machine), which every request waiting on that worker
    would have had added to its latency. Afterwards a full collection walks only what
    requests made.
    """

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        gc.freeze()
        yield
        engine.dispose()

    return lifespan


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _hoist_schema_defs(app: FastAPI) -> None:
    """Move the ``$defs`` of hand-written request schemas into ``components/schemas``.

    A pydantic schema inlined into the document (the case body of ``/assess``) keeps its
    nested models under ``$defs`` while its ``$ref``s point at
    ``#/components/schemas/<Model>``; without this, those references dangle (and
    schemathesis could not generate valid cases for the operation).
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        document: dict[str, Any] = generate()
        components = document.setdefault("components", {}).setdefault("schemas", {})

        def hoist(node: Any) -> None:
            if isinstance(node, dict):
                components.update(node.pop("$defs", {}))
                for value in node.values():
                    hoist(value)
            elif isinstance(node, list):
                for value in node:
                    hoist(value)

        hoist(document.get("paths", {}))
        return document

    app.openapi = openapi  # type: ignore[method-assign]


def _allowed_methods(request: Request) -> str:
    """Every method the API documents at this path (for the ``Allow`` header of a 405).

    Starlette names only the method of the first route whose path matches; the OpenAPI
    document knows them all. Empty for paths outside the document (the pages).
    """
    matches: list[tuple[int, set[str]]] = []
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.url.path):
            matches.append((template.count("{"), {method.upper() for method in operations}))
    # a literal path (/shares/audit) wins over a template that also fits (/shares/{share_id})
    fewest = min((count for count, _ in matches), default=0)
    methods = set().union(*(found for count, found in matches if count == fewest))
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def _install_handlers(app: FastAPI) -> None:
    from myotriage.web.pages.render import render

    async def invalid_input(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, InvalidInputError)
        if not _is_api(request):
            return render(request, "error.html", status_code=422, message=str(exc))
        detail = [{"loc": field_loc(exc.field), "msg": exc.problem, "type": "value_error"}]
        return JSONResponse({"detail": detail}, status_code=422)

    async def not_found(request: Request, exc: Exception) -> Response:
        if not _is_api(request):
            return render(request, "error.html", status_code=404, message="Not found.")
        return JSONResponse({"detail": str(exc)}, status_code=404)

    async def storage(request: Request, exc: Exception) -> Response:
        log.error("storage error: %s", type(exc).__name__)
        if not _is_api(request):
            return render(request, "error.html", status_code=503, message="Storage is unavailable.")
        return JSONResponse({"detail": "storage is unavailable, try again"}, status_code=503)

    async def other_project_error(request: Request, exc: Exception) -> Response:
        log.error("unexpected project error: %s", type(exc).__name__)
        if not _is_api(request):
            return render(request, "error.html", status_code=500, message="Something failed.")
        return JSONResponse({"detail": "internal error"}, status_code=500)

    async def login_required(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, PageLoginRequired)
        from myotriage.web.auth import request_user

        if request_user(request) is not None:
            # Signed in, but with the other kind of account: say why, do not ask to sign in.
            return render(request, "wrong_role.html", status_code=403, needed=exc.role)
        target = "/login?role=clinician" if exc.role == "clinician" else "/login"
        return RedirectResponse(target, status_code=303)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 404 and (redirect := slash_redirect(request)) is not None:
            return redirect
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # Starlette names only the first route's method
            headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
        if _is_api(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=headers
            )
        messages = {404: "This page does not exist.", 405: "That is not possible here."}
        message = messages.get(exc.status_code, str(exc.detail))
        return render(request, "error.html", status_code=exc.status_code, message=message)

    async def validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        detail = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return JSONResponse({"detail": detail}, status_code=422)

    async def busy(request: Request, exc: Exception) -> Response:
        headers = {"Retry-After": "5"}
        if not _is_api(request):
            message = "The server is busy. Try again in a few seconds."
            response = render(request, "error.html", status_code=503, message=message)
            response.headers.update(headers)
            return response
        return JSONResponse({"detail": "busy, try again shortly"}, status_code=503, headers=headers)

    async def unexpected(request: Request, exc: Exception) -> Response:
        """Anything unforeseen: a 500 that says nothing of the cause (it is logged)."""
        if _is_api(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return PlainTextResponse("Something failed.", status_code=500)

    app.add_exception_handler(Exception, unexpected)
    app.add_exception_handler(HashingBusy, busy)
    app.add_exception_handler(InvalidInputError, invalid_input)
    app.add_exception_handler(NotFoundError, not_found)
    app.add_exception_handler(StorageError, storage)
    # A read that finds the database gone (restarted, unreachable): 503 "try again", like a
    # failed write, rather than a bare 500 (the pool has already dropped the dead connection).
    app.add_exception_handler(OperationalError, storage)
    app.add_exception_handler(MyotriageError, other_project_error)
    app.add_exception_handler(PageLoginRequired, login_required)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation)


def create_app(settings: Settings | None = None, *, web_settings: WebSettings | None = None) -> Any:
    """Build the app (a ``FastAPI`` instance) for ``settings`` (default: from the environment)."""
    from fastapi.staticfiles import StaticFiles
    from fastapi.templating import Jinja2Templates
    from itsdangerous import URLSafeSerializer
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    from myotriage.diary.db import create_diary_engine
    from myotriage.diary.service import DiaryQuota, DiaryService
    from myotriage.knowledge.loader import load_knowledge
    from myotriage.web.api import router as api_router
    from myotriage.web.context import WebContext
    from myotriage.web.pages import router as pages_router
    from myotriage.web.ratelimit import RateLimiter
    from myotriage.web.service import WebService
    from myotriage.web.throttle import LoginThrottle

    if web_settings is None:
        web_settings = WebSettings(settings=settings or Settings.from_env())
    elif settings is not None:
        web_settings = dataclasses.replace(web_settings, settings=settings)
    config = web_settings.settings
    set_hash_concurrency(web_settings.max_concurrent_hashes)
    engine = create_diary_engine(
        config.resolved_database_url,
        pool_size=config.db_pool_size,
        max_overflow=config.db_max_overflow,
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    ctx = WebContext(
        web_settings=web_settings,
        engine=engine,
        diary=DiaryService(
            engine,
            quota=DiaryQuota(episodes=web_settings.max_episodes, days=web_settings.max_days),
        ),
        web=WebService(
            engine,
            shares_per_day=web_settings.max_shares_per_day,
            session_idle_s=web_settings.session_idle_s,
            session_lifetime_s=web_settings.session_lifetime_s,
        ),
        knowledge=load_knowledge(),
        templates=templates,
        state_signer=URLSafeSerializer(config.secret_key, salt="myotriage.interview-state"),
        check_signer=URLSafeSerializer(config.secret_key, salt="myotriage.check-cookie"),
        login_throttle=LoginThrottle(
            engine,
            max_delay_s=web_settings.login_max_delay_s,
            forget_s=web_settings.login_forget_s,
        ),
        code_limiter=RateLimiter(
            engine,
            scope="share-code",
            limit=web_settings.code_limit,
            window_s=web_settings.code_window_s,
        ),
        signup_limiter=RateLimiter(
            engine,
            scope="signup",
            limit=web_settings.signup_limit,
            window_s=web_settings.signup_window_s,
        ),
        extra={},
    )
    from myotriage.web.pages.render import install_template_globals

    install_template_globals(templates, ctx)

    app = FastAPI(
        title="myotriage",
        version=__version__,
        description=API_DESCRIPTION,
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # the Swagger page loads scripts from a CDN, which our CSP forbids
        redoc_url=None,
        lifespan=_closing(engine),
        redirect_slashes=False,  # ours are relative: web/redirects.py
    )
    app.state.ctx = ctx
    _hoist_schema_defs(app)
    _install_handlers(app)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(BodyLimit, max_bytes=web_settings.max_body_bytes)
    if "*" not in config.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(config.allowed_hosts))
    if config.trusted_proxies:  # see web/clientip.py: only named proxies say who the client is
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(config.trusted_proxies))
    build_stack = app.build_middleware_stack
    hsts = web_settings.production

    def build_with_headers() -> ASGIApp:
        return SecurityHeaders(build_stack(), hsts=hsts)

    app.build_middleware_stack = build_with_headers  # type: ignore[method-assign]

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app
