"""The pages, without a browser: guide content, the check flow, accounts, diary, clinic."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from tests.web.conftest import csrf_of, page_signup
from tests.web.simulate import run_check

HIDDEN = re.compile(r'name="(state|csrf_token)" value="([^"]*)"')


def _hidden(page: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in HIDDEN.findall(page)}


def test_home_and_guide(client: Any, kb: Any) -> None:
    home = client.get("/")
    assert "Start the check" in home.text and kb.meta.disclaimer in home.text
    assert home.text.count(kb.meta.disclaimer) == 1  # once, in the footer: not twice on one screen
    guide = client.get("/guide").text
    for section in kb.guide.values():
        assert html.escape(section.title) in guide
    for t in kb.types.values():
        assert html.escape(t.name) in guide
    assert guide.count('class="card difference"') == len(kb.differences) == 7
    assert guide.count('href="#contents"') == len(kb.guide)  # a way back from every section
    # no list said twice: a section with a list from the data does not repeat its own points
    for section in kb.guide.values():
        if section.id in ("differences", "causes", "spasms", "twitches"):
            for point in section.points:
                assert f"<li>{html.escape(point)}</li>" not in guide, point
    for cause in kb.causes.values():
        assert html.escape(cause.name) in guide


@pytest.mark.parametrize("path", ["/check/start", "/signup", "/login", "/logout"])
def test_forms_without_csrf_token_are_refused(client: Any, path: str) -> None:
    client.get("/")
    response = client.post(path, data={"email": "x@example.org", "password": "whatever12345"})
    assert response.status_code == 403


def test_diary_pages(client: Any) -> None:
    page_signup(client, "diary@example.org")
    token = csrf_of(client, "/diary/episode")
    for location in ("loc_calf", "loc_calf", "loc_foot"):
        saved = client.post(
            "/diary/episode",
            data={"csrf_token": token, "location": location, "pain": "5", "triggers": ["night"]},
            follow_redirects=False,
        )
        assert saved.status_code == 303
    bad = client.post(
        "/diary/episode", data={"csrf_token": token, "location": "loc_calf", "pain": "12"}
    )
    assert bad.status_code == 422 and "Pain" in bad.text
    day = client.post(
        "/diary/day",
        data={"csrf_token": token, "day": "2026-01-05", "sleep_h": "5"},
        follow_redirects=False,
    )
    assert day.status_code == 303
    diary = client.get("/diary").text
    assert "3 episodes" in diary and "<svg" in diary and "Possible triggers" in diary
    pdf = client.get("/diary/report.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_save_a_check_to_the_diary(client: Any, public_cases: list[dict[str, Any]]) -> None:
    page_signup(client, "saver@example.org")
    result = run_check(client, public_cases[0])
    data = _hidden(result)
    saved = client.post("/diary/save-check", data=data, follow_redirects=False)
    assert saved.status_code == 303
    diary = client.get("/diary").text
    assert "What the diary suggests" in diary


def test_clinic_pages(client: Any, sqlite_url: str) -> None:
    from tests.web.conftest import make_client

    page_signup(client, "pat@example.org")
    token = csrf_of(client, "/diary")
    client.post("/diary/episode", data={"csrf_token": token, "location": "loc_eyelid"})
    shared = client.post("/diary/share", data={"csrf_token": token})
    code = re.search(r'class="code"[^>]*>([^<]+)<', shared.text).group(1)
    with make_client(sqlite_url) as clinic:
        page_signup(clinic, "doc@example.org", role="clinician")
        ctoken = csrf_of(clinic, "/clinic")
        wrong = clinic.post("/clinic/redeem", data={"csrf_token": ctoken, "code": "AAAA-BBBB-CC"})
        assert wrong.status_code == 422
        got = clinic.post("/clinic/redeem", data={"csrf_token": ctoken, "code": code})
        assert got.status_code == 200 and "Received the report" in got.text
        share_id = re.search(r'href="/clinic/shares/(\d+)"', got.text).group(1)
        view = clinic.get(f"/clinic/shares/{share_id}")
        assert view.status_code == 200 and ">Diary</h2>" in view.text
    diary = client.get("/diary").text
    assert "doc@example.org" in diary and "viewed" in diary


def test_days_are_written_as_people_write_them() -> None:
    from datetime import date

    from myotriage.web.pages.render import day_text

    assert day_text(date(2026, 1, 5)) == "5 Jan 2026"
    assert day_text("2026-11-26") == "26 Nov 2026"  # a shared report's snapshot keeps text
    assert day_text("not a day") == "not a day"
    assert day_text(None) == ""
