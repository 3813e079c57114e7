"""What the parser reads from a text, as ``{finding: choice}``: the one helper the parser's
tests share."""

from __future__ import annotations

from myotriage.engine.text import parse_text


def said(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings}
