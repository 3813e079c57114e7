"""Opening the diary database: engine, SQLite pragmas, write transactions, migrations.

SQLite is the default so a new user needs nothing installed. It runs in WAL mode
(readers never block the writer, and a killed process leaves the last committed
state intact) with foreign keys on and a busy timeout, so two processes writing at
once wait for each other instead of failing. Write transactions start with
``BEGIN IMMEDIATE``: a transaction that reads first and writes later could
otherwise hit "database is locked" without waiting when another writer is active.

PostgreSQL (``postgresql+psycopg://...``) is supported as well. The schema is
created and upgraded by Alembic, automatically, the first time a database is
used; a lock (an advisory lock on PostgreSQL, the write lock on SQLite) makes
concurrent first uses safe.
"""

from __future__ import annotations

import json
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, OperationalError, SQLAlchemyError

from myotriage.errors import StorageError

__all__ = [
    "DIARY_MIGRATIONS",
    "HEAD_REVISION",
    "MigrationStream",
    "create_diary_engine",
    "ensure_schema",
    "read_connection",
    "statement_connection",
    "write_connection",
]

HEAD_REVISION = "0001"
VERSION_TABLE = "diary_alembic_version"
_MIGRATIONS = Path(__file__).parent / "migrations"
_WRITE = "myotriage_write"
_BUSY_TIMEOUT_MS = 30_000
_CONNECT_TIMEOUT_S = 5  # a server that does not answer is reported, not waited on forever
_ADVISORY_LOCK_KEY = 0x6D796F_D1A7  # "myo" + "diary": one number for this schema
_PING_AFTER_S = 10.0  # a pooled PostgreSQL connection idle this long is checked before use
_LAST_USED = "myotriage_last_used"


def json_dumps(value: Any) -> str:
    """JSON text for the JSON columns (a stored case and its assessment), written by orjson.

    The standard library's encoder took a tenth of a diary write's CPU for one 20 KB
    assessment. A value orjson refuses (an integer past 64 bits) falls back to it.
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:
        return json.dumps(value)


def json_loads(text: str | bytes) -> Any:
    """A JSON column's value, read by orjson (the standard library's reader for text it
    refuses, such as ``NaN`` that an old release's encoder may have written)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def create_diary_engine(url: str, *, pool_size: int = 10, max_overflow: int = 10) -> Engine:
    """An engine for ``url`` with the diary's connection settings applied.

    ``sqlite:///path`` files get their directory created, WAL mode, foreign keys and a
    busy timeout; ``postgresql://`` URLs are routed to psycopg 3. ``pool_size`` connections
    stay open and up to ``max_overflow`` more are opened under load: per engine, so per
    worker process (the web app takes both from the settings).
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"database URL is not valid: {url!r}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        pool: dict[str, Any] = {}
        if parsed.database and parsed.database != ":memory:":
            pool = {"pool_size": pool_size, "max_overflow": max_overflow}
        engine = create_engine(
            parsed,
            connect_args={"timeout": _BUSY_TIMEOUT_MS / 1000},
            json_serializer=json_dumps,
            json_deserializer=json_loads,
            **pool,
        )
        _configure_sqlite(engine)
    else:
        try:
            engine = create_engine(
                parsed,
                pool_size=pool_size,
                max_overflow=max_overflow,
                connect_args={"connect_timeout": _CONNECT_TIMEOUT_S},
                json_serializer=json_dumps,
                json_deserializer=json_loads,
            )
        except (ArgumentError, ImportError) as exc:
            raise StorageError(f"cannot use database URL {url!r}: {exc}") from None
        _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """Check a pooled connection with ``SELECT 1`` before use, if it has been idle a while.

    SQLAlchemy's ``pool_pre_ping`` pings on every checkout: a round trip to the server
    before each request's every query, about a tenth of a signed-in request's CPU on
    PostgreSQL. A connection in steady use has just proved itself, so only one that lay
    idle for ``_PING_AFTER_S`` seconds (when a server restart or a firewall is likely to have
    dropped it) is pinged; a dead one is replaced before anyone uses it. A connection that
    breaks while in use makes the pool replace every connection opened before it (the
    caller gets a :class:`StorageError`, answered 503 "try again").
    """
    dbapi = engine.dialect.loaded_dbapi

    @event.listens_for(engine, "connect")
    def _opened(_dbapi_connection: Any, record: Any) -> None:
        record.info[_LAST_USED] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        record.info[_LAST_USED] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get(_LAST_USED, 0.0) < _PING_AFTER_S:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except dbapi.Error as exc:  # the pool discards this connection and opens another
            raise DisconnectionError(f"a pooled connection was dead: {exc}") from exc


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def read_connection(engine: Engine) -> Connection:
    """A connection for reads that need no transaction (one query, or a consistent-enough few).

    On PostgreSQL it runs in autocommit: no ``BEGIN`` before the query and no
    ``ROLLBACK`` when it goes back to the pool, two round trips fewer on the hottest
    path (the session lookup of every signed-in request). SQLite reads stay as they are.
    """
    connection = engine.connect()
    if engine.dialect.name == "postgresql":
        connection.execution_options(isolation_level="AUTOCOMMIT")
    return connection


@contextmanager
def write_connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside one write transaction: committed at the end, rolled back on error."""
    try:
        with engine.connect() as connection:
            connection.execution_options(**{_WRITE: True})
            with connection.begin():
                yield connection
    except OperationalError as exc:
        raise StorageError(f"the diary database could not be written: {exc.orig}") from None


@contextmanager
def statement_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for one write statement that is atomic by itself (an upsert, an insert
    guarded by its own condition), committed at the end.

    On PostgreSQL it runs in autocommit: the statement is its own transaction, without the
    ``BEGIN`` and ``COMMIT`` round trips around it. On SQLite, in-process, where those cost
    nothing, it is a write transaction like any other (``BEGIN IMMEDIATE``).
    """
    if engine.dialect.name != "postgresql":
        with write_connection(engine) as connection:
            yield connection
        return
    try:
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            yield connection
    except OperationalError as exc:
        raise StorageError(f"the diary database could not be written: {exc.orig}") from None


#: Pause between tries when a fresh SQLite file is locked by another first user.
_FIRST_USE_RETRY_S = 0.05


def _locked_at_first_use(engine: Engine, exc: SQLAlchemyError) -> bool:
    """Whether setting up a SQLite file failed only because another process held it at the
    same moment ("database is locked"). Several processes opening one fresh file at once
    (the web server's workers, a command line beside it) can meet SQLite's locks where its
    busy timeout does not wait, such as switching a new file to WAL; trying again is safe,
    since the upgrade runs in one write transaction and checks the version first."""
    return engine.dialect.name == "sqlite" and "database is locked" in str(
        getattr(exc, "orig", None) or exc
    )


class MigrationStream:
    """One Alembic stream of migrations with its own version table, applied on first use.

    The diary and the web app each have one, in the same database; separate version tables
    keep them from clashing. Upgrading runs in a write transaction under a lock (an advisory
    lock on PostgreSQL, the write lock on SQLite), so two processes starting at once are safe.
    """

    def __init__(
        self, *, name: str, migrations: Path, version_table: str, head: str, lock_key: int
    ) -> None:
        self.name = name
        self.migrations = migrations
        self.version_table = version_table
        self.head = head
        self.lock_key = lock_key
        self._ready: weakref.WeakSet[Engine] = weakref.WeakSet()
        self._lock = threading.Lock()

    def current_revision(self, connection: Connection) -> str | None:
        if not inspect(connection).has_table(self.version_table):
            return None
        row = connection.execute(text(f"SELECT version_num FROM {self.version_table}")).first()
        return None if row is None else str(row[0])

    def is_newer(self, revision: str | None) -> bool:
        """Whether ``revision`` comes from a newer release (this code does not know it).

        During a rolling upgrade the new release migrates first, and only ever adds
        (columns, tables), so workers of the old release keep serving on the newer
        schema instead of refusing it or trying to "upgrade" to an older head.
        """
        if revision is None or revision == self.head:
            return False
        from alembic.script import ScriptDirectory

        known = ScriptDirectory(str(self.migrations)).walk_revisions()
        return revision not in {script.revision for script in known}

    def ensure(self, engine: Engine) -> None:
        """Create or upgrade the tables to the newest revision (once per engine)."""
        if engine in self._ready:
            return
        with self._lock:
            if engine in self._ready:
                return
            deadline = time.monotonic() + _BUSY_TIMEOUT_MS / 1000
            while True:
                try:
                    with engine.connect() as connection:
                        current = self.current_revision(connection)
                    if current != self.head and not self.is_newer(current):
                        self._upgrade(engine)
                    break
                except SQLAlchemyError as exc:
                    if _locked_at_first_use(engine, exc) and time.monotonic() < deadline:
                        time.sleep(_FIRST_USE_RETRY_S)
                        continue  # another process is creating the same fresh file: wait
                    detail = getattr(exc, "orig", None) or exc
                    raise StorageError(
                        f"the {self.name} tables could not be set up: {detail}"
                    ) from None
            self._ready.add(engine)

    def _upgrade(self, engine: Engine) -> None:
        from alembic import command
        from alembic.config import Config

        with write_connection(engine) as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": self.lock_key}
                )
            config = Config()
            config.set_main_option("script_location", str(self.migrations))
            config.set_main_option("version_table", self.version_table)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


DIARY_MIGRATIONS = MigrationStream(
    name="diary",
    migrations=_MIGRATIONS,
    version_table=VERSION_TABLE,
    head=HEAD_REVISION,
    lock_key=_ADVISORY_LOCK_KEY,
)


def ensure_schema(engine: Engine) -> None:
    """Create or upgrade the diary tables to the newest revision (once per engine)."""
    DIARY_MIGRATIONS.ensure(engine)
