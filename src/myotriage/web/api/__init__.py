"""The JSON API under ``/api/v1``."""

from __future__ import annotations

from myotriage.web.api import auth, core, diary, reassess, shares
from myotriage.web.jsonbody import api_router

__all__ = ["router"]

router = api_router(prefix="/api/v1")
for _module in (core, auth, diary, shares, reassess):
    router.include_router(_module.router)
