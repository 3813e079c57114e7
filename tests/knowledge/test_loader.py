"""The knowledge loader refuses broken data, naming the file, the entry, the line and the problem."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from myotriage.errors import KnowledgeError
from myotriage.knowledge.loader import (
    DATA_DIR,
    _validate_entries,
    load_knowledge,
    load_knowledge_from,
)
from myotriage.knowledge.schema import TYPE_IDS, Advice, Finding, MedicalCondition, TriageRule

FIXTURES = Path(__file__).parent / "fixtures"
MODELS: dict[str, type[BaseModel]] = {
    "findings": Finding,
    "triage_rules": TriageRule,
    "advice": Advice,
    "conditions": MedicalCondition,
}


def _model_for(path: Path) -> type[BaseModel]:
    return MODELS[path.stem.split("__")[0]]


@pytest.mark.parametrize(
    "path", sorted((FIXTURES / "should_pass").glob("*.yaml")), ids=lambda p: p.stem
)
def test_schema_fixture_passes(path: Path) -> None:
    entries = _validate_entries(path, _model_for(path))
    assert entries


@pytest.mark.parametrize(
    "path", sorted((FIXTURES / "should_fail").glob("*.yaml")), ids=lambda p: p.stem
)
def test_schema_fixture_fails_with_its_message(path: Path) -> None:
    expected = re.search(r"^# expect: (.+)$", path.read_text(), re.M)
    assert expected, f"{path.name} must say what error it expects"
    with pytest.raises(KnowledgeError) as info:
        _validate_entries(path, _model_for(path))
    message = str(info.value)
    assert path.name in message
    assert "(line 2)" in message  # the entry's line, so an author can find it
    assert expected.group(1) in message


def test_the_shipped_knowledge_loads(kb) -> None:  # type: ignore[no-untyped-def]
    assert set(kb.types) == set(TYPE_IDS)
    assert kb.version == kb.meta.version
    assert load_knowledge() is kb  # loaded once, then shared


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(DATA_DIR, target)
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


def test_a_broken_value_names_file_entry_line_and_problem(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    _replace(
        kb / "findings.yaml",
        "likelihood: {default: 0.01, spasticity: 0.02, fasciculation: 0.35}",
        "likelihood: {default: 0.01, spasticity: 2, fasciculation: 0.35}",
    )
    with pytest.raises(KnowledgeError) as info:
        load_knowledge_from(kb)
    err = info.value
    assert (err.file, err.entry) == ("findings.yaml", "loc_eyelid")
    assert err.line is not None and err.line > 1
    assert "likelihood.spasticity" in err.problem and "less than 1" in err.problem


def test_a_rule_naming_an_unknown_finding_is_refused(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    _replace(
        kb / "triage_rules.yaml",
        "requires: [breathing_difficulty]",
        "requires: [breathing_dificulty]",
    )
    with pytest.raises(
        KnowledgeError,
        match=r"triage_rules.yaml, entry 'breathing_difficulty': unknown finding: breathing_dificulty",
    ):
        load_knowledge_from(kb)


def test_a_rule_whose_unless_names_an_unknown_finding_is_refused(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    _replace(kb / "triage_rules.yaml", "unless: [relief_stretch]", "unless: [relief_strech]")
    with pytest.raises(
        KnowledgeError,
        match=r"entry 'long_leg_cramp': unknown finding in unless: relief_strech",
    ):
        load_knowledge_from(kb)


def test_a_rule_whose_unless_holds_a_required_finding_is_refused(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    _replace(kb / "triage_rules.yaml", "unless: [relief_stretch]", "unless: [dur_long]")
    with pytest.raises(KnowledgeError, match=r"'long_leg_cramp': unless names .* never fires"):
        load_knowledge_from(kb)


def test_single_group_must_not_sum_above_one(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    _replace(
        kb / "findings.yaml",
        "likelihood: {skeletal_spasm: 0.02, smooth_spasm: 0.01, ischemic_spasm: 0.01, spasticity: 0.02, clonus: 0.05, fasciculation: 0.75}",
        "likelihood: {skeletal_spasm: 0.9, smooth_spasm: 0.01, ischemic_spasm: 0.01, spasticity: 0.02, clonus: 0.05, fasciculation: 0.75}",
    )
    with pytest.raises(
        KnowledgeError, match="single group 'duration' sum to .* for skeletal_spasm"
    ):
        load_knowledge_from(kb)


def test_an_unknown_source_is_refused(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    _replace(kb / "types.yaml", "sources: [seed, S38, S38b, S38d]", "sources: [seed, S999]")
    with pytest.raises(KnowledgeError, match="types.yaml, entry 'clonus': unknown source: S999"):
        load_knowledge_from(kb)


def test_invalid_yaml_and_missing_files_are_reported(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    (kb / "causes.yaml").write_text("- id: [unclosed\n")
    with pytest.raises(KnowledgeError, match="causes.yaml: not valid YAML"):
        load_knowledge_from(kb)
    (kb / "causes.yaml").unlink()
    with pytest.raises(KnowledgeError, match="causes.yaml: file is missing"):
        load_knowledge_from(kb)


def test_a_wrong_family_is_refused(tmp_path: Path) -> None:
    kb = _copy(tmp_path)
    _replace(kb / "types.yaml", "- id: clonus\n  family: twitch", "- id: clonus\n  family: spasm")
    with pytest.raises(KnowledgeError, match="entry 'clonus'.*family must be 'twitch'"):
        load_knowledge_from(kb)


def test_every_fact_has_a_source(kb) -> None:  # type: ignore[no-untyped-def]
    parts = [
        kb.types,
        kb.findings,
        kb.differences,
        kb.causes,
        kb.rules,
        kb.advice,
        kb.tests,
        kb.guide,
    ]
    for part in parts:
        for entry in part.values():
            assert entry.sources, entry.id


def test_advice_that_applies_to_nothing_is_refused(tmp_path: Path) -> None:
    """An advice entry needs a trigger of its own or a condition that lists it."""
    directory = tmp_path / "data"
    shutil.copytree(DATA_DIR, directory)
    with (directory / "advice.yaml").open("a") as handle:
        handle.write(
            "\n- id: floating\n  kind: self_care\n  text: Rest.\n  evidence: expert\n"
            "  sources: [seed]\n"
        )
    with pytest.raises(KnowledgeError, match="floating.*applies to nothing"):
        load_knowledge_from(directory)


def test_a_condition_whose_single_group_sums_over_one_is_refused(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    shutil.copytree(DATA_DIR, directory)
    entries = yaml.safe_load((directory / "conditions.yaml").read_text())
    entries[0]["likelihood"].update({"pain_none": 0.9, "pain_mild": 0.9})
    (directory / "conditions.yaml").write_text(yaml.safe_dump(entries))
    with pytest.raises(KnowledgeError, match="single group 'pain' sum"):
        load_knowledge_from(directory)
