"""No internal words reach people: every page, the PDF report and the CLI, read as a person would.

The rules are in :mod:`tests.plain_words`. Pages are fetched from a real app (test
client) after doing the check for every public case, filling a diary and sharing
it; every public case's full assessment is also rendered as a result page, so every
triage rule's wording is read. The PDF's text comes from ``pdftotext``.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.plain_words import internal_references, problems
from tests.web.conftest import csrf_of, make_client, page_signup
from tests.web.simulate import run_check

TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S)


def page_text(page: str) -> str:
    """What a person reads on ``page``: the text, with the markup and its attributes gone."""
    body = page.split("<body", 1)[-1]
    return " ".join(html_lib.unescape(TAGS.sub(" ", body)).split())


def _check(where: str, page: str, found: list[str]) -> None:
    for problem in problems(page_text(page), page):
        found.append(f"{where}: {problem}")


@pytest.fixture
def app_client(tmp_path: Path) -> Any:
    with make_client(f"sqlite:///{tmp_path / 'web.sqlite3'}") as client:
        yield client


def test_the_knowledge_texts_people_read_have_no_internal_references(kb: Any) -> None:
    """Every text of the knowledge base that a page, the report or the CLI shows."""
    texts: list[tuple[str, str]] = []
    for t in kb.types.values():
        texts += [(f"types.{t.id}.{k}", getattr(t, k)) for k in ("summary", "baseline_why")]
        texts.append((f"types.{t.id}.description", t.description))
    for rule in kb.rules.values():
        texts += [(f"rules.{rule.id}.{k}", str(getattr(rule, k, ""))) for k in ("title", "action")]
        texts.append((f"rules.{rule.id}.explanation", rule.explanation))
    for a in kb.advice.values():
        texts.append((f"advice.{a.id}.text", a.text))
    for c in kb.causes.values():
        texts.append((f"causes.{c.id}.explanation", c.explanation))
    for test in kb.tests.values():
        texts += [(f"tests.{test.id}.what", test.what), (f"tests.{test.id}.why", test.why)]
    for section in kb.guide.values():
        for n, text in enumerate([*section.paragraphs, *section.points]):
            texts.append((f"guide.{section.id}[{n}]", text))
    for f in kb.findings.values():
        texts += [(f"findings.{f.id}.question", f.question), (f"findings.{f.id}.help", f.help)]
    bad = [f"{where}: {p}" for where, text in texts for p in internal_references(text)]
    assert not bad, "\n".join(bad)


def test_every_page_reads_plainly(app_client: Any, public_cases: list[dict[str, Any]]) -> None:
    client = app_client
    found: list[str] = []
    for path in ("/", "/guide", "/guide/look-alikes", "/check", "/login", "/signup"):
        _check(path, client.get(path).text, found)
    for case in public_cases:
        _check(f"result of {case['id']}", run_check(client, case), found)
    # the first questions, as a person sees them
    token = csrf_of(client, "/check")
    page = client.post("/check/start", data={"csrf_token": token})
    _check("question 1", page.text, found)

    page_signup(client, "plain@example.org")
    token = csrf_of(client, "/diary")
    for pain in ("3", "6"):
        client.post(
            "/diary/episode",
            data={"csrf_token": token, "location": "calf", "pain": pain, "notes": "at night"},
        )
    client.post("/diary/day", data={"csrf_token": token, "day": "2026-01-01", "sleep_h": "6"})
    for path in ("/diary", "/diary/episode", "/diary/day"):
        _check(path, client.get(path).text, found)
    shared = client.post("/diary/share", data={"csrf_token": token})
    _check("share code", shared.text, found)
    assert not found, "\n".join(found)


def test_every_public_cases_full_result_reads_plainly(
    app_client: Any, public_cases: list[dict[str, Any]]
) -> None:
    """The whole assessment of every case (every rule that fires), rendered as a result page."""
    from myotriage.engine.assessment import assess
    from myotriage.engine.case import parse_case
    from myotriage.web.result_view import result_view

    ctx = app_client.app.state.ctx
    template = ctx.templates.env.get_template("result.html")
    found: list[str] = []
    for case in public_cases:
        a = assess(parse_case(case)).to_dict()
        page = template.render(
            request=None, user=None, csrf="x", a=a, view=result_view(ctx, a), state="", last=1
        )
        _check(f"full result of {case['id']}", page, found)
    assert not found, "\n".join(found)


def test_the_cli_reads_plainly(public_cases: list[dict[str, Any]], tmp_path: Path) -> None:
    import sys

    exe = Path(sys.executable).with_name("myotriage")
    cases = tmp_path / "cases.json"
    cases.write_text(
        json.dumps([{k: v for k, v in c.items() if k != "expected"} for c in public_cases])
    )
    env = {"COLUMNS": "100", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"}
    found: list[str] = []
    for args in (["assess", str(cases)], ["guide"]):
        out = subprocess.run(
            [str(exe), *args], capture_output=True, text=True, timeout=120, env=env, check=False
        )
        assert out.returncode == 0, out.stderr
        text = " ".join(out.stdout.replace("│", " ").split())
        found += [f"myotriage {args[0]}: {p}" for p in problems(text)]
    assert not found, "\n".join(found)


def test_the_pdf_report_reads_plainly(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from myotriage.diary.imports import text_source
    from myotriage.diary.service import DiaryService
    from myotriage.diary.synthetic import synthetic_diary
    from myotriage.flows.assessment import record_episode
    from myotriage.flows.report import report_pdf
    from myotriage.knowledge.loader import load_knowledge

    service = DiaryService(f"sqlite:///{tmp_path / 'diary.sqlite3'}")
    data = synthetic_diary(days=60, seed=5, planted="caffeine", rate_ratio=3.0)
    service.import_episodes_csv(owner="p", source=text_source(data.episodes_csv))
    service.import_days_csv(owner="p", source=text_source(data.days_csv))
    case = {
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "trig_exercise", "choice": "present"},
            {"id": "smoker", "choice": "present"},
        ]
    }
    kb = load_knowledge()
    record_episode(
        service, owner="p", knowledge=kb, case=case, location="calf", start="2026-05-01T03:00+01:00"
    )
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(report_pdf(service, owner="p", knowledge=kb))
    service.close()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = problems(" ".join(text.split()))
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("text", "caught"),
    [
        ("Managed at home (reference table row 38).", True),
        ("Needs a GP (table row 34, R/P).", True),
        ("Known condition S/R.", True),
        ("As the trials show (S12).", True),
        ("Clonus is a sign of an upper motor neurone problem.", True),
        ("Nerve pathways from the brain (an upper motor neurone problem) are involved.", False),
        ("Muscle breakdown (rhabdomyolysis) can harm the kidneys.", False),
        ("Rhabdomyolysis (muscle breakdown) can harm the kidneys.", False),
        ("Sleep must be between 0 and 24 hours.", False),
        ("Call 999, 112 or 911 now.", False),
    ],
)
def test_the_rules_catch_what_they_should(text: str, caught: bool) -> None:
    assert bool(problems(text)) is caught, problems(text)


def test_an_empty_heading_is_caught() -> None:
    assert problems("", "<section><h2>Triggers</h2></section>")
    assert not problems("", "<section><h2>Triggers</h2><p>None found.</p></section>")
