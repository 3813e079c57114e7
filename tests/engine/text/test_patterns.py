"""The matcher's shortcuts (the index by first word, the look at a phrase's second word, the
remembered word checks, gaps that skip a start the next word cannot make) must find exactly
what a plain matcher finds that tries every phrase at every word: a property test over random
phrases and random word sequences, against the plain algorithm written out here."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from myotriage.engine.text import patterns
from myotriage.engine.text.patterns import Match, Matcher, compile_phrase
from myotriage.engine.text.tokens import tokenize

WORDS = ["calf", "cramp", "cramps", "not", "really", "no", "swollen", "my", "her", "3", "at", "all"]
PATTERN_WORDS = [*WORDS, "cramp*", "sw*", "~", "~~", "<n>", "calf|cramp*", "no|not"]
GAPS = {"~": patterns.GAP, "~~": patterns.WIDE_GAP}

phrases = (
    st.lists(st.sampled_from(PATTERN_WORDS), min_size=1, max_size=4)
    .map(" ".join)
    .filter(lambda p: p.split()[0] not in GAPS)
)
texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(["", "", "", ",", "."])), max_size=14
).map(lambda pairs: " ".join(w + sep for w, sep in pairs))


def _plain_rest(parts, k, i, words, sentence, current, clause):  # type: ignore[no-untyped-def]
    """The matching rule without shortcuts (see patterns._match_rest for what it means)."""
    n = len(words)
    while k < len(parts):
        kind, _value = parts[k]
        if kind in patterns._GAPS:
            denied = None
            skipped_no = False
            wide = kind == patterns._WIDE
            reach = patterns.WIDE_GAP if wide else patterns.GAP
            for skip in range(reach + 1):
                j = i + skip
                if j >= n or sentence[j] != current:
                    break
                if wide and i > 0 and clause[j] != clause[i - 1]:
                    break
                if skip and words[j - 1] in patterns.NO_SKIP:
                    skipped_no = True
                found = _plain_rest(parts, k + 1, j, words, sentence, current, clause)
                if found is not None:
                    gap = tuple(range(i, j)) + found[2]  # (the words the gaps skipped)
                    if not (skipped_no or found[1]):
                        return found[0], False, gap
                    denied = denied or (found[0], True, gap)
            return denied
        if i >= n or sentence[i] != current:
            return None
        if not patterns._part_matches_uncached(parts[k], words[i]):
            if words[i] not in patterns._FILLER_FIRST:
                return None
            i = patterns._past_fillers(parts[k], i, words, sentence, current, n)
            if i < 0:
                return None
        i += 1
        k += 1
    return i, False, ()


def _plain_find(lexicon: list[str], text: str) -> Counter[Match]:
    tokens = tokenize(text)
    words = [t.norm for t in tokens]
    sentence = [t.sentence for t in tokens]
    clause: list[int] = []
    for k, t in enumerate(tokens):
        starts = k == 0 or t.pause or t.sentence != tokens[k - 1].sentence
        clause.append((clause[-1] if clause else 0) + (starts or t.norm in patterns.CLAUSE_BREAKS))
    out: Counter[Match] = Counter()
    for index, phrase in enumerate(lexicon):
        parts = compile_phrase(phrase)
        for i, word in enumerate(words):
            # (a phrase's first word is looked up as it is: a first "my" is not "her")
            first = word == parts[0][1] if parts[0][0] == patterns._WORD else None
            if first or (first is None and patterns._part_matches_uncached(parts[0], word)):
                found = _plain_rest(parts, 1, i + 1, words, sentence, sentence[i], clause)
                if found is not None:
                    out[Match(index, i, found[0] - 1, found[1], found[2])] += 1
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(phrases, min_size=1, max_size=6), texts)
@example(["cramp swollen"], "cramp really swollen")  # a filler right after the first word
@example(["calf ~ swollen"], "calf not at all swollen")  # a denied gap with a filler
@example(["no ~~ cramp*"], "no, cramps")  # a wide gap stops at a pause
@example(["calf my"], "calf my")  # a second "my" found once
@example(["calf my"], "calf her")  # and as "her"
@example(["calf ~ swollen"], "calf is so swollen")  # the words a gap skipped are kept
def test_matcher_finds_what_the_plain_rule_finds(lexicon: list[str], text: str) -> None:
    matcher = Matcher([(phrase, index) for index, phrase in enumerate(lexicon)])
    assert Counter(matcher.find(tokenize(text))) == _plain_find(lexicon, text)
