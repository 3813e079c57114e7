"""The diary's pages: every form error at once, edit, delete with a question and an undo,
times in the person's zone, charts with axes, triggers in words."""

from __future__ import annotations

import re
from typing import Any

from tests.web.conftest import csrf_of, page_signup


def _signed_in(client: Any, email: str = "d@example.org") -> str:
    page_signup(client, email)
    return csrf_of(client, "/diary/episode")


def test_the_day_form_lists_every_problem_in_plain_words(client: Any) -> None:
    token = _signed_in(client)
    bad = client.post(
        "/diary/day",
        data={"csrf_token": token, "day": "2026-01-05", "sleep_h": "30", "stress": "11"},
    )
    assert bad.status_code == 422
    assert "Sleep must be between 0 and 24 hours." in bad.text
    assert "Stress must be between 0 and 10." in bad.text
    assert "Please put these 2 things right" in bad.text
    # both fields are marked, and what was typed is kept
    assert len(re.findall(r'aria-invalid="true"', bad.text)) == 2
    assert 'value="30"' in bad.text and 'value="11"' in bad.text


def test_an_empty_day_is_refused_not_saved(client: Any) -> None:
    token = _signed_in(client)
    empty = client.post("/diary/day", data={"csrf_token": token, "day": "2026-01-05"})
    assert empty.status_code == 422 and "an empty day is not saved" in empty.text
    days = client.get("/api/v1/diary/days").json()
    assert days == [] or days.get("days", []) == []


def test_the_episode_form_lists_every_problem(client: Any) -> None:
    token = _signed_in(client)
    bad = client.post(
        "/diary/episode",
        data={"csrf_token": token, "pain": "12", "start": "yesterday", "duration_s": "abc"},
    )
    assert bad.status_code == 422
    for message in (
        "Choose where it was.",
        "Pain must be a whole number from 0 to 10.",
        "Enter when it started",
        "Choose how long it lasted",
    ):
        assert message in bad.text
    assert "expected" not in bad.text  # no programmer's wording


def test_times_are_read_and_shown_in_the_persons_zone(client: Any) -> None:
    token = _signed_in(client)
    saved = client.post(
        "/diary/episode",
        data={
            "csrf_token": token,
            "location": "loc_calf",
            "start": "2026-01-10T07:30",
            "zone": "America/New_York",
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303
    episodes = client.get("/api/v1/diary/episodes").json()
    items = episodes if isinstance(episodes, list) else episodes.get("episodes", [])
    assert items[0]["start"].startswith("2026-01-10T07:30:00-05:00")
    diary = client.get("/diary").text
    assert "Sat 10 Jan 2026, 07:30 EST" in diary
    bad_zone = client.post(
        "/diary/episode", data={"csrf_token": token, "location": "loc_calf", "zone": "Mars/Base"}
    )
    assert bad_zone.status_code == 422 and "time zone" in bad_zone.text


def test_edit_an_episode(client: Any) -> None:
    token = _signed_in(client)
    client.post("/diary/episode", data={"csrf_token": token, "location": "loc_calf", "pain": "3"})
    episode_id = re.search(r"/diary/episodes/(\d+)/edit", client.get("/diary").text).group(1)
    form = client.get(f"/diary/episodes/{episode_id}/edit")
    assert form.status_code == 200 and 'value="3" checked' in form.text
    changed = client.post(
        f"/diary/episodes/{episode_id}/edit",
        data={"csrf_token": token, "location": "loc_foot", "pain": "7", "notes": "after a walk"},
        follow_redirects=False,
    )
    assert changed.status_code == 303
    diary = client.get("/diary?saved=edited").text
    assert "Episode changed." in diary and "pain 7" in diary and "after a walk" in diary


def test_delete_asks_first_and_can_be_undone(client: Any) -> None:
    token = _signed_in(client)
    client.post(
        "/diary/episode",
        data={"csrf_token": token, "location": "loc_calf", "pain": "4", "notes": "keep me"},
    )
    diary = client.get("/diary").text
    link = re.search(r'href="(/diary/episodes/\d+/delete)"', diary).group(1)
    ask = client.get(link)
    assert ask.status_code == 200 and "Delete this episode?" in ask.text
    assert client.get("/diary").text.count("keep me") == 1  # asking deletes nothing
    gone = client.post(link, data={"csrf_token": token})
    assert "Episode deleted." in gone.text and "Undo" in gone.text
    assert "keep me" not in gone.text
    back = client.post("/diary/undo", data={"csrf_token": token})
    assert "Episode put back." in back.text and "keep me" in back.text and "pain 4" in back.text
    again = client.post("/diary/undo", data={"csrf_token": token})
    assert again.status_code == 422  # only once


def test_charts_have_axes_and_are_never_stretched(client: Any) -> None:
    token = _signed_in(client)
    for day in ("2026-01-05", "2026-01-12", "2026-01-13"):
        client.post(
            "/diary/episode",
            data={"csrf_token": token, "location": "loc_calf", "start": f"{day}T22:00"},
        )
    diary = client.get("/diary").text
    assert 'preserveAspectRatio="none"' not in diary
    assert "5 Jan" in diary and "week starting" in diary and "hour of the day" in diary
    assert re.search(r'class="tick" text-anchor="end">2<', diary)  # a count axis with numbers


def test_triggers_are_said_in_words(client: Any) -> None:
    token = _signed_in(client)
    client.post("/diary/episode", data={"csrf_token": token, "location": "loc_calf"})
    client.post("/diary/day", data={"csrf_token": token, "day": "2026-01-05", "caffeine_mg": "400"})
    diary = client.get("/diary").text
    assert "On days with 300 mg of caffeine or more: not enough days yet." in diary
    assert "Not enough days logged yet to look for triggers" in diary
    assert "Rate ratio" not in diary


def test_the_report_says_who_it_is_about(client: Any) -> None:
    import shutil
    import subprocess

    import pytest

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    token = _signed_in(client)
    client.post("/diary/episode", data={"csrf_token": token, "location": "loc_calf"})
    pdf = client.post(
        "/diary/report.pdf", data={"csrf_token": token, "name": "J. D.", "born": "1971"}
    )
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf.content, capture_output=True, check=True
    ).stdout.decode()
    assert "About: J. D., born 1971" in " ".join(text.split())
    bad = client.post("/diary/report.pdf", data={"csrf_token": token, "born": "19x1"})
    assert bad.status_code == 422 and "year of birth" in bad.text


def test_the_summary_and_pain_bars_read_as_words(client: Any) -> None:
    """Days as people write them; pain bars say "3 out of 10", not a bare "3" by a count."""
    token = _signed_in(client)
    for day, pain in (("2026-01-05", "3"), ("2026-01-12", "3"), ("2026-01-13", "")):
        client.post(
            "/diary/episode",
            data={
                "csrf_token": token,
                "location": "loc_calf",
                "start": f"{day}T22:00",
                "pain": pain,
            },
        )
    diary = client.get("/diary").text
    assert "from 5 Jan 2026 to 13 Jan 2026" in diary
    assert "2026-01-05" not in diary
    labels = re.findall(r'<span class="bar-label">([^<]*)</span>', diary)
    assert "3 out of 10" in labels and "not given" in labels
    assert "3" not in labels and "unknown" not in labels
    # the disclaimer is in the footer of every page; the diary does not repeat it
    assert diary.count(client.app.state.ctx.knowledge.meta.disclaimer) == 1


def test_an_empty_diary_offers_no_empty_report_or_share(client: Any) -> None:
    """A new diary says what will come, instead of a PDF and a share code of nothing."""
    token = _signed_in(client)
    empty = client.get("/diary").text
    assert "Download the PDF report" not in empty and "Make a share code" not in empty
    assert "Once you have added an episode or saved a check" in empty
    client.post("/diary/episode", data={"csrf_token": token, "location": "loc_calf"})
    diary = client.get("/diary").text
    assert "Download the PDF report" in diary and "Make a share code" in diary
    assert "FHIR bundle" not in diary  # said for whom it is, not in jargon
