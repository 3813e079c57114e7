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


def test_every_example_file_was_trained_on_or_held_out() -> None:
    """A new red-flag sentence file or story file in tests/data means: train again (or name
    it held out, with its hash, for measuring the reader on what it never saw)."""
    training = load_reader_weights().training
    trained = {f.path for f in training.files}
    held = {f.path: f.sha256 for f in training.held_out}
    assert not trained & set(held)
    data = ROOT / "tests" / "data"
    for path in sorted([*data.glob("red_flag_phrases*.yaml"), *(data / "texts").glob("*.yaml")]):
        name = str(path.relative_to(ROOT))
        assert name in trained or name in held, path.name
        if name in held:
            assert hashlib.sha256(path.read_bytes()).hexdigest() == held[name], name


@pytest.mark.parametrize(
    ("pipeline", "message"),
    [
        ({"linear_layers": "float32"}, "linear_layers"),
        ({"max_tokens": 128}, "max_tokens"),
        ({"pooling": "cls"}, "pooling"),
        (None, "pipeline"),
    ],
)
def test_weights_learnt_on_another_pipeline_do_not_load(
    tmp_path: Path, pipeline: dict[str, object] | None, message: str
) -> None:
    """The weights fit only vectors made the way the runtime makes them: a file from another
    pipeline (an older one, float32, without the record) fails loudly, never scores wrongly."""
    model = yaml.safe_load((DATA_DIR / "reader.en.yaml").read_text())["model"]
    if pipeline is None:
        del model["pipeline"]
    else:
        model["pipeline"] = {**model["pipeline"], **pipeline}
    with pytest.raises(KnowledgeError, match=message):
        load_reader_weights_from(_copy_with(tmp_path, {"model": model}))


def _training_script():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "train_red_flag_reader", ROOT / "scripts" / "train_red_flag_reader.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_sentence_stating_two_coded_red_flags_is_one_example_positive_for_both() -> None:
    """The training script's labels: a gold story's sentence in which the lexicon read two
    coded red flags is one example stating both (it used to be one per red flag, each a
    negative for the other)."""
    script = _training_script()
    kb = load_knowledge()
    red = {f.id for f in kb.findings.values() if f.red_flag}
    text = (
        "My calves cramp a lot. Since Monday I cannot breathe properly and my chest feels crushed."
    )
    gold = {"breathing_difficulty": "present", "chest_pain": "present", "loc_calf": "present"}
    examples = script.story_examples(text, gold, red, kb)
    assert examples == [
        (
            "Since Monday I cannot breathe properly and my chest feels crushed",
            frozenset({"breathing_difficulty", "chest_pain"}),
        )
    ]
    # A coded red flag the lexicon did not read in the sentence is not claimed for it.
    only_one = {"breathing_difficulty": "present", "loc_calf": "present"}
    assert script.story_examples(text, only_one, red, kb)[0][1] == {"breathing_difficulty"}
    # A story coding no red flag: every sentence, stating none.
    calm = "My calves cramp a lot. Stretching helps most nights."
    assert script.story_examples(calm, {"loc_calf": "present"}, red, kb) == [
        ("My calves cramp a lot", frozenset()),
        ("Stretching helps most nights", frozenset()),
    ]
