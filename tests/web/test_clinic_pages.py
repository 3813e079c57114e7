"""The clinic's own view of a shared report, its access log, and each account kept to its pages."""

from __future__ import annotations

import re
from typing import Any

from tests.web.conftest import csrf_of, make_client, page_signup
from tests.web.simulate import run_check


def test_a_clinician_sees_a_clinicians_view(
    client: Any, sqlite_url: str, public_cases: list[dict[str, Any]]
) -> None:
    page_signup(client, "robin@example.org")
    case = next(c for c in public_cases if c["id"] == "night-calf-cramp")
    result = run_check(client, case)
    state = re.search(r'name="state" value="([^"]+)"', result).group(1)
    token = csrf_of(client, "/diary")
    client.post("/diary/save-check", data={"csrf_token": token, "state": state})
    client.post(
        "/diary/episode",
        data={"csrf_token": token, "location": "loc_calf", "pain": "6", "notes": "woke me up"},
    )
    shared = client.post("/diary/share", data={"csrf_token": token})
    code = re.search(r'class="code"[^>]*>([^<]+)<', shared.text).group(1)
    with make_client(sqlite_url) as clinic:
        page_signup(clinic, "doc@example.org", role="clinician")
        ctoken = csrf_of(clinic, "/clinic")
        got = clinic.post("/clinic/redeem", data={"csrf_token": ctoken, "code": code})
        share_id = re.search(r'href="/clinic/shares/(\d+)"', got.text).group(1)
        view = clinic.get(f"/clinic/shares/{share_id}").text
        # not the person's page: no "what you can do", but age, sex, answers and the diary
        assert "What you can do" not in view
        assert "<dt>Age</dt><dd>58</dd>" in view and "<dt>Sex</dt><dd>female</dd>" in view
        for heading in ("Red flags and triage", "Most likely", "The answers given", "Diary"):
            assert f">{heading}</h2>" in view, heading
        assert "woke me up" in view and "svg-chart" in view
        assert re.search(r"<td>(&lt;1%|&gt;99%|\d{1,2}%)</td>", view)
        log = clinic.get("/clinic").text
        assert "you opened the report of" in log and "you received the report of" in log
    diary = client.get("/diary").text
    assert "doc@example.org" in diary and "viewed" in diary


def test_each_account_is_told_why_it_cannot_open_the_others_pages(
    client: Any, sqlite_url: str
) -> None:
    page_signup(client, "person@example.org")
    clinic_page = client.get("/clinic", follow_redirects=False)
    assert clinic_page.status_code == 403
    assert "The clinic pages are for clinicians" in clinic_page.text
    assert 'action="/login"' not in clinic_page.text  # not a bare sign-in form
    with make_client(sqlite_url) as clinic:
        page_signup(clinic, "doctor@example.org", role="clinician")
        diary = clinic.get("/diary", follow_redirects=False)
        assert diary.status_code == 403
        assert "The diary is for people keeping track of their own symptoms" in diary.text
        assert 'href="/clinic"' in diary.text
    anonymous = make_client(sqlite_url)
    with anonymous:
        assert anonymous.get("/diary", follow_redirects=False).status_code == 303
