"""The service and its storage, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import inspect, text

from myotriage.diary.db import HEAD_REVISION, VERSION_TABLE
from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryQuota, DiaryService
from myotriage.errors import InvalidInputError, NotFoundError

EPISODES_CSV = """start,duration_s,location,pain,type,triggers,notes
2026-03-01T07:30:00+01:00,90,loc_calf,6,skeletal_spasm,coffee;stress,woke me up
2026-03-02T23:10:00-05:00,,eyelid,,,,
2026-03-03T12:00:00Z,30,foot,2,,,"comma, inside"
"""


def test_first_use_creates_the_schema(service: DiaryService) -> None:
    inspector = inspect(service.engine)
    assert {"diary_episode", "diary_day", VERSION_TABLE} <= set(inspector.get_table_names())
    with service.engine.connect() as connection:
        version = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    assert version == HEAD_REVISION
    # Opening again is a no-op, not a second migration.
    DiaryService(service.engine).close()


def test_create_get_list_update_delete(service: DiaryService, owner: str) -> None:
    first = service.create_episode(
        owner=owner, location="calf", start="2026-03-01T07:30+01:00", pain="6", triggers=["coffee"]
    )
    second = service.create_episode(
        owner=owner, location="loc_foot", start="2026-03-02T08:00+01:00"
    )
    assert first.location == "loc_calf" and first.pain == 6 and first.triggers == ["coffee"]
    assert service.get_episode(owner=owner, episode_id=first.id) == first
    assert [e.id for e in service.list_episodes(owner=owner)] == [second.id, first.id]
    assert [e.id for e in service.list_episodes(owner=owner, since="2026-03-02")] == [second.id]

    changed = service.update_episode(owner=owner, episode_id=first.id, pain=None, notes="better")
    assert changed.pain is None and changed.notes == "better" and changed.location == "loc_calf"

    service.delete_episode(owner=owner, episode_id=second.id)
    with pytest.raises(NotFoundError):
        service.get_episode(owner=owner, episode_id=second.id)
    with pytest.raises(NotFoundError):
        service.delete_episode(owner=owner, episode_id=second.id)


def test_times_round_trip_in_the_offset_recorded(service: DiaryService, owner: str) -> None:
    tokyo = timezone(timedelta(hours=9))
    stored = service.create_episode(
        owner=owner, location="calf", start=datetime(2026, 3, 1, 1, 30, tzinfo=tokyo)
    )
    again = service.get_episode(owner=owner, episode_id=stored.id)
    assert again.start == datetime(2026, 2, 28, 16, 30, tzinfo=UTC)
    assert again.start.utcoffset() == timedelta(hours=9)
    stats = service.stats(owner=owner)
    assert stats.by_hour[1] == 1  # local hour, not UTC
    assert stats.first_day == date(2026, 3, 1)  # local day, not UTC


def test_owners_never_see_each_other(service: DiaryService, owner: str) -> None:
    mine = service.create_episode(owner=owner, location="calf")
    other = owner + "-other"
    assert service.list_episodes(owner=other) == []
    with pytest.raises(NotFoundError):
        service.get_episode(owner=other, episode_id=mine.id)
    with pytest.raises(NotFoundError):
        service.update_episode(owner=other, episode_id=mine.id, pain=3)
    with pytest.raises(NotFoundError):
        service.delete_episode(owner=other, episode_id=mine.id)
    assert service.erase(owner=other) == {"episodes": 0, "days": 0}
    assert service.get_episode(owner=owner, episode_id=mine.id).pain is None


def test_bad_values_are_refused_by_name(service: DiaryService, owner: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        service.create_episode(owner=owner, location="calf", pain=12)
    assert info.value.field == "pain"
    with pytest.raises(InvalidInputError) as info:
        service.set_day(owner=owner, day="2026-03-01", coffee=3)
    assert info.value.field == "coffee"
    assert service.list_episodes(owner=owner) == []


def test_days_merge_and_replace(service: DiaryService, owner: str) -> None:
    service.set_day(owner=owner, day="2026-03-01", caffeine_mg=400)
    day = service.set_day(owner=owner, day=date(2026, 3, 1), sleep_h="5.5")
    assert (day.caffeine_mg, day.sleep_h) == (400.0, 5.5)
    csv_text = "date,sleep_h,water_l\n2026-03-01,7,\n2026-03-02,,2.5\n"
    assert service.import_days_csv(owner=owner, source=text_source(csv_text)).rows == 2
    days = service.list_days(owner=owner)
    # An imported day is merged into the stored one: caffeine was not in the file, so it
    # is kept; water was, with a blank cell, so it is cleared.
    assert [(d.day, d.caffeine_mg, d.sleep_h, d.water_l) for d in days] == [
        (date(2026, 3, 1), 400.0, 7.0, None),
        (date(2026, 3, 2), None, None, 2.5),
    ]
    service.delete_day(owner=owner, day="2026-03-02")
    with pytest.raises(NotFoundError):
        service.get_day(owner=owner, day="2026-03-02")


def test_episode_import_and_csv_export_round_trip(db_url: str, owner: str) -> None:
    service = DiaryService(db_url)
    try:
        assert service.import_episodes_csv(owner=owner, source=text_source(EPISODES_CSV)).rows == 3
        exported = service.export(owner=owner, format="csv")
        again = owner + "-copy"
        service.import_episodes_csv(owner=again, source=io.StringIO(exported))
        assert service.export(owner=again, format="csv") == exported
        first = service.list_episodes(owner=owner, newest_first=False)[0]
        assert first.triggers == ["coffee", "stress"] and first.notes == "woke me up"
    finally:
        service.close()


@pytest.mark.parametrize(
    ("bad_line", "field"),
    [
        ("2026-03-04T10:00:00Z,10,loc_calf,11,,,", "line 5, pain"),
        ("2026-03-04T10:00:00Z,10,elbow,1,,,", "line 5, location"),
        ("not a time,10,loc_calf,1,,,", "line 5, start"),
        ("2026-03-04T10:00:00Z,10,loc_calf", "line 5"),
    ],
)
def test_a_bad_row_imports_nothing_and_names_its_line(
    service: DiaryService, owner: str, bad_line: str, field: str
) -> None:
    service.create_episode(owner=owner, location="calf")
    with pytest.raises(InvalidInputError) as info:
        service.import_episodes_csv(owner=owner, source=text_source(EPISODES_CSV + bad_line + "\n"))
    assert info.value.field == field
    assert service.count_episodes(owner=owner) == 1


def test_bad_headers_are_refused(service: DiaryService, owner: str) -> None:
    with pytest.raises(InvalidInputError, match="not a column this import knows"):
        service.import_episodes_csv(owner=owner, source=text_source("start,location,painn\n"))
    with pytest.raises(InvalidInputError, match="missing column"):
        service.import_days_csv(owner=owner, source=text_source("sleep_h\n7\n"))
    with pytest.raises(InvalidInputError, match="already on line 2"):
        service.import_days_csv(owner=owner, source=text_source("date\n2026-01-01\n2026-01-01\n"))


def test_json_export_and_erase(service: DiaryService, owner: str) -> None:
    import json

    service.import_episodes_csv(owner=owner, source=text_source(EPISODES_CSV))
    service.set_day(owner=owner, day="2026-03-01", stress=8)
    document: dict[str, Any] = json.loads(service.export(owner=owner, format="json"))
    assert len(document["episodes"]) == 3 and document["days"][0]["stress"] == 8
    assert document["episodes"][1]["start"] == "2026-03-02T23:10:00-05:00"
    with pytest.raises(InvalidInputError):
        service.export(owner=owner, format="xml")
    assert service.erase(owner=owner) == {"episodes": 3, "days": 1}
    assert service.list_episodes(owner=owner) == [] and service.list_days(owner=owner) == []


def test_the_migration_matches_the_models(service: DiaryService) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from myotriage.diary.models import metadata

    with service.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        diff = [
            d
            for d in compare_metadata(context, metadata)
            if "diary_" in repr(d) and VERSION_TABLE not in repr(d)
        ]
    assert diff == []


def test_an_imported_date_in_the_future_is_refused_by_line(
    service: DiaryService, owner: str
) -> None:
    future = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    rows = f"start,location\n2026-01-02T03:00:00+00:00,calf\n{future},calf\n"
    with pytest.raises(InvalidInputError) as info:
        service.import_episodes_csv(owner=owner, source=text_source(rows))
    assert info.value.field == "line 3, start"
    assert service.count_episodes(owner=owner) == 0


def test_the_episode_quota_holds_and_names_the_count(db_url: str, owner: str) -> None:
    service = DiaryService(db_url, quota=DiaryQuota(episodes=2))
    try:
        first = service.create_episode(
            owner=owner, location="calf", pain=3, triggers=["coffee"], notes="after a run"
        )
        assert service.get_episode(owner=owner, episode_id=first.id) == first
        service.create_episode(owner=owner, location="foot")
        with pytest.raises(InvalidInputError, match="at most 2 episodes; this would make 3") as no:
            service.create_episode(owner=owner, location="calf")
        assert no.value.field == "episodes"
        assert service.count_episodes(owner=owner) == 2
        other = service.create_episode(owner=f"{owner}-b", location="calf")  # its own quota
        assert service.list_episodes(owner=f"{owner}-b") == [other]
    finally:
        service.close()
