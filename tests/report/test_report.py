"""The doctor's report: page one says what matters, the PDF has its plots (checked as images)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from myotriage.diary.imports import text_source
from myotriage.diary.service import DiaryService
from myotriage.diary.synthetic import synthetic_diary

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
    service.create_episode(
        owner="p", location="calf", start="2026-05-01T03:00+01:00", pain=8, case=CASE
    )
    return service


def test_html_page_one_has_the_summary(diary: DiaryService) -> None:
    html = diary.report_html(owner="p", name="Pat <Example>")
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
    html = service.report_html(owner="nobody")
    assert "nothing recorded yet" in html and "No assessment stored" in html
    assert "not a diagnosis" in html
    service.close()


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)
def test_pdf_has_the_summary_and_the_plots(diary: DiaryService, tmp_path: Path) -> None:
    from PIL import Image

    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(diary.report_pdf(owner="p"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_one = " ".join(text.split("\f")[0].split())
    for expected in (
        "Symptom diary report",
        "Period",
        "Episodes",
        "Frequent and persistent",
        "Consult",
        "Possible triggers",
        "caffeine",
        "not a diagnosis",
    ):
        assert expected in page_one, expected
    assert "Episodes per week" in text and "Possible triggers." in text

    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    for page in pages[1:]:
        pixels = np.asarray(Image.open(page).convert("L"), dtype=float)
        dark = (pixels < 200).mean()
        # Plots fill a page with lines, bars and dots: far more ink than a blank or text-only page.
        assert dark > 0.03, f"{page.name} looks blank ({dark:.3f} dark)"
        coloured = np.asarray(Image.open(page).convert("RGB"), dtype=float)
        saturation = coloured.max(axis=2) - coloured.min(axis=2)
        assert (saturation > 60).mean() > 0.01, f"{page.name} has no coloured plot"
