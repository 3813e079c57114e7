"""The second reader's weights are knowledge data: validated on load, traceable to their files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from myotriage.errors import KnowledgeError
from myotriage.knowledge.loader import DATA_DIR, load_knowledge
from myotriage.knowledge.reader_weights import load_reader_weights, load_reader_weights_from

ROOT = Path(__file__).resolve().parents[2]


def test_weights_load_and_name_only_red_flags() -> None:
    kb = load_knowledge()
    weights = load_reader_weights(kb)
    red = {f.id for f in kb.findings.values() if f.red_flag}
    assert set(weights.flags) <= red
    # Every red flag with enough examples has weights (the writers covered 36 of them).
    assert len(weights.flags) >= 36
    assert all(len(w.weights) == weights.model.dimensions for w in weights.flags.values())
    assert 0.5 <= weights.threshold < 1


def test_training_files_are_named_with_their_hashes() -> None:
    """Every file the weights were learnt from is in the repository; the red-flag sentence
    files have not changed since (a changed file means: train again)."""
    weights = load_reader_weights()
    paths = [f.path for f in weights.training.files]
    assert any("red_flag_phrases" in p for p in paths)
    for f in weights.training.files:
        path = ROOT / f.path
        assert path.is_file(), f.path
        if "red_flag_phrases" in f.path:
            assert hashlib.sha256(path.read_bytes()).hexdigest() == f.sha256, f.path


def _copy_with(tmp_path: Path, change: dict[str, object]) -> Path:
    raw = yaml.safe_load((DATA_DIR / "reader.en.yaml").read_text())
    raw.update(change)
    out = tmp_path / "reader.en.yaml"
    out.write_text(yaml.safe_dump(raw))
    return out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"threshold": 1.5}, "threshold"),
        ({"flags": {"loc_calf": {"bias": 0.0, "weights": [0.0] * 384}}}, "not a red flag"),
        ({"flags": {"fever": {"bias": 0.0, "weights": [0.0] * 3}}}, "expected 384"),
        ({"extra_field": 1}, "extra_field"),
    ],
)
def test_a_broken_weights_file_fails_loudly(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    with pytest.raises(KnowledgeError, match=message) as info:
        load_reader_weights_from(_copy_with(tmp_path, change))
    assert "reader.en.yaml" in str(info.value)
