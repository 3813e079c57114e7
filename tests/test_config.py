"""Settings from the environment: pool sizes, and no made-up secret key in production."""

from __future__ import annotations

import pytest

from myotriage.config import Settings
from myotriage.errors import InvalidInputError

PRODUCTION = {"MYOTRIAGE_ENV": "production", "MYOTRIAGE_ALLOWED_HOSTS": "myotriage.example.org"}


def test_production_needs_a_real_secret_key() -> None:
    """A key invented per process would differ between workers: production refuses to start."""
    with pytest.raises(InvalidInputError, match="MYOTRIAGE_SECRET_KEY must be set"):
        Settings.from_env(PRODUCTION)
    key = "k" * 40
    assert Settings.from_env({**PRODUCTION, "MYOTRIAGE_SECRET_KEY": key}).secret_key == key


def test_outside_production_a_throwaway_key_is_made() -> None:
    first, second = Settings.from_env({}), Settings.from_env({})
    assert len(first.secret_key) >= 32 and first.secret_key != second.secret_key


def test_pool_sizes() -> None:
    assert (Settings.from_env({}).db_pool_size, Settings.from_env({}).db_max_overflow) == (10, 10)
    env = {"MYOTRIAGE_DB_POOL_SIZE": "3", "MYOTRIAGE_DB_MAX_OVERFLOW": "0"}
    settings = Settings.from_env(env)
    assert (settings.db_pool_size, settings.db_max_overflow) == (3, 0)
    for name, value in (("MYOTRIAGE_DB_POOL_SIZE", "0"), ("MYOTRIAGE_DB_MAX_OVERFLOW", "-1")):
        with pytest.raises(InvalidInputError, match=name):
            Settings.from_env({name: value})
