"""Fixtures for the web tests: an app on a fresh SQLite file (or PostgreSQL database) per test."""

from __future__ import annotations

import re
import socket
import threading
import time
import uuid
import warnings
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.simulate import page_answer

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

SECRET = "test-secret-key-" + "x" * 32
PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_settings(url: str) -> Any:
    from myotriage.config import Settings

    return Settings(environment="test", database_url=url, secret_key=SECRET)


def make_client(url: str, **web: Any) -> Any:
    from fastapi.testclient import TestClient

    from myotriage.web.app import create_app
    from myotriage.web.settings import WebSettings

    app = create_app(web_settings=WebSettings(settings=make_settings(url), **web))
    return TestClient(app)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'web.sqlite3'}"


def _pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", connect_timeout=3):
            return True
    except Exception:
        return False


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A uniquely named PostgreSQL database, dropped afterwards."""
    if not _pg_available():
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    import psycopg

    name = f"myotriage_web_{uuid.uuid4().hex[:12]}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def client(sqlite_url: str) -> Iterator[Any]:
    with make_client(sqlite_url) as test_client:
        yield test_client


def csrf_of(client: Any, path: str = "/login") -> str:
    """The CSRF token the page at ``path`` puts in its forms (also sets the cookie)."""
    response = client.get(path)
    match = CSRF_RE.search(response.text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def api_signup(client: Any, email: str, role: str = "person", name: str = "") -> dict[str, str]:
    """Sign up and sign in over the API; returns the Authorization header for the account."""
    password = "a long enough password"
    response = client.post(
        "/api/v1/auth/signup",
        json={"email": email, "password": password, "role": role, "display_name": name},
    )
    assert response.status_code == 202, response.text
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def page_signup(client: Any, email: str, role: str = "person") -> None:
    """Sign up, then sign in, through the forms (the client keeps the session cookie)."""
    token = csrf_of(client, "/signup")
    response = client.post(
        "/signup",
        data={
            "csrf_token": token,
            "email": email,
            "password": "a long enough password",
            "role": role,
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text  # to the neutral "sign in now" page
    assert response.headers["location"].startswith("/login?new=1")
    response = client.post(
        "/login",
        data={"csrf_token": token, "email": email, "password": "a long enough password"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


# Browser tests (test_browser*.py): headless Chromium against a real server.
#
# The server runs in-process (uvicorn in a thread, on a free port, on a fresh SQLite file),
# one per test module. Every page checked is saved as a screenshot under
# ``test-artifacts/screenshots/`` and checked with axe-core (no serious or critical
# violations). axe is evaluated through the DevTools protocol, so the pages keep their strict
# Content-Security-Policy during the test. Without Debian's chromium the browser tests skip,
# which under CI=true is a failure (tests/ci_strict.py).

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
SIZES = {"phone": PHONE, "desktop": DESKTOP}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from myotriage.web.app import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.sqlite3'}"
    app = create_app(make_settings(url))
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield instance
        instance.close()


def new_page(browser: Any, viewport: dict[str, int]) -> tuple[Any, Any]:
    """A fresh browser context (no cookies) and its page, collecting console errors."""
    context = browser.new_context(viewport=viewport, device_scale_factor=1, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors  # type: ignore[attr-defined]
    return context, page


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context, page = new_page(browser, PHONE)
    yield page
    context.close()


@pytest.fixture(params=sorted(SIZES))
def screen(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    """A page at each size: a 360 x 740 phone and a 1280 x 800 desktop."""
    context, page = new_page(browser, SIZES[request.param])
    page.size_name = request.param  # type: ignore[attr-defined]
    yield page
    context.close()


def check_page(page: Any, name: str) -> None:
    """Screenshot, axe-core (no serious or critical violations), no CSP errors, fits 360 px."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"{name}: {bad}"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{name}: the page is {overflow}px wider than the phone"
    csp = [e for e in page.errors if "Content Security Policy" in e]
    assert not csp, csp


def complete_check(
    page: Any, server: str, case: dict[str, Any], prefix: str, *, shots: bool = True
) -> str:
    """Do the check as the person of ``case``; returns the triage level the result shows."""
    snap = check_page if shots else (lambda page, name: None)
    page.goto(server + "/")
    snap(page, f"{prefix}-home")
    page.get_by_role("link", name="Start the check").first.click()
    if case.get("age") is not None:
        page.get_by_label("Age in years (optional)").fill(str(case["age"]))
    if case.get("sex"):
        page.locator(f"input[name=sex][value={case['sex']}]").check()
    snap(page, f"{prefix}-start")
    with page.expect_navigation():
        page.get_by_role("button", name="Begin").click()
    level, _ = answer_questions(page, case, prefix, shots=shots)
    return level


def answer_questions(
    page: Any,
    case: dict[str, Any],
    prefix: str,
    *,
    shots: bool = True,
    also: Collection[str] = (),
) -> tuple[str, list[str]]:
    """Answer each question as the person of ``case`` until the result.

    Returns the level the result shows and the ids of the questions asked. The first two
    questions, those whose id is in ``also`` and the result are checked (:func:`check_page`).
    """
    snap = check_page if shots else (lambda page, name: None)
    asked: list[str] = []
    for n in range(60):
        form = page.locator("form[data-question]")
        if form.count() == 0:
            break
        qid = form.get_attribute("data-question")
        kind = form.get_attribute("data-kind")
        asked.append(qid)
        options = page.locator("input[name=answer]").evaluate_all("els => els.map(e => e.value)")
        if n < 2 or qid in also:
            snap(page, f"{prefix}-question-{n + 1}" + (f"-{qid}" if qid in also else ""))
        answer = page_answer(case, qid, kind, options)
        if kind == "number" and answer != "unknown":
            page.locator("#answer-number").fill(str(answer))
        else:
            for value in answer if isinstance(answer, list) else [answer]:
                page.locator(f"input[name=answer][value='{value}']").check()
        # Wait for the next page: a count() taken mid-navigation would see no form.
        with page.expect_navigation():
            page.get_by_role("button", name="Next").click()
    level = shown_level(page)
    snap(page, f"{prefix}-result-{level}")
    return level, asked


def shown_level(page: Any) -> str:
    """The triage level of the result page on screen (``emergency`` ... ``self_care``)."""
    classes = page.locator(".triage-box").first.get_attribute("class").split()
    return next(c[7:] for c in classes if c.startswith("triage-") and c != "triage-box")
