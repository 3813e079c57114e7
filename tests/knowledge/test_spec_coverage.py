"""The knowledge base covers every finding of the spec (the spec may grow: this test reads it)."""

from __future__ import annotations

import csv

from tests.conftest import SPEC


def _spec_rows() -> list[dict[str, str]]:
    path = SPEC / "findings.tsv"
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_every_spec_finding_is_in_the_knowledge(kb) -> None:  # type: ignore[no-untyped-def]
    rows = _spec_rows()
    assert len(rows) > 50
    missing = [row["id"] for row in rows if row["id"] not in kb.findings]
    assert not missing, f"findings of the spec missing from findings.yaml: {missing}"


def test_groups_and_kinds_match_the_spec(kb) -> None:  # type: ignore[no-untyped-def]
    for row in _spec_rows():
        finding = kb.findings[row["id"]]
        assert (finding.group, finding.kind) == (row["group"], row["kind"]), row["id"]
        assert finding.meaning == row["meaning"], row["id"]


def test_every_finding_has_our_own_question(kb) -> None:  # type: ignore[no-untyped-def]
    for finding in kb.findings.values():
        assert finding.question.strip(), finding.id
        assert finding.reasoning.strip(), finding.id


def test_red_flag_group_findings_are_screened(kb) -> None:  # type: ignore[no-untyped-def]
    """Every red flag of the spec is asked by the interview and reported when not ruled out."""
    for finding in kb.findings.values():
        if finding.group == "red_flag":
            assert finding.red_flag, finding.id
            assert finding.screen in ("always", "when_relevant"), finding.id


def test_every_red_flag_can_raise_the_level(kb) -> None:  # type: ignore[no-untyped-def]
    mentioned = set()
    for rule in kb.rules.values():
        for item in rule.requires:
            mentioned.update([item] if isinstance(item, str) else item)
    for finding in kb.findings.values():
        if finding.red_flag:
            assert finding.id in mentioned, f"red flag {finding.id} is in no triage rule"
