"""Browser tests: headless Chromium on a phone-sized screen (360 x 740) against a real server.

The server runs in-process (uvicorn in a thread, on a free port, on a fresh SQLite
file). Every page visited is saved as a screenshot under
``test-artifacts/screenshots/`` and checked with axe-core (no serious or critical
violations). axe is evaluated through the DevTools protocol, so the pages keep their
strict Content-Security-Policy during the test. The server, the browser and these checks
are shared with the other browser tests (tests/web/conftest.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import (
    DESKTOP,
    PHONE,
    SHOTS,
    check_page,
    complete_check,
    new_page,
)

pytestmark = pytest.mark.browser

#: The result page of a self-care story must fit in this many pixels at 360 px wide.
MAX_RESULT_HEIGHT = 2500


def _stories_by_level(public_cases: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from myotriage.engine.case import parse_case
    from myotriage.engine.interview import simulate_interview

    wanted: dict[str, dict[str, Any]] = {}
    for case in public_cases:
        step, _ = simulate_interview(parse_case(case))
        wanted.setdefault(step["assessment"]["triage"], case)
    return wanted


def test_the_check_at_each_size(
    server: str, screen: Any, public_cases: list[dict[str, Any]]
) -> None:
    wanted = _stories_by_level(public_cases)
    assert {"emergency", "urgent", "consult", "self_care"} <= set(wanted)
    for level, case in sorted(wanted.items()):
        screen.context.clear_cookies()
        shown = complete_check(screen, server, case, f"{screen.size_name}-check-{level}")
        assert shown == level, case["id"]
        if level in ("emergency", "urgent"):
            calls = screen.locator("a[href^='tel:']")
            assert calls.count() >= 1 and calls.first.is_visible()
        if level == "emergency":
            now = screen.locator(".now")
            assert now.is_visible()
            # one banner: the call-now block is the level's box, not a second box below it
            assert screen.locator(".triage-box").count() == 1
            assert "now" in screen.locator(".triage-box").get_attribute("class").split()
            size = now.locator(".now-title").evaluate(
                "e => parseFloat(getComputedStyle(e).fontSize)"
            )
            assert size >= 28
            assert screen.locator("a[href='tel:999']").first.bounding_box()["y"] < 740


def test_the_browsers_back_button_shows_the_earlier_answer(server: str, phone: Any) -> None:
    phone.goto(server + "/check")
    with phone.expect_navigation():
        phone.get_by_role("button", name="Begin").click()
    # Next with nothing ticked on the safety screen: asked to choose, nothing passes.
    with phone.expect_navigation():
        phone.get_by_role("button", name="Next").click()
    assert phone.get_by_role("alert").is_visible()
    assert "None of these" in phone.get_by_role("alert").inner_text()
    assert phone.url.endswith("/check/question/1")
    check_page(phone, "check-safety-nothing-ticked")
    phone.locator("input[name=answer][value='none']").check()
    with phone.expect_navigation():
        phone.get_by_role("button", name="Next").click()
    assert phone.url.endswith("/check/question/2")
    first_choice = phone.locator("input[name=answer]").first
    value = first_choice.get_attribute("value")
    first_choice.check()
    with phone.expect_navigation():
        phone.get_by_role("button", name="Next").click()
    assert phone.url.endswith("/check/question/3")
    phone.go_back()  # the browser's own button: a plain GET, no resubmission page
    assert phone.url.endswith("/check/question/2")
    assert phone.locator(f"input[name=answer][value='{value}']").is_checked()
    check_page(phone, "check-browser-back")
    phone.go_back()
    assert phone.locator("input[name=answer][value='none']").is_checked()
    phone.go_forward()
    assert phone.url.endswith("/check/question/2")


def test_self_care_results_fit_a_phone(
    server: str, browser: Any, public_cases: list[dict[str, Any]]
) -> None:
    """Level, what it most likely is and what to do in the first screen; the page < 2,500 px."""
    import json

    from tests.conftest import SPEC

    stories = list(public_cases)
    extra = SPEC / "cases" / "public-v2.json"
    if extra.exists():
        stories += json.loads(extra.read_text())
    heights: dict[str, int] = {}
    self_care: set[str] = set()
    for case in stories:
        if case.get("expected", {}).get("triage") != "self_care":
            continue
        context, page = new_page(browser, PHONE)
        level = complete_check(page, server, case, f"fit-{case['id']}", shots=False)
        heights[case["id"]] = page.evaluate("document.documentElement.scrollHeight")
        if level == "self_care":
            self_care.add(case["id"])
            for selector in (".triage-box", ".likely", "ul.advice li"):
                box = page.locator(selector).first.bounding_box()
                assert box["y"] < PHONE["height"], (case["id"], selector, box)
        if case["id"] == "night-calf-cramp":
            check_page(page, "phone-result-night-calf-cramp")
        context.close()
    SHOTS.parent.mkdir(parents=True, exist_ok=True)
    (SHOTS.parent / "result-heights.json").write_text(json.dumps(heights, indent=1))
    assert heights
    too_tall = {k: v for k, v in heights.items() if k in self_care and v >= MAX_RESULT_HEIGHT}
    assert not too_tall, too_tall


def test_the_guide_at_each_size(server: str, screen: Any) -> None:
    screen.goto(server + "/guide")
    assert screen.get_by_role("heading", name="How to tell them apart").is_visible()
    cards = screen.locator("article.difference")
    assert cards.count() == 7
    # each difference is one card that fits the screen, not a wide three-column table
    width = screen.viewport_size["width"]
    assert all(cards.nth(i).bounding_box()["width"] <= width for i in range(7))
    screen.locator("#differences a[href='#contents']").click()
    assert screen.url.endswith("#contents")
    check_page(screen, f"{screen.size_name}-guide")


def test_the_diary_at_each_size(server: str, screen: Any) -> None:
    phone = screen
    size = screen.size_name
    phone.goto(server + "/signup")
    phone_email = f"{size}-diary@example.org"
    phone.get_by_label("E-mail").fill(phone_email)
    phone.get_by_label("Password (at least 10 characters)").fill("a long enough password")
    check_page(phone, f"{size}-signup")
    phone.get_by_role("button", name="Create account").click()
    phone.wait_for_url("**/login?new=1*")  # sign-up never signs in: the answer is neutral
    phone.get_by_label("E-mail").fill(phone_email)
    phone.get_by_label("Password", exact=True).fill("a long enough password")
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url("**/diary")
    check_page(phone, f"{size}-diary-empty")
    for location, pain in (("calf", 6), ("calf", 4), ("foot", 3)):
        phone.get_by_role("link", name="Add an episode").click()
        phone.get_by_label(location, exact=True).check()
        phone.locator(f"input[name=pain][value='{pain}']").check()
        phone.get_by_label("night").check()
        if location == "foot":
            check_page(phone, f"{size}-episode-form")
        phone.get_by_role("button", name="Save episode").click()
        phone.wait_for_url("**/diary?saved=episode")
    phone.get_by_role("link", name="Log the day").click()
    phone.get_by_label("Sleep last night (hours)").fill("30")
    phone.get_by_label("Stress (0 to 10)").fill("11")
    phone.get_by_role("button", name="Save the day").click()
    alert = phone.get_by_role("alert")
    assert "Sleep must be between 0 and 24 hours." in alert.inner_text()
    assert "Stress must be between 0 and 10." in alert.inner_text()
    assert phone.locator("input[aria-invalid=true]").count() == 2
    check_page(phone, f"{size}-day-form-errors")
    phone.get_by_label("Sleep last night (hours)").fill("5.5")
    phone.get_by_label("Stress (0 to 10)").fill("8")
    phone.get_by_role("button", name="Save the day").click()
    phone.wait_for_url("**/diary?saved=day")
    assert phone.locator("svg.svg-chart").count() == 2
    assert phone.get_by_text("3 episodes").is_visible()
    assert phone.get_by_role("heading", name="Possible triggers").is_visible()
    # the chart's text is not stretched: its width and height scale alike
    ratio = phone.locator("svg.svg-chart").first.evaluate(
        "e => (e.getBoundingClientRect().width / e.getBoundingClientRect().height)"
        " / (e.viewBox.baseVal.width / e.viewBox.baseVal.height)"
    )
    assert abs(ratio - 1) < 0.02
    check_page(phone, f"{size}-diary-charts")
    phone.locator("a[href$='/delete']").first.click()
    assert phone.get_by_role("heading", name="Delete this episode?").is_visible()
    check_page(phone, f"{size}-diary-delete-ask")
    phone.get_by_role("button", name="Delete it").click()
    phone.wait_for_url("**/diary?saved=deleted")
    assert phone.get_by_text("2 episodes").is_visible()
    check_page(phone, f"{size}-diary-deleted-undo")
    phone.get_by_role("button", name="Undo").click()
    phone.wait_for_url("**/diary?saved=restored")
    assert phone.get_by_text("3 episodes").is_visible()
    with phone.expect_download() as info:
        phone.get_by_role("link", name="Download the PDF report").click()
    path = info.value.path()
    assert Path(path).read_bytes().startswith(b"%PDF")


def test_a_clinician_receives_a_shared_report(
    server: str, browser: Any, public_cases: list[dict[str, Any]]
) -> None:
    person = browser.new_context(viewport=PHONE).new_page()
    person.errors = []
    person.goto(server + "/signup")
    person_email = "sharing-person@example.org"
    person.get_by_label("E-mail").fill(person_email)
    person.get_by_label("Password (at least 10 characters)").fill("a long enough password")
    person.get_by_label("Name shown to clinics (optional)").fill("Robin")
    person.get_by_role("button", name="Create account").click()
    person.wait_for_url("**/login?new=1*")  # sign-up never signs in: the answer is neutral
    person.get_by_label("E-mail").fill(person_email)
    person.get_by_label("Password", exact=True).fill("a long enough password")
    person.get_by_role("button", name="Sign in").click()
    person.wait_for_url("**/diary")
    level = complete_check(person, server, public_cases[0], "share-check")
    person.get_by_role("button", name="Save to my diary").click()
    person.wait_for_url("**/diary?saved=saved-check")
    person.get_by_role("button", name="Make a share code").click()
    code = person.locator(".code").inner_text().strip()
    check_page(person, "share-code")

    clinic = browser.new_context(viewport=PHONE).new_page()
    clinic.errors = []
    clinic.goto(server + "/signup")
    clinic_email = "clinic@example.org"
    clinic.get_by_label("E-mail").fill(clinic_email)
    clinic.get_by_label("Password (at least 10 characters)").fill("a long enough password")
    clinic.get_by_label("I am a clinician receiving shared reports").check()
    clinic.get_by_role("button", name="Create account").click()
    clinic.wait_for_url("**/login?new=1*")  # sign-up never signs in: the answer is neutral
    clinic.get_by_label("E-mail").fill(clinic_email)
    clinic.get_by_label("Password", exact=True).fill("a long enough password")
    clinic.get_by_role("button", name="Sign in").click()
    clinic.wait_for_url("**/clinic")
    clinic.get_by_label("Share code from the patient").fill(code)
    clinic.get_by_role("button", name="Receive report").click()
    assert clinic.get_by_role("status").get_by_text("Received the report of Robin").is_visible()
    check_page(clinic, "clinic-list")
    clinic.locator("ul.shares a").first.click()
    assert clinic.get_by_role("heading", name="Diary", exact=True).is_visible()
    assert clinic.get_by_role("heading", name="The answers given").is_visible()
    assert clinic.locator(f"h1 .badge.level-{level}").first.is_visible()
    check_page(clinic, "clinic-report")
    clinic.set_viewport_size(DESKTOP)
    check_page(clinic, "desktop-clinic-report")
    clinic.goto(server + "/clinic")
    assert clinic.get_by_text("you opened the report of Robin").first.is_visible()
    clinic.goto(server + "/diary")
    assert clinic.get_by_role("heading", name="The diary is for people").is_visible()
    check_page(clinic, "clinic-opens-diary")

    person.goto(server + "/diary")
    assert person.get_by_text("clinic@example.org").first.is_visible()


def test_the_account_page_at_each_size(server: str, screen: Any) -> None:
    """Change the password and sign out everywhere: labelled, errors announced, axe-clean."""
    page = screen
    size = screen.size_name
    email = f"{size}-account@example.org"
    page.goto(server + "/signup")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password (at least 10 characters)").fill("a long enough password")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/login?new=1*")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password", exact=True).fill("a long enough password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/diary")
    page.get_by_role("link", name="Account").click()
    page.wait_for_url("**/account")
    assert page.get_by_role("heading", name="Change your password").is_visible()
    check_page(page, f"{size}-account")
    page.get_by_label("Current password").fill("a long enough password")
    page.get_by_label("New password", exact=False).fill("password12")
    page.get_by_role("button", name="Change password").click()
    alert = page.get_by_role("alert")
    assert "New password: this is one of the most common passwords" in alert.inner_text()
    assert page.locator("#new_password[aria-invalid=true]").count() == 1
    check_page(page, f"{size}-account-password-refused")
    page.get_by_label("Current password").fill("a long enough password")
    page.get_by_label("New password", exact=False).fill("a brand new passphrase")
    page.get_by_role("button", name="Change password").click()
    page.wait_for_url("**/account?done=password")
    assert page.get_by_role("status").get_by_text("Your password is changed").is_visible()
    page.get_by_role("button", name="Sign out everywhere").click()
    page.wait_for_url("**/login?ended=1")
    assert page.get_by_role("status").get_by_text("signed out on every device").is_visible()
    check_page(page, f"{size}-signed-out-everywhere")
