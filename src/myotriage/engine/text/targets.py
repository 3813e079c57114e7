"""What every reading rule shares: the lexicon compiled for a knowledge base, a target
(words read as one finding), and a few words and helpers more than one rule needs.

The bottom of the parser's modules: it imports none of them, so each rule module
(:mod:`.phrases`, :mod:`.denials`, :mod:`.medicines`, :mod:`.dates`, :mod:`.since_when`,
:mod:`.longest_since`, :mod:`.conflicts`, :mod:`.questions`) can depend on it downward.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable
from dataclasses import dataclass

from myotriage.engine.text.context import TriggerSpec
from myotriage.engine.text.patterns import Match, Matcher
from myotriage.engine.text.tokens import Token
from myotriage.knowledge.lexicon import Lexicon

__all__ = [
    "CANNOT",
    "SINCE_GROUPS",
    "TRIED",
    "CompiledLexicon",
    "Target",
    "word_before",
]


@dataclass(frozen=True, eq=False)
class CompiledLexicon:
    """A language's lexicon made ready for reading (see ``compile_lexicon`` in
    :mod:`.parser`): its phrase matcher, and the knowledge's and lexicon's facts the rules
    look up many times a story, computed once."""

    lexicon: Lexicon
    matcher: Matcher
    specs: dict[Hashable, TriggerSpec]
    group: dict[str, str]
    kind: dict[str, str]
    red_flag: frozenset[str]
    known: frozenset[str]
    order: dict[str, int]
    words: frozenset[str]
    change_words: frozenset[str]
    changed_after: frozenset[str]
    medicine_ids: frozenset[str]
    not_onset_after: frozenset[str]
    onset_events: frozenset[str]
    habit_words: frozenset[str]
    medicine_stems: tuple[str, ...]
    other_medicines: frozenset[str]
    other_histories: frozenset[str]
    since_bounds: dict[str, tuple[float, float]]
    since_absents: tuple[str, ...]
    follows_from_finer: dict[str, tuple[str, ...]]
    needs_also: dict[str, tuple[str, ...]]
    dropped_with: dict[str, tuple[str, ...]]
    denied_within: dict[str, tuple[str, ...]]
    states_also: dict[str, tuple[str, ...]]
    lifted_by: dict[str, tuple[str, ...]]  # lifted_excludes: the findings that lift them
    near_place: tuple[str, ...]  # words of a spasm that keep a body part a place (not_the_place)


@dataclass(frozen=True, slots=True)
class Target:
    """Words (``match``) read as one finding, before the context decides its choice; the
    flags tell the rules that settle conflicts how far the words may be trusted."""

    match: Match
    finding: str
    implied: bool = False  # an absent that follows ("for 3 days": not months; "no meds")
    denial: bool = False  # words that deny it ("no meds"): said means absent
    dated: bool = False  # a span dating an event the symptoms followed ("a nail a week ago")


#: The groups of the findings that say since when it goes on.
SINCE_GROUPS = frozenset({"persistence", "persistence_detail"})


def word_before(tokens: list[Token], first: int, words: Collection[str], reach: int) -> bool:
    """One of ``words`` up to ``reach`` words before ``first``, in its clause."""
    for j in range(first - 1, max(-1, first - reach - 1), -1):
        if tokens[j + 1].pause or tokens[j].sentence != tokens[first].sentence:
            return False
        if tokens[j].norm in words:
            return True
    return False


#: Words that say the person tried and could not ("can't straighten it"), where "won't
#: straighten" says the part itself does not move through its range.
TRIED = frozenset({"cant", "couldnt", "cannot", "unable"})


#: Words that say something can no longer be done: "she *can't* walk normally", "he *cannot*
#: talk properly" (with :data:`NO_SKIP`, before a denial they turn it round). Also the words of
#: not being able that a "without" after them turns round: "*cannot* bend his head forward
#: *without* crying out" says he cries out (:mod:`.phrases`; the one parser.py had for that,
#: without "wont", was overridden by this one at import and never used).
CANNOT = TRIED | {"wont"}
