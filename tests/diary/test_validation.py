"""Field checks: what is accepted, what is refused, and that refusals name the field."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from myotriage.diary.validation import (
    LOCATIONS,
    check_day_value,
    check_duration,
    check_location,
    check_pain,
    check_triggers,
    check_type,
    parse_date,
    parse_start,
)
from myotriage.errors import InvalidInputError


def test_start_keeps_its_offset_and_naive_means_the_given_local_zone() -> None:
    aware = parse_start("2026-03-01T07:30+02:00")
    assert aware.utcoffset() == timedelta(hours=2)
    assert aware.astimezone(UTC).hour == 5
    local = timezone(timedelta(hours=-5))
    naive = parse_start("2026-03-01 07:30", local=local)
    assert naive.utcoffset() == timedelta(hours=-5) and naive.hour == 7
    assert parse_start("2026-03-01T07:30Z").utcoffset() == timedelta(0)


@pytest.mark.parametrize("bad", ["", "yesterday", "2026-13-01T00:00", "1800-01-01T00:00+00:00"])
def test_bad_start_names_the_field(bad: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        parse_start(bad, "line 3, start")
    assert info.value.field == "line 3, start"


@given(st.integers(min_value=0, max_value=10))
def test_every_whole_pain_score_is_accepted(score: int) -> None:
    assert check_pain(str(score)) == score


@given(st.one_of(st.integers(max_value=-1), st.integers(min_value=11)))
def test_pain_out_of_range_is_refused(score: int) -> None:
    with pytest.raises(InvalidInputError, match="0 to 10"):
        check_pain(score)


@pytest.mark.parametrize("bad", ["5.5", "a lot", "nan", "inf"])
def test_pain_must_be_a_whole_finite_number(bad: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        check_pain(bad)
    assert info.value.field == "pain"


def test_blank_optional_values_mean_not_recorded() -> None:
    assert check_pain("") is None
    assert check_duration(" ") is None
    assert check_type("") is None and check_type("unknown") is None
    assert check_day_value("caffeine_mg", "") is None


def test_duration_bounds() -> None:
    assert check_duration("90") == 90
    with pytest.raises(InvalidInputError):
        check_duration("-1")
    with pytest.raises(InvalidInputError):
        check_duration(str(8 * 24 * 3600))


def test_location_accepts_ids_and_bare_names_only() -> None:
    assert check_location("loc_calf") == "loc_calf"
    assert check_location(" Calf ") == "loc_calf"
    with pytest.raises(InvalidInputError, match="loc_calf"):
        check_location("elbow")


def test_locations_are_exactly_the_spec_location_findings(kb: object) -> None:
    spec = {f.id for f in kb.findings.values() if f.group == "location"}  # type: ignore[attr-defined]
    assert set(LOCATIONS) == spec


def test_type_must_be_one_of_six() -> None:
    assert check_type("Fasciculation") == "fasciculation"
    with pytest.raises(InvalidInputError, match="skeletal_spasm"):
        check_type("cramp")


def test_triggers_are_normalised_and_deduplicated() -> None:
    assert check_triggers("Coffee; coffee ;  long   run;") == "coffee;long run"
    assert check_triggers(["a", "b"]) == "a;b"
    with pytest.raises(InvalidInputError):
        check_triggers("x" * 61)


def test_day_values_have_ranges() -> None:
    assert check_day_value("sleep_h", "7.5") == 7.5
    with pytest.raises(InvalidInputError, match="0 to 24 hours"):
        check_day_value("sleep_h", "25")
    with pytest.raises(InvalidInputError) as info:
        check_day_value("stress", "11", "line 4, stress")
    assert info.value.field == "line 4, stress"


def test_dates() -> None:
    assert parse_date("2026-02-28") == date(2026, 2, 28)
    assert parse_date(datetime(2026, 2, 28, 5, tzinfo=UTC)) == date(2026, 2, 28)
    with pytest.raises(InvalidInputError, match="YYYY-MM-DD"):
        parse_date("28/02/2026")


@pytest.mark.parametrize(
    "value", ["1999-12-31T23:00:00+00:00", "2999-01-01T00:00:00+00:00", None, 5]
)
def test_start_outside_the_diary_range_or_not_text_is_refused(value: object) -> None:
    from myotriage.diary.validation import parse_start

    with pytest.raises(InvalidInputError) as info:
        parse_start(value)  # type: ignore[arg-type]
    assert info.value.field == "start"


@pytest.mark.parametrize("value", ["1900-01-01", "2999-01-01", None])
def test_day_outside_the_diary_range_is_refused(value: object) -> None:
    from myotriage.diary.validation import parse_date

    with pytest.raises(InvalidInputError) as info:
        parse_date(value)  # type: ignore[arg-type]
    assert info.value.field == "date"


@pytest.mark.parametrize("value", [None, 3, ["loc_calf"]])
def test_location_that_is_not_text_is_refused(value: object) -> None:
    from myotriage.diary.validation import check_location

    with pytest.raises(InvalidInputError) as info:
        check_location(value)
    assert info.value.field == "location"


@pytest.mark.parametrize("value", [0, -1, 2**63, True, "3"])
def test_episode_id_out_of_range_is_refused(value: object) -> None:
    from myotriage.diary.validation import check_episode_id

    with pytest.raises(InvalidInputError) as info:
        check_episode_id(value)
    assert info.value.field == "episode_id"
