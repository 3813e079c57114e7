"""The diary's service layer: every read and write of a diary goes through here.

The command line and the web routes call these methods and never touch the
database themselves. Every method takes keyword arguments only and an ``owner``
(the command line uses ``"local"``; the web app passes its user id), and a row is
only ever visible to, changed by or deleted for its owner::

    service = DiaryService("sqlite:///diary.sqlite3")
    episode = service.create_episode(owner="local", location="loc_calf", pain=6)
    service.stats(owner="local").episodes

Verbs are the same for each kind of row: ``create_*``, ``get_*``, ``list_*``,
``update_*``, ``delete_*``; ``set_day`` creates or updates a day. Bad values raise
:class:`~myotriage.errors.InvalidInputError` naming the field; a missing row (or
someone else's) raises :class:`~myotriage.errors.NotFoundError`; database trouble
raises :class:`~myotriage.errors.StorageError`.
"""

from __future__ import annotations

import pickle
import tempfile
import time
from collections.abc import Generator, Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from itertools import islice
from pathlib import Path
from typing import IO, Any, Literal, NoReturn

from sqlalchemy import Connection, Engine, Integer, Row, bindparam, delete, func, select, update
from sqlalchemy.exc import SQLAlchemyError

from myotriage.diary.db import (
    create_diary_engine,
    ensure_schema,
    read_connection,
    statement_connection,
    write_connection,
)
from myotriage.diary.imports import episode_row, read_day_rows, read_episode_rows
from myotriage.diary.models import days, episodes
from myotriage.diary.schemas import AssessedCase, Day, DiaryStats, Episode, ImportResult
from myotriage.diary.validation import (
    DAY_FIELDS,
    check_case_shape,
    check_day_value,
    check_duration,
    check_episode_id,
    check_location,
    check_notes,
    check_pain,
    check_triggers,
    check_type,
    parse_date,
    parse_start,
)
from myotriage.errors import InvalidInputError, NotFoundError, StorageError
from myotriage.safetext import scrub

__all__ = ["DiaryQuota", "DiaryService", "ExportFormat", "UNSET"]

ExportFormat = Literal["csv", "json", "days-csv"]
EXPORT_FORMATS: tuple[str, ...] = ("csv", "json", "days-csv")
_BATCH = 20_000
_TIMELINE_MAX = 5_000


@dataclass(frozen=True)
class DiaryQuota:
    """How many episodes and days one owner may keep (``None``: no limit, the default).

    The command line's single local owner has no quota; the web app sets one per
    person so one account cannot fill the shared database.
    """

    episodes: int | None = None
    days: int | None = None


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()
"""Marks an argument of ``update_episode`` that was not given (``None`` clears a value)."""


def _zone(offset_min: int) -> tzinfo:
    return UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))


def _episode(
    mapping: Mapping[str, Any], with_assessment: bool = False, *, fresh: bool = False
) -> Episode:
    """An episode from a row read back (``row._mapping``), or from the values just written.

    ``fresh`` marks values this process has just checked and stored: they need no
    scrubbing, which only old rows (stored before text was checked) can need, and which
    would otherwise walk every string of a stored assessment on each write. (A fresh
    assessment may hold the engine's tuples where one read back has lists: the same JSON.)
    """
    clean = _same if fresh else scrub
    start = mapping["start_at"].astimezone(_zone(mapping["utc_offset_min"]))
    assessment = mapping.get("assessment_json") if with_assessment else None
    version = mapping.get("knowledge_version")
    return Episode(
        id=mapping["id"],
        start=start,
        duration_s=mapping["duration_s"],
        location=mapping["location"],
        pain=mapping["pain"],
        type=mapping["type"],
        # scrub: rows stored before text was checked may hold characters no response can carry
        triggers=[clean(t) for t in mapping["triggers"].split(";") if t],
        notes=clean(mapping["notes"]),
        knowledge_version=version,
        has_assessment=version is not None,
        assessment=None if assessment is None else clean(assessment),
    )


def _same(value: Any) -> Any:
    return value


def _day(row: Row[Any]) -> Day:
    mapping = row._mapping
    return Day(day=mapping["day"], **{name: mapping[name] for name in DAY_FIELDS})


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


_IMPORT_COLUMNS = (
    "owner",
    "start_at",
    "utc_offset_min",
    "local_date",
    "local_hour",
    "duration_s",
    "location",
    "pain",
    "type",
    "triggers",
    "notes",
    "created_at",
)


def _episode_values(dialect: str, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Imported episode rows as the driver's parameters for :func:`_insert_episodes`.

    SQLAlchemy's per-value type hooks cost more than SQLite's insert itself, so the
    values are converted here once, to exactly what the column types store: on
    SQLite naive UTC text in SQLAlchemy's own format (read back by the same types),
    on PostgreSQL aware datetimes that psycopg sends as ``timestamptz``.
    """
    if not rows:
        return []
    if dialect == "sqlite":
        created = _sqlite_stamp(rows[0]["created_at"])
        return [
            (
                r["owner"],
                r["start_at"].astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds"),
                r["utc_offset_min"],
                r["local_date"].isoformat(),
                r["local_hour"],
                r["duration_s"],
                r["location"],
                r["pain"],
                r["type"],
                r["triggers"],
                r["notes"],
                created,
            )
            for r in rows
        ]
    return [tuple(r[name] for name in _IMPORT_COLUMNS) for r in rows]


def _insert_episodes(connection: Connection, values: list[tuple[Any, ...]]) -> None:
    """Insert imported episodes (no stored case) with one ``executemany``."""
    if not values:
        return
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {episodes.name} ({', '.join(_IMPORT_COLUMNS)}) "
        f"VALUES ({', '.join([marker] * len(_IMPORT_COLUMNS))})"
    )
    connection.exec_driver_sql(statement, values)


def _episode_key(start: datetime, row: Any) -> tuple[Any, ...]:
    """What makes two episodes the same: start (UTC, to the microsecond) and every field."""
    moment = start.astimezone(UTC).replace(tzinfo=None) if start.tzinfo else start
    return (
        moment,
        row["location"],
        row["duration_s"],
        row["pain"],
        row["type"],
        row["triggers"],
        row["notes"],
    )


def _sqlite_stamp(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _upsert_days(connection: Connection, rows: list[dict[str, Any]], columns: list[str]) -> None:
    """Insert days, or update ``columns`` of days already stored, in one statement.

    One ``INSERT ... ON CONFLICT DO UPDATE`` rather than "look, then insert or
    update", so two processes recording the same day cannot both try to insert it.
    """
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        statement: Any = pg_insert(days)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(days)
    statement = statement.on_conflict_do_update(
        index_elements=[days.c.owner, days.c.day],
        set_={name: statement.excluded[name] for name in columns},
    )
    connection.execute(statement, rows)


def _over_quota(kind: str, limit: int, held: int) -> NoReturn:
    raise InvalidInputError(
        kind,
        f"a diary keeps at most {limit:,} {kind}; this would make {held:,} "
        "(export and delete old ones first)",
    )


#: Every column an episode is written with, in ``episode_row``'s order.
_EPISODE_COLUMNS = [c.name for c in episodes.c if c.name != "id"]
#: ``INSERT INTO diary_episode (...) SELECT :owner, ... WHERE (SELECT count(*) FROM
#: diary_episode WHERE owner = :owner) < :quota RETURNING id``: the episode is stored only
#: while its diary holds fewer than ``quota``, in one statement (no id comes back when it
#: is full). Built once; the parameters are the row's columns by name, and ``quota``.
_INSERT_WITHIN_QUOTA = (
    episodes.insert()
    .from_select(
        _EPISODE_COLUMNS,
        select(*[bindparam(name, type_=episodes.c[name].type) for name in _EPISODE_COLUMNS]).where(
            select(func.count())
            .select_from(episodes)
            .where(episodes.c.owner == bindparam("owner"))
            .scalar_subquery()
            < bindparam("quota", type_=Integer)
        ),
    )
    .returning(episodes.c.id)
)


class DiaryService:
    """A diary database, opened (and migrated if needed) on construction.

    ``target`` is a database URL, an engine made by
    :func:`~myotriage.diary.db.create_diary_engine`, or ``None`` for the configured
    database (``MYOTRIAGE_DATABASE_URL`` or the SQLite file in the user's data
    directory). ``local`` is the time zone for times given without an offset.
    """

    def __init__(
        self,
        target: str | Engine | None = None,
        *,
        local: tzinfo | None = None,
        quota: DiaryQuota | None = None,
    ) -> None:
        if target is None:
            from myotriage.config import get_settings

            target = get_settings().resolved_database_url
        self.engine = create_diary_engine(target) if isinstance(target, str) else target
        self.local = local
        self.quota = quota or DiaryQuota()
        ensure_schema(self.engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # -- episodes --------------------------------------------------------------------

    def create_episode(
        self,
        *,
        owner: str,
        location: str,
        start: datetime | str | None = None,
        duration_s: int | str | None = None,
        pain: int | str | None = None,
        type: str | None = None,
        triggers: str | Iterable[str] | None = None,
        notes: str | None = None,
        assessed: AssessedCase | None = None,
    ) -> Episode:
        """Store one episode (``start`` defaults to now), with the case it was assessed from.

        ``assessed`` comes from :func:`myotriage.flows.assessment.assess_case`; the diary
        stores it and never assesses anything itself.
        """
        now = datetime.now(UTC)
        when = parse_start(start, "start", self.local) if start is not None else now.astimezone()
        row = episode_row(
            owner=self._owner(owner),
            start=when,
            location=check_location(location),
            duration_s=check_duration(duration_s),
            pain=check_pain(pain),
            type=check_type(type),
            triggers=check_triggers(
                triggers if triggers is None or isinstance(triggers, str) else list(triggers)
            ),
            notes=check_notes(notes),
            now=now,
        )
        if assessed is not None:
            row.update(
                case_json=check_case_shape(assessed.case),
                assessment_json=assessed.result,
                knowledge_version=assessed.knowledge_version,
            )
        limit = self.quota.episodes
        if limit is None:
            with write_connection(self.engine) as connection:
                key = connection.execute(episodes.insert().values(**row)).inserted_primary_key
                assert key is not None
                new_id = key[0]
        else:
            # One statement that stores the episode only while the diary is within its
            # quota: atomic by itself, so on PostgreSQL it runs without BEGIN and COMMIT
            # (one round trip instead of four with a separate count).
            with statement_connection(self.engine) as connection:
                new_id = connection.execute(_INSERT_WITHIN_QUOTA, {**row, "quota": limit}).scalar()
            if new_id is None:
                self._refuse_over_quota(owner, "episodes", limit)
        # Answered from the values written, not read back: a read would cost a round trip
        # and decoding the stored case and assessment again, to give the same episode.
        return _episode({**row, "id": new_id}, with_assessment=True, fresh=True)

    def get_episode(self, *, owner: str, episode_id: int) -> Episode:
        episode_id = check_episode_id(episode_id)
        """One episode of ``owner``'s, with its stored assessment if it has one."""
        with self._read() as connection:
            row = connection.execute(
                select(episodes).where(episodes.c.owner == owner, episodes.c.id == episode_id)
            ).first()
        if row is None:
            raise NotFoundError(f"episode {episode_id} does not exist")
        return _episode(row._mapping, with_assessment=True)

    def list_episodes(
        self,
        *,
        owner: str,
        since: date | str | None = None,
        until: date | str | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
    ) -> list[Episode]:
        """``owner``'s episodes, newest first, optionally from ``since`` to ``until``."""
        query = select(*[c for c in episodes.c if c.name not in ("case_json", "assessment_json")])
        query = query.where(episodes.c.owner == owner)
        if since is not None:
            query = query.where(episodes.c.local_date >= parse_date(since, "since"))
        if until is not None:
            query = query.where(episodes.c.local_date <= parse_date(until, "until"))
        order = episodes.c.start_at.desc() if newest_first else episodes.c.start_at.asc()
        query = query.order_by(order, episodes.c.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as connection:
            return [_episode(row._mapping) for row in connection.execute(query)]

    def update_episode(
        self,
        *,
        owner: str,
        episode_id: int,
        start: datetime | str = UNSET,
        location: str = UNSET,
        duration_s: int | str | None = UNSET,
        pain: int | str | None = UNSET,
        type: str | None = UNSET,
        triggers: str | Iterable[str] | None = UNSET,
        notes: str | None = UNSET,
    ) -> Episode:
        """Change the given fields of one episode; ``None`` clears an optional field."""
        episode_id = check_episode_id(episode_id)
        changes: dict[str, Any] = {}
        if start is not UNSET:
            moment = parse_start(start, "start", self.local)
            offset = moment.utcoffset()
            changes |= {
                "start_at": moment,
                "utc_offset_min": 0 if offset is None else int(offset.total_seconds() // 60),
                "local_date": moment.date(),
                "local_hour": moment.hour,
            }
        if location is not UNSET:
            changes["location"] = check_location(location)
        if duration_s is not UNSET:
            changes["duration_s"] = check_duration(duration_s)
        if pain is not UNSET:
            changes["pain"] = check_pain(pain)
        if type is not UNSET:
            changes["type"] = check_type(type)
        if triggers is not UNSET:
            value = triggers if triggers is None or isinstance(triggers, str) else list(triggers)
            changes["triggers"] = check_triggers(value)
        if notes is not UNSET:
            changes["notes"] = check_notes(notes)
        with write_connection(self.engine) as connection:
            where = (episodes.c.owner == owner, episodes.c.id == episode_id)
            if changes:
                result = connection.execute(update(episodes).where(*where).values(**changes))
                found = result.rowcount > 0
            else:
                found = connection.execute(select(episodes.c.id).where(*where)).first() is not None
            if not found:
                raise NotFoundError(f"episode {episode_id} does not exist")
        return self.get_episode(owner=owner, episode_id=episode_id)

    def episode_case(self, *, owner: str, episode_id: int) -> dict[str, Any] | None:
        """The case (answers) kept with one episode, or None; lets an undone delete keep it."""
        episode_id = check_episode_id(episode_id)
        with self._read() as connection:
            row = connection.execute(
                select(episodes.c.case_json).where(
                    episodes.c.owner == owner, episodes.c.id == episode_id
                )
            ).first()
        if row is None:
            raise NotFoundError(f"episode {episode_id} does not exist")
        stored = row[0]
        return dict(stored) if isinstance(stored, dict) else None

    def delete_episode(self, *, owner: str, episode_id: int) -> None:
        episode_id = check_episode_id(episode_id)
        """Delete one episode of ``owner``'s."""
        with write_connection(self.engine) as connection:
            result = connection.execute(
                delete(episodes).where(episodes.c.owner == owner, episodes.c.id == episode_id)
            )
            if result.rowcount == 0:
                raise NotFoundError(f"episode {episode_id} does not exist")

    # -- days ------------------------------------------------------------------------

    def set_day(self, *, owner: str, day: date | str, **values: float | str | None) -> Day:
        """Record a day's context; only the values given are changed (``None`` clears one)."""
        unknown = sorted(set(values) - set(DAY_FIELDS))
        if unknown:
            raise InvalidInputError(unknown[0], f"unknown field; expected {', '.join(DAY_FIELDS)}")
        the_day = parse_date(day, "day")
        checked = {name: check_day_value(name, value) for name, value in values.items()}
        now = datetime.now(UTC)
        row = {"owner": self._owner(owner), "day": the_day, "updated_at": now, **checked}
        with write_connection(self.engine) as connection:
            _upsert_days(connection, [row], [*checked, "updated_at"])
            self._within_quota(connection, owner, "days")
            where = (days.c.owner == owner, days.c.day == the_day)
            stored = connection.execute(select(days).where(*where)).one()
        return _day(stored)

    def get_day(self, *, owner: str, day: date | str) -> Day:
        """One day's context."""
        the_day = parse_date(day, "day")
        with self._read() as connection:
            row = connection.execute(
                select(days).where(days.c.owner == owner, days.c.day == the_day)
            ).first()
        if row is None:
            raise NotFoundError(f"no context recorded for {the_day}")
        return _day(row)

    def list_days(
        self, *, owner: str, since: date | str | None = None, until: date | str | None = None
    ) -> list[Day]:
        """``owner``'s recorded days, oldest first."""
        query = select(days).where(days.c.owner == owner)
        if since is not None:
            query = query.where(days.c.day >= parse_date(since, "since"))
        if until is not None:
            query = query.where(days.c.day <= parse_date(until, "until"))
        with self._read() as connection:
            return [_day(row) for row in connection.execute(query.order_by(days.c.day))]

    def delete_day(self, *, owner: str, day: date | str) -> None:
        """Forget one day's context."""
        the_day = parse_date(day, "day")
        with write_connection(self.engine) as connection:
            result = connection.execute(
                delete(days).where(days.c.owner == owner, days.c.day == the_day)
            )
            if result.rowcount == 0:
                raise NotFoundError(f"no context recorded for {the_day}")

    # -- imports, exports, erasing ---------------------------------------------------------

    def import_episodes_csv(self, *, owner: str, source: str | Path | IO[str]) -> ImportResult:
        """Store every episode of a CSV file in one transaction, or none if any row is bad.

        The whole file is read and checked first, into an anonymous temporary file of
        ready-to-insert batches; only then is the write transaction opened, so other
        writers (the web app, a second import) wait for the insert alone, not for the
        parsing, and memory stays at one batch however large the file.
        """
        started = time.perf_counter()
        rows = read_episode_rows(source, owner=self._owner(owner), local=self.local)
        dialect = self.engine.dialect.name
        count = 0
        low: datetime | None = None
        high: datetime | None = None
        with tempfile.TemporaryFile() as spool:
            for batch in _batches(rows, _BATCH):
                keys = [_episode_key(r["start_at"], r) for r in batch]
                first, last = min(k[0] for k in keys), max(k[0] for k in keys)
                low = first if low is None else min(low, first)
                high = last if high is None else max(high, last)
                values = _episode_values(dialect, batch)
                pickle.dump((keys, values), spool, pickle.HIGHEST_PROTOCOL)
                count += len(batch)
            spool.seek(0)
            stored = 0
            with write_connection(self.engine) as connection:
                seen = self._episode_keys(connection, self._owner(owner), low, high)
                for _ in range(0, count, _BATCH):
                    keys, values = pickle.load(spool)  # noqa: S301 (our own file)
                    # Only what was stored before counts as a duplicate: identical rows within
                    # one file are kept, so an import never drops what the file holds.
                    fresh = [
                        value
                        for key, value in zip(keys, values, strict=True)
                        if hash(key) not in seen
                    ]
                    _insert_episodes(connection, fresh)
                    stored += len(fresh)
                self._within_quota(connection, owner, "episodes")
        return ImportResult(
            rows=stored, skipped=count - stored, seconds=time.perf_counter() - started
        )

    @staticmethod
    def _episode_keys(
        connection: Connection, owner: str, low: datetime | None, high: datetime | None
    ) -> set[int]:
        """Hashes of ``owner``'s stored episodes that start from ``low`` to ``high`` (UTC)."""
        if low is None or high is None:
            return set()
        query = select(
            episodes.c.start_at,
            episodes.c.location,
            episodes.c.duration_s,
            episodes.c.pain,
            episodes.c.type,
            episodes.c.triggers,
            episodes.c.notes,
        ).where(
            episodes.c.owner == owner,
            episodes.c.start_at >= low.replace(tzinfo=UTC),
            episodes.c.start_at <= high.replace(tzinfo=UTC),
        )
        return {hash(_episode_key(row[0], row._mapping)) for row in connection.execute(query)}

    def import_days_csv(self, *, owner: str, source: str | Path | IO[str]) -> ImportResult:
        """Store every day of a CSV file in one transaction, parsed and checked first.

        A day already stored is merged: only the columns the file has are changed (a
        blank cell in such a column clears that value), so a file with only some
        columns never empties the others.
        """
        started = time.perf_counter()
        parsed = read_day_rows(source, owner=self._owner(owner))
        with write_connection(self.engine) as connection:
            for batch in _batches(parsed.rows, _BATCH):
                _upsert_days(connection, batch, [*parsed.columns, "updated_at"])
            self._within_quota(connection, owner, "days")
        return ImportResult(rows=len(parsed.rows), seconds=time.perf_counter() - started)

    def export(self, *, owner: str, format: str = "json") -> str:
        """The whole diary as text: ``csv`` (episodes, importable again), ``days-csv`` or
        ``json`` (everything, with stored assessments). The FHIR export needs the report:
        :func:`myotriage.flows.report.export`."""
        from myotriage.diary import exports

        if format == "csv":
            return exports.episodes_csv(self._all_episode_rows(owner))
        if format == "days-csv":
            return exports.days_csv(self.list_days(owner=owner))
        if format == "json":
            return exports.diary_json(self._all_episode_rows(owner), self.list_days(owner=owner))
        raise InvalidInputError(
            "format", f"expected one of {', '.join(EXPORT_FORMATS)}, got {format!r}"
        )

    def erase(self, *, owner: str) -> dict[str, int]:
        """Delete everything ``owner`` stored; returns how many rows of each kind went."""
        with write_connection(self.engine) as connection:
            gone_episodes = connection.execute(
                delete(episodes).where(episodes.c.owner == owner)
            ).rowcount
            gone_days = connection.execute(delete(days).where(days.c.owner == owner)).rowcount
        return {"episodes": gone_episodes, "days": gone_days}

    # -- statistics and stored cases ----------------------------------------------------------

    def stats(
        self, *, owner: str, since: date | str | None = None, until: date | str | None = None
    ) -> DiaryStats:
        """The diary's statistics (see :mod:`myotriage.diary.analytics`)."""
        from myotriage.diary.analytics import diary_stats

        first = parse_date(since, "since") if since is not None else None
        last = parse_date(until, "until") if until is not None else None
        with self._read() as connection:
            return diary_stats(connection, owner=owner, since=first, until=last)

    def count_episodes(self, *, owner: str) -> int:
        """How many episodes ``owner`` has stored."""
        with self._read() as connection:
            query = select(func.count()).select_from(episodes).where(episodes.c.owner == owner)
            return int(connection.execute(query).scalar_one())

    def stored_cases(self, *, owner: str) -> Generator[tuple[dict[str, Any], datetime], None, None]:
        """``owner``'s stored cases (what the person answered) with their episode's start,
        newest first. Read lazily: a caller that wants the newest usable one stops early
        (close the iterator, or use :func:`contextlib.closing`)."""
        query = (
            select(episodes.c.case_json, episodes.c.start_at)
            .where(episodes.c.owner == owner, episodes.c.case_json.is_not(None))
            .order_by(episodes.c.start_at.desc(), episodes.c.id.desc())
        )
        with self._read() as connection:
            for stored, start in connection.execute(query):
                yield dict(stored), start

    def latest_case(self, *, owner: str) -> tuple[dict[str, Any], datetime] | None:
        """The most recent stored case, as stored, and its episode's start."""
        with closing(self.stored_cases(owner=owner)) as cases:
            return next(cases, None)

    def timeline(
        self, *, owner: str, since: date | str | None = None
    ) -> list[tuple[datetime, int, int | None, str]]:
        """(local start, local hour, pain, location) of the period's latest episodes, oldest
        first (at most the newest 5,000)."""
        query = select(
            episodes.c.start_at,
            episodes.c.utc_offset_min,
            episodes.c.local_hour,
            episodes.c.pain,
            episodes.c.location,
        ).where(episodes.c.owner == owner)
        if since is not None:
            query = query.where(episodes.c.local_date >= parse_date(since, "since"))
        query = query.order_by(episodes.c.start_at.desc()).limit(_TIMELINE_MAX)
        with self._read() as connection:
            rows = connection.execute(query).all()
        return [
            (row[0].astimezone(_zone(row[1])), row[2], row[3], row[4]) for row in reversed(rows)
        ]

    # -- helpers ---------------------------------------------------------------------

    @staticmethod
    def _owner(owner: str) -> str:
        if not isinstance(owner, str) or not owner.strip() or len(owner) > 200:
            raise InvalidInputError("owner", "expected a non-empty name of at most 200 characters")
        return owner

    def _within_quota(self, connection: Connection, owner: str, kind: str) -> None:
        """Raise (rolling the write back) when ``owner`` now keeps more than the quota."""
        limit, table = (
            (self.quota.episodes, episodes) if kind == "episodes" else (self.quota.days, days)
        )
        if limit is None:
            return
        query = select(func.count()).select_from(table).where(table.c.owner == owner)
        held = int(connection.execute(query).scalar_one())
        if held > limit:
            _over_quota(kind, limit, held)

    def _refuse_over_quota(self, owner: str, kind: str, limit: int) -> NoReturn:
        """Raise for a row that was not stored because the diary is full."""
        held = self.count_episodes(owner=owner) if kind == "episodes" else limit
        _over_quota(kind, limit, held + 1)

    def _read(self) -> Any:
        try:
            return read_connection(self.engine)
        except SQLAlchemyError as exc:
            raise StorageError(f"the diary database could not be read: {exc}") from None

    def _all_episode_rows(self, owner: str) -> list[dict[str, Any]]:
        query = (
            select(episodes)
            .where(episodes.c.owner == owner)
            .order_by(episodes.c.start_at, episodes.c.id)
        )
        with self._read() as connection:
            return [scrub(dict(row._mapping)) for row in connection.execute(query)]
