"""Words of a story with their places in the text, split into sentences.

Everything the parser matches works on these tokens, so every finding can point back at the
exact characters it came from. Words are compared in lower case with apostrophes dropped
("Don't" and "dont" are one word); commas, dashes and brackets are not words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NUMBER_WORDS", "SAME_WORD", "Token", "number_value", "tokenize"]

# A number (with a decimal part), a word (letters and digits, inner apostrophes), or one
# of the signs the lexicon uses as words. Sentence ends are found separately.
_WORD = re.compile(r"\d+(?:[.,]\d+)?|[^\W_]+(?:['\u2019][^\W_]+)*|[/&+]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?;\n\u2026]+")
_PAUSE = re.compile(r"[,:()]|\s[-\u2013\u2014]+\s")
_QUOTE = re.compile(r'["\u201c\u201d]')

NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "couple": 2, "few": 3,
    "several": 4, "half": 0.5, "dozen": 12,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its normalised form, where it is in the text, and its sentence."""

    norm: str
    start: int
    end: int
    sentence: int
    pause: bool = False  # a comma, colon, dash or bracket stands between it and the word before
    quoted: bool = False  # inside double quotation marks (someone's words reported)


def number_value(norm: str) -> float | None:
    """The value of a number word or digits (``"3"``, ``"3.5"``, ``"three"``), else None."""
    if norm in NUMBER_WORDS:
        return NUMBER_WORDS[norm]
    if norm[:1].isdigit():
        try:
            return float(norm.replace(",", "."))
        except ValueError:
            return None
    return None


#: One word spelt two ways, read as one: "cannot" is "can't" ("I cannot feel my foot" reads
#: as "I can't feel my foot"); "&" and "+" are "and" ("pins & needles", "neck + shoulders");
#: "probs" is "problems" ("no probs swallowing").
#: Lexicon phrases are compiled through the same table.
SAME_WORD: dict[str, str] = {"cannot": "cant", "&": "and", "+": "and", "probs": "problems"}


def normalise_word(word: str) -> str:
    norm = word.lower().replace("'", "").replace("\u2019", "")
    return SAME_WORD.get(norm, norm)


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` in order, each tagged with the number of its sentence."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    quotes = _quoted_spans(text)
    tokens: list[Token] = []
    sentence = 0
    k = 0
    for m in _WORD.finditer(text):
        while k < len(ends) and ends[k] < m.start():
            inside = bool(tokens) and tokens[-1].start <= ends[k] < tokens[-1].end
            sentence += not inside  # the point of "38.5" ends no sentence
            k += 1
        pause = bool(tokens) and bool(_PAUSE.search(text, tokens[-1].end, m.start()))
        quoted = any(a < m.start() < b for a, b in quotes)
        tokens.append(Token(normalise_word(m.group()), m.start(), m.end(), sentence, pause, quoted))
    return _renumber(tokens)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where double quotation marks open and close, in pairs ("c/o "cramp that won't go"");
    an unpaired last mark quotes nothing."""
    marks = [m.start() for m in _QUOTE.finditer(text)]
    return list(zip(marks[::2], marks[1::2], strict=False))


def _renumber(tokens: list[Token]) -> list[Token]:
    """Sentence numbers without gaps (several sentence marks in a row count once)."""
    out: list[Token] = []
    last, current = -1, -1
    for t in tokens:
        if t.sentence != last:
            current += 1
            last = t.sentence
        out.append(Token(t.norm, t.start, t.end, current, t.pause, t.quoted))
    return out
