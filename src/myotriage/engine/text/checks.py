"""What a story must be before the parser reads it: words, not too many, in a language we read.

Each problem is an :class:`~myotriage.errors.InvalidInputError` naming the field, so the
command line says it in one line (exit 2) and the API answers 422. A story longer than
:data:`MAX_CHARS` is read up to there, and the result says so.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from myotriage.engine.text.tokens import Token
from myotriage.errors import InvalidInputError

__all__ = ["MAX_CHARS", "check_language", "check_text"]

#: The parser reads at most this many characters (a story is a few sentences; a page is
#: about 3,000 characters). The rest is left out and the result says so.
MAX_CHARS = 5000

#: Common English words: a story with words but almost none of these, and no word of the
#: lexicon, is not English.
_ENGLISH = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "back",
        "bad",
        "be",
        "been",
        "before",
        "bit",
        "but",
        "by",
        "can",
        "cant",
        "come",
        "comes",
        "day",
        "days",
        "did",
        "do",
        "does",
        "dont",
        "down",
        "during",
        "each",
        "every",
        "feel",
        "feels",
        "for",
        "from",
        "get",
        "gets",
        "go",
        "goes",
        "got",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "him",
        "his",
        "how",
        "i",
        "if",
        "im",
        "in",
        "into",
        "is",
        "it",
        "its",
        "ive",
        "just",
        "keep",
        "keeps",
        "last",
        "leg",
        "like",
        "little",
        "lot",
        "me",
        "more",
        "morning",
        "most",
        "much",
        "my",
        "night",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "out",
        "over",
        "pain",
        "really",
        "right",
        "same",
        "see",
        "she",
        "since",
        "so",
        "some",
        "sometimes",
        "still",
        "than",
        "that",
        "the",
        "then",
        "there",
        "they",
        "this",
        "time",
        "times",
        "to",
        "today",
        "too",
        "twice",
        "up",
        "very",
        "was",
        "week",
        "weeks",
        "well",
        "went",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "will",
        "with",
        "without",
        "worse",
        "would",
        "years",
        "yes",
        "you",
        "your",
    ]
)


def check_text(value: object, field: str = "text") -> tuple[str, bool]:
    """The text to read and whether it was cut to :data:`MAX_CHARS`."""
    if not isinstance(value, str):
        raise InvalidInputError(field, f"expected text, got {type(value).__name__}")
    if "\x00" in value or "\ufffd" in value:
        raise InvalidInputError(
            field, "this looks like binary data, not words; please type or paste text"
        )
    sample = value[:MAX_CHARS]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\r\t"
    )
    if controls > max(2, len(sample) // 50):
        raise InvalidInputError(
            field, "this looks like binary data, not words; please type or paste text"
        )
    if not any(ch.isalnum() for ch in sample):
        raise InvalidInputError(
            field, "is empty: say in a few words what happens (where, how long, how it feels)"
        )
    if not any(ch.isalpha() for ch in sample):
        raise InvalidInputError(
            field,
            "has only numbers and signs, no words: say in a few words what happens (where,"
            " how long, how it feels)",
        )
    if len(value) <= MAX_CHARS:
        return value, False
    cut = value.rfind(" ", MAX_CHARS - 200, MAX_CHARS)
    return value[: cut if cut > 0 else MAX_CHARS], True


def check_language(language: object, supported: Iterable[str]) -> str:
    """The language code, if we have a lexicon for it."""
    codes = list(supported)
    if not isinstance(language, str) or language not in codes:
        raise InvalidInputError(
            "language",
            f"only {', '.join(codes)} can be read for now, got {language!r}; please write in"
            " English or use the questions instead",
        )
    return language


def looks_like_language(text: str, tokens: list[Token], lexicon_words: frozenset[str]) -> bool:
    """False when the story is plainly in another language or script (then we say so rather
    than guess). Short stories and stories with any word we know pass."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters:
        latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
        if latin / len(letters) < 0.5:
            return False
    words = [t.norm for t in tokens if t.norm.isalpha()]
    if len(words) < 4:
        return True
    known = sum(1 for w in words if w in _ENGLISH or w in lexicon_words)
    return known / len(words) >= 0.2
