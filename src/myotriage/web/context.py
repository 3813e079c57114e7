"""What every request can reach: settings, the two services, the knowledge, the templates.

One :class:`WebContext` is built by :func:`myotriage.web.app.create_app` and kept on
``app.state.ctx``; the dependencies in :mod:`myotriage.web.deps` hand its parts to
the routes, so nothing is global and every test can build its own app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi.templating import Jinja2Templates
    from itsdangerous import URLSafeSerializer
    from sqlalchemy import Engine

    from myotriage.diary.service import DiaryService
    from myotriage.knowledge.loader import Knowledge
    from myotriage.web.ratelimit import RateLimiter
    from myotriage.web.service import WebService
    from myotriage.web.settings import WebSettings
    from myotriage.web.throttle import LoginThrottle

__all__ = ["WebContext"]


@dataclass
class WebContext:
    """The parts of one running app."""

    web_settings: WebSettings
    engine: Engine
    diary: DiaryService
    web: WebService
    knowledge: Knowledge
    templates: Jinja2Templates
    state_signer: URLSafeSerializer
    check_signer: URLSafeSerializer  # the check's cookie (web.check_session)
    login_throttle: LoginThrottle  # sign-in delays (web.login, web.throttle)
    code_limiter: RateLimiter
    signup_limiter: RateLimiter
    extra: dict[str, Any]
