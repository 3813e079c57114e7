"""Fixtures for the regression tests of issue 9 (one module per numbered item).

The web fixtures are the web tests' own (an app on a fresh SQLite file or PostgreSQL
database per test); they are re-exported here so each item's test reads on its own.
"""

from __future__ import annotations

from tests.web.conftest import client, postgres_url, sqlite_url

__all__ = ["client", "postgres_url", "sqlite_url"]
