"""``parse_text``: a person's story in their own words, turned into findings of the case format.

Steps: check the text (:mod:`.checks`); split it into words (:mod:`.tokens`); find every
phrase of the lexicon (:mod:`.patterns`) and every number that says how long or how much
(:mod:`.quantities`); decide for each finding found whether it is present, denied, doubted,
someone else's or imagined (:mod:`.context`); then settle disagreements, safest first:

* the same finding said two ways: a warning sign present anywhere stays present; anything
  else that is both present and absent becomes unknown (the interview asks it);
* two members of a one-answer group (``pain``, ``duration`` ...): the worst pain stands;
  in the other groups neither stands and both become unknown.

Every finding keeps the places in the text (``spans``, character offsets) of the words it came
from, so a person can see what was understood and correct it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, field
from typing import Any

from myotriage.engine.text.checks import check_language, check_text, looks_like_language
from myotriage.engine.text.context import (
    Choice,
    Modifier,
    TriggerSpec,
    assert_findings,
    select_modifiers,
)
from myotriage.engine.text.patterns import CLAUSE_BREAKS, NO_SKIP, Match, Matcher
from myotriage.engine.text.quantities import (
    ACTIVITY,
    DATES_OTHER,
    Quantity,
    read_age_sex,
    read_quantities,
)
from myotriage.engine.text.story_owner import RELATIVES
from myotriage.engine.text.tokens import Token, number_value, tokenize
from myotriage.errors import InvalidInputError
from myotriage.knowledge.lexicon import Lexicon, SinceRow, load_lexicon, supported_languages
from myotriage.knowledge.loader import Knowledge, load_knowledge

__all__ = ["ParsedText", "TextFinding", "compile_lexicon", "parse_text"]

Span = tuple[int, int]
_RANK = {"absent": 0, "unknown": 1, "present": 2}
_WIDESPREAD = "loc_widespread"
_ONE_LEG = "calf_swelling"


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


# ----------------------------------------------------------------------- compiled lexicon


@dataclass(frozen=True, eq=False)
class _Compiled:
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
    lifted_by: dict[str, tuple[str, ...]]  # lifted_excludes: the findings that lift them
    near_place: tuple[str, ...]  # words of a spasm that keep a body part a place (not_the_place)


#: The key of the words that say a body part is not where the spasm is (``not_the_place``).
_NOT_THE_PLACE = ("p", "not_the_place")
#: Besides the places, what ``not_the_place`` takes away: both sides read from the same words
#: ("can lift both arms" says neither the arms nor both sides; "the other leg is fine" still
#: says one side).
_ALSO_NOT_THE_PLACE = frozenset({"side_both"})
#: Words either side of them in which a word of a spasm keeps the body part a place.
_NEAR_PLACE = 2


@functools.lru_cache(maxsize=8)
def compile_lexicon(kb: Knowledge, language: str) -> _Compiled:
    """The lexicon of ``language`` compiled for ``kb`` (built once, then shared)."""
    lex = load_lexicon(kb, language)
    phrases: list[tuple[str, Hashable]] = []
    for fid, entry in lex.findings.items():
        phrases += [(p, ("f", fid)) for p in entry.phrases]
        phrases += [(p, ("x", fid)) for p in entry.exclude]
    for cid, med in lex.medicines.items():
        phrases += [(p, ("m", cid)) for p in med.names]
    for index, denial in enumerate(lex.denials):
        phrases += [(p, ("d", index)) for p in denial.phrases]
        phrases += [(p, ("dw", index)) for p in denial.not_with]
        phrases += [(p, ("dk", index)) for p in denial.still_with]
    specs: dict[Hashable, TriggerSpec] = {}
    for index, trig in enumerate(lex.context):
        key = ("t", index)
        specs[key] = TriggerSpec(
            trig.category,
            trig.direction,
            trig.max_scope,
            trig.kind,
            frozenset(trig.only_groups),
            frozenset(trig.spare_groups),
            trig.through_lists,
            frozenset(trig.not_before),
        )
        phrases += [(p, key) for p in trig.phrases]
    for fid, lifted in lex.lifted_excludes.items():
        phrases += [(p, ("xl", fid)) for p in lifted.exclude]
        phrases += [(p, ("l", fid)) for p in lifted.words]
    if lex.not_the_place is not None:
        phrases += [(p, _NOT_THE_PLACE) for p in lex.not_the_place.phrases]
    for category, words in lex.terminators.model_dump().items():
        phrases += [(p, ("s", category)) for p in words]
    words = frozenset(w for p, _ in phrases for w in p.replace("*", "").split() if w.isalpha())
    findings = kb.findings
    return _Compiled(
        lexicon=lex,
        matcher=Matcher(phrases),
        specs=specs,
        group={f.id: f.group for f in findings.values()},
        kind={f.id: f.kind for f in findings.values()},
        red_flag=frozenset(f.id for f in findings.values() if f.red_flag),
        known=frozenset(findings),
        order={fid: i for i, fid in enumerate(findings)},
        words=words,
        change_words=frozenset(lex.medicine_change),
        changed_after=frozenset(lex.medicine_changed_after),
        medicine_ids=frozenset(lex.medicines),
        not_onset_after=frozenset(lex.not_onset_after),
        onset_events=frozenset(lex.onset_after_events),
        habit_words=frozenset(lex.habit_words),
        medicine_stems=tuple(lex.medicine_stems),
        other_medicines=frozenset(lex.other_medicines),
        other_histories=frozenset(lex.other_histories),
        since_bounds=_since_bounds(lex),
        since_absents=tuple(dict.fromkeys(f for row in lex.since for f in row.absent)),
        follows_from_finer={f: tuple(v) for f, v in lex.follows_from_finer.items()},
        needs_also={f: tuple(v) for f, v in lex.needs_also.items()},
        dropped_with={f: tuple(v) for f, v in lex.dropped_with.items()},
        denied_within={f: tuple(v) for f, v in lex.denied_within.items()},
        lifted_by={f: tuple(v.by) for f, v in lex.lifted_excludes.items()},
        near_place=tuple(lex.not_the_place.near) if lex.not_the_place is not None else (),
    )


# ----------------------------------------------------------------------- parsing


@dataclass(frozen=True, slots=True)
class _Target:
    match: Match
    finding: str
    implied: bool = False  # an absent that follows ("for 3 days": not months; "no meds")
    denial: bool = False  # words that deny it ("no meds"): said means absent
    dated: bool = False  # a span dating an event the symptoms followed ("a nail a week ago")


def _owned_negations(m: Match, kept: list[Match], tokens: list[Token]) -> bool:
    """Whether every negation word inside ``m`` (a denied match) belongs to a phrase of the same
    finding read inside it: "between cramps my hand has *no strength*" does not deny weakness
    (``between ~~ strength``), it says it; "pins and needles and *no feeling* in my groin"."""
    inner = [o for o in kept if o is not m and not o.negated and o.what == m.what and o.inside(m)]
    negations = [k for k in range(m.first, m.last + 1) if tokens[k].norm in NO_SKIP]
    return bool(inner and negations) and all(
        any(o.first <= k <= o.last for o in inner) for k in negations
    )


def _denials_in_gaps(c: _Compiled, matches: list[Match]) -> list[Match]:
    """The denying triggers of the story that count (the longest of overlapping ones, none
    a pseudo trigger's words: "not just" denies nothing)."""
    triggers = sorted((m for m in matches if m.what in c.specs), key=lambda m: (-m.size, m.first))
    kept: list[Match] = []
    for m in triggers:
        if not any(m.overlaps(k) and (m.first, m.last) != (k.first, k.last) for k in kept):
            kept.append(m)
    return [m for m in kept if c.specs[m.what].category == "negated"]


def _gap_denied(c: _Compiled, m: Match, kept: list[Match], denials: list[Match]) -> bool:
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


#: Words of not being able that a "without" after them turns round: "*cannot* bend his head
#: forward *without* crying out" says he cries out.
_CANNOT = frozenset({"cant", "cannot", "couldnt", "unable"})
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
        tokens[k].norm in _CANNOT
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


def _lifted(m: Match, matches: list[Match], tokens: list[Token], lifted: frozenset[str]) -> bool:
    """Whether a lifted exclude (``lifted_excludes``) is lifted: its finding's medicine was
    named in the story, or one of its words stands in the same sentence ("sweating in the heat
    and I can't sit still")."""
    fid = m.what[1]  # type: ignore[index]
    return fid in lifted or any(
        o.what == ("l", fid)
        and not o.negated
        and tokens[o.first].sentence == tokens[m.first].sentence
        for o in matches
    )


def _lifted_by_medicines(c: _Compiled, tokens: list[Token], found: list[_Target]) -> frozenset[str]:
    """The findings whose lifted excludes a medicine lifts: one of its classes (or a new or
    raised medicine, ``med_new``) is named, and not right after a "no" ("not on sertraline")."""
    named = {t.finding for t in found if not t.denial and not _denied_near(tokens, t.match.first)}
    return frozenset(f for f, by in c.lifted_by.items() if named.intersection(by))


def _denied_near(tokens: list[Token], first: int) -> bool:
    """Whether a negation word stands up to three words before ``first`` in its clause ("not
    on any antidepressants")."""
    return _word_before(tokens, first, NO_SKIP, 3)


def _finding_targets(
    c: _Compiled, matches: list[Match], tokens: list[Token], lifted: frozenset[str] = frozenset()
) -> list[_Target]:
    found = [m for m in matches if isinstance(m.what, tuple) and m.what[0] == "f"]
    # A denied exclude does not exclude: "eyelid twitch, eyelid doesn't droop" still says
    # where the twitch is.
    excludes = [
        m
        for m in matches
        if isinstance(m.what, tuple)
        and (m.what[0] == "x" or (m.what[0] == "xl" and not _lifted(m, matches, tokens, lifted)))
        and not m.negated
    ]
    kept = [
        m
        for m in found
        if not any(x.what[1] == m.what[1] and x.overlaps(m) for x in excludes)  # type: ignore[index]
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
        if m.what == _NOT_THE_PLACE
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
        out.append(_Target(m, m.what[1], denial=m.negated))  # type: ignore[index]
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


def _medicine_targets(
    c: _Compiled, tokens: list[Token], matches: list[Match], found: list[_Target]
) -> list[_Target]:
    """Medicine names as their classes, and ``med_new`` where a word such as "started"
    stands right before a medicine (a name, a class in words: "the new antipsychotic", or a
    medicine of no class: "started carbimazole", "put my baclofen up"), or one such as
    "increased" right after it ("sertraline increased to 100mg", "since nifedipine started")."""
    out = []
    named = [
        _Target(m, m.what[1]) for m in matches if isinstance(m.what, tuple) and m.what[0] == "m"
    ]
    unnamed = [_Target(Match("medicine", j, j), "") for j in _unnamed_medicines(c, tokens)]
    for target in named + [t for t in found if t.finding in c.medicine_ids] + unnamed:
        m = target.match
        if target in named:
            out.append(target)
        elif target in unnamed and tokens[m.first].norm in _MEDICINE_PRONOUNS:
            continue  # ("been on that": the medicine it points back at was read already)
        for j in range(max(0, m.first - 3), m.first):
            if (
                tokens[j].norm in c.change_words
                and tokens[j].sentence == tokens[m.first].sentence
                and not (target in unnamed and _loose_change(tokens, j, m.first))
                and not (tokens[j].norm in ("got", "took") and not _got_new(tokens, j, m.first))
                and not _asked_or_planned(tokens, j)
            ):
                out.append(_Target(Match(("q", "med_new"), j, m.last), "med_new"))
                break
        else:  # "atorvastatin incr 40->80mg", "sertraline increased to 100": a word right after
            j = m.last + 1  # (or after "was", "has been": "her furosemide was doubled")
            while j < len(tokens) and j <= m.last + 2 and tokens[j].norm in _PASSIVE:
                j += 1
            if (
                j < len(tokens)
                and not tokens[j].pause
                and tokens[j].norm in c.changed_after
                and tokens[j].sentence == tokens[m.last].sentence
            ):
                out.append(_Target(Match(("q", "med_new"), m.first, j), "med_new"))
    return out


#: Words between a medicine and a word of change after it that keep it the medicine's change:
#: "her furosemide was doubled", "sertraline has been increased", "my statin got switched".
_PASSIVE = frozenset({"was", "were", "is", "has", "have", "had", "been", "got", "just", "recently"})


def _loose_change(tokens: list[Token], j: int, first: int) -> bool:
    """Before a medicine of no class, "just" only says which one ("just my levothyroxine",
    "just wondering if baclofen ..."), and a word of change must be in its clause ("not on
    anything new, just my levothyroxine")."""
    return tokens[j].norm == "just" or any(tokens[k].pause for k in range(j + 1, first + 1))


#: Words that, up to three before a word of change, make the change one asked about or
#: planned, not made: "can I just stop the statin?", "should I start the new tablets", "the
#: GP wants to increase my dose".
_ASKED = frozenset(
    {"can", "should", "could", "shall", "would", "will", "want", "wants", "wanted", "thinking",
     "planning", "considering", "going", "need", "may", "might", "whether", "if", "ok", "okay",
     "safe"}
)  # fmt: skip


def _asked_or_planned(tokens: list[Token], j: int) -> bool:
    return _word_before(tokens, j, _ASKED, 3)


#: "got" right before a medicine is a new one ("got reglan in the ER", "got a stemetil"),
#: except after a word of having ("I've got omeprazole"), which only says what is taken, and
#: not with "my" between ("got my simvastatin from the chemist"); "took" only with "a" or
#: "some" between ("took a stemetil", "took some tramadol"; not "took sertraline for years").
_HAVE = frozenset({"ive", "have", "has", "hes", "shes", "weve", "theyve", "youve"})
_GOT_BETWEEN = frozenset({"a", "an", "some", "the"})
_ONE_DOSE = frozenset({"a", "an", "some"})


def _got_new(tokens: list[Token], j: int, first: int) -> bool:
    if j > 0 and tokens[j - 1].norm in _HAVE:
        return False
    between = [tokens[k].norm for k in range(j + 1, first)]
    if tokens[j].norm == "took" and not _ONE_DOSE.intersection(between):
        return False
    return all(w in _GOT_BETWEEN for w in between)


_SINCE_GROUPS = frozenset({"persistence", "persistence_detail"})
_NUMBER_GROUPS = _SINCE_GROUPS | {"duration"}


def _onset_only(
    c: _Compiled, tokens: list[Token], targets: list[_Target], numbers: list[Match]
) -> list[_Target]:
    """Time words that say since when it goes on, without those that date something else:
    a span right after a history or a medicine, in the same clause ("a stroke 2 years ago",
    "on sertraline for years", "sertraline went up from 50 to 100mg last week") dates that
    (the nearest of them decides); a bare "weeks" or "years" inside a span the numbers read
    ("2 weeks ago") gives way to the numbers. A span dating an event the symptoms followed
    ("stood on a nail a week ago, now ...", "since my op 2 weeks ago", "started X yesterday
    and today ...") also says since when, when the words link the symptoms to it (see
    :func:`_longest_since`). A phrase of since when or of how long one episode lasts inside a
    number with a unit (``numbers``: "34 years old", "last half hour") gives way to what the
    number says."""
    context = [t for t in targets if t.finding in c.not_onset_after]
    context += [_Target(Match("medicine", j, j), "") for j in _unnamed_medicines(c, tokens)]
    for j, word in enumerate(tokens):  # (each word looked at once: this runs on every story)
        old = _old_complaint(tokens, j)
        if old or word.norm in c.other_histories:
            context.append(_Target(Match("history", j, j), "old" if old else ""))
    # Spans whose reading does not start at zero days ("3 weeks ago": one to three weeks).
    far = {
        (t.match.first, t.match.last)
        for t in targets
        if not t.implied and t.finding in c.since_bounds and c.since_bounds[t.finding][0] > 0
    }
    # Where each time span stands: one between a dating word and a span took the dating
    # ("diabetic for 12 years and for the past 5 days I get cramps": the 5 days are theirs).
    spans = {
        (t.match.first, t.match.last) for t in targets if c.group.get(t.finding) in _SINCE_GROUPS
    }
    out: list[_Target] = []
    bout_over = False
    for t in targets:
        m = t.match
        group = c.group.get(t.finding)
        phrase = m.what[0] == "f"  # type: ignore[index]
        if group in _NUMBER_GROUPS and phrase and any(m.overlaps(q) for q in numbers):
            continue
        if group == "duration" and _past_episode_told(tokens, m.first):
            continue  # "had the same in 2022 and it settled in about a week": that one's
        if group not in _SINCE_GROUPS:
            out.append(t)
            continue
        if phrase and m.first > 0 and tokens[m.first - 1].norm == "in":
            continue  # "haven't had a jab in ages", "first time in years": not since when
        if m.what == _WEEKDAY and any(
            tokens[x.match.first].sentence == tokens[m.first].sentence and not x.match.overlaps(m)
            for x in context
        ):
            # "gave me metoclopramide friday ... this afternoon my neck started", "thyroid out
            # last friday, came home sunday. tonight ...": a weekday in the sentence of a
            # medicine, an operation or a history dates that; the symptoms' own date goes first
            out.append(dataclasses.replace(t, dated=True))
            continue
        if phrase and _dates_other_before(tokens, m.first):
            continue  # "no tetanus jab since school": the jab's date
        if _someone_elses(tokens, m):
            continue  # "sister had the same last week": another person's bout
        if phrase and _dates_a_sign(tokens, m):
            continue  # "this morning my pee is dark brown": the date of that sign
        if _bout_over(tokens, m):
            # "bad diarrhoea most of last week, settled Sat": a bout that is over, and the
            # complaint came after it; a background span ("omeprazole (6 years)") says
            # nothing of since when either
            bout_over = True
            continue
        if phrase and tokens[m.first].norm == "for" and _activity_before(tokens, m.first):
            continue  # "stands for ages and only a trickle comes": the standing's
        if _been_on_before(tokens, m.first) and any(
            x.match.last < m.first and tokens[x.match.last].sentence == tokens[m.first].sentence
            for x in context
        ):
            continue  # "omeprazole 20mg, which I've been on for years": the tablets'
        aside = _aside(tokens, m)
        near = [
            x
            for x in context
            if x.match.first < m.first
            and m.first - x.match.last <= _DATING_REACH
            and tokens[x.match.last].sentence == tokens[m.first].sentence
            and not any(tokens[j].pause for j in range(x.match.last + 2, m.first + 1) if j != aside)
            and not _new_clause_span(tokens, m.first)
            and not any(x.match.last < first and last < m.first for first, last in spans)
        ]
        if _complaint_shorthand(tokens, m):  # "R sciatica x5/7": how long the complaint
            near = [x for x in near if c.group.get(x.finding) != "history"]
        nearest = max((x.match.last for x in near), default=-1)
        dates = [x for x in near if x.match.last == nearest]
        if not dates:
            # "Nine days ago I stood on a garden fork", "About three weeks ago you put my
            # atorvastatin up": a span opening its clause dates the event right after it.
            dates = [x for x in context if _dates_next(tokens, m, x.match)]
            if not dates:
                # "had the same in my calf 2 years ago", "had this last year and it went in 3
                # days": a past episode's date says nothing of since when this one goes on
                if not (_past_episode(tokens, m) or _past_episode_told(tokens, m.first)):
                    out.append(t)
                continue
            event = min(x.match.first for x in dates)
            link = _linked(tokens, event, max(x.match.last for x in dates))
            if link == "before":
                out.append(t)  # "3 years ago I had a stroke and ever since ...": their start
            elif link == "after" and any(x.finding in c.onset_events for x in dates):
                out.append(dataclasses.replace(t, dated=True))
            continue
        event = min(x.match.first for x in dates)
        onset = any(x.finding in c.onset_events for x in dates)
        link = _linked(tokens, event, m.last)
        if all(x.finding == "old" for x in dates) and _years_span(tokens, m):
            continue  # "had a bad back for years", "back's been stiff for years": background
        if any(x.match.what == "history" for x in dates):
            # "IBS on and off for years": the condition's span, used only where the story
            # gives no other ("stomach cramps every morning, IBS for years")
            out.append(dataclasses.replace(t, dated=True))
        elif link == "before" and (onset or not _since_inside(tokens, event)):
            out.append(t)  # "spasms since lifting the sofa on sunday", "since my stroke 2
            # years ago", "a stroke 3 yrs ago ... tight ever since": their start
        elif (
            onset
            and link == "after"
            and not (
                (m.first, m.last) in far
                and all(x.finding in _START_UNSAID for x in dates if x.finding in c.onset_events)
            )
            and not (
                (m.first, m.last) in far
                and any(x.finding in _TIGHT_LINK for x in dates)
                and not _linked_in_sentence(tokens, m.last)
            )
        ):
            out.append(dataclasses.replace(t, dated=True))
    if bout_over:
        out = [t for t in out if not (t.dated and c.group.get(t.finding) in _SINCE_GROUPS)]
    return out


#: Events a span that does not start at zero days ("8 days ago", "last week") dates, which
#: says since when only where the words tie the symptoms to it in that same sentence ("cut my
#: hand on a fence 10 days ago, now my neck is stiff"): told apart ("stood on a nail 8 days
#: ago, didnt think much of it. now my jaw ..."), the symptoms came some time after it.
_TIGHT_LINK = frozenset({"wound_recent", "recent_surgery"})


def _linked_in_sentence(tokens: list[Token], span_last: int) -> bool:
    """A word such as "now" or "since" ties what follows to the span, in the span's own
    sentence."""
    sentence = tokens[span_last].sentence
    for j in range(span_last + 1, len(tokens)):
        if tokens[j].sentence != sentence:
            return False
        if tokens[j].norm in _LINK_AFTER:
            return True
    return False


#: Who, other than the patient, may have had "the same" ("sister had same last wk", "his
#: brother ran the same race last year"): their bout's date is not the patient's.
_OTHERS = RELATIVES | frozenset(
    {"mate", "mates", "pal", "pals", "classmate", "classmates", "teammate", "teammates",
     "everyone", "others", "someone", "nursery", "school", "class", "house", "household"}
)  # fmt: skip
_SAME = frozenset({"same", "similar"})


def _someone_elses(tokens: list[Token], m: Match) -> bool:
    """The span stands in a sentence that tells another person had the same ("Sister had
    same last wk", "his brother ran the same race last year and had sore legs for a couple of
    days"): someone named before "same", both before the span, and no "I" or "me" in it."""
    sentence = tokens[m.first].sentence
    before = [t.norm for t in tokens[max(0, m.first - 12) : m.first] if t.sentence == sentence]
    if not _SAME.intersection(before):
        return False
    same = max(k for k, w in enumerate(before) if w in _SAME)
    who = [k for k, w in enumerate(before[:same]) if w in _OTHERS]
    return bool(who) and not {"i", "me", "im", "ive", "my"} & set(before[who[0] + 1 :])


#: Words of passing water: a bare date in their clause ("this morning my pee is dark brown",
#: "wet myself twice today", "last night i struggled to get my wee started") dates that sign.
_URINE = frozenset(
    {"pee", "peed", "wee", "weed", "urine", "piss", "pissed", "commode", "wet", "weeing",
     "peeing"}
)  # fmt: skip


_SIGN_REACH = 5


def _dates_a_sign(tokens: list[Token], m: Match) -> bool:
    """The span is a bare date ("today", "this morning", not "since this morning") up to five
    words from a word of passing water in its clause: it dates that sign, which came after the
    complaint began, not since when the complaint goes on ("cant pee since this morning" still
    says it)."""
    if _strong(tokens, m):
        return False
    near = range(m.first - _SIGN_REACH, m.last + _SIGN_REACH + 1)
    return any(tokens[j].norm in _URINE for j in _clause(tokens, m.first, m.last) if j in near)


#: Words that say a bout is over ("settled Sat", "cleared up", "thats settled now").
_OVER = frozenset(
    {"settled", "cleared", "resolved", "stopped", "recovered", "passed", "subsided", "ended"}
)  # fmt: skip
#: Words of an illness or event that can be over before the complaint began.
_BOUT = frozenset(
    {"bug", "diarrhoea", "diarrhea", "d&v", "runs", "vomiting", "sickness", "flu", "cold",
     "virus", "infection", "gastro", "sick", "fever", "temps", "temp", "chest", "cough"}
)  # fmt: skip
_OVER_REACH = 6
_OVER_AFTER_REACH = 10


def _bout_over(tokens: list[Token], m: Match) -> bool:
    """The span dates an illness that is over by the time the complaint came ("Bad diarrhoea
    most of last week, settled Sat", "Had a tummy bug last week with the runs for 4 days,
    thats settled now"): a word of such an illness up to six words before the span and a word
    of its end up to ten words after it, in its sentence, not denied ("hasnt settled")."""
    sentence = tokens[m.first].sentence
    bout = any(
        tokens[j].norm in _BOUT and tokens[j].sentence == sentence
        for j in range(max(0, m.first - _OVER_REACH), m.first)
    )
    if not bout:
        return False
    for j in range(m.last + 1, min(len(tokens), m.last + 1 + _OVER_AFTER_REACH)):
        if tokens[j].sentence != sentence:
            return False
        if tokens[j].norm in _OVER:
            return not (j > 0 and tokens[j - 1].norm in NO_SKIP | {"wont", "cant", "not"})
    return False


#: Words that make a back or a knee an old complaint ("bad back for years", "dodgy knee since
#: school"): like a history, a span right after it dates that, not the new trouble.
_OLD_COMPLAINT = frozenset({"bad", "dodgy", "ropey", "ropy", "iffy", "weak", "crook"})
_OLD_PARTS = frozenset({"back", "knee", "knees", "hip", "hips", "neck", "shoulder"})


#: Words of a span of years or more ("for years", "for ages", "for decades").
_YEARS = frozenset({"years", "yrs", "year", "ages", "decade", "decades"})


def _years_span(tokens: list[Token], m: Match) -> bool:
    """The span ``m`` is one of years or more: an old complaint's, told as background."""
    return any(tokens[j].norm in _YEARS for j in range(m.first, m.last + 1))


def _old_complaint(tokens: list[Token], j: int) -> bool:
    """ "bad back", "dodgy knee", "my bad neck": a long-standing complaint named as such; a
    span right after it dates it ("bad back for years, yesterday it went into spasm": days),
    unless a symptom word follows it ("bad back pain 5 days": the complaint's own). So does
    the "e" of "a&e", a visit ("went to a&e yesterday with vomiting, this afternoon my neck
    ...": hours), as "gp" or "hospital" do (``other_histories``)."""
    if tokens[j].norm == "e" and j > 1 and [t.norm for t in tokens[j - 2 : j]] == ["a", "and"]:
        return True
    if _part_been_old(tokens, j):
        return True
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return (
        tokens[j].norm in _OLD_PARTS
        and j > 0
        and tokens[j - 1].norm in _OLD_COMPLAINT
        and tokens[j - 1].sentence == tokens[j].sentence
        and not nxt.startswith(_SYMPTOM_STEMS)
    )  # not "bad back pain with spasms 5 days": the complaint itself


#: Words between a part and its old complaint's adjective ("back's been stiff", "knee has
#: always been dodgy").
_BEEN_BETWEEN = frozenset({"s", "has", "have", "is", "always", "been"})


def _part_been_old(tokens: list[Token], j: int) -> bool:
    """ "my back's been bad" ("backs"), "lower back has been stiff", "knee has always been
    dodgy": the adjective at ``j`` names an old complaint of a back, knee, hip ... told with
    "been"."""
    if tokens[j].norm not in _OLD_COMPLAINT | {"stiff", "sore"}:
        return False
    k = j - 1
    between: list[str] = []
    while k >= 0 and tokens[k].sentence == tokens[j].sentence and len(between) < 4:
        part = tokens[k].norm
        if part in _OLD_PARTS or (part.endswith("s") and part[:-1] in _OLD_PARTS):
            return "been" in between and all(w in _BEEN_BETWEEN for w in between)
        between.append(tokens[k].norm)
        k -= 1
    return False


#: Events whose date says since when only where the words say the symptoms began then
#: ("started X 10 days ago and since then ..."): "started sertraline 3 weeks ago and now I'm
#: shaking" says only that the shaking began less than three weeks ago, so a reading that
#: starts at zero stays ("started it yesterday and now ...": days) and one that does not
#: ("3 weeks ago": one to three weeks) is not read.
_START_UNSAID = frozenset({"med_new"})


#: Words that may stand before a span that opens its clause ("so last Wednesday I was
#: started on ...", "about three weeks ago you put ...").
_CLAUSE_OPENERS = frozenset(
    {"well", "ok", "about", "around", "approx", "approximately", "roughly", "like", "just",
     "only", "over", "nearly", "almost", "maybe"}
)  # fmt: skip
#: Words that start a new clause without a comma ("I've been sick a lot so last Wednesday").
_CONJUNCTIONS = frozenset({"so", "and", "then", "but", "because", "cos", "coz"})
#: How many words may stand between such a span and the event it dates ("Nine days ago *I*
#: stood on a fork", "three weeks ago *the GP* put my statin up").
_NEXT_EVENT_REACH = 4


def _dates_next(tokens: list[Token], m: Match, event: Match) -> bool:
    """The span ``m`` opens its clause and the event follows it closely in that clause ("Nine
    days ago I stood on a garden fork", "last Wednesday I was started on metoclopramide",
    "3 years ago I had a stroke"): the span dates the event."""
    if not 0 < event.first - m.last <= _NEXT_EVENT_REACH + 1:
        return False
    if any(
        tokens[j].pause or tokens[j].sentence != tokens[m.last].sentence
        for j in range(m.last + 1, event.first + 1)
    ):
        return False
    j = m.first - 1
    while j >= 0 and not tokens[j + 1].pause and tokens[j].sentence == tokens[m.first].sentence:
        if tokens[j].norm in _CONJUNCTIONS:
            return True
        if tokens[j].norm not in _CLAUSE_OPENERS:
            return False
        j -= 1
    return True


#: Words that may open a span said aside ("omeprazole 20mg (for years)", "(on it for ages)",
#: "sertraline 50mg (2 yrs, no changes)", "lansoprazole 30mg (had it for years)").
_ASIDE_WORDS = frozenset(
    {"for", "about", "around", "approx", "approximately", "roughly", "over", "since", "on",
     "it", "them", "taken", "taking", "been", "like", "nearly", "almost", "just", "maybe",
     "had", "ive", "used", "using"}
)  # fmt: skip


def _aside(tokens: list[Token], m: Match) -> int:
    """Where a span said aside opens (``-1`` when it is none): its clause holds nothing but
    it and a few words such as "for", "about", "on it" ("omeprazole 20mg (for years)",
    "citalopram (about 6 years)"); it dates what stands before it."""
    after = m.last + 1
    if not (
        after >= len(tokens)
        or tokens[after].pause
        or tokens[after].sentence != tokens[m.last].sentence
    ):
        return -1
    j = m.first
    while not tokens[j].pause:
        if j == 0 or tokens[j - 1].sentence != tokens[j].sentence:
            return -1
        if j < m.first and tokens[j].norm not in _ASIDE_WORDS:
            return -1
        j -= 1
    if j < m.first and tokens[j].norm not in _ASIDE_WORDS:
        return -1
    return j


def _word_before(tokens: list[Token], first: int, words: Collection[str], reach: int) -> bool:
    """One of ``words`` up to ``reach`` words before ``first``, in its clause."""
    for j in range(first - 1, max(-1, first - reach - 1), -1):
        if tokens[j + 1].pause or tokens[j].sentence != tokens[first].sentence:
            return False
        if tokens[j].norm in words:
            return True
    return False


def _activity_before(tokens: list[Token], first: int) -> bool:
    """A word of standing, sitting or waiting up to two words before ``first`` in its clause
    ("stands for ages and only a trickle comes", "sat for ages"): the span is that's."""
    return _word_before(tokens, first, ACTIVITY, 2)


def _been_on_before(tokens: list[Token], first: int) -> bool:
    """ "been on", "was on" right before the span at ``first`` (or before its "for"): "which
    I've been on for years", "she's been on since 2019" (what she takes, named before it);
    also "on it" or "on them" with "for" or "about" between ("omeprazole (on it about 6
    years)", "on them for ages")."""
    k = first - 1
    if k >= 0 and tokens[k].norm == "for":
        k -= 1
    if k >= 1 and tokens[k].norm in _MEDICINE_PRONOUNS and tokens[k - 1].norm == "on":
        return True
    if k >= 2 and tokens[k].norm in _ON_IT_QUALIFIERS:
        return tokens[k - 1].norm in _MEDICINE_PRONOUNS and tokens[k - 2].norm == "on"
    return k >= 1 and tokens[k].norm == "on" and tokens[k - 1].norm in _BEING_ON


#: Words between "on it" and its span ("on it about 6 years", "on them roughly 2 years").
_ON_IT_QUALIFIERS = frozenset({"about", "around", "roughly", "approx", "nearly", "almost"})


def _since_inside(tokens: list[Token], event: int) -> bool:
    """The "since" or "after" right before the event at ``event`` stands inside a clause ("on
    rosuvastatin since a heart attack last year": the tablets' start), not at its opening
    ("since my stroke last year my leg goes stiff": the stiffness's start)."""
    for j in range(max(0, event - 3), event + 1):
        if tokens[j].norm in _LINK_BEFORE:
            opens = j == 0 or tokens[j].pause or tokens[j - 1].sentence != tokens[j].sentence
            return not (opens or tokens[j - 1].norm in ("and", "but", "ever", "so"))
    return False


def _dates_other_before(tokens: list[Token], first: int) -> bool:
    """A word such as "jab", "booster", "diagnosed" up to three words before ``first`` in its
    clause: the words after it date that ("no tetanus jab since school")."""
    return _word_before(tokens, first, DATES_OTHER, 3)


#: Words after a span that put it in the past of an event that is over ("2 years ago",
#: "a couple of years back", "for weeks last winter").
_PAST_AFTER = frozenset({"ago", "back", "last"})
#: Words before "had" that make it the present perfect ("I've had cramps for 3 weeks"),
#: which says since when, not a past event.
_PERFECT = frozenset({"have", "has", "ive", "weve", "hes", "shes", "theyve", "youve", "'ve"})
#: Words after the span, in its sentence, that link the past event to now ("... 2 years ago
#: and ever since", "a fall 3 weeks ago, since then").
_LINK_NOW = frozenset({"since", "now", "started", "began", "start", "first", "ever"})


def _past_episode(tokens: list[Token], m: Match) -> bool:
    """A span dating a past event that is over, in a sentence of its own told with "had" ("I
    had a stiff neck for weeks last winter", "had something like it in my calf 2 years ago
    that went away", "when I last had a tetanus jab, maybe 20 years ago", "she had a panic
    attack years ago"): "ago", "back" or "last" right after the span (or ending it), no "have"
    or "has" before the "had", and no word tying it to now ("since", "now", "first") in the
    sentence. It dates that event, so it gives way to the symptoms' own dates."""
    sentence = tokens[m.first].sentence
    ends = tokens[m.last].norm in ("ago", "back")
    after = m.last + 1 < len(tokens) and tokens[m.last + 1].sentence == sentence
    if not ends and not (after and tokens[m.last + 1].norm in _PAST_AFTER):
        return False
    had = [
        j
        for j in range(max(0, m.first - 14), m.first)
        if tokens[j].sentence == sentence and tokens[j].norm == "had"
    ]
    if not had or any(j > 0 and tokens[j - 1].norm in _PERFECT for j in had):
        return False
    words = [
        t.norm
        for j, t in enumerate(tokens)
        if t.sentence == sentence and not (j > 0 and tokens[j - 1].norm == "at")
    ]  # "at first I thought": not a start
    return not _LINK_NOW.intersection(words)


#: Words after an opening "had" that point back at the complaint ("had the same", "had this").
_SAME_AGAIN = frozenset({"the", "this", "it", "that", "something", "similar"})
#: Words that put such a sentence in the past ("... years ago", "... years back", "in 2022").
_PAST_MARKERS = frozenset({"ago", "back", "before", "previously", "years"})


def _past_episode_told(tokens: list[Token], j: int) -> bool:
    """The word at ``j`` stands in a sentence that tells a past bout of the same complaint:
    it opens with "had" (or "I had") and "the same", "this", "it" ..., and "ago", "back",
    "before", "years", "last year" or a year puts it in the past (not "had this cramp for 20
    minutes last night") ("Had the same thing in 2022 and it settled in about a week", "had
    this last year and it went in 3 days"): how long that bout lasted is not this one's."""
    sentence = tokens[j].sentence
    words = [t.norm for t in tokens if t.sentence == sentence]
    if words[:1] == ["i"]:
        words = words[1:]
    if len(words) < 2 or words[0] != "had" or words[1] not in _SAME_AGAIN:
        return False
    pairs = set(zip(words, words[1:], strict=False))
    return ("last", "year") in pairs or any(
        w in _PAST_MARKERS or (len(w) == 4 and w.isdigit()) for w in words
    )


#: Words that open a new clause before "for the last ..." ("..., and for the last 4 days").
_NEW_CLAUSE = frozenset({"and", "but", "then", "so"})


def _new_clause_span(tokens: list[Token], first: int) -> bool:
    """A span that opens its clause with "last" or "past" ("has cerebral palsy, last 2 days
    his legs ..."), or with "and for the last/past" ("after my heart attack in the summer and
    for the last four days my thighs ..."): it dates what follows, not the history before
    it."""
    j = first - 1
    if j >= 0 and tokens[j].norm == "the":
        j -= 1
    if j < 0 or tokens[j].norm not in ("last", "past"):
        return False
    k = j - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    if k >= 1 and tokens[k].norm in ("for", "over") and tokens[k - 1].norm in _NEW_CLAUSE:
        return True
    return j == 0 or tokens[j].pause or tokens[j - 1].sentence != tokens[j].sentence


def _complaint_shorthand(tokens: list[Token], m: Match) -> bool:
    """Clinic shorthand "x5/7", "x 3/52" (not followed by "ago"): how long the complaint it
    follows has gone on, even where that complaint is also a history word ("sciatica")."""
    last = m.last + 1 < len(tokens) and tokens[m.last + 1].norm == "ago"
    return (
        m.what == ("q", "since")
        and tokens[m.first].norm[:1] == "x"
        and any(tokens[j].norm == "/" for j in range(m.first, m.last + 1))
        and not last
    )


#: How many words after a history or medicine a span may stand and still date it.
_DATING_REACH = 8
#: Words that tie the symptoms to an event before them ("..., now my jaw is stiff", "since
#: my op", "and today my neck ...").
_LINK_AFTER = frozenset({"now", "since", "today", "tonight", "then", "ever"})
_LINK_BEFORE = frozenset({"since", "after"})


def _linked(tokens: list[Token], event_first: int, span_last: int) -> str | None:
    """How words say the symptoms followed the event: ``"before"`` for "since" or "after"
    right before it ("spasms since lifting the sofa on sunday") or "since" after its date
    ("hurt my back 6 days ago, sciatica since"): the symptoms' start; ``"after"`` for "now",
    "since", "today" ... after its date, in that sentence or the next ("stood on a nail last
    week. now my jaw ..."); None when they do not."""
    if any(tokens[j].norm in _LINK_BEFORE for j in range(max(0, event_first - 3), event_first + 1)):
        return "before"
    sentence = tokens[span_last].sentence
    for j in range(span_last + 1, min(len(tokens), span_last + 40)):
        if tokens[j].sentence > sentence + 1:
            return None
        if tokens[j].norm == "since" and _back_reference(tokens, j):
            return "before"  # "hurt my back 6 days ago, sciatica since": their start
        if tokens[j].norm == "ever" and j + 1 < len(tokens) and tokens[j + 1].norm == "since":
            return "before"  # "a stroke 3 yrs ago ... tight all the time ever since"
        if tokens[j].norm in _LINK_AFTER:
            return "after"
    return None


def _since_bounds(lex: Lexicon) -> dict[str, tuple[float, float]]:
    """For each finding of since when, the days it covers (from the lexicon's ``since``
    table): persist_hours 0-1, persist_days 0-7, persist_over_3m 92-..."""
    bounds: dict[str, tuple[float, float]] = {}
    low = 0.0
    for row in lex.since:
        for fid in row.present:
            a, b = bounds.get(fid, (low, row.up_to_days))
            bounds[fid] = (min(a, low), max(b, row.up_to_days))
        low = row.up_to_days
    return bounds


def _back_reference(tokens: list[Token], j: int) -> bool:
    """The "since" at ``j`` points back ("... since.", "since then", "ever since"), it does
    not start a new date ("since this morning")."""
    k = j + 1
    return (
        k >= len(tokens)
        or tokens[k].pause
        or tokens[k].sentence != tokens[j].sentence
        or tokens[k].norm in ("then", "and", "but")
    )


#: Words that make a span say plainly since when ("since sunday", "for 3 days", "started
#: this morning", "woke up with it this morning", "2 days now"), not just date something.
_STRONG = frozenset(
    {"since", "for", "ago", "been", "started", "start", "starting", "began", "begun",
     "woke", "woken", "waking", "past", "now", "x", "hx", "history", "onset"}
)  # fmt: skip


def _strong(tokens: list[Token], m: Match) -> bool:
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
_SYMPTOM_STEMS = (
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


def _clause(tokens: list[Token], first: int, last: int) -> range:
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
    clause = _clause(tokens, m.first, m.last)
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
        tokens[j].norm.startswith(_SYMPTOM_STEMS)
        or (
            j + 1 < len(tokens)
            and (tokens[j].norm, tokens[j + 1].norm) in _SYMPTOM_PAIRS
            and not _had_done(tokens, j)
        )
        for j in words
    )


def _longest_since(
    c: _Compiled, tokens: list[Token], said: list[tuple[_Target, Choice]]
) -> list[tuple[_Target, Choice]]:
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
        strong = _strong(tokens, t.match)
        tier = 4 * (not t.dated) + 2 * (strong and _tied(tokens, t.match)) + strong
        old, low, high = spans.get(key, (tier, 0.0, float("inf")))
        a, b = bounds[t.finding]
        spans[key] = (max(old, tier), max(low, a), min(high, b))
    best = max(spans.values())
    keep = {key for key, value in spans.items() if value == best}
    out = [
        (t, ch)
        for t, ch in said
        if c.group.get(t.finding) not in _SINCE_GROUPS or key_of(t.match) in keep
    ]
    words = [t for t in stated if t.match.what[0] != "q"]  # type: ignore[index]
    return out + _implied_by_words(words, keep, spans, key_of, c)


def _implied_by_words(
    words: list[_Target],
    keep: set[tuple[int, int]],
    spans: dict[tuple[int, int], tuple[int, float, float]],
    key_of: Callable[[Match], tuple[int, int] | None],
    c: _Compiled,
) -> list[tuple[_Target, Choice]]:
    """What a since-when phrase in words implies, as a number does by the ``since`` table:
    the table's absents whose days the phrase's days cannot reach ("this morning": not over
    two weeks, not over three months; "for years": not within 24 hours; "few months" leaves
    over three months open). A span a number reads already has its table row's absents.
    It also implies the table's findings whose days hold all of the phrase's days, as a
    number's row does: "since september", "my whole life" (more than three weeks) are more
    than two weeks; "since last night" (within 24 hours) is under a week."""
    out: list[tuple[_Target, Choice]] = []
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
                out.append((_Target(t.match, fid, implied=True), "present"))
        for fid, (a, b) in c.since_bounds.items():
            if a <= low and high <= b and (key, fid) not in stated:
                out.append((_Target(t.match, fid), "present"))
    return out


def _not_habits(c: _Compiled, tokens: list[Token], targets: list[_Target]) -> list[_Target]:
    """Without frequencies that say how often the person does something else: "6 pints most
    nights", "gym 3 times a week" (a habit word up to three words before, no pause between),
    or takes a medicine: "symbicort twice a day", "baclofen 10mg three times a day" (its name
    up to four words before)."""
    named = [(t.match.first, t.match.last) for t in targets if t.finding in c.medicine_ids]
    named += [(j, j) for j in _unnamed_medicines(c, tokens)]
    return [
        t
        for t in targets
        if c.group.get(t.finding) != "frequency"
        or not (
            _habit_before(c, tokens, t.match.first)
            or any(_dose_after(tokens, last, t.match.first) for _, last in named)
            or any(_dose_before(tokens, t.match.last, first) for first, _ in named)
        )
    ]


#: Words that stand for a medicine already named: "been on *that* for years".
_MEDICINE_PRONOUNS = frozenset({"that", "it", "them", "these", "those", "this"})
_BEING_ON = frozenset({"been", "still", "was", "were", "im", "is", "are", "stayed", "kept"})
#: Words that end like a medicine's stem but are none ("since April").
_NOT_MEDICINES = frozenset({"april"})


def _unnamed_medicines(c: _Compiled, tokens: list[Token]) -> list[int]:
    """Where a story names a medicine the lexicon does not class ("amlodipine",
    "bisoprolol": their names end in a WHO INN stem, ``medicine_stems``; "warfarin",
    "insulin": ``other_medicines``) or points back at
    one ("been on *that* for years"): the time and dosing words right after it are about the
    medicine, not the spasms ("on amlodipine for years" dates the tablets). Such a name
    says nothing of a class, so no finding comes of it."""
    out = []
    for j, t in enumerate(tokens):
        word = t.norm
        named = word in c.other_medicines or (
            len(word) >= 7
            and word.isalpha()
            and word not in _NOT_MEDICINES
            and word.endswith(c.medicine_stems)
        )
        pointed = (
            word in _MEDICINE_PRONOUNS
            and j >= 2
            and tokens[j - 1].norm == "on"
            and tokens[j - 2].norm in _BEING_ON
        )
        if named or pointed:
            out.append(j)
    return out


#: How many words after a medicine's name its dosing may start ("baclofen 10 mg three times").
#: Where only a dose stands between, a bracket or comma may too ("co-careldopa 25/100) four
#: times a day", "baclofen 10mg, three times a day").
_DOSE_WORDS = frozenset({"/", "mg", "mcg", "ml", "g", "units", "micrograms", "iu", "x"})
_DOSE_REACH = 4


def _dose_after(tokens: list[Token], last: int, first: int) -> bool:
    """The frequency at ``first`` follows a medicine's name ending at ``last`` closely, in its
    clause: how often it is taken."""
    between = [tokens[j].norm for j in range(last + 1, first)]
    dose = bool(between) and all(w in _DOSE_WORDS or number_value(w) is not None for w in between)
    return (
        0 < first - last <= _DOSE_REACH
        and tokens[first].sentence == tokens[last].sentence
        and (dose or not any(tokens[j].pause for j in range(last + 1, first + 1)))
    )


def _dose_before(tokens: list[Token], last: int, first: int) -> bool:
    """The frequency ending at ``last`` stands right before a medicine's name starting at
    ``first``, in one clause: how often it is given ("on weekly paclitaxel", "monthly
    denosumab injections")."""
    return (
        first == last + 1
        and not tokens[first].pause
        and tokens[first].sentence == tokens[last].sentence
    )


#: How many words before a frequency a habit word may stand ("the stretches she gave me
#: every day", "gym 3 times a week").
_HABIT_REACH = 4


def _habit_before(c: _Compiled, tokens: list[Token], first: int) -> bool:
    for j in range(first - 1, max(-1, first - _HABIT_REACH - 1), -1):
        if tokens[j + 1].pause or tokens[j].sentence != tokens[first].sentence:
            return False
        if tokens[j].norm in c.habit_words:
            return True
    return False


#: Words that may stand between a "not" and the words it turns round ("not *really* her usual
#: self", "isn't *quite* with it").
_SOFTENERS = frozenset({"really", "quite", "exactly", "entirely", "totally", "completely"})


#: Words that say the person tried and could not ("can't straighten it"), where "won't
#: straighten" says the part itself does not move through its range.
_TRIED = frozenset({"cant", "couldnt", "cannot", "unable"})
#: Words that say something can no longer be done: "she *can't* walk normally", "he *cannot*
#: talk properly" (with :data:`NO_SKIP`, before a denial they turn it round).
_CANNOT = _TRIED | {"wont"}


def _negated_before(tokens: list[Token], first: int) -> bool:
    """Whether a negation word stands right before the words at ``first``, in the same clause
    ("she is *not* her usual self", "he *isn't* really with it"), or an inability does ("she
    is *no longer able to* walk normally", "I'm *not able to* put weight on it", "he *can no
    longer* talk normally", "*unable to* swallow fine")."""
    j = first - 1
    while j >= 0 and tokens[j].norm in _SOFTENERS and not tokens[j + 1].pause:
        j -= 1
    if j >= 1 and tokens[j].norm == "to" and tokens[j - 1].norm in ("able", "unable"):
        j -= 1 if tokens[j - 1].norm == "unable" else 2
    if j >= 1 and tokens[j].norm == "longer" and tokens[j - 1].norm in ("no", "any"):
        j -= 1
    return (
        j >= 0
        and (tokens[j].norm in NO_SKIP or tokens[j].norm in _CANNOT)
        and tokens[j].sentence == tokens[first].sentence
        and not any(tokens[k].pause for k in range(j + 1, first + 1))
    )


#: Words that turn "it works" round: "I can *barely* open my mouth wide" says it does not.
_SCARCELY = frozenset({"barely", "hardly", "scarcely"})
#: Words that put a denial in the past or the usual: "she is *normally* sharp as a tack".
_USUALLY = frozenset({"normally", "usually", "ordinarily"})
#: Words right after a denial that say it held only until a change: "he was talking normally,
#: *and then* within minutes his face dropped", "I was fine *until* this morning".
_UNTIL = frozenset({"then", "until", "till", "til", "untill"})
_WAS = frozenset({"was", "were", "been"})


def _until_after(tokens: list[Token], m: Match) -> bool:
    """Whether a "then" or "until" follows a denial's words in the same sentence, at most an
    "and" between: the words tell how it was before it changed."""
    k = m.last + 1
    if (
        k < len(tokens)
        and tokens[k].norm == "and"
        and tokens[k].sentence == tokens[m.last].sentence
    ):
        k += 1
    if k >= len(tokens) or tokens[k].sentence != tokens[m.last].sentence:
        return False
    if tokens[k].norm != "then":
        return tokens[k].norm in _UNTIL
    # "then" after a denial in the present goes on with it ("it eases when I stretch, and
    # then it's fine"); after one in the past it tells of a change ("was talking normally")
    before = range(max(m.first - 1, 0), m.last + 1)
    return any(tokens[j].norm in _WAS for j in before)


def _only_just(tokens: list[Token], m: Match) -> bool:
    """Whether a denial's words hold a "barely" ("can barely open my mouth wide"), stand
    right after a "normally" ("she's normally sharp as a tack") or right before a "then" or
    "until" ("talking normally and then ..."): they deny nothing now."""
    return (
        any(tokens[k].norm in _SCARCELY for k in range(m.first, m.last + 1))
        or (
            m.first > 0
            and tokens[m.first - 1].norm in _USUALLY
            and tokens[m.first - 1].sentence == tokens[m.first].sentence
            and not tokens[m.first].pause  # ("peeing normally, legs feel strong": its own clause)
        )
        or _until_after(tokens, m)
    )


#: Words before a denial that put it on the well side, the one the sign is compared with: "now
#: the foot is white and cold, the *other* foot is warm and pink" denies no warning sign.
_OTHER_SIDE = frozenset({"other"})


#: Words that name medicines in general ("my tablets"): with the lexicon's medicine names and
#: the names of no class, what an ``after_medicine`` denial needs before it.
_MEDICINE_WORDS = frozenset(
    {"meds", "med", "medication", "medications", "medicine", "medicines", "tablet", "tablets",
     "pill", "pills", "dose", "prescription", "prescriptions", "inhaler", "injections"}
)  # fmt: skip
#: How many words before an ``after_medicine`` denial the medicine may stand.
_MEDICINE_REACH = 12


def _medicine_before(c: _Compiled, matches: list[Match], tokens: list[Token], first: int) -> bool:
    """Whether a medicine is named up to :data:`_MEDICINE_REACH` words before ``first`` in its
    sentence ("on simvastatin 6 years, no changes")."""
    lo = max(0, first - _MEDICINE_REACH)
    while lo < first and tokens[lo].sentence != tokens[first].sentence:
        lo += 1
    if any(tokens[k].norm in _MEDICINE_WORDS for k in range(lo, first)):
        return True
    if any(lo <= k < first for k in _unnamed_medicines(c, tokens)):
        return True
    return any(
        isinstance(m.what, tuple)
        and (m.what[0] == "m" or (m.what[0] == "f" and m.what[1] in c.medicine_ids))
        and not m.negated
        and lo <= m.first < first
        for m in matches
    )


#: How many words either side of a denial a ``not_with`` word may stand.
_NOT_WITH_REACH = 8


def _about_another(tokens: list[Token], m: Match, matches: list[Match]) -> bool:
    """Whether one of the ``not_with`` words of the denial ``m``, and none of its
    ``still_with`` words, stands among its words or up to :data:`_NOT_WITH_REACH` words either
    side in its sentence: the words are about another finding ("both calves look the same
    size, *not hot or red*": a clot check, not a wasting one)."""
    lo, hi = m.first - _NOT_WITH_REACH, m.last + _NOT_WITH_REACH
    sentence = tokens[m.first].sentence

    def near(kind: str) -> bool:
        key = (kind, m.what[1])  # type: ignore[index]
        return any(
            o.what == key
            and o.last >= lo
            and o.first <= hi
            and tokens[o.first].sentence == sentence
            for o in matches
        )

    return near("dw") and not near("dk")


def _denial_targets(c: _Compiled, matches: list[Match], tokens: list[Token]) -> list[_Target]:
    said = [m for m in matches if isinstance(m.what, tuple) and m.what[0] == "f" and not m.negated]
    # a denial whose "nothing" starts a pseudo trigger denies nothing: "prob nothing but
    # theres a tight band round my chest"
    pseudo = [x for x in matches if x.what in c.specs and c.specs[x.what].category == "pseudo"]
    out = []
    for m in matches:
        # A gap that skipped a "not" turns a denial round ("the feeling in my foot is not
        # normal", "she can no longer put her chin on her chest"): it denies nothing; so does
        # a "not" right before it ("she is not her usual self", "he isn't with it").
        if (
            isinstance(m.what, tuple)
            and m.what[0] == "d"
            and not m.negated
            and not _negated_before(tokens, m.first)
            and not _only_just(tokens, m)
            and not any(p.first == m.first and tokens[p.first].norm == "nothing" for p in pseudo)
        ):
            denial = c.lexicon.denials[m.what[1]]
            if denial.after_medicine and not _medicine_before(c, matches, tokens, m.first):
                continue
            if denial.not_with and _about_another(tokens, m, matches):
                continue  # "no swelling, both legs look the same": not a wasting check
            after = m.last + 1
            if (
                after < len(tokens)
                and tokens[after].norm in denial.not_before
                and not tokens[after].pause
            ):
                continue  # "not on anything *new*" is not "not on anything"
            # a finding's words that turn a denial inside them round win over it: "not her
            # usual self" (confusion) holds the denial "her usual self"
            out += [
                _Target(m, fid, implied=denial.follows, denial=True)
                for fid in denial.absent
                if not (fid in c.red_flag and _word_before(tokens, m.first, _OTHER_SIDE, 4))
                and not (fid in c.red_flag and _word_before(tokens, m.first, _TRIED, 1))
                and not any(
                    f.what[1] == fid  # type: ignore[index]
                    and m.inside(f)
                    and any(tokens[k].norm in NO_SKIP for k in range(f.first, m.first))
                    for f in said
                )
            ]
    return out


#: "A few" of a unit is read as three, and may be anything from two to five of them.
_FEW_LOW, _FEW_HIGH = 2 / 3, 5 / 3


def _since_targets(c: _Compiled, span: Match, days: float, vague: bool = False) -> list[_Target]:
    """What ``days`` since it started says, by the lexicon's ``since`` table: its findings
    present, and the absents it implies ("for 3 days": not months). A vague number ("a few
    months") implies only the absents that hold from two to five of its unit ("a few
    months": not within 24 hours, but over three months stays open)."""
    since = c.lexicon.since

    def row_of(d: float) -> SinceRow:
        return next((r for r in since if d <= r.up_to_days), since[-1])

    row = row_of(days)
    absent = list(row.absent)
    if vague:
        low, high = row_of(days * _FEW_LOW), row_of(days * _FEW_HIGH)
        absent = [f for f in absent if f in low.absent and f in high.absent]
    return [_Target(span, f) for f in row.present] + [
        _Target(span, f, implied=True) for f in absent
    ]


def _quantity_targets(c: _Compiled, quantities: list[Quantity]) -> list[_Target]:
    lex = c.lexicon
    out = []
    for q in quantities:
        span = Match(("q", q.kind), q.first, q.last)
        if q.kind == "since":
            out += _since_targets(c, span, q.value, q.vague)
        elif q.kind == "temperature":
            trow = next((r for r in lex.temperature if q.value <= r.up_to), None)
            if trow is not None:
                out += [_Target(span, f) for f in trow.present]
                out += [_Target(span, f, denial=True) for f in trow.absent]
        elif q.kind == "episode":
            erow = next((r for r in lex.episode if q.value <= r.up_to_seconds), lex.episode[-1])
            out.append(_Target(span, erow.present))
        elif q.kind == "rate":
            rrow = next((r for r in lex.rate if q.value <= r.up_to_per_week), None)
            if rrow is not None:
                out.append(_Target(span, rrow.present))
        elif q.kind == "pain":
            prow = next(r for r in lex.pain_scale if q.value <= r.up_to)
            out.append(_Target(span, prow.present))
        elif q.kind == "sleep" and q.value < _ENOUGH_SLEEP_HOURS:
            out.append(_Target(span, _SHORT_SLEEP))
    return out


#: Hours of sleep a night below which a person sleeps too little ("sleeping about 5 hrs",
#: "slept like 4 hours"): most adults need 7 to 9 (NHS, "How to get to sleep",
#: https://www.nhs.uk/live-well/sleep-and-tiredness/how-to-get-to-sleep/).
_ENOUGH_SLEEP_HOURS = 7.0
_SHORT_SLEEP = "poor_sleep"


#: Dates earlier the same day ("did my first marathon today", "playing football last night"),
#: with the days ago they stand for: they say since when where "now" follows them, in that
#: sentence or the next. (A bare weekday is left out: "last one tuesday, fine now".)
_RECENT_DATES: tuple[tuple[tuple[str, ...], float], ...] = (
    (("today",), 0.5),
    (("last", "night"), 0.5),
    (("last", "nite"), 0.5),
    (("tonight",), 0.25),
    (("tonite",), 0.25),
    (("this", "afternoon"), 0.25),
    (("this", "arvo"), 0.25),
    (("this", "evening"), 0.25),
)
#: Of those, the ones that are still going on when told: a word of the present after them
#: in their sentence says since when too ("tonight my hands are cramping", "this afternoon
#: her neck has twisted"), not only a "now".
_TONIGHT = frozenset(
    {("tonight",), ("tonite",), ("this", "afternoon"), ("this", "arvo"), ("this", "evening")}
)
_PRESENT_WORDS = frozenset(
    {"now", "still", "is", "are", "im", "its", "has", "have", "hes", "shes", "theyre", "keeps",
     "keep", "cant", "wont", "am"}
)  # fmt: skip
_NOT_RECENT = frozenset({"since", "than", "until", "till", "til", "before", "by", "next", "on"})


def _recent_date_targets(c: _Compiled, tokens: list[Token]) -> list[_Target]:
    """Since when from a same-day date followed by "now" ("did my first marathon today ...
    now my hand has cramped", "playing 5-a-side last night ... cant go on tiptoe now"), or
    for "tonight", "this afternoon" and the like by a word of the present in its sentence
    ("tonight her hands keep cramping"), as the ``since`` table reads the days it stands for;
    not after "since" (the lexicon reads "since last night") nor "than", "until", "next" ..."""
    out: list[_Target] = []
    norms = [t.norm for t in tokens]
    for i in range(len(tokens)):
        for words, days in _RECENT_DATES:
            j = i + len(words) - 1
            if tuple(norms[i : j + 1]) != words:
                continue
            if i > 0 and norms[i - 1] in _NOT_RECENT:
                continue
            now = [
                k
                for k in range(j + 1, len(tokens))
                if norms[k] == "now" and tokens[k].sentence <= tokens[j].sentence + 1
            ]
            going_on = words in _TONIGHT and any(
                norms[k] in _PRESENT_WORDS
                for k in range(j + 1, len(tokens))
                if tokens[k].sentence == tokens[j].sentence
            )
            if now or going_on:
                out += _since_targets(c, Match(("w", "recent_date"), i, j), days)
    return out


#: Weekdays, as people write them ("Tuesday", "weds", "thurs"; not "sat", "sun", "wed", which
#: are also words).
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tues",
     "weds", "thurs"}
)  # fmt: skip
#: Words right before a weekday that make it no past start: the lexicon reads "on", "since",
#: "last" ... itself; "next", "till", "by", "every" look ahead or tell a habit; "its", "is",
#: "today", "now" name today's weekday ("its tuesday now", "today (thursday)").
_NOT_WEEKDAY_START = frozenset(
    {"on", "since", "last", "next", "till", "until", "til", "by", "before", "every", "each",
     "from", "to", "and", "or", "for", "its", "is", "was", "todays", "today", "now", "it",
     "than", "after", "following", "coming", "same", "that", "the", "a"}
)  # fmt: skip
#: Words right after a weekday that make it today's name or a timetable ("friday now",
#: "monday to friday").
_NOT_WEEKDAY_AFTER = frozenset({"now", "today"})
#: Words between two weekdays of a timetable ("monday to friday", "tuesday and thursday").
_WEEKDAY_LINKS = frozenset({"to", "and", "or", "through", "till", "until", "til", "/"})
#: Verbs of the past that are not made with "-ed" ("ran", "broke", "was", "went" ...).
_PAST_VERBS = frozenset(
    {"was", "were", "had", "did", "went", "ran", "broke", "fell", "got", "felt", "began",
     "came", "flew", "took", "woke", "stood", "caught", "gave", "tore", "threw", "drank", "ate",
     "slept", "swam", "rode", "drove", "sat", "kept", "trod", "bent", "struck", "spent"}
)  # fmt: skip
#: Words in "-ed" that tell no past event ("worried", "tired") or one still to come ("booked
#: the GP friday", "scheduled for monday").
_NOT_PAST = frozenset(
    {"worried", "tired", "scared", "concerned", "stressed", "booked", "scheduled", "planned",
     "arranged", "supposed", "needed", "interested", "confused"}
)  # fmt: skip
#: How many words around a weekday, in its sentence, a verb of the past may stand.
_WEEKDAY_REACH = 6


def _past_near(tokens: list[Token], i: int) -> bool:
    """A verb of the past up to :data:`_WEEKDAY_REACH` words before or after ``i`` in its
    sentence ("ran the marathon sunday", "tuesday my calf started", "saturday, second half,
    his hamstring locked up")."""
    sentence = tokens[i].sentence
    for j in range(max(0, i - _WEEKDAY_REACH), min(len(tokens), i + _WEEKDAY_REACH + 1)):
        if j == i or tokens[j].sentence != sentence:
            continue
        word = tokens[j].norm
        if word in _PAST_VERBS or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
            return True
    return False


def _weekday_targets(c: _Compiled, tokens: list[Token]) -> list[_Target]:
    """Since when from a weekday told in the past, with no word before it that the lexicon
    reads ("Tuesday my calf started cramping", "ran a marathon sunday", "lower back went this
    monday"): it started a day or more ago and under a week ago (today's date is not known,
    and today would be said "today"), as the ``since`` table reads a few days. Not today's
    weekday ("its tuesday now"), a weekday to come ("closed till monday", "nurse is back
    monday": no verb of the past), nor a timetable ("tuesday thursday saturday")."""
    out: list[_Target] = []
    for i, token in enumerate(tokens):
        if token.norm not in _WEEKDAYS:
            continue
        prev = tokens[i - 1] if i > 0 and tokens[i - 1].sentence == token.sentence else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.sentence != token.sentence:
            nxt = None
        if prev is not None and (prev.norm in _NOT_WEEKDAY_START or prev.norm in _WEEKDAYS):
            continue
        if prev is not None and prev.norm == "this" and not _past_near(tokens, i):
            continue
        if nxt is not None and not nxt.pause and nxt.norm in _NOT_WEEKDAY_AFTER:
            continue
        if nxt is not None and nxt.norm in _WEEKDAYS:
            continue
        if (
            nxt is not None
            and nxt.norm in _WEEKDAY_LINKS
            and i + 2 < len(tokens)
            and tokens[i + 2].norm in _WEEKDAYS
        ):
            continue
        if not _past_near(tokens, i):
            continue
        first = i - 1 if prev is not None and prev.norm == "this" else i
        out += _since_targets(c, Match(_WEEKDAY, first, i), _WEEKDAY_DAYS)
    return out


#: The days a past weekday stands for: one to six days ago (read as within the week).
_WEEKDAY_DAYS = 3.0
_WEEKDAY = ("w", "weekday")


def _spans(tokens: list[Token], matches: list[Match]) -> tuple[Span, ...]:
    spans = sorted({(tokens[m.first].start, tokens[m.last].end) for m in matches})
    merged: list[Span] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def _narrower_denials(
    c: _Compiled, said: list[tuple[_Target, Choice]]
) -> list[tuple[_Target, Choice]]:
    """Without the denials of a finding said inside the words that deny a narrower one (the
    lexicon's ``denied_within``): "no numbness *down below*" denies numbness in the saddle
    only. One whose words the narrower phrase's gap passed over is said of its own ("no
    numbness *in legs* or between legs" for ``numb* ~ between legs``)."""
    denied = [(t.finding, t.match) for t, ch in said if ch == "absent"]
    return [
        (t, ch)
        for t, ch in said
        if not (
            ch == "absent"
            and any(
                f in c.denied_within.get(t.finding, ())
                and t.match.inside(m)
                and not any(k in m.skipped for k in range(t.match.first, t.match.last + 1))
                for f, m in denied
            )
        )
    ]


def _resolve(
    c: _Compiled, tokens: list[Token], said: list[tuple[_Target, Choice]]
) -> list[TextFinding]:
    by_finding: dict[str, list[tuple[_Target, Choice]]] = {}
    for target, choice in said:
        if target.finding in c.known:
            by_finding.setdefault(target.finding, []).append((target, choice))
    chosen: dict[str, tuple[Choice, list[Match]]] = {}
    implied: set[str] = set()
    for fid, items in by_finding.items():
        explicit = [(t, ch) for t, ch in items if not t.implied]
        if explicit:
            items = explicit
        else:  # implied absents stand only when the time span itself was stated plainly
            implied.add(fid)
            items = [(t, "absent") for t, ch in items if ch == "present"]
            if not items:
                continue
        choices = {ch for _, ch in items}
        if len(choices) == 1:
            choice = next(iter(choices))
        elif choices == {"present", "absent"} and all(
            t.denial for t, ch in items if ch == "present"
        ):
            choice = "absent"  # the denial and the denied words agree: "no dose changes"
        elif fid in c.red_flag:
            choice = max(choices, key=_RANK.__getitem__)
        else:
            choice = "unknown"
        chosen[fid] = (choice, [t.match for t, ch in items if ch == choice] or [items[0][0].match])
        if any(t.denial for t, _ in items) and choice == "present":
            if fid in c.red_flag and _stated_apart(tokens, items):
                chosen[fid] = ("unknown", [t.match for t, _ in items])
            else:
                chosen[fid] = ("absent", chosen[fid][1])
    # twitching "all over" is on no one side: the legs and arms it names say where, not a side
    if chosen.get(_WIDESPREAD, ("absent",))[0] == "present":
        for fid in [f for f in chosen if c.group.get(f) == "side"]:
            del chosen[fid]
    # one present member per single group
    groups: dict[str, list[str]] = {}
    for fid, (choice, _m) in chosen.items():
        if choice == "present" and c.kind.get(fid) == "single":
            groups.setdefault(c.group[fid], []).append(fid)
    for group, members in groups.items():
        if len(members) < 2:
            continue
        if group == "pain":  # the worst pain said stands; milder words are not a finding
            worst = max(members, key=c.order.__getitem__)
            for fid in members:
                if fid != worst:
                    del chosen[fid]
        elif (
            group == "side"
            and set(members) == {"side_one", "side_both"}
            and chosen.get(_ONE_LEG, ("absent",))[0] != "present"
        ):  # (one leg swollen is one side whatever else: the interview asks)
            keep = _side_said(tokens, chosen["side_both"][1])
            del chosen["side_one" if keep == "side_both" else "side_both"]
        else:
            for fid in members:
                chosen[fid] = ("unknown", chosen[fid][1])
    _straighten_is_the_posture(tokens, chosen)
    _not_hours_if_recurring(c, tokens, chosen)
    _not_occasional_if_recent(tokens, chosen)
    implied |= _follows_from_finer(c, chosen)
    for fid, others in c.needs_also.items():
        if chosen.get(fid, ("absent",))[0] == "present" and not any(
            chosen.get(o, ("absent",))[0] in ("present", "unknown") for o in others
        ):
            del chosen[fid]  # half of it said: the interview asks it
    for fid, others in c.dropped_with.items():
        if chosen.get(fid, ("absent",))[0] == "present" and any(
            chosen.get(o, ("absent",))[0] == "present" for o in others
        ):
            del chosen[fid]  # the other finding's words: the interview asks it
    ordered = sorted(chosen, key=c.order.__getitem__)
    return [
        TextFinding(fid, chosen[fid][0], _spans(tokens, chosen[fid][1]), fid in implied)
        for fid in ordered
    ]


def _stated_apart(tokens: list[Token], items: list[tuple[_Target, Choice]]) -> bool:
    """Whether a red flag, denied in one sentence, is said present in a later one where
    nothing denies it: "my pee isn't dark. ... this morning it's dark like cola". People
    correct themselves forward, so the later words may be the news; which one holds the words
    cannot say, and a danger sign is then left open for the interview to ask, never read as
    denied. (Said first and denied after, "temps up to 39 last week ... normal for 2 days
    now", the denial is the update and stands.)"""
    denied = [tokens[t.match.first].sentence for t, _ in items if t.denial]
    return any(
        ch == "present" and not t.denial and tokens[t.match.first].sentence > max(denied)
        for t, ch in items
    )


#: How often it comes back, at most a few times a week: a problem that recurs so is older than
#: a day, so "this morning" or "tonight" dates this one bout, not since when it goes on.
_RECURRING = ("freq_weekly", "freq_occasional")
_HOURS = "persist_hours"
#: Words of the calendar such a frequency must name ("twice a week", "once a month", "most
#: nights"): "every so often my eyes roll up", "comes and goes" may be the beats of one bout.
_CALENDAR = frozenset(
    {"week", "weeks", "weekly", "wk", "wks", "pw", "month", "months", "monthly", "year", "years",
     "yr", "fortnight", "fortnightly", "days", "nights", "evenings", "weekend", "weekends"}
)  # fmt: skip


def _not_hours_if_recurring(
    c: _Compiled, tokens: list[Token], chosen: dict[str, tuple[Choice, list[Match]]]
) -> None:
    """ "at the gym this morning I got a cramp between my ribs, it happens about once a month",
    "woke at 3am with a cramp, I get them twice a week": the day's date is the bout's, not the
    problem's age. Where a frequency of weekly or rarer, by the calendar, is read present, the
    span of within the last day goes, with what its words implied (no span of weeks, months);
    a span that says more ("since last week") stands."""
    if chosen.get(_HOURS, ("absent",))[0] != "present":
        return
    if not any(
        chosen.get(f, ("absent",))[0] == "present"
        and any(
            tokens[j].norm in _CALENDAR for m in chosen[f][1] for j in range(m.first, m.last + 1)
        )
        for f in _RECURRING
    ):
        return
    words = {(m.first, m.last) for m in chosen[_HOURS][1]}
    for fid in [f for f in chosen if c.group.get(f) in _SINCE_GROUPS]:
        if {(m.first, m.last) for m in chosen[fid][1]} <= words:
            del chosen[fid]


_OCCASIONAL = "freq_occasional"
#: Since-when findings of under a week, and of a week or more.
_RECENT = ("persist_hours", "persist_days")
_OLDER = ("persist_weeks", "persist_months", "persist_over_2w", "persist_over_3m")
#: Words by an "every so often" that make it how often the problem comes back ("it happens
#: now and then", "I get them every so often"), not the beats of the bout going on.
_RECURS = frozenset(
    {"happen", "happens", "happened", "happening", "get", "gets", "getting", "usually",
     "normally", "always", "tend", "tends"}
)  # fmt: skip
_RECURS_REACH = 3


def _not_occasional_if_recent(
    tokens: list[Token], chosen: dict[str, tuple[Choice, list[Match]]]
) -> None:
    """ "gave me metoclopramide yesterday ... every so often my eyes roll up", "since yesterday
    my jaw is stiff and now and then my back arches": where it started under a week ago, "every
    so often" without a word of the calendar tells the beats of this bout, not that it comes
    back less than once a week. It stays where a span of a week or more is said, where the
    calendar is named ("once a month"), or where words say the problem comes back ("it happens
    now and then", "I get them every so often")."""
    if chosen.get(_OCCASIONAL, ("absent",))[0] != "present":
        return
    said = [f for f in (*_RECENT, *_OLDER) if chosen.get(f, ("absent",))[0] == "present"]
    if not said or any(f in _OLDER for f in said):
        return
    for m in chosen[_OCCASIONAL][1]:
        near = range(max(0, m.first - _RECURS_REACH), min(len(tokens), m.last + 1 + _RECURS_REACH))
        if any(tokens[j].norm in _CALENDAR for j in range(m.first, m.last + 1)) or any(
            tokens[j].norm in _RECURS and tokens[j].sentence == tokens[m.first].sentence
            for j in near
        ):
            return
    del chosen[_OCCASIONAL]


def _follows_from_finer(c: _Compiled, chosen: dict[str, tuple[Choice, list[Match]]]) -> set[str]:
    """The coarse findings present only through words that state a finer one present
    (``follows_from_finer``): "an hour ago" states within the last 24 hours; that it started
    under a week ago follows from it, as the spec's own cases code it."""
    out: set[str] = set()
    for coarse, finer in c.follows_from_finer.items():
        if chosen.get(coarse, ("absent",))[0] != "present":
            continue
        words = {(m.first, m.last) for m in chosen[coarse][1]}
        for fid in finer:
            if chosen.get(fid, ("absent",))[0] == "present" and words <= {
                (m.first, m.last) for m in chosen[fid][1]
            }:
                out.add(coarse)
    return out


def _straighten_is_the_posture(
    tokens: list[Token], chosen: dict[str, tuple[Choice, list[Match]]]
) -> None:
    """A body part pulled into a fixed posture that the person "can't straighten" / "can't
    get straight" ("hand bent into a claw, couldn't straighten it", "neck pulled round, can't
    get it straight") says the posture cannot be undone (fixed_posture), not that a joint has
    lost its range: rom_limited read only from such straighten words gives way to it.
    ("can't straighten my legs" with no posture, "won't straighten", "can't turn my head"
    stay a limited range.)"""
    if chosen.get("fixed_posture", ("absent",))[0] != "present":
        return
    rom = chosen.get("rom_limited")
    if rom is None or rom[0] != "present":
        return
    if all(_undoes_the_posture(tokens, m) for m in rom[1]):
        del chosen["rom_limited"]


def _undoes_the_posture(tokens: list[Token], m: Match) -> bool:
    """Words of a limited range that, beside a fixed posture, only say the posture cannot be
    undone: "can't straighten it", "fingers stuck" (pulled into a claw). ("Can't turn it
    back" of a head pulled round stays a limited range too: writers code both.)"""
    words = [tokens[j].norm for j in range(m.first, m.last + 1)]
    tried = any(w in _TRIED for w in words)
    return (tried and any(w.startswith("straight") for w in words)) or words == ["stuck"]


#: Words that say both sides outright ("both calves", "each leg", "R side too"), where a
#: bare plural ("my legs") only may.
_BOTH_WORDS = frozenset({"both", "each", "either", "bilateral", "bilaterally", "bilat", "too"})


def _side_said(tokens: list[Token], both: list[Match]) -> str:
    """One side and both said in one story: both sides outright ("both calves ... my right
    one feels weaker", "L forearm, now R side too") say both; a bare plural ("stiffness in
    my legs", "no pain down my legs") gives way to the side named ("L foot", "right side")."""
    said = any(tokens[j].norm in _BOTH_WORDS for m in both for j in range(m.first, m.last + 1))
    return "side_both" if said else "side_one"


#: A guess ending in "?" is short: "pulled muscle??", "cramp?" (not "why do I get cramps at night?").
_QUERY_WORDS = 3
#: An intake form's answer after its question ("Night cramps? Yes."): the question is not a guess.
_ANSWERS = frozenset({"yes", "no", "y", "n", "nil", "none", "yep", "nope", "yeah", "nah"})


#: Words a "so" may make stronger ("sciatica so bad nothing touched it"): such a "so" joins no
#: clause and ends no scope.
_SO_DEGREE = frozenset(
    {"bad", "badly", "much", "severe", "severely", "painful", "sore", "intense", "awful",
     "terrible", "weak", "stiff", "swollen", "strong", "hard", "tight", "high", "numb"}
)  # fmt: skip


def _so_degree(tokens: list[Token], m: Match) -> bool:
    """Whether the terminator ``m`` is a "so" of degree ("so bad", "so much"), not "so I ..."."""
    nxt = m.last + 1
    return (
        m.first == m.last
        and tokens[m.first].norm == "so"
        and nxt < len(tokens)
        and tokens[nxt].sentence == tokens[m.first].sentence
        and not tokens[nxt].pause
        and tokens[nxt].norm in _SO_DEGREE
    )


def _queried_sentences(body: str, tokens: list[Token]) -> set[int]:
    """Sentences that only ask: clinic shorthand "?achilles tear", "?DVT" (a "?" stuck to the
    first word), or a short guess ending in "?" ("pulled muscle??"). What they name is a guess,
    not read (a warning sign is read as usual)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, t in enumerate(tokens):
        first.setdefault(t.sentence, i)
        last[t.sentence] = i
    out = set()
    for sentence, i in first.items():
        j = last[sentence]
        start = tokens[i].start
        stuck = start > 0 and body[start - 1] == "?"
        rest = body[tokens[j].end :].lstrip()
        answered = j + 1 < len(tokens) and tokens[j + 1].norm in _ANSWERS  # "Trauma? No."
        if stuck or (j - i < _QUERY_WORDS and rest.startswith("?") and not answered):
            out.add(sentence)
    return out


#: A one-word answer that denies the question before it ("Fever? No.", "Trauma? nil").
_NO_ANSWERS = frozenset({"no", "n", "nil", "none", "nope", "nah", "negative", "neg"})
#: Words that may start a short answer of a few words that denies the question ("Chest pain?
#: None at all.", "Swelling? Not at all.", "Fever? Nothing like that."), and the words that
#: may go on with it.
_NO_STARTS = _NO_ANSWERS | {"not", "nothing", "never"}
_NO_WORDS = _NO_STARTS | {"at", "all", "of", "that", "those", "these", "them", "like", "really"}
#: How many words such an answer may have.
_NO_ANSWER_WORDS = 4


def _answer_end(tokens: list[Token], k: int) -> int:
    """The index after the short denying answer that starts at ``k`` ("none at all"), or ``k``
    when the words from ``k`` to the end of their sentence or clause are no such answer."""
    j = k + 1
    while (
        j < len(tokens)
        and tokens[j].sentence == tokens[k].sentence
        and not tokens[j].pause
        and tokens[j].norm in _NO_WORDS
        and j - k < _NO_ANSWER_WORDS
    ):
        j += 1
    return j if tokens[k].norm in _NO_STARTS else k


def _answered_no(body: str, tokens: list[Token]) -> set[int]:
    """Questions of an intake form answered "no" ("Fever? No.", "Swelling? nil", "Chest pain?
    None at all."): what the question names is denied, as "Fever: no." is."""
    out = set()
    for k in range(1, len(tokens)):
        prev, answer = tokens[k - 1], tokens[k]
        end = _answer_end(tokens, k)
        # "Fever? No." or "Fever? No, just cramps": the answer ends its sentence or clause.
        alone = end > k and (
            end == len(tokens) or tokens[end].sentence != answer.sentence or tokens[end].pause
        )
        if (
            answer.norm in _NO_STARTS
            and alone
            and prev.sentence != answer.sentence
            and body[prev.end : answer.start].strip().startswith("?")
        ):
            out.add(prev.sentence)
    return out


def _answers(
    c: _Compiled,
    body: str,
    tokens: list[Token],
    targets: list[_Target],
    choices: list[Choice | None],
) -> list[Choice | None]:
    """Question marks: a guess ("pulled muscle??", "?achilles tear") is not read, except a
    warning sign; a question answered "no" ("Fever? No.") denies what it names."""
    queried = _queried_sentences(body, tokens)
    denied = _answered_no(body, tokens)
    out: list[Choice | None] = []
    for t, ch in zip(targets, choices, strict=True):
        sentence = tokens[t.match.first].sentence
        if sentence in denied and ch == "present":
            out.append("absent")
        elif sentence in queried and t.finding not in c.red_flag:
            out.append(None)
        else:
            out.append(ch)
    return out


def parse_text(
    text: object, knowledge: Knowledge | None = None, language: object = "en"
) -> ParsedText:
    """Read ``text`` (a person's story) and return the findings it states.

    Raises :class:`~myotriage.errors.InvalidInputError` (field ``text`` or ``language``) for
    empty text, binary data, or a language without a lexicon; a story over the size limit
    is read up to it and the result says so in ``warnings``.
    """
    kb = knowledge or load_knowledge()
    lang = check_language(language, supported_languages(kb.directory))
    body, truncated = check_text(text)
    c = compile_lexicon(kb, lang)
    tokens = tokenize(body)
    if not looks_like_language(body, tokens, c.words):
        raise InvalidInputError(
            "text",
            "this does not look like English, and only English can be read for now;"
            " please write in English or use the questions instead",
        )
    matches = c.matcher.find(tokens)
    denials = _denial_targets(c, matches, tokens)
    found = _finding_targets(c, matches, tokens) + denials
    medicines = _medicine_targets(c, tokens, matches, found)
    lifted = _lifted_by_medicines(c, tokens, found + medicines)
    if lifted:  # a medicine named lifts some excludes: read the findings again without them
        found = _finding_targets(c, matches, tokens, lifted) + denials
        medicines = _medicine_targets(c, tokens, matches, found)
    found += medicines
    quantities = read_quantities(tokens)
    numbers = [Match(("q", q.kind), q.first, q.last) for q in quantities]
    found += _quantity_targets(c, quantities) + _recent_date_targets(c, tokens)
    found += _weekday_targets(c, tokens)
    targets = _onset_only(c, tokens, found, numbers)
    targets = _not_habits(c, tokens, targets)
    triggers = [m for m in matches if isinstance(m.what, tuple) and m.what[0] == "t"]
    modifiers: list[Modifier] = select_modifiers(
        tokens, triggers, [t.match for t in targets], c.specs
    )
    stops: dict[str, set[int]] = {}
    for m in matches:
        if isinstance(m.what, tuple) and m.what[0] == "s" and not _so_degree(tokens, m):
            stops.setdefault(m.what[1], set()).update(range(m.first, m.last + 1))
    # A trigger inside a finding's own words settles it ("not sure"); a "her" there does not
    # ("no blood in her poo" is denied by the "no" before it).
    # Only one that may change that finding, and on the phrase's own words: a "fine" a gap
    # passed over ("its not weak, it works fine between times" for ``weak ~~ between``) is
    # not the finding's own denial, and the "not" before it still denies it.
    inner = [m for m in triggers if c.specs[m.what].category in ("negated", "possible")]
    choices = assert_findings(
        tokens,
        [(t.match, t.finding, c.group.get(t.finding, "")) for t in targets],
        modifiers,
        stops,
        [
            t.denial
            or any(
                t.match.own(m) and c.specs[m.what].applies_to(c.group.get(t.finding, ""))
                for m in inner
            )
            for t in targets
        ],
        [not (t.denial or t.match.negated or t.implied) for t in targets],
    )
    choices = _answers(c, body, tokens, targets, choices)
    said = [(t, ch) for t, ch in zip(targets, choices, strict=True) if ch is not None]
    said = _narrower_denials(c, said)
    said = _longest_since(c, tokens, said)
    age, sex = read_age_sex(tokens)
    warnings: tuple[str, ...] = ()
    if truncated:
        warnings = (
            f"The text was longer than {len(body)} characters; only the first part was read.",
        )
    return ParsedText(lang, tuple(_resolve(c, tokens, said)), truncated, age, sex, warnings)
