"""The lexicon's phrases read as targets: excludes that take a phrase back, denials a
gap passed over, negation words that belong to the phrase itself, a "back" that is no body
part, and body parts that ``not_the_place`` says are not where the spasm is.
"""

from __future__ import annotations

import dataclasses

from myotriage.engine.text.medicines import exclude_lifted
from myotriage.engine.text.patterns import CLAUSE_BREAKS, NO_SKIP, Match
from myotriage.engine.text.targets import CANNOT, CompiledLexicon, Target
from myotriage.engine.text.tokens import Token

__all__ = ["NOT_THE_PLACE", "finding_targets"]


#: The key of the words that say a body part is not where the spasm is (``not_the_place``).
NOT_THE_PLACE = ("p", "not_the_place")


#: Besides the places, what ``not_the_place`` takes away: both sides read from the same words
#: ("can lift both arms" says neither the arms nor both sides; "the other leg is fine" still
#: says one side).
_ALSO_NOT_THE_PLACE = frozenset({"side_both"})


#: Words either side of them in which a word of a spasm keeps the body part a place.
_NEAR_PLACE = 2


def _owned_negations(m: Match, kept: list[Match], tokens: list[Token]) -> bool:
    """Whether every negation word inside ``m`` (a denied match) belongs to a phrase of the same
    finding read inside it: "between cramps my hand has *no strength*" does not deny weakness
    (``between ~~ strength``), it says it; "pins and needles and *no feeling* in my groin"."""
    inner = [o for o in kept if o is not m and not o.negated and o.what == m.what and o.inside(m)]
    negations = [k for k in range(m.first, m.last + 1) if tokens[k].norm in NO_SKIP]
    return bool(inner and negations) and all(
        any(o.first <= k <= o.last for o in inner) for k in negations
    )


def _denials_in_gaps(c: CompiledLexicon, matches: list[Match]) -> list[Match]:
    """The denying triggers of the story that count (the longest of overlapping ones, none
    a pseudo trigger's words: "not just" denies nothing)."""
    triggers = sorted((m for m in matches if m.what in c.specs), key=lambda m: (-m.size, m.first))
    kept: list[Match] = []
    for m in triggers:
        if not any(m.overlaps(k) and (m.first, m.last) != (k.first, k.last) for k in kept):
            kept.append(m)
    return [m for m in kept if c.specs[m.what].category == "negated"]


def _gap_denied(c: CompiledLexicon, m: Match, kept: list[Match], denials: list[Match]) -> bool:
    """Whether a gap of ``m`` passed over a denying trigger that may deny its finding, as a
    skipped "not" does, right before one of the phrase's own words that it denies: "wee is
    clear, *nothing* red" (``wee ~ red``); not a trigger of other words in the gap ("claw
    and *wont* straighten, lips tingly"), nor a word after others that it denies ("cant walk
    *normal* since", "way beyond *normal* doms": an adjective, not a denial), nor one of a
    phrase of the same finding inside it, nor one with words of the phrase's own ("no" of
    ``no ~ strength``). ``denials``: :func:`_denials_in_gaps` of the story."""
    if m.negated or not m.skipped:
        return False
    group = c.group.get(m.what[1], "")  # type: ignore[index]
    inner = [o for o in kept if o is not m and o.what == m.what and o.inside(m)]

    def before_own(t: Match) -> bool:  # (it denies the phrase's own word right after it)
        return (
            c.specs[t.what].direction != "backward"
            and t.last + 1 <= m.last
            and t.last + 1 not in m.skipped
        )

    return any(
        t.inside(m)
        and not m.own(t)
        and before_own(t)
        and c.specs[t.what].applies_to(group)
        and not any(t.inside(o) for o in inner)
        for t in denials
    )


def _pseudo_negations(m: Match, pseudo: list[Match], tokens: list[Token]) -> bool:
    """Whether every negation word inside ``m`` belongs to a pseudo trigger inside it ("which
    *isn't like me*", "*not just*"): words that look like a denial and are none."""
    negations = [k for k in range(m.first, m.last + 1) if tokens[k].norm in NO_SKIP]
    inner = [p for p in pseudo if p.inside(m)]
    return bool(negations) and all(any(p.first <= k <= p.last for p in inner) for k in negations)


#: How far before a phrase such a word may stand ("can't *really* bend").
_CANNOT_REACH = 2


def _cannot_without(m: Match, tokens: list[Token]) -> bool:
    """Whether the only negation words a gap of ``m`` skipped are a "without" after a "can't"
    at or right before the phrase's start ("he *cannot* bend his head forward at all
    *without* crying out"): a double denial that says the sign comes."""
    negations = [k for k in m.skipped if tokens[k].norm in NO_SKIP]
    if not negations or any(tokens[k].norm != "without" for k in negations):
        return False
    lo = max(0, m.first - _CANNOT_REACH)
    return any(
        tokens[k].norm in CANNOT
        and tokens[k].sentence == tokens[m.first].sentence
        and not any(tokens[j].pause for j in range(k + 1, negations[0] + 1))
        for k in range(lo, negations[0])
    )


#: A phrase's own words that already say there is nothing ("*nothing* to see ... yet the pain
#: is unbearable").
_NOTHING_WORDS = NO_SKIP | {"nothing", "hardly", "barely"}


def _echoed_denials(m: Match, tokens: list[Token]) -> bool:
    """Whether every negation word a gap of ``m`` skipped goes on with the phrase's own denial
    before it, in an aside that a pause or a "but" closes before the phrase's next own word
    ("*nothing* to see, *not* even a bruise, yet the pain in my forearm is unbearable"): it
    says more of the same nothing, it does not deny the phrase."""
    own = [k for k in range(m.first, m.last + 1) if k not in m.skipped]
    negations = [k for k in m.skipped if tokens[k].norm in NO_SKIP]
    if not negations:
        return False
    for k in negations:
        after = [o for o in own if o > k]
        if not after or not any(tokens[o].norm in _NOTHING_WORDS for o in own if o < k):
            return False
        if not any(
            tokens[j].pause or tokens[j].norm in CLAUSE_BREAKS | {"yet"}
            for j in range(k + 1, after[0] + 1)
        ):
            return False
    return True


#: Negations that open a noun phrase of their own ("maybe a six, *no* numbness", "jaw normal,
#: *no* stiffness"), not ones that deny what the words before them do or are.
_NOUN_NOT = frozenset({"no", "none", "nor", "without"})


def _denied_exclude_holds(x: Match, m: Match, tokens: list[Token]) -> bool:
    """Whether the denied exclude ``x`` still takes back the finding's words ``m``: when a
    verb's "not" its gap skipped stands before them, that "not" denies what the exclude's
    first words are or do, in the exclude's own sense of the finding's words, not the
    finding ("my throat doesn't feel tight" is no throat closing, not a muscle that is not
    tight; "chest isn't tight"). A finding's words before the "not" are not denied by it,
    and stay ("eyelid twitch, eyelid doesn't droop" still says where); a "no" opens words
    of its own ("maybe a six, no numbness" denies the numbness)."""
    return any(
        tokens[k].norm in NO_SKIP and tokens[k].norm not in _NOUN_NOT and k < m.first
        for k in x.skipped
    )


def finding_targets(
    c: CompiledLexicon,
    matches: list[Match],
    tokens: list[Token],
    lifted: frozenset[str] = frozenset(),
) -> list[Target]:
    found = [m for m in matches if isinstance(m.what, tuple) and m.what[0] == "f"]
    # A denied exclude does not exclude: "eyelid twitch, eyelid doesn't droop" still says
    # where the twitch is; except the finding's words its "not" falls on (see
    # :func:`_denied_exclude_holds`).
    excludes = [
        m
        for m in matches
        if isinstance(m.what, tuple)
        and (
            m.what[0] == "x"
            or (m.what[0] == "xl" and not exclude_lifted(m, matches, tokens, lifted))
        )
    ]
    kept = [
        m
        for m in found
        if not any(
            x.what[1] == m.what[1]  # type: ignore[index]
            and x.overlaps(m)
            and (not x.negated or _denied_exclude_holds(x, m, tokens))
            for x in excludes
        )
    ]
    kept = [m for m in kept if not (m.negated and _owned_negations(m, kept, tokens))]
    denials = _denials_in_gaps(c, matches)  # (once per story, not once per phrase)
    kept = [
        dataclasses.replace(m, negated=True) if _gap_denied(c, m, kept, denials) else m
        for m in kept
    ]
    # a gap that skipped only the "not" of a pseudo trigger ("loose, which isn't like me,
    # and blood in the toilet"; "not just") denies nothing: the phrase stands as said
    pseudo = [x for x in matches if x.what in c.specs and c.specs[x.what].category == "pseudo"]
    kept = [
        dataclasses.replace(m, negated=False)
        if m.negated
        and (
            _pseudo_negations(m, pseudo, tokens)
            or _echoed_denials(m, tokens)
            or _cannot_without(m, tokens)
        )
        else m
        for m in kept
    ]
    kept = [m for m in kept if not (m.what[1] == _BACK and _back_again(tokens, m))]  # type: ignore[index]
    elsewhere = [
        m
        for m in matches
        if m.what == NOT_THE_PLACE
        and not any(tokens[k].pause for k in range(m.first + 1, m.last + 1))
        and not _spasm_near(c.near_place, tokens, m.first, m.last)
    ]
    kept = [
        m
        for m in kept
        if not (
            (c.group.get(m.what[1]) == "location" or m.what[1] in _ALSO_NOT_THE_PLACE)  # type: ignore[index]
            and any(x.overlaps(m) for x in elsewhere)
        )
    ]

    def group_of(m: Match) -> str:
        """Where longer words win over shorter ones inside them ("lower belly" over
        "belly"): one finding, or one group of places, durations, triggers...; never across
        yes/no findings ("stiff neck and jaw" says both a stiff neck and a stiff jaw)."""
        fid: str = m.what[1]  # type: ignore[index]
        return fid if c.kind.get(fid, "boolean") == "boolean" else c.group.get(fid, fid)

    out = []
    for m in kept:
        g = group_of(m)
        if any(o is not m and o.size > m.size and m.inside(o) and group_of(o) == g for o in kept):
            continue
        out.append(Target(m, m.what[1], denial=m.negated))  # type: ignore[index]
    return out


_BACK = "loc_back"


#: Words after an opening "back" that make it "returned" ("Back from Sydney yesterday",
#: "back home now"), not the body's back ("Back pain since ...", "back in spasm", "back on the
#: left is sore").
_BACK_AGAIN_AFTER = frozenset({"from", "home"})


def _back_again(tokens: list[Token], m: Match) -> bool:
    """The one word "back" opening its sentence or clause, with "from" or "home" right after
    it ("Back from Sydney yesterday and my calf ...", "..., back home after a long flight"):
    the writer is back somewhere, not speaking of their back."""
    if m.first != m.last or tokens[m.first].norm != "back" or m.last + 1 >= len(tokens):
        return False
    after = tokens[m.last + 1]
    if after.pause or after.sentence != tokens[m.first].sentence:
        return False
    opens = (
        m.first == 0
        or tokens[m.first].pause
        or tokens[m.first - 1].sentence != tokens[m.first].sentence
    )
    return opens and after.norm in _BACK_AGAIN_AFTER


def _spasm_near(near: tuple[str, ...], tokens: list[Token], first: int, last: int) -> bool:
    """Whether a word of a spasm (``near``: "cramp*", "twitch*") stands within a few words of
    ``first``..``last`` in the same clause: "my fingers tingle *and cramp up*" still says the
    fingers cramp; "pins and needles in my hands, also ..." says only the pins and needles."""

    def said(k: int) -> bool:
        w = tokens[k].norm
        return any(w.startswith(n[:-1]) if n.endswith("*") else w == n for n in near)

    for k in range(last + 1, min(len(tokens), last + 1 + _NEAR_PLACE)):
        if tokens[k].sentence != tokens[last].sentence or tokens[k].pause:
            break
        if said(k):
            return True
    for k in range(first - 1, max(-1, first - 1 - _NEAR_PLACE), -1):
        if tokens[k].sentence != tokens[first].sentence or tokens[k + 1].pause:
            break
        if said(k):
            return True
    return False
