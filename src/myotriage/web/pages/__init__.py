"""The server-rendered pages (Jinja2), usable without JavaScript."""

from __future__ import annotations

from fastapi import APIRouter

from myotriage.web.pages import account, check, clinic, diary, public, story

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
for _module in (public, check, story, account, diary, clinic):
    router.include_router(_module.router)
