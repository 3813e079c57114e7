"""Rendering a page: the template, plus what every page needs (user, CSRF token, disclaimer).

Pages that show health data are sent with ``Cache-Control: no-store`` so a shared
computer's browser does not keep them.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from myotriage.web.auth import CSRF_FIELD, csrf_token, request_user, store_csrf_cookie
from myotriage.web.result_view import probability_label, probability_width

if TYPE_CHECKING:
    from fastapi.templating import Jinja2Templates

    from myotriage.web.context import WebContext

__all__ = ["day_text", "install_template_globals", "percent", "render"]


def percent(p: float) -> int:
    """A probability as a whole percentage for a CSS width class (0 to 100)."""
    return max(0, min(100, round(float(p) * 100)))


def day_text(day: date | str | None) -> str:
    """A day as people write it ("11 Nov 2026"), not as a database stores it ("2026-11-11").

    A shared report's snapshot keeps days as ISO text, the live diary as dates; both read
    the same. Text that is not a day is shown as it is rather than failing the page.
    """
    if day is None:
        return ""
    if isinstance(day, str):
        try:
            return day_text(date.fromisoformat(day[:10]))
        except ValueError:
            return day
    return f"{day.day} {day:%b %Y}"


def install_template_globals(templates: Jinja2Templates, ctx: WebContext) -> None:
    """Values and helpers every template may use."""
    kb = ctx.knowledge
    env = templates.env
    env.globals["kb"] = kb
    env.globals["disclaimer"] = kb.meta.disclaimer
    env.globals["knowledge_version"] = kb.version
    env.globals["csrf_field"] = CSRF_FIELD
    env.filters["percent"] = percent
    env.filters["probability"] = probability_label
    env.filters["probability_width"] = probability_width
    env.filters["day"] = day_text
    env.globals["type_name"] = lambda t: kb.types[t].name if t in kb.types else t
    env.globals["finding_text"] = lambda f: kb.findings[f].meaning if f in kb.findings else f
    env.globals["level_text"] = lambda level: kb.meta.triage_levels[level]


def render(
    request: Request,
    template: str,
    *,
    status_code: int = 200,
    private: bool = False,
    **context: Any,
) -> HTMLResponse:
    """The page ``template`` with ``context``; sets the CSRF cookie when new."""
    ctx: WebContext = request.app.state.ctx
    values = {
        "request": request,
        "user": request_user(request),
        "csrf": csrf_token(request),
        **context,
    }
    response = ctx.templates.TemplateResponse(request, template, values, status_code=status_code)
    store_csrf_cookie(request, response)
    if private or values["user"] is not None:
        response.headers["Cache-Control"] = "no-store"
    return response
