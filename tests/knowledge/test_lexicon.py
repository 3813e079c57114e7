"""The lexicon (lexicon.en.yaml): valid, covering the spec's findings, and refused when broken."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from myotriage.errors import KnowledgeError
from myotriage.knowledge.lexicon import load_lexicon, load_lexicon_from
from myotriage.knowledge.loader import load_knowledge
from tests.conftest import SPEC as SPEC_DIR

SPEC = SPEC_DIR / "findings.tsv"
FIXTURES = Path(__file__).parent / "fixtures" / "lexicon_should_fail"


def _spec_ids() -> list[str]:
    with SPEC.open(encoding="utf-8") as fh:
        return [row["id"] for row in csv.DictReader(fh, delimiter="\t")]


def test_every_finding_of_the_spec_has_words() -> None:
    lex = load_lexicon()
    ids = lex.finding_ids()
    missing = [f for f in _spec_ids() if f not in ids]
    assert not missing, f"no words for {missing}"
    assert all(entry.phrases for entry in lex.findings.values())


def test_every_lexicon_id_is_a_finding_of_the_spec() -> None:
    assert load_lexicon().finding_ids() <= set(_spec_ids())


def test_every_lexicon_id_is_a_finding_of_the_knowledge_base() -> None:
    kb = load_knowledge()
    assert load_lexicon(kb).finding_ids() <= set(kb.findings)


def test_medicine_classes_name_their_sources_and_common_names() -> None:
    lex = load_lexicon()
    known = {s.id for s in lex.sources}
    for med in lex.medicines.values():
        assert set(med.sources) <= known and med.atc
    names = {n for med in lex.medicines.values() for n in med.names}
    for name in (
        "simvastatin",
        "furosemide",
        "metoclopramide",
        "sertraline",
        "tramadol",
        "omeprazole",
    ):
        assert name in names


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.yaml")), ids=lambda p: p.stem)
def test_a_broken_lexicon_is_refused_with_its_message(path: Path) -> None:
    expected = re.search(r"^# expect: (.+)$", path.read_text(), re.M)
    assert expected, f"{path.name} must say what error it expects"
    with pytest.raises(KnowledgeError) as info:
        load_lexicon_from(path)
    assert path.name in str(info.value)
    assert expected.group(1) in str(info.value)


def test_the_fixtures_differ_from_a_valid_lexicon_only_in_their_fault(tmp_path: Path) -> None:
    """The base the fixtures were made from loads, so each fixture fails for its own fault."""
    text = (FIXTURES / "lexicon__extra_key.yaml").read_text()
    good = tmp_path / "lexicon.en.yaml"
    good.write_text(text.replace("author: me\n", ""))
    lex = load_lexicon_from(good)
    assert lex.findings["loc_calf"].phrases == ["calf"]
