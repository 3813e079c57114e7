"""The web app and HTTP API: FastAPI, server-rendered pages, a JSON API under ``/api/v1``.

Import :func:`create_app` from :mod:`myotriage.web.app`; this package itself
imports nothing heavy, so the command line stays fast.
"""

from __future__ import annotations

__all__: list[str] = []
