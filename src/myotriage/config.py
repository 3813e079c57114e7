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
``MYOTRIAGE_EMERGENCY_NUMBERS``
    The phone numbers the result offers to call in an emergency, as
    ``NUMBER=WHO;NUMBER=WHO``. Default ``999=UK;112=Europe;911=US and Canada``; a
    deployment for one country sets its own (for example ``000=Australia``).
``MYOTRIAGE_URGENT_NUMBERS``
    The same for urgent (same-day) advice. Default ``111=NHS 111, England``.
``MYOTRIAGE_TRUSTED_PROXIES``
    Comma-separated addresses or networks of the reverse proxies in front of the app
    (``10.0.0.10,10.0.1.0/24``). Only a connection from one of them may say who the
    client is (``X-Forwarded-For``, ``X-Forwarded-Proto``); default: none, the header is
    ignored and the client is the connection's peer.
``MYOTRIAGE_DB_POOL_SIZE``, ``MYOTRIAGE_DB_MAX_OVERFLOW``
    Database connections each worker process keeps open (default 10) and may open on
    top under load (default 10). Workers x (pool + overflow) must stay below what the
    database (or pgbouncer) accepts.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from myotriage.errors import InvalidInputError

__all__ = [
    "Settings",
    "check_proxies",
    "default_database_url",
    "get_settings",
    "parse_phone_numbers",
]


def parse_phone_numbers(text: str, name: str) -> tuple[tuple[str, str], ...]:
    """``"999=UK;112=Europe"`` as ``(("999", "UK"), ("112", "Europe"))``; refuses junk."""
    pairs: list[tuple[str, str]] = []
    for item in text.split(";"):
        if not item.strip():
            continue
        number, _, who = item.partition("=")
        number, who = number.strip(), who.strip()
        if not number or not all(ch.isdigit() or ch in "+ -" for ch in number):
            raise ValueError(f"{name}: expected NUMBER=WHO;..., got {item.strip()!r}")
        pairs.append((number, who or number))
    return tuple(pairs)


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
    #: (number, who answers it) pairs shown as tap-to-call links on emergency results.
    emergency_numbers: tuple[tuple[str, str], ...] = (
        ("999", "UK"),
        ("112", "Europe"),
        ("911", "US and Canada"),
    )
    #: The same for urgent (same-day) results.
    urgent_numbers: tuple[tuple[str, str], ...] = (("111", "NHS 111, England"),)
    db_pool_size: int = Field(default=10, ge=1, le=1000)
    db_max_overflow: int = Field(default=10, ge=0, le=1000)
    #: Reverse proxies whose ``X-Forwarded-For`` is believed (addresses or networks).
    trusted_proxies: tuple[str, ...] = ()

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_addresses(cls, entries: tuple[str, ...]) -> tuple[str, ...]:
        return check_proxies(entries)

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
        numbers: dict[str, tuple[tuple[str, str], ...]] = {}
        for key, name in (
            ("emergency_numbers", "MYOTRIAGE_EMERGENCY_NUMBERS"),
            ("urgent_numbers", "MYOTRIAGE_URGENT_NUMBERS"),
        ):
            if source.get(name):
                numbers[key] = parse_phone_numbers(source[name], name)
        try:
            return cls(
                **numbers,  # type: ignore[arg-type]
                environment=source.get("MYOTRIAGE_ENV", "development"),  # type: ignore[arg-type]
                database_url=source.get("MYOTRIAGE_DATABASE_URL") or None,
                secret_key=source.get("MYOTRIAGE_SECRET_KEY")
                or _random_key_outside_production(source),
                allowed_hosts=_split(hosts),
                trusted_proxies=_split(source.get("MYOTRIAGE_TRUSTED_PROXIES", "")),
                db_pool_size=_count(source, "MYOTRIAGE_DB_POOL_SIZE", 10, minimum=1),
                db_max_overflow=_count(source, "MYOTRIAGE_DB_MAX_OVERFLOW", 10),
            )
        except ValidationError as exc:  # one line naming the problem, not a traceback
            problem = str(exc.errors()[0].get("msg", exc)).removeprefix("Value error, ")
            raise InvalidInputError("settings", problem) from None


def _split(text: str) -> tuple[str, ...]:
    """A comma-separated list, blanks dropped."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


def check_proxies(entries: tuple[str, ...]) -> tuple[str, ...]:
    """Proxy addresses or networks in canonical form; refuses ``*`` and anything not an IP.

    ``*`` would make every client a proxy, so any client could name its own address (and
    escape every per-address limit); the proxies of a deployment are known, list them.
    """
    checked = []
    for entry in entries:
        if entry.strip() == "*":
            raise ValueError(
                "MYOTRIAGE_TRUSTED_PROXIES: '*' would let any client choose its address;"
                " list the proxies' addresses or networks (such as 10.0.0.0/24)"
            )
        try:
            network = ipaddress.ip_network(entry.strip(), strict=False)
        except ValueError:
            raise ValueError(
                f"MYOTRIAGE_TRUSTED_PROXIES: expected IP addresses or networks, got {entry!r}"
            ) from None
        single = network.num_addresses == 1
        checked.append(str(network.network_address) if single else str(network))
    return tuple(checked)


def _random_key_outside_production(source: Mapping[str, str]) -> str:
    """A throwaway key for development and tests; none in production, where a key made up
    per process would differ between workers and machines (and is refused below)."""
    if source.get("MYOTRIAGE_ENV") == "production":
        return ""
    return secrets.token_urlsafe(32)


def _count(source: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    """A whole number from the environment, or a one-line error naming the variable."""
    raw = source.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidInputError(name, f"expected a whole number, got {raw!r}") from None
    if not minimum <= value <= 1000:
        raise InvalidInputError(name, f"expected a number from {minimum} to 1000, got {value}")
    return value


_settings: Settings | None = None


def get_settings() -> Settings:
    """The process's settings, read from the environment on first use."""
    global _settings
    if _settings is None:
        _settings = Settings.from_env()
    return _settings
