"""The red-flag sentences of ``tests/data/red_flag_phrases*.yaml`` (measured by
``benchmarks/text_accuracy.py``) name real red flags and keep their shape, so the benchmark's
halves stay comparable from round to round."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from myotriage.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parents[3]
PHRASES = [
    ROOT / "tests" / "data" / name for name in ("red_flag_phrases.yaml", "red_flag_phrases_2.yaml")
]
FINDINGS = ROOT / "spec" / "findings.tsv"


@pytest.mark.parametrize("path", PHRASES, ids=lambda p: p.name)
def test_every_red_flag_has_its_sentences_and_nothing_else(path: Path) -> None:
    phrases = yaml.safe_load(path.read_text())
    rows = [line.split("\t") for line in FINDINGS.read_text().splitlines()[1:] if line]
    spec_red = {row[0] for row in rows if row[1] == "red_flag"}
    assert set(phrases) == spec_red  # the spec's red-flag group
    assert spec_red <= {f.id for f in load_knowledge().findings.values() if f.red_flag}
    for fid, sets in phrases.items():
        sizes = {kind: len(sets[kind]) for kind in ("stated", "denied", "not")}
        assert sizes == {"stated": 10, "denied": 4, "not": 4}, fid
        assert all(isinstance(s, str) and s.strip() for kind in sizes for s in sets[kind])
