"""Settings in one typed object, read once when asked for, never at import time.

Environment variables (all optional):

``MYOTRIAGE_DATABASE_URL``
    SQLAlchemy URL of the diary database. Default: a SQLite file in the user's data
    directory (``platformdirs``), so a new user needs nothing installed.
``MYOTRIAGE_SECRET_KEY``
    Key that signs session cookies. Required when ``MYOTRIAGE_ENV=production``.
``MYOTRIAGE_ALLOWED_HOSTS``
    Comma-separated host names the web server answers to. Default ``*`` in development.
``MYOTRIAGE_ENV``
    ``development`` (default), ``test`` or ``production``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["Settings", "default_database_url", "get_settings"]


def default_database_url() -> str:
    """A SQLite file in the user's data directory."""
    from platformdirs import user_data_dir

    directory = Path(user_data_dir("myotriage", appauthor=False))
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'diary.sqlite3'}"


class Settings(BaseModel):
    """Everything configurable, validated; unsafe defaults are refused in production."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    environment: Literal["development", "test", "production"] = "development"
    database_url: str | None = None
    secret_key: str = ""
    allowed_hosts: tuple[str, ...] = ("*",)

    @model_validator(mode="after")
    def _safe_in_production(self) -> Settings:
        if self.environment == "production":
            if len(self.secret_key) < 32:
                raise ValueError("MYOTRIAGE_SECRET_KEY must be set (32+ characters) in production")
            if "*" in self.allowed_hosts:
                raise ValueError("MYOTRIAGE_ALLOWED_HOSTS must list real host names in production")
        return self

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or default_database_url()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables (``os.environ`` by default)."""
        source = os.environ if env is None else env
        hosts = source.get("MYOTRIAGE_ALLOWED_HOSTS", "*")
        return cls(
            environment=source.get("MYOTRIAGE_ENV", "development"),  # type: ignore[arg-type]
            database_url=source.get("MYOTRIAGE_DATABASE_URL") or None,
            secret_key=source.get("MYOTRIAGE_SECRET_KEY") or secrets.token_urlsafe(32),
            allowed_hosts=tuple(h.strip() for h in hosts.split(",") if h.strip()),
        )


_settings: Settings | None = None


def get_settings() -> Settings:
    """The process's settings, read from the environment on first use."""
    global _settings
    if _settings is None:
        _settings = Settings.from_env()
    return _settings
