"""Fingerprints of the seed (the clinic guide), so the copy check runs without the seed.

Our user-facing text must be in our own words. The seed lives outside the project
(``../shared/seed/``), so the project keeps only one-way hashes of every run of
``WINDOW`` consecutive words of it (``seed_fingerprints.txt``): enough to tell whether a
sentence of ours repeats the seed, without carrying the seed's text. ``test_content.py``
checks the fingerprints against the seed whenever the seed is there.

Regenerate after the seed changes: ``.venv/bin/python -m tests.knowledge.seed_copy``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import SHARED

SEED_DIR = SHARED / "seed"
FINGERPRINTS = Path(__file__).with_name("seed_fingerprints.txt")
#: Runs of this many words count as copied (a shorter common phrase can happen by chance).
WINDOW = 8


def normalize(text: str) -> str:
    """Lower case, words and apostrophes only: punctuation or case cannot hide a copy."""
    text = text.lower().replace("’", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


def windows(text: str) -> Iterator[str]:
    """Every run of ``WINDOW`` consecutive words of the normalised text."""
    words = normalize(text).split()
    for i in range(len(words) - WINDOW + 1):
        yield " ".join(words[i : i + WINDOW])


def fingerprint(window: str) -> str:
    return hashlib.sha256(window.encode()).hexdigest()[:16]


def fingerprints(text: str) -> set[str]:
    return {fingerprint(w) for w in windows(text)}


def seed_text() -> str | None:
    """The seed's text, when the shared folder is here."""
    files = sorted(SEED_DIR.glob("*")) if SEED_DIR.is_dir() else []
    return "\n".join(p.read_text(encoding="utf-8") for p in files) if files else None


def stored() -> set[str]:
    lines = FINGERPRINTS.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def write(text: str) -> None:
    header = (
        f"# sha256[:16] of every {WINDOW}-word run of the seed; see tests/knowledge/seed_copy.py\n"
    )
    FINGERPRINTS.write_text(header + "".join(f"{h}\n" for h in sorted(fingerprints(text))))


if __name__ == "__main__":
    text = seed_text()
    if text is None:
        raise SystemExit(f"the seed is not at {SEED_DIR}")
    write(text)
    print(f"{len(stored())} fingerprints written to {FINGERPRINTS}")
