"""What :func:`~myotriage.engine.text.parser.parse_text` returns: the findings a story
states, each with the places in the text of the words it came from.

Kept apart from the parser so that the rules that build findings (:mod:`.conflicts`) can
make them without importing the parser that calls them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from myotriage.engine.text.context import Choice

__all__ = ["ParsedText", "Span", "TextFinding"]


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class TextFinding:
    """One finding read from the words: its id, its choice and the words it came from.

    ``implied``: not said but following from what was said: a span of time rules out the
    others ("for 3 days": not more than two weeks, not more than three months, not within
    24 hours). The interview takes it as answered; the parse result lists it apart from
    what the words state."""

    id: str
    choice: Choice
    spans: tuple[Span, ...]
    implied: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "choice": self.choice, "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True)
class ParsedText:
    """What a story says: findings in the case format, plus age and sex when it says them."""

    language: str
    findings: tuple[TextFinding, ...]
    truncated: bool = False
    age: int | None = None
    sex: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def evidence(self) -> list[dict[str, str]]:
        """The findings as case evidence (``id`` and ``choice``), ready for ``assess`` and
        the interview: what the words state and what follows from it."""
        return [{"id": f.id, "choice": f.choice} for f in self.findings]

    @property
    def stated(self) -> tuple[TextFinding, ...]:
        """What the words state, without what only follows from it."""
        return tuple(f for f in self.findings if not f.implied)

    def to_dict(self) -> dict[str, Any]:
        """``{"language", "evidence": [{"id", "choice", "spans"}]}``: what the words state;
        ``implied`` (the same shape) when a span of time rules other spans out or words that
        do not name a sign rule it out ("no meds");
        ``warnings`` when any."""
        out: dict[str, Any] = {
            "language": self.language,
            "evidence": [f.to_dict() for f in self.stated],
        }
        implied = [f.to_dict() for f in self.findings if f.implied]
        if implied:
            out["implied"] = implied
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
