"""The JSON API under ``/api/v1``."""

from __future__ import annotations

from fastapi import APIRouter

from myotriage.web.api import auth, core, diary, shares

__all__ = ["router"]

router = APIRouter(prefix="/api/v1")
for _module in (core, auth, diary, shares):
    router.include_router(_module.router)
