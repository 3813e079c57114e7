"""Fixtures for the flows: the diary's own (SQLite and PostgreSQL), re-exported."""

from __future__ import annotations

from tests.diary.conftest import db_url, owner, pg_url, service

__all__ = ["db_url", "owner", "pg_url", "service"]
