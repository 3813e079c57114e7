"""What the parser reads from a text, as ``{finding: choice}``: the helpers the parser's
tests share (everything it reads, or only what the words state, leaving out what only
follows from them)."""

from __future__ import annotations

from myotriage.engine.text import parse_text


def said(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings}


def stated(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).stated}
