"""``myotriage serve``: run the web app with uvicorn, in one process or in several workers.

Workers are separate processes behind one listening socket (uvicorn's supervisor
starts them, restarts one that dies, and stops them all on SIGTERM or Ctrl-C). They
keep nothing of their own: sessions, share codes and rate limits are in the
database, so any worker can answer any request. Two things are arranged here, in
the parent, before any worker starts:

- the schema is upgraded once (under the database's migration lock), so the workers
  never race to migrate; they only check that it is current;
- the proxies whose ``X-Forwarded-For`` is believed (``--forwarded-allow-ips``, else
  ``MYOTRIAGE_TRUSTED_PROXIES``, else none) are handed down the same way; the app
  itself reads those headers (:mod:`myotriage.web.clientip`), uvicorn's own proxy
  handling is off, so no client address is believed by default;
- all workers sign CSRF tokens and interview states with one secret key: if
  ``MYOTRIAGE_SECRET_KEY`` is not set, a random key is made here and handed down
  (set it yourself when workers run on several machines, and to survive restarts).

On SIGTERM a worker stops accepting connections, lets requests in flight finish
(for up to ``graceful_timeout`` seconds), then closes its database connections.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["migrate_once", "serve", "worker_app"]


def migrate_once(database_url: str) -> dict[str, dict[str, str | None]]:
    """Upgrade every table of the database to the newest revision; returns the status."""
    from myotriage.diary.db import create_diary_engine
    from myotriage.web.db import upgrade_database

    engine = create_diary_engine(database_url, pool_size=1, max_overflow=0)
    try:
        return upgrade_database(engine)
    finally:
        engine.dispose()


def worker_app() -> Any:
    """The app of one worker process (uvicorn calls this in each; settings from the environment)."""
    from myotriage.web.app import create_app

    return create_app()


def serve(
    host: str,
    port: int,
    *,
    workers: int = 1,
    graceful_timeout: int = 20,
    forwarded_allow_ips: str | None = None,
) -> None:
    """Start the server on ``host:port`` (blocks until stopped with Ctrl-C or SIGTERM).

    ``forwarded_allow_ips`` (comma-separated addresses or networks) overrides
    ``MYOTRIAGE_TRUSTED_PROXIES``.
    """
    import uvicorn

    from myotriage.config import Settings, get_settings

    if forwarded_allow_ips is not None:
        os.environ["MYOTRIAGE_TRUSTED_PROXIES"] = forwarded_allow_ips  # workers read it too
        settings = Settings.from_env()
    else:
        settings = get_settings()
    if workers > 1 and not os.environ.get("MYOTRIAGE_SECRET_KEY"):
        os.environ["MYOTRIAGE_SECRET_KEY"] = settings.secret_key  # one key for every worker
    migrate_once(settings.resolved_database_url)
    shown = f"[{host}]" if ":" in host else host
    plural = f"{workers} workers" if workers > 1 else "1 worker"
    print(
        f"myotriage is running at http://{shown}:{port}/  ({plural}; press Ctrl-C to stop)",
        flush=True,
    )
    print("Information and triage advice only, not a diagnosis.", flush=True)
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": "info" if settings.environment == "development" else "warning",
        "proxy_headers": False,  # the app decides whom to believe (web/clientip.py)
        "server_header": False,
        "timeout_graceful_shutdown": graceful_timeout,
    }
    if workers == 1:
        from myotriage.web.app import create_app

        uvicorn.run(create_app(settings), **options)
    else:
        uvicorn.run("myotriage.web.server:worker_app", factory=True, workers=workers, **options)
