"""Phrases of the lexicon compiled into a matcher over tokens.

A phrase is a list of pattern words: a word, a prefix (``cramp*``), alternatives
(``paracetamol|ibuprofen|codeine``: any one of these words or prefixes), a gap (``~``: up to
three other words), a wide gap (``~~``: up to eight other words of the same clause, for two
ideas that make a finding wherever they stand in it: ``breath* ~~ cant|struggl*``), a
sentence gap (``~~~``: up to twelve other words of the same sentence, across commas and
"but", for ideas people tell in two clauses: "only a small knock, but the pain is unbearable")
or a number (``<n>``). Inside a phrase, filler words people slip between
its words ("can't *really* feel", "didn't *even* help", "can't *seem to* pee", "lips are *all*
tingly") are passed over where the phrase's next word does not match them (:data:`FILLERS`).
All phrases of a lexicon, whatever they stand for
(a finding, a ConText trigger, a terminator), are compiled once into one index keyed by the
first word, so a story is matched in one pass over its words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from myotriage.engine.text.tokens import SAME_WORD, Token, number_value, tokenize

__all__ = ["CLAUSE_BREAKS", "FILLERS", "GAP", "Match", "Matcher", "compile_phrase"]

GAP = 3  # words a "~" may skip
#: Words a "~~" may skip, inside one clause: it never crosses a comma, colon, dash or bracket,
#: nor a "but" ("breathing fine, but i cant walk" pairs nothing).
WIDE_GAP = 8
CLAUSE_BREAKS = frozenset({"but", "although", "though", "except"})
#: Negation words: a "~" that skips one gives a denied match ("pee is not dark").
NO_SKIP = frozenset(
    {"no", "not", "never", "without", "nor", "dont", "doesnt", "didnt", "isnt", "arent",
     "wasnt", "werent", "havent", "hasnt", "none"}
)  # fmt: skip
#: Words that make a skipped "no" an idiom that denies nothing: "used to open jars *no
#: problem*, now I can't" tells that it was fine then, not that the rest is untrue.
_NO_IDIOM = frozenset({"problem", "problems", "bother", "trouble", "issue", "issues", "doubt"})

#: Filler words that say nothing of their own inside a phrase: "can't *really* feel anything
#: when I wipe" is "can't feel anything when I wipe", "the codeine isn't *even* touching it",
#: "can't *seem to* pee", "he can't *actually* walk". Passed over between two words of a
#: phrase (never before its first word) where the phrase's next word is not the filler
#: itself; at most :data:`MAX_FILLERS` in a row. None is a negation; "kind of", "sort of"
#: soften how a thing is put ("my foot *sort of* flops", "my arm went *kind of* weak") and
#: stay triggers of their own (which spare warning signs); "maybe" is no filler. "a bit" is
#: none either: "always *a bit* stiff" is not "always stiff".
FILLERS: tuple[tuple[str, ...], ...] = (
    ("really",), ("properly",), ("literally",), ("even",), ("just",), ("actually",),
    ("totally",), ("completely",), ("fully",), ("all",), ("so",), ("very",), ("too",),
    ("quite",), ("perfectly",),
    ("at", "all"), ("seem", "to"), ("seems", "to"), ("seemed", "to"),
    ("kind", "of"), ("sort", "of"), ("kinda",), ("sorta",),
)  # fmt: skip
MAX_FILLERS = 2
_FILLER_FIRST = frozenset(f[0] for f in FILLERS)
_FILLERS_BY_FIRST = {w: tuple(f for f in FILLERS if f[0] == w) for w in _FILLER_FIRST}

_WORD, _PREFIX, _GAP, _NUM, _ALT, _WIDE, _SENTENCE = 0, 1, 2, 3, 4, 5, 6
_GAPS = frozenset({_GAP, _WIDE, _SENTENCE})
#: Words a "~~~" may skip, inside one sentence.
SENTENCE_GAP = 12
#: A phrase's "my" also matches a carer's "his", "her", "their" ("her toes are numb" is "my
#: toes are numb" told by someone else; whose it is, ConText decides).
_POSSESSIVE = frozenset({"my", "his", "her", "their", "your", "ur"})
Part = tuple[int, str]
#: The phrases that may start at one word: (those whose second word is not a plain word,
#: those whose second word is, keyed by it); each with its place in the index.
_Starts = tuple[
    list[tuple[int, tuple[Part, ...], Hashable]],
    dict[str, list[tuple[int, tuple[Part, ...], Hashable]]],
]


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in the words ``first`` to ``last`` (inclusive), standing for ``what``.

    ``negated``: a gap of the phrase skipped a "not" ("pee is not dark" for ``pee ~ dark``,
    "my calf isn't swollen" for ``calf ~ swollen``): the words deny what the phrase says.
    ``skipped``: the words a gap of the phrase passed over, which are not the phrase's own
    ("it works fine" in "weak it works fine between" for ``weak ~~ between``)."""

    what: Hashable
    first: int
    last: int
    negated: bool = False
    skipped: tuple[int, ...] = ()

    def own(self, other: Match) -> bool:
        """Whether ``other`` stands on this phrase's own words: inside it, and not only on
        words one of its gaps passed over."""
        return (
            self.first <= other.first
            and other.last <= self.last
            and any(k not in self.skipped for k in range(other.first, other.last + 1))
        )

    def overlaps(self, other: Match) -> bool:
        return self.first <= other.last and other.first <= self.last

    def inside(self, other: Match) -> bool:
        return other.first <= self.first and self.last <= other.last

    @property
    def size(self) -> int:
        return self.last - self.first + 1


#: A number with letters after it ("5k", "10mg", "3am"): the tokenizer reads two words.
_SPLIT_NUMBER = re.compile(r"\d+[^\W\d_]")


def compile_phrase(phrase: str) -> tuple[Part, ...]:
    """``"calf ~ swoll*"`` → ((word, calf), (gap, ''), (prefix, swoll))."""
    parts: list[Part] = []
    for raw in phrase.split():
        if raw == "~":
            parts.append((_GAP, ""))
        elif raw == "~~":
            parts.append((_WIDE, ""))
        elif raw == "~~~":
            parts.append((_SENTENCE, ""))
        elif "|" in raw:
            if any(len(compile_phrase(alt)) != 1 for alt in raw.split("|")):
                raise ValueError(f"an alternative is not one word: {raw!r} in {phrase!r}")
            parts.append((_ALT, raw))
        elif raw == "<n>":
            parts.append((_NUM, ""))
        elif raw.endswith("*"):
            parts.append((_PREFIX, raw[:-1]))
        elif raw.isalnum() and not _SPLIT_NUMBER.match(raw):
            parts.append((_WORD, SAME_WORD.get(raw, raw)))
        else:  # a lexicon word may hold signs the tokenizer splits ("24/7"), or be a number
            # with letters after it that a story's words split alike ("5k", "3am", "1st")
            parts.extend((_WORD, t.norm) for t in tokenize(raw))
    return tuple(parts)


@functools.lru_cache(maxsize=1024)
def _alternatives(value: str) -> tuple[Part, ...]:
    """``"dont|didnt|help*"`` → ((word, dont), (word, didnt), (prefix, help))."""
    return tuple(compile_phrase(alt)[0] for alt in value.split("|"))


#: Whether a pattern word matches a word, remembered: a story asks the same few thousand
#: pairs again and again (phrases share words), and an answer never changes. Cleared when it
#: grows past :data:`_MEMO_LIMIT` so a long-running server does not keep every word it saw.
_MEMO: dict[tuple[Part, str], bool] = {}
_MEMO_LIMIT = 200_000


def _part_matches(part: Part, word: str) -> bool:
    key = (part, word)
    known = _MEMO.get(key)
    if known is None:
        if len(_MEMO) > _MEMO_LIMIT:
            _MEMO.clear()
        known = _MEMO[key] = _part_matches_uncached(part, word)
    return known


def _part_matches_uncached(part: Part, word: str) -> bool:
    kind, value = part
    if kind == _ALT:
        return any(_part_matches_uncached(alt, word) for alt in _alternatives(value))
    if kind == _WORD:
        return word == value or (value == "my" and word in _POSSESSIVE)
    if kind == _PREFIX:
        return word.startswith(value)
    return number_value(word) is not None


class Matcher:
    """All phrases of a lexicon, indexed by their first word."""

    def __init__(self, phrases: Iterable[tuple[str, Hashable]]) -> None:
        self._exact: dict[str, list[tuple[tuple[Part, ...], Hashable]]] = {}
        self._prefix: dict[str, list[tuple[tuple[Part, ...], Hashable]]] = {}
        self._numeric: list[tuple[tuple[Part, ...], Hashable]] = []
        self._by_word: dict[str, _Starts] = {}
        seen: set[tuple[tuple[Part, ...], Hashable]] = set()
        for phrase, what in phrases:
            parts = compile_phrase(phrase)
            if not parts or (parts, what) in seen:
                continue
            seen.add((parts, what))
            first = _alternatives(parts[0][1]) if parts[0][0] == _ALT else parts[:1]
            for kind, value in dict.fromkeys(first):
                if kind == _WORD:
                    self._exact.setdefault(value, []).append((parts, what))
                elif kind == _PREFIX:
                    self._prefix.setdefault(value[:2], []).append((parts, what))
                else:
                    self._numeric.append((parts, what))

    def _candidates(self, word: str) -> _Starts:
        """The phrases that may start at ``word``, remembered per word (see :data:`_MEMO`):
        those whose second word is a plain word, keyed by it, and the others, each with its
        place in the index so that matches keep the order of a plain pass."""
        known = self._by_word.get(word)
        if known is None:
            if len(self._by_word) > _MEMO_LIMIT // 10:
                self._by_word.clear()
            others: list[tuple[int, tuple[Part, ...], Hashable]] = []
            by_second: dict[str, list[tuple[int, tuple[Part, ...], Hashable]]] = {}
            for place, (parts, what) in enumerate(self._find_candidates(word)):
                if len(parts) > 1 and parts[1][0] == _WORD:
                    by_second.setdefault(parts[1][1], []).append((place, parts, what))
                else:
                    others.append((place, parts, what))
            known = self._by_word[word] = (others, by_second)
        return known

    def _find_candidates(self, word: str) -> Iterable[tuple[tuple[Part, ...], Hashable]]:
        # A phrase whose first word lists alternatives is indexed under each: yield it once.
        seen: set[tuple[tuple[Part, ...], Hashable]] = set()
        for parts, what in self._exact.get(word, ()):
            if parts[0][0] == _ALT:
                seen.add((parts, what))
            yield parts, what
        for parts, what in self._prefix.get(word[:2], ()):
            if parts[0][0] == _PREFIX:
                if word.startswith(parts[0][1]):
                    yield parts, what
            elif _part_matches(parts[0], word) and (parts, what) not in seen:
                seen.add((parts, what))
                yield parts, what
        if number_value(word) is not None:
            yield from self._numeric

    def find(self, tokens: list[Token]) -> list[Match]:
        """Every phrase match in ``tokens`` (a phrase never spans two sentences)."""
        out: list[Match] = []
        words = [t.norm for t in tokens]
        sentence = [t.sentence for t in tokens]
        clause: list[int] = []
        for k, t in enumerate(tokens):
            starts = k == 0 or t.pause or t.sentence != tokens[k - 1].sentence
            clause.append((clause[-1] if clause else 0) + (starts or t.norm in CLAUSE_BREAKS))
        n = len(tokens)
        for i, word in enumerate(words):
            following = words[i + 1] if i + 1 < n and sentence[i + 1] == sentence[i] else None
            others, by_second = self._candidates(word)
            if following is None:
                begin = [c for c in others if len(c[1]) == 1 or c[1][1][0] in _GAPS]
            elif following in _FILLER_FIRST:  # (a filler may stand before the second word)
                begin = [*others, *(c for group in by_second.values() for c in group)]
                begin.sort()
            else:
                begin = [
                    c
                    for c in others
                    if len(c[1]) == 1 or c[1][1][0] in _GAPS or _part_matches(c[1][1], following)
                ]
                begin += by_second.get(following, ())
                if following in _POSSESSIVE and following != "my":  # ("my" is also "her")
                    begin += by_second.get("my", ())
                begin.sort()
            for _place, parts, what in begin:
                found = _match_rest(parts, 1, i + 1, words, sentence, sentence[i], n, clause)
                if found is not None:
                    end, negated, skipped = found
                    out.append(Match(what, i, end - 1, negated, skipped))
        return out


def _match_rest(
    parts: tuple[Part, ...],
    k: int,
    i: int,
    words: list[str],
    sentence: list[int],
    current: int,
    n: int,
    clause: list[int],
) -> tuple[int, bool, tuple[int, ...]] | None:
    """The end (exclusive) of the shortest match of ``parts[k:]`` from word ``i``, whether a
    gap skipped a negation word, and the words its gaps skipped; None when there is no match.
    A match that skips no negation is preferred to one that does."""
    while k < len(parts):
        part = parts[k]
        if part[0] in (_GAP, _WIDE, _SENTENCE):
            denied: tuple[int, bool, tuple[int, ...]] | None = None
            skipped_no = False
            wide = part[0] == _WIDE
            reach = {_GAP: GAP, _WIDE: WIDE_GAP, _SENTENCE: SENTENCE_GAP}[part[0]]
            for skip in range(reach + 1):
                j = i + skip
                if j >= n or sentence[j] != current:
                    break
                if wide and i > 0 and clause[j] != clause[i - 1]:
                    break
                if skip and words[j - 1] in NO_SKIP and not _no_idiom(words, j - 1):
                    skipped_no = True
                after = parts[k + 1] if k + 1 < len(parts) else None
                if (  # (the next word cannot start the rest here: no need to try)
                    after is not None
                    and after[0] not in _GAPS
                    and words[j] not in _FILLER_FIRST
                    and not _part_matches(after, words[j])
                ):
                    continue
                found = _match_rest(parts, k + 1, j, words, sentence, current, n, clause)
                if found is not None:
                    gap = tuple(range(i, j)) + found[2]
                    if not (skipped_no or found[1]):
                        return found[0], False, gap
                    denied = denied or (found[0], True, gap)
            return denied
        if i >= n or sentence[i] != current:
            return None
        if not _part_matches(part, words[i]):
            if words[i] not in _FILLER_FIRST:
                return None
            i = _past_fillers(part, i, words, sentence, current, n)
            if i < 0:
                return None
        i += 1
        k += 1
    return i, False, ()


def _no_idiom(words: list[str], i: int) -> bool:
    """Whether the negation word at ``i`` is the "no" of an idiom ("no problem", "no doubt")."""
    return words[i] == "no" and i + 1 < len(words) and words[i + 1] in _NO_IDIOM


def _filler_at(i: int, words: list[str], sentence: list[int], current: int, n: int) -> int:
    """The number of words of a filler starting at word ``i`` (0 when there is none)."""
    if i >= n or words[i] not in _FILLER_FIRST:
        return 0
    for filler in _FILLERS_BY_FIRST[words[i]]:
        end = i + len(filler)
        if end <= n and sentence[end - 1] == current and tuple(words[i:end]) == filler:
            return len(filler)
    return 0


def _past_fillers(
    part: Part, i: int, words: list[str], sentence: list[int], current: int, n: int
) -> int:
    """Where ``part`` matches once up to :data:`MAX_FILLERS` fillers from word ``i`` on are
    passed over, or -1."""
    for _ in range(MAX_FILLERS):
        size = _filler_at(i, words, sentence, current, n)
        if not size:
            return -1
        i += size
        if i < n and sentence[i] == current and _part_matches(part, words[i]):
            return i
    return -1
