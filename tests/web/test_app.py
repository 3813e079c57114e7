"""The app's lifespan: what a worker does when it starts."""

from __future__ import annotations

import gc

from tests.web.conftest import make_client


def test_a_started_worker_hides_what_it_loaded_from_the_garbage_collector(
    sqlite_url: str,
) -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    with make_client(sqlite_url) as client:  # entering the client runs the lifespan
        assert gc.get_freeze_count() > 10_000  # modules, knowledge base, app
        assert client.get("/api/v1/health").status_code == 200
    gc.unfreeze()
