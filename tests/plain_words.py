"""What must never reach a person: internal references, unexplained jargon, empty headings.

One list, used by ``tests/test_plain_words.py`` over every rendered page, the PDF
report's text and the CLI's output. Add a word here when a reader trips over it.
"""

from __future__ import annotations

import re

__all__ = ["JARGON", "empty_headings", "internal_references", "problems", "unexplained_jargon"]

#: Traces of the clinical reference and of our own data files.
INTERNAL = [
    (re.compile(r"reference table", re.I), "a reference to the clinical reference's tables"),
    (re.compile(r"\btable rows?\b", re.I), "a table row"),
    (re.compile(r"\b[ESURP]/[ESURP]\b"), "a triage code such as S/R or R/P"),
    (re.compile(r"\(\s*(S\d+[a-z]?)(,\s*S\d+[a-z]?)*\s*\)"), "a source id in brackets"),
    (re.compile(r"(?<![\w/.-])S\d{1,2}[a-z]?(?![\w/.-])"), "a source id such as S12"),
    (re.compile(r"\bseed\b"), "the word 'seed' (an internal source name)"),
    (re.compile(r"\b(loc|trig|dur|freq|hist|med|vis|feat|cause)_[a-z_]+\b"), "a finding id"),
    (re.compile(r"\b(self_care|skeletal_spasm|smooth_spasm|ischemic_spasm)\b"), "an internal id"),
    (re.compile(r"\bNone\b(?! of)"), "Python's None"),
    (re.compile(r"\{\{|\}\}|\{%"), "template syntax"),
]

#: Words a person may not know: each must be explained where a text first uses it, by a
#: bracket right after it ("clonus (rhythmic beating of a muscle)"), by ", which ..." /
#: " - ..." / ": ...", or by being itself the bracket after the plain words ("muscle
#: breakdown (rhabdomyolysis)").
JARGON = [
    "upper motor neurone",
    "lower motor neurone",
    "myokymia",
    "rhabdomyolysis",
    "claudication",
    "tetany",
    "dystonia",
    "fasciotomy",
    "electrolytes",
    "electromyography",
    "hypocalcaemia",
    "hypokalaemia",
    "peripheral artery disease",
    "deep vein thrombosis",
]
#: Explained before: the word opens a bracket, or closes a name's bracket after plain words
#: ("eyelid twitching (eyelid myokymia)"): the plain words come first.
_EXPLAINED_BEFORE = re.compile(r"(\((an? |the )?|\w[\w ,'-]{3,}\((an? |the )?[a-z]+ )$", re.I)
_EXPLAINED_AFTER = re.compile(r"^(s)?\s*(\(|,? which |,? where | - | – | — |: |, that is)")


def internal_references(text: str) -> list[str]:
    """Each internal reference in ``text``, with a little context."""
    found = []
    for pattern, what in INTERNAL:
        for match in pattern.finditer(text):
            start, end = max(0, match.start() - 40), min(len(text), match.end() + 40)
            found.append(f"{what}: ...{text[start:end]}...".replace("\n", " "))
    return found


def unexplained_jargon(text: str) -> list[str]:
    """Each jargon word whose first use in ``text`` is not explained right there."""
    found = []
    lower = text.lower()
    for word in JARGON:
        at = lower.find(word)
        if at < 0:
            continue
        after = text[at + len(word) : at + len(word) + 16]
        if _EXPLAINED_BEFORE.search(text[max(0, at - 40) : at]) or _EXPLAINED_AFTER.match(after):
            continue
        start = max(0, at - 40)
        found.append(f"unexplained '{word}': ...{text[start : at + len(word) + 40]}...")
    return found


_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>\s*(</section>|</details>|<h[1-6]\b|$)", re.S)


def empty_headings(html: str) -> list[str]:
    """Headings with nothing under them (followed at once by another heading or the end)."""
    out = []
    for match in _HEADING.finditer(html):
        nxt = match.group(3)
        level = int(match.group(1))
        if nxt.startswith("<h") and int(nxt[2]) > level:
            continue  # a heading directly above its first sub-heading is fine
        out.append(f"empty section: {re.sub(r'<[^>]+>', '', match.group(2)).strip()!r}")
    return out


def problems(text: str, html: str = "") -> list[str]:
    """Everything wrong with a text a person reads (and its HTML, when it is a page)."""
    return internal_references(text) + unexplained_jargon(text) + empty_headings(html)
