"""``myotriage serve``: run the web app with uvicorn and say where it is."""

from __future__ import annotations

__all__ = ["serve"]


def serve(host: str, port: int) -> None:
    """Start the server on ``host:port`` (blocks until stopped with Ctrl-C)."""
    import uvicorn

    from myotriage.config import get_settings
    from myotriage.web.app import create_app

    settings = get_settings()
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    print(f"myotriage is running at http://{shown}:{port}/  (press Ctrl-C to stop)", flush=True)
    print(
        "Information and triage advice only, not a diagnosis.",
        flush=True,
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info" if settings.environment == "development" else "warning",
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        server_header=False,
    )
