"""Rate limits in the database: windows, scopes, resets, and exact counts under concurrency."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from myotriage.diary.db import create_diary_engine
from myotriage.web.models import rate_limits
from myotriage.web.ratelimit import RateLimiter


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[Engine]:
    url = sqlite_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    engine = create_diary_engine(url)
    yield engine
    engine.dispose()


def test_failures_block_until_the_window_ends(engine: Engine) -> None:
    clock = Clock()
    limiter = RateLimiter(engine, scope="login", limit=3, window_s=60, clock=clock)
    for _ in range(2):
        limiter.fail("ip:1", "email:a")
    assert limiter.blocked("ip:1") == 0
    limiter.fail("ip:1", "email:a")
    assert limiter.blocked("ip:1") == pytest.approx(60)
    assert limiter.blocked("ip:2", "email:a") == pytest.approx(60)
    assert limiter.blocked("ip:2") == 0
    clock.now += 45
    assert limiter.blocked("ip:1") == pytest.approx(15)
    clock.now += 15
    assert limiter.blocked("ip:1", "email:a") == 0
    limiter.fail("ip:1")  # a new window: one failure of three
    assert limiter.blocked("ip:1") == 0


def test_hit_lets_limit_attempts_through_then_refuses(engine: Engine) -> None:
    clock = Clock()
    limiter = RateLimiter(engine, scope="signup", limit=2, window_s=100, clock=clock)
    assert [limiter.hit("ip:9") for _ in range(2)] == [0, 0]
    clock.now += 30
    assert limiter.hit("ip:9") == pytest.approx(70)
    clock.now += 70
    assert limiter.hit("ip:9") == 0


def test_scopes_and_resets_are_separate(engine: Engine) -> None:
    clock = Clock()
    login = RateLimiter(engine, scope="login", limit=1, window_s=60, clock=clock)
    codes = RateLimiter(engine, scope="share-code", limit=1, window_s=60, clock=clock)
    login.fail("ip:1", "email:a")
    codes.fail("ip:1")
    assert login.blocked("ip:1") > 0 and codes.blocked("ip:1") > 0
    login.reset("email:a")
    assert login.blocked("email:a") == 0 and login.blocked("ip:1") > 0
    assert codes.blocked("ip:1") > 0


def test_keys_are_stored_as_digests(engine: Engine) -> None:
    RateLimiter(engine, scope="login", limit=5, window_s=60).fail("email:someone@example.org")
    with engine.connect() as connection:
        stored = [row[0] for row in connection.execute(select(rate_limits.c.key_hash))]
    assert stored and all(len(k) == 64 and "@" not in k for k in stored)


def test_ended_windows_are_swept(engine: Engine, monkeypatch: Any) -> None:
    monkeypatch.setattr("myotriage.web.ratelimit._SWEEP_EVERY", 3)
    clock = Clock()
    limiter = RateLimiter(engine, scope="login", limit=5, window_s=10, clock=clock)
    limiter.fail("old")
    clock.now += 11
    limiter.fail("new-1")
    limiter.fail("new-2")  # the third count sweeps
    with engine.connect() as connection:
        rows = connection.execute(select(rate_limits.c.hits)).all()
    assert len(rows) == 2


def test_concurrent_attempts_are_counted_exactly(engine: Engine) -> None:
    """Many threads (each its own connection) race on one key: exactly ``limit`` get through."""
    limiter = RateLimiter(engine, scope="signup", limit=7, window_s=600)
    allowed: list[bool] = []
    lock = threading.Lock()

    def attempt() -> None:
        for _ in range(5):
            ok = limiter.hit("ip:shared") == 0
            with lock:
                allowed.append(ok)

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(allowed) == 30 and sum(allowed) == 7


@settings(max_examples=25, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["a", "b"]), st.floats(min_value=0, max_value=40)),
        max_size=25,
    )
)
def test_hit_matches_a_model_of_fixed_windows(tmp_path_factory: Any, steps: Any) -> None:
    """Against a plain in-memory model: a window opens at the first hit and lasts 30 s."""
    url = f"sqlite:///{tmp_path_factory.mktemp('rl') / 'rl.sqlite3'}"
    engine = create_diary_engine(url)
    clock = Clock()
    limiter = RateLimiter(engine, scope="prop", limit=3, window_s=30, clock=clock)
    model: dict[str, tuple[int, float]] = {}
    try:
        for key, advance in steps:
            clock.now += advance
            hits, ends = model.get(key, (0, 0.0))
            if ends <= clock.now:
                hits, ends = 0, clock.now + 30
            hits += 1
            model[key] = (hits, ends)
            expected = ends - clock.now if hits > 3 else 0.0
            assert limiter.hit(key) == pytest.approx(expected)
            blocked = ends - clock.now if hits >= 3 and ends > clock.now else 0.0
            assert limiter.blocked(key) == pytest.approx(blocked)
    finally:
        engine.dispose()
