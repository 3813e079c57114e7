"""The second reader's embedding pipeline (round 14): int8 linear layers, sentences batched
by length, and weights that must have been learnt on exactly this pipeline."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from myotriage.engine.text import reader as reader_module
from myotriage.engine.text.reader import _batches, reader_available
from myotriage.knowledge.reader_weights import PIPELINE, load_reader_weights


@pytest.fixture(scope="module")
def installed() -> None:
    if not reader_available():  # a failure under CI=true (tests/ci_strict.py)
        pytest.skip("the optional reader (myotriage[reader]) is not installed")


@given(st.lists(st.integers(min_value=3, max_value=256), max_size=150))
def test_batches_hold_every_sentence_once_with_little_padding(lengths: list[int]) -> None:
    batches = _batches(lengths)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert 1 <= len(batch) <= reader_module._BATCH
        padded = len(batch) * max(lengths[i] for i in batch)
        assert padded <= reader_module._PADDING * sum(lengths[i] for i in batch) or len(batch) == 1


def test_the_weights_fit_the_pipeline_the_runtime_runs() -> None:
    assert load_reader_weights().model.pipeline == PIPELINE


def test_an_int8_linear_layer_stays_close_to_float() -> None:
    torch = pytest.importorskip("torch")
    from myotriage.engine.text.int8 import Int8Linear, to_int8

    torch.manual_seed(0)
    layer = torch.nn.Linear(384, 96)
    x = torch.randn(2, 7, 384)
    with torch.no_grad():
        want = layer(x)
    got = Int8Linear(layer)(x)
    assert got.shape == want.shape
    cos = torch.nn.functional.cosine_similarity(got, want, dim=-1)
    assert float(cos.min()) > 0.999
    # One token's result does not depend on the other tokens (a scale per token).
    alone = Int8Linear(layer)(x[:1, :1])
    assert torch.allclose(alone[0, 0], got[0, 0], atol=1e-6)
    model = to_int8(torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Sequential(layer)))
    assert not any(isinstance(m, torch.nn.Linear) for m in model.modules())


SENTENCES = [
    "my calf cramps at night",
    "Since this morning the air just won't come in properly and I'm scared",
    "no swelling",
    "I've gone through two pairs of trousers today because I can't hold it, and my legs"
    " feel like they belong to someone else when I try to stand up from the sofa",
]


def test_a_sentence_gets_nearly_the_same_vector_alone_or_in_a_story(installed: None) -> None:
    """Batched with longer sentences, a sentence's vector moves only by float rounding
    (carried on by the int8 rounding): never enough to change what is suggested much."""
    weights = load_reader_weights()
    together = reader_module.embed(SENTENCES, weights)
    alone = np.vstack([reader_module.embed([s], weights) for s in SENTENCES])
    assert together.shape == (len(SENTENCES), weights.model.dimensions)
    assert np.allclose(np.linalg.norm(together, axis=1), 1, atol=1e-5)
    assert float((together * alone).sum(axis=1).min()) > 0.99
    _, p_together = reader_module.probabilities(together, weights)
    _, p_alone = reader_module.probabilities(alone, weights)
    assert float(np.abs(p_together - p_alone).max()) < 0.1


def test_int8_vectors_stay_close_to_the_models_own(installed: None) -> None:
    from sentence_transformers import SentenceTransformer

    weights = load_reader_weights()
    module = __import__(weights.model.package.replace("-", "_"))
    reference = SentenceTransformer(str(module.get_model_path()), device="cpu").encode(
        SENTENCES, normalize_embeddings=True
    )
    got = reader_module.embed(SENTENCES, weights)
    assert float((got * reference).sum(axis=1).min()) > 0.98
