"""The doctor's report: page one says what matters, the PDF has its plots (checked as images)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryService
from myotriage.diary.synthetic import synthetic_diary
from myotriage.flows.assessment import diary_assessment, record_episode
from myotriage.flows.report import report_html, report_pdf
from myotriage.knowledge.loader import load_knowledge
from myotriage.plain_numbers import probability_label
from myotriage.report.html import render_html
from myotriage.report.input import ReportInput

CASE = {
    "evidence": [
        {"id": "loc_calf", "choice": "present"},
        {"id": "dur_minutes", "choice": "present"},
        {"id": "pain_severe", "choice": "present"},
        {"id": "trig_night", "choice": "present"},
    ]
}


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> DiaryService:
    path = tmp_path_factory.mktemp("report") / "diary.sqlite3"
    service = DiaryService(f"sqlite:///{path}")
    data = synthetic_diary(days=120, seed=3, planted="caffeine", rate_ratio=3.0)
    service.import_episodes_csv(owner="p", source=text_source(data.episodes_csv))
    service.import_days_csv(owner="p", source=text_source(data.days_csv))
    record_episode(
        service,
        owner="p",
        knowledge=load_knowledge(),
        case=CASE,
        location="calf",
        start="2026-05-01T03:00+01:00",
        pain=8,
    )
    return service


def test_html_page_one_has_the_summary(diary: DiaryService) -> None:
    html = report_html(diary, owner="p", knowledge=load_knowledge(), name="Pat <Example>")
    assert "Pat &lt;Example&gt;" in html  # escaped
    for text in (
        "Symptom diary report",
        "Frequent and persistent",
        "Latest assessment",
        "Possible triggers",
        "Tests to discuss",
        "not a diagnosis",
        "caffeine",
    ):
        assert text in html
    assert html.count("data:image/png;base64,") == 5
    assert "association, not proof" in html


def test_report_of_an_empty_diary(tmp_path: Path) -> None:
    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    html = report_html(service, owner="nobody", knowledge=load_knowledge())
    assert "nothing recorded yet" in html and "No assessment stored" in html
    assert "not a diagnosis" in html
    service.close()


@dataclass(frozen=True)
class _Stats:
    """Statistics made by hand: the report reads them without any diary behind them."""

    episodes: int = 0
    first_day: date | None = None
    last_day: date | None = None
    days_covered: int = 0
    days_with_episodes: int = 0
    context_days: int = 0
    frequent_and_persistent: bool = False
    frequent_persistent_window: None = None
    per_week: tuple[dict[str, Any], ...] = ()
    by_location: dict[str, int] = field(default_factory=dict)
    pain: dict[str, int] = field(default_factory=dict)
    triggers: tuple[Any, ...] = ()
    methods: dict[str, str] = field(default_factory=lambda: {"counts": "by hand"})


def test_the_report_renders_a_typed_input_without_a_diary() -> None:
    stats = _Stats(
        episodes=3,
        first_day=date(2026, 4, 1),
        last_day=date(2026, 4, 20),
        days_covered=20,
        days_with_episodes=3,
        by_location={"loc_calf": 3},
        pain={"6": 2, "unknown": 1},
    )
    made = datetime(2026, 4, 21, 9, 30, tzinfo=UTC)
    data = ReportInput(stats=stats, assessment=None, timeline=[], name="Sam", generated_at=made)
    html = render_html(data)
    assert "<b>About:</b> Sam." in html and "2026-04-21 09:30 UTC" in html
    assert "2026-04-01 to 2026-04-20 (20 days)" in html
    assert "calf 3" in html and "mean 6.0/10" in html
    assert "No assessment stored" in html and "<i>counts</i>: by hand" in html


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)
def test_pdf_has_the_summary_and_the_plots(diary: DiaryService, tmp_path: Path) -> None:
    from PIL import Image

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(
        report_pdf(diary, owner="p", knowledge=load_knowledge(), name="P. E.", born=1968)
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_one = " ".join(text.split("\f")[0].split())
    for expected in (
        "Symptom diary report",
        "Period",
        "Episodes",
        "Frequent and persistent",
        "Possible triggers",
        "caffeine",
        "not a diagnosis",
        "About: P. E., born 1968",
        "Most likely",
        "times as many episodes",
    ):
        assert expected in page_one, expected
    # the latest assessment: its level, its leading conditions with probability and ICD-10 code
    assessment = diary_assessment(diary, owner="p", knowledge=load_knowledge())
    assert assessment is not None
    assert assessment["triage_label"] in page_one
    assert " ".join(assessment["summary"].split()) in page_one
    for condition in (c for c in assessment["conditions"] if c["leading"]):
        row = f"{condition['name']} {probability_label(condition['probability'])} {condition['icd10']}"
        assert row in page_one, row
    for condition in assessment["conditions_not_ruled_out"]:
        assert condition["name"] in page_one
    assert "Episodes per week" in text and "Possible triggers." in text
    # after page one: every episode with its notes, then the figures, then one plain sentence
    later = " ".join(" ".join(text.split("\f")[1:]).split())
    assert "Triggers and notes" in later
    assert "Counts come straight from the diary" in later and "Technical note." in later

    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3
    with_plots = 0
    for page in pages[1:]:
        pixels = np.asarray(Image.open(page).convert("L"), dtype=float)
        dark = (pixels < 200).mean()
        # Every page after the first carries the episode list or plots, never nothing.
        assert dark > 0.01, f"{page.name} looks blank ({dark:.3f} dark)"
        coloured = np.asarray(Image.open(page).convert("RGB"), dtype=float)
        saturation = coloured.max(axis=2) - coloured.min(axis=2)
        with_plots += (saturation > 60).mean() > 0.01
    assert with_plots >= 2, "the figures are missing"


def test_a_painless_episode_still_shows_on_the_timeline() -> None:
    """Pain 0 used to be pale yellow on white; every dot now stands out (dark outline)."""
    import io
    from datetime import datetime

    from PIL import Image

    from myotriage.report.plots import plot_timeline

    def dark_pixels(days: list[int]) -> int:
        rows = [(datetime(2026, 3, day, 12, 0), 0, 0, "calf") for day in days]
        grey = np.asarray(Image.open(io.BytesIO(plot_timeline(rows))).convert("L"), dtype=float)
        return int((grey < 140).sum())

    # one more painless dot (same axes) leaves clearly more dark ink on the page
    assert dark_pixels([1, 5, 10]) - dark_pixels([1, 10]) >= 10


def test_html_names_the_conditions_not_ruled_out(tmp_path: Path) -> None:
    import html as html_lib

    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    case = {
        "age": 75,
        "sex": "female",
        "evidence": [
            {"id": "med_diuretic", "choice": "present"},
            {"id": "loc_foot", "choice": "present"},
            {"id": "trig_night", "choice": "present"},
            {"id": "dur_minutes", "choice": "present"},
            {"id": "tightness", "choice": "present"},
        ],
    }
    kb = load_knowledge()
    record_episode(
        service, owner="q", knowledge=kb, case=case, location="foot", start="2026-05-01T03:00+01:00"
    )
    assessment = diary_assessment(service, owner="q", knowledge=kb)
    assert assessment is not None
    watch = assessment["conditions_not_ruled_out"]
    assert watch, "the example should leave a more urgent condition not ruled out"
    page = html_lib.unescape(report_html(service, owner="q", knowledge=kb))
    assert "Not ruled out, and more urgent" in page
    for condition in watch:
        assert condition["name"] in page
    for condition in assessment["conditions"]:
        if condition["leading"]:
            assert f"<td>{condition['icd10']}</td>" in page
    service.close()
