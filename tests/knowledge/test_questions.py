"""The interview's questions: they cover every finding, the screen follows the rules, and a
broken questions file is refused with the file, the entry, the line and the problem."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from myotriage.engine.assessment import assess
from myotriage.errors import KnowledgeError
from myotriage.knowledge.loader import DATA_DIR, load_knowledge_from
from myotriage.knowledge.questions import (
    RESERVED_IDS,
    load_questions,
    uncovered_findings,
)
from tests.conftest import SPEC


@pytest.fixture(scope="module")
def bank() -> Any:
    return load_questions()


def test_every_finding_of_the_knowledge_is_asked(bank: Any) -> None:
    assert uncovered_findings(bank) == []
    assert set(bank.knowledge.findings) <= bank.covered()


def test_every_finding_of_the_spec_is_asked(bank: Any) -> None:
    path = SPEC / "findings.tsv"
    with path.open(newline="") as handle:
        spec_ids = [row["id"] for row in csv.DictReader(handle, delimiter="\t")]
    assert len(spec_ids) > 50
    missing = sorted(set(spec_ids) - bank.covered())
    assert not missing, f"findings of the spec no question asks about: {missing}"


def test_the_safety_screen_holds_exactly_the_findings_that_are_emergencies_alone(
    bank: Any,
) -> None:
    # The oracle is the engine itself: a case with only that finding present.
    alone = {
        f
        for f in bank.knowledge.findings
        if assess({"evidence": [{"id": f, "choice": "present"}]}).triage == "emergency"
    }
    assert set(bank.screen.findings) == alone
    for expected in ("breathing_difficulty", "chest_pain", "throat_closing", "sudden_one_side"):
        assert expected in bank.screen.findings
    assert next(iter(bank.questions)) == bank.screen.id


def test_each_finding_has_one_home_apart_from_the_screen(bank: Any) -> None:
    homes: dict[str, str] = {}
    for q in bank.questions.values():
        if q.safety_screen:
            continue
        for f in q.findings:
            assert f not in homes, f"{f} is asked by {homes.get(f)} and {q.id}"
            homes[f] = q.id


def test_single_questions_hold_a_whole_single_group(bank: Any) -> None:
    kb = bank.knowledge
    for q in bank.questions.values():
        if q.kind == "single":
            group = {kb.findings[f].group for f in q.findings}
            assert len(group) == 1
            members = [f.id for f in kb.findings.values() if f.group in group]
            assert sorted(members) == sorted(q.findings)
        elif q.kind == "boolean":
            assert len(q.findings) == 1


def test_every_option_has_wording_and_every_question_a_text(bank: Any) -> None:
    for q in bank.questions.values():
        assert q.text.strip()
        assert q.id not in RESERVED_IDS
        if q.kind != "boolean":
            for f in q.findings:
                assert q.labels[f].strip(), (q.id, f)
    for word in ("yes", "no", "none", "unknown", "back"):
        assert bank.answer_labels[word]
    assert bank.age.text and bank.sex.text


def test_a_second_language_is_just_a_new_file(tmp_path: Path) -> None:
    directory = _copy_data(tmp_path)
    english = yaml.safe_load((directory / "questions.en.yaml").read_text())
    english["language"] = "xx"
    english["questions"]["where"]["text"] = "Wo?"
    (directory / "questions.xx.yaml").write_text(yaml.safe_dump(english, allow_unicode=True))
    kb = load_knowledge_from(directory)
    other = load_questions(kb, "xx")
    assert other.questions["where"].text == "Wo?"
    assert load_questions(kb, "en").questions["where"].text != "Wo?"


def _copy_data(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    shutil.copytree(DATA_DIR, directory)
    return directory


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "questions.yaml",
            "findings: [pain_none, pain_mild, pain_moderate, pain_severe]",
            "findings: [pain_none, pain_mild, pain_moderate, pain_severe, pain_awful]",
            r"questions.yaml, entry 'pain' \(line \d+\): findings: unknown finding\(s\) pain_awful",
        ),
        (
            "questions.yaml",
            "findings: [pain_none, pain_mild, pain_moderate, pain_severe]",
            "findings: [pain_none, pain_mild, pain_moderate]",
            r"entry 'pain' \(line \d+\): a single question must list its whole group",
        ),
        (
            "questions.yaml",
            "- id: how_often\n  kind: single",
            "- id: how_often\n  kind: several",
            r"entry 'how_often' \(line \d+\): kind: expected one of single, multiple, boolean",
        ),
        (
            "questions.yaml",
            "findings: [pregnant]",
            "findings: [pregnant, smoker]",
            r"entry 'pregnancy' \(line \d+\): a boolean question asks about exactly one finding",
        ),
        (
            "questions.yaml",
            "findings: [med_statin, med_diuretic, med_new,",
            "findings: [med_statin, med_diuretic, med_new, fever,",
            r"entry 'health' \(line \d+\): finding 'fever' is already asked by question",
        ),
        (
            "questions.yaml",
            "- id: lifestyle",
            "- id: age",
            r"entry 'age' \(line \d+\): id: 'age' is reserved",
        ),
        (
            "questions.yaml",
            "  order: 14",
            "  order: 14\n  colour: blue",
            r"entry 'lifestyle' \(line \d+\): unknown key\(s\): colour",
        ),
        (
            "questions.en.yaml",
            "  how_often:\n    text: How often does it happen?\n",
            "",
            r"questions.en.yaml, entry 'questions.how_often'.*every question needs its text",
        ),
        (
            "questions.en.yaml",
            "  loc_calf: Calf or shin\n",
            "",
            r"questions.en.yaml, entry 'questions.where'.*no label for option\(s\) loc_calf",
        ),
        (
            "questions.en.yaml",
            "  loc_calf: Calf or shin\n",
            "  loc_calf: Calf or shin\n  loc_kne: Knee\n",
            r"label\(s\) for unknown finding\(s\): loc_kne",
        ),
    ],
)
def test_a_broken_questions_file_is_refused_with_where_and_what(
    tmp_path: Path, file: str, old: str, new: str, expected: str
) -> None:
    directory = _copy_data(tmp_path)
    _edit(directory / file, old, new)
    kb = load_knowledge_from(directory)
    with pytest.raises(KnowledgeError, match=expected):
        load_questions(kb)


def test_a_missing_language_is_refused(bank: Any) -> None:
    with pytest.raises(KnowledgeError, match="no wording for language 'zz'"):
        load_questions(bank.knowledge, "zz")
