"""Since when, where the words give several spans: the symptoms' own dates before an
event's, spans said plainly before bare dates, then the longest; and what a span said in
words implies, as the ``since`` table does for a number.
"""

from __future__ import annotations

from collections.abc import Callable

from myotriage.engine.text.context import Choice
from myotriage.engine.text.patterns import CLAUSE_BREAKS, Match
from myotriage.engine.text.targets import SINCE_GROUPS, CompiledLexicon, Target
from myotriage.engine.text.tokens import Token

__all__ = ["SYMPTOM_STEMS", "clause_of", "longest_since", "strong_span"]


#: Words that make a span say plainly since when ("since sunday", "for 3 days", "started
#: this morning", "woke up with it this morning", "2 days now"), not just date something.
_STRONG = frozenset(
    {"since", "for", "ago", "been", "started", "start", "starting", "began", "begun",
     "woke", "woken", "waking", "past", "now", "x", "hx", "history", "onset"}
)  # fmt: skip


def strong_span(tokens: list[Token], m: Match) -> bool:
    """A number with a unit, or a phrase with a word of :data:`_STRONG` in it, in the four
    words of its clause before it, or right after it."""
    if m.what[0] == "q":  # type: ignore[index]
        return True
    words = [tokens[j].norm for j in range(m.first, m.last + 1)]
    if m.last + 1 < len(tokens) and tokens[m.last + 1].norm in ("now", "ago"):
        return True
    for j in range(m.first - 1, max(-1, m.first - 5), -1):
        if tokens[j + 1].pause or tokens[j].sentence != tokens[m.first].sentence:
            break
        words.append(tokens[j].norm)
    return bool(_STRONG.intersection(words))


#: Word beginnings of the symptoms a span may be said with ("cramps for 3 days", "since
#: tuesday my hands spasm", "started twitching last week").
SYMPTOM_STEMS = (
    "cramp", "spasm", "twitch", "jerk", "tight", "stiff", "ache", "aching", "achy", "pain",
    "hurt", "sore", "numb", "tingl", "weak", "flicker", "kick", "seiz", "lock", "knot",
    "swell", "swoll", "throb", "bounc", "shak", "trembl", "tremor", "burn", "pins", "clamp",
    "start", "began", "begun", "symptom", "sick", "vomit", "diarr", "spew",
)  # fmt: skip


#: Word pairs that point back to the symptoms ("been like this for years", "going on over a
#: year", "had it for weeks").
_SYMPTOM_PAIRS = frozenset(
    {("like", "this"), ("like", "that"), ("going", "on"), ("goes", "on"), ("had", "it"),
     ("had", "this"), ("had", "them"), ("the", "runs"), ("it", "happens"), ("they", "happen"),
     ("it", "happened"), ("they", "happened"), ("it", "comes"), ("they", "come")}
)  # fmt: skip


#: Words after "had it" that make it something done to a part ("broke her hip and had it
#: pinned", "had it x-rayed"), not the symptoms had ("had it for weeks").
_DONE = frozenset({"done", "set", "seen", "put", "x", "xrayed", "looked", "checked"})


def _had_done(tokens: list[Token], j: int) -> bool:
    """ "had it pinned", "had them removed", "had it looked at": the pair at ``j`` is
    something done to a part, not a pointer back to the symptoms."""
    if tokens[j].norm != "had" or j + 2 >= len(tokens):
        return False
    after = tokens[j + 2]
    if after.pause or after.sentence != tokens[j].sentence:
        return False
    word = after.norm
    return (word.endswith("ed") and len(word) > 4) or word in _DONE


def clause_of(tokens: list[Token], first: int, last: int) -> range:
    """The words of the clause that holds ``first`` .. ``last``: up to a pause, a sentence
    end or a word such as "but" (``CLAUSE_BREAKS``: "bad back for years but this week ...")."""
    sentence = tokens[first].sentence
    a = first
    while (
        a > 0
        and not tokens[a].pause
        and tokens[a - 1].sentence == sentence
        and tokens[a - 1].norm not in CLAUSE_BREAKS
    ):
        a -= 1
    b = last
    while (
        b + 1 < len(tokens)
        and not tokens[b + 1].pause
        and tokens[b + 1].sentence == sentence
        and tokens[b + 1].norm not in CLAUSE_BREAKS
    ):
        b += 1
    return range(a, b + 1)


def _tied(tokens: list[Token], m: Match) -> bool:
    """The span stands in a clause that names a symptom or its start ("for 3 days my calf
    has felt crampy", "since tuesday my hands spasm"), or one whose symptom follows it
    after a comma ("this week it's awful, spasms ..."), rather than in one that dates
    another event, a history or a test ("knee replaced 5 weeks ago", "bad back for years")."""
    clause = clause_of(tokens, m.first, m.last)
    if any(tokens[j].norm == "been" for j in range(max(clause.start, m.first - 2), m.first)):
        return True  # "been like a year", "been 3 weeks now": the symptoms' time
    words = [j for j in clause if not m.first <= j <= m.last]
    if not words:  # said aside ("since September (4 months)"): the clause before it
        words = [
            j
            for j in range(max(0, m.first - 5), m.first)
            if tokens[j].sentence == tokens[m.first].sentence
        ]
    nxt = clause.stop
    if clause.stop - 1 == m.last or len(words) < 4:
        words += [
            j
            for j in range(nxt, min(len(tokens), nxt + 3))
            if tokens[j].sentence == tokens[m.last].sentence
        ]
    return any(
        tokens[j].norm.startswith(SYMPTOM_STEMS)
        or (
            j + 1 < len(tokens)
            and (tokens[j].norm, tokens[j + 1].norm) in _SYMPTOM_PAIRS
            and not _had_done(tokens, j)
        )
        for j in words
    )


def longest_since(
    c: CompiledLexicon, tokens: list[Token], said: list[tuple[Target, Choice]]
) -> list[tuple[Target, Choice]]:
    """Since when is since the first start. Where the words give several spans, the
    symptoms' own dates go before the date of an event they followed ("stood on a nail 10 days
    ago ... since this morning my jaw", "in a cast since friday. tonight he's in agony"), and
    then those that say it plainly ("since saturday", "6 days ago", "for years") before bare
    dates ("this morning", "last week"); among those, the longest
    stands ("back spasms since saturday ... no wee since last night": days; "for years,
    worse this week": months) and the others, which date what came later, are not read."""
    bounds = c.since_bounds
    stated = [
        t
        for t, ch in said
        if ch == "present" and not t.implied and not t.denial and t.finding in bounds
    ]
    if not stated:
        return [(t, ch) for t, ch in said if not t.dated]
    # Overlapping words are one span ("since this am" and "this am").
    clusters: list[list[int]] = []
    for first, last in sorted((t.match.first, t.match.last) for t in stated):
        if clusters and first <= clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], last)
        else:
            clusters.append([first, last])

    def key_of(m: Match) -> tuple[int, int] | None:
        return next(((a, b) for a, b in clusters if m.first <= b and a <= m.last), None)

    spans: dict[tuple[int, int], tuple[int, float, float]] = {}
    for t in stated:
        key = key_of(t.match)
        assert key is not None
        strong = strong_span(tokens, t.match)
        tier = 4 * (not t.dated) + 2 * (strong and _tied(tokens, t.match)) + strong
        old, low, high = spans.get(key, (tier, 0.0, float("inf")))
        a, b = bounds[t.finding]
        spans[key] = (max(old, tier), max(low, a), min(high, b))
    best = max(spans.values())
    keep = {key for key, value in spans.items() if value == best}
    out = [
        (t, ch)
        for t, ch in said
        if c.group.get(t.finding) not in SINCE_GROUPS or key_of(t.match) in keep
    ]
    words = [t for t in stated if t.match.what[0] != "q"]  # type: ignore[index]
    return out + _implied_by_words(words, keep, spans, key_of, c)


def _implied_by_words(
    words: list[Target],
    keep: set[tuple[int, int]],
    spans: dict[tuple[int, int], tuple[int, float, float]],
    key_of: Callable[[Match], tuple[int, int] | None],
    c: CompiledLexicon,
) -> list[tuple[Target, Choice]]:
    """What a since-when phrase in words implies, as a number does by the ``since`` table:
    the table's absents whose days the phrase's days cannot reach ("this morning": not over
    two weeks, not over three months; "for years": not within 24 hours; "few months" leaves
    over three months open). A span a number reads already has its table row's absents.
    It also implies the table's findings whose days hold all of the phrase's days, as a
    number's row does: "since september", "my whole life" (more than three weeks) are more
    than two weeks; "since last night" (within 24 hours) is under a week."""
    out: list[tuple[Target, Choice]] = []
    done: set[tuple[int, int]] = set()
    stated = {(key_of(t.match), t.finding) for t in words}
    for t in words:
        key = key_of(t.match)
        if key not in keep or key in done:
            continue
        done.add(key)
        _, low, high = spans[key]
        for fid in c.since_absents:
            a, b = c.since_bounds[fid]
            if max(a, low) >= min(b, high):
                out.append((Target(t.match, fid, implied=True), "present"))
        for fid, (a, b) in c.since_bounds.items():
            if a <= low and high <= b and (key, fid) not in stated:
                out.append((Target(t.match, fid), "present"))
    return out
