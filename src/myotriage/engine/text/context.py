"""ConText for a person's story: is a finding denied, doubted, someone else's, or only imagined?

The algorithm is ConText (Harkema, Dowling, Thornblade, Chapman, J Biomed Inform 2009), the
one medspaCy implements: trigger phrases (from the lexicon) open a scope forward, backward
or both ways; the scope ends at the end of the sentence, at a terminator ("but", "however"),
or after a number of other words; a finding inside a scope takes the trigger's meaning.
medspaCy itself is not used: on Python 3.11 it needs spaCy 3.7, whose compiled parts do not
load with the numpy 2 the project pins (see docs/free-text.md); the algorithm is small.

Meanings: ``negated`` → absent, ``possible`` → unknown (both → unknown), ``family``
("my mother had ...") and ``hypothetical`` ("if it gets worse ...") → not the person's
finding, dropped. Two refinements for stories:

* places, sides, since when and how often are only denied by a trigger right before them
  ("no chest pain"), not by a "no" further back ("no pain in my calf" still says where);
* a story told about someone else throughout ("my son keeps twitching", and no "I" or "me")
  is that person's story: "my son" then does not make the findings someone else's.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal

from myotriage.engine.text.patterns import Match
from myotriage.engine.text.tokens import Token

__all__ = ["Modifier", "TriggerSpec", "assert_findings"]

Category = Literal["negated", "possible", "family", "hypothetical", "pseudo"]
Choice = Literal["present", "absent", "unknown"]

#: Groups that say where it is: denied only by a trigger right before them.
PLACE_GROUPS = frozenset({"location", "side"})
#: Groups denied or doubted only by a trigger right before them ("no pain in my calf" still
#: says where; "no wasting, started in May" still says since when).
ADJACENT_ONLY = PLACE_GROUPS | {"persistence", "persistence_detail", "frequency"}
#: Words that join a list ("no swelling, redness or heat"): they do not use up a scope.
LIST_WORDS = frozenset({"or", "and", "nor", "any", "a", "an", "the", "of", "in", "my", "/", "&"})
PAUSE_WORDS = 2
_FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me", "myself", "mine"})
#: Words of telling: the "me" after one (or after "to" after one: "talking to me on the phone",
#: "she told me") is the carer listening to someone else's story, not the writer's own; so is
#: the "me" someone fails to know ("she didn't recognise me": her confusion, not the writer's).
_TOLD_ME = frozenset(
    {"told", "tells", "telling", "tell", "said", "says", "saying", "asked", "asks", "asking",
     "rang", "called", "phoned", "texted", "messaged", "showed", "shows", "warned",
     "complained", "answer", "answered", "answering", "talking", "talk", "talked", "speaking",
     "spoke", "moaning", "moaned", "whispered", "shouted", "screamed", "yelled",
     "recognise", "recognised", "recognize", "recognized", "recognising", "recognizing",
     "looked", "stared", "staring", "glared"}
)  # fmt: skip
_THIRD_PERSON = frozenset(
    {"he", "hes", "him", "his", "himself", "she", "shes", "her", "hers", "herself"}
)


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """What a trigger phrase does (one per trigger entry of the lexicon)."""

    category: Category
    direction: Literal["forward", "backward", "both"]
    max_scope: int
    kind: str | None
    only_groups: frozenset[str]
    spare_groups: frozenset[str]
    through_lists: bool = False


@dataclass(frozen=True, slots=True)
class Modifier:
    """A trigger found in the story."""

    spec: TriggerSpec
    first: int
    last: int


#: Words that make a relative's words their past history ("my dad had ALS").
_HISTORY_WORDS = frozenset({"had", "died", "passed", "suffered", "lost"})

#: Who a "his" or "her" may name other than the patient ("his dad lost a leg").
_RELATIVES = frozenset(
    {"mother", "mum", "mom", "mam", "father", "dad", "brother", "sister", "grandma",
     "grandmother", "nan", "nana", "gran", "granny", "grandad", "grandpa", "grandfather",
     "aunt", "auntie", "uncle", "cousin", "son", "daughter", "husband", "wife", "partner",
     "boyfriend", "girlfriend", "friend", "neighbour", "neighbor", "colleague", "kid", "child",
     "baby", "twin", "parents", "family", "sibling", "siblings", "brothers", "sisters"}
)  # fmt: skip

#: In a carer's story, a clause where the writer speaks of themself ("I've got restless legs
#: myself", "my own back is killing me", "I'm exhausted and not sleeping", "so I panic") is
#: the writer's, not the patient's. Such a clause starts with "I" and a verb of being or
#: having (not of seeing or doing: "I noticed her foot is cold" is the patient's), or holds
#: "myself" or "my own".
_WRITER_SUBJECT = frozenset({"im", "ive", "id"})
_WRITER_VERBS = frozenset(
    {"am", "have", "had", "get", "got", "feel", "felt", "was", "panic", "suffer", "worry",
     "take", "took", "myself"}
)  # fmt: skip
_WRITER_SKIP = frozenset({"just", "also", "really", "too", "do", "did", "still", "often"})
_CLAUSE_JOINS = frozenset({"and", "but", "so", "because", "cos", "though", "while"})


#: Words that speak of the person a carer writes about ("he", "her", "my son" ...) are the
#: relative triggers; a carer speaks of themself only now and then ("should I take her in?").
CARER_RATIO = 2


def story_is_about_someone_else(
    tokens: Sequence[Token], modifiers: Sequence[Modifier] = ()
) -> bool:
    """True for a carer's story: the writer never speaks of themself (no I, me, myself), or
    speaks of someone else (a relative trigger: "my son", "he", "her") more than twice as
    often as of themself ("my husband is 70, woke at 3am with cramp in his left leg ... he
    has AF ... do I call 999?"). Then "her leg went cold" is the patient's leg; only a
    relative's past ("my dad had ALS") stays someone else's (see :func:`assert_findings`)."""
    if not any(t.norm in _FIRST_PERSON for t in tokens):
        return True
    relative = [m for m in modifiers if m.spec.category == "family" and m.spec.kind == "relative"]
    named = {m.first for m in relative if tokens[m.first].norm not in _THIRD_PERSON}  # "my son"
    starts = {m.first for m in relative}
    own = sum(
        1
        for i, t in enumerate(tokens)
        if (
            t.norm in _FIRST_PERSON
            and not _told_me(tokens, i)
            and not (t.norm == "i" and _carer_i(tokens, i, starts))
        )
        or (t.norm == "my" and i not in named and not _my_relatives(tokens, i))
    )
    other = len(named) + sum(1 for t in tokens if t.norm in _THIRD_PERSON)
    if other > CARER_RATIO * own:
        return True
    if other >= own and _body_owner_is_other(tokens, named, relative):
        return True  # "I noticed his toes were curled ... he said it was agony"
    if 2 * other >= own and _opens_as_carer(tokens):  # "I care for my neighbour ... I told him"
        return True
    # A writer who sets themself apart ("I've got claudication myself", "my own back") while
    # speaking of someone else more than of themself is a carer writing about that person.
    marked = any(t.norm == "myself" for t in tokens) or any(
        a.norm == "my" and b.norm == "own" for a, b in zip(tokens, tokens[1:], strict=False)
    )
    return marked and other > own


#: Parts of the body: whose they are ("his toes", "her calf", "my back") tells whose story it is.
_BODY = frozenset(
    {"arm", "arms", "leg", "legs", "foot", "feet", "toe", "toes", "hand", "hands", "finger",
     "fingers", "thumb", "thumbs", "calf", "calves", "thigh", "thighs", "knee", "knees", "ankle",
     "ankles", "shin", "shins", "hip", "hips", "back", "neck", "shoulder", "shoulders", "chest",
     "face", "eye", "eyes", "forehead", "lips", "mouth", "tongue", "jaw", "skin", "muscles",
     "muscle", "wrist", "wrists", "elbow", "elbows", "belly", "stomach", "tummy", "head",
     "urine", "wee", "pee", "speech", "voice", "body", "bottom", "heel", "heels", "sole", "soles",
     "hamstring", "hamstrings", "quads", "bum", "groin", "fingertips", "nails", "lip"}
)  # fmt: skip
_BODY_SKIP = frozenset(
    {"left", "right", "both", "upper", "lower", "little", "big", "whole", "own", "other",
     "bad", "good", "poor", "inner", "outer", "front", "calf", "thigh", "leg", "arm", "foot"}
)  # fmt: skip
#: Verbs of a carer doing or seeing something to the patient ("I noticed his", "I asked him",
#: "I was rubbing my husband's legs"): such an "I" is the carer's, not the writer's own story.
_CARER_I_REACH = 5


def _carer_i(tokens: Sequence[Token], i: int, relatives: set[int]) -> bool:
    """Whether the "I" at ``i`` acts on or looks at someone else within a few words, before
    any pause ("I asked him twice", "I noticed her ankle", "I found my father"): the carer's
    "I", not one that tells the writer's own complaint ("I have cramps, he says")."""
    for j in range(i + 1, min(len(tokens), i + 1 + _CARER_I_REACH)):
        t = tokens[j]
        if t.sentence != tokens[i].sentence or t.norm in _FIRST_PERSON or t.norm == "i":
            return False
        if t.norm in {"him", "his", "her", "them"} or j in relatives:
            return j > i + 1  # a verb first: not "I, her carer, ..."
        if t.pause or t.norm in _CLAUSE_JOINS:
            return False
    return False


def _body_owner(tokens: Sequence[Token], i: int) -> str | None:
    """Whose body part the word at ``i`` is: "own" for "my (left) calf", "other" for "his
    calf", "her toes", "my husband's legs"; None otherwise."""
    if tokens[i].norm not in _BODY:
        return None
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].norm in _BODY_SKIP and not tokens[j + 1].pause:
        j -= 1
    if j < 0:
        return None
    w = tokens[j].norm
    if w == "my":
        return "own"
    if (
        w in {"his", "her"}
        or (w.endswith("s") and w[:-1] in _RELATIVES)
        or w in {"husbands", "wifes", "mums", "dads", "sons", "daughters", "mothers", "fathers"}
    ):
        return "other"
    return None


def _body_owner_is_other(
    tokens: Sequence[Token], named: set[int], relative: Sequence[Modifier]
) -> bool:
    """Whether the body described is someone else's: more of "his toes", "her calf", "my
    husband's legs" than of "my calf", and a relative named who is not only a past history
    ("my dad had ALS", "my mum died of MND": their body parts are their story, not this one)."""
    owners = [_body_owner(tokens, i) for i in range(len(tokens))]
    other, own = owners.count("other"), owners.count("own")
    if other == 0 or other <= own:
        return False
    kin = [m for m in relative if m.first in named]
    return not kin or any(not _only_history(tokens, m) for m in kin)


def _history_kin_pronouns(
    tokens: Sequence[Token], modifiers: Sequence[Modifier], patient: set[int]
) -> set[int]:
    """In a carer's story, the "his" or "her" after a relative named with their past in the
    same sentence ("my dad had ALS, his hands got weak"): that relative's, not the patient's."""
    relative = [m for m in modifiers if m.spec.category == "family" and m.spec.kind == "relative"]
    past = [
        m
        for m in relative
        if tokens[m.first].norm not in _THIRD_PERSON
        and m.first not in patient
        and _only_history(tokens, m)
    ]
    out: set[int] = set()
    for m in relative:
        if tokens[m.first].norm not in _THIRD_PERSON:
            continue
        same = tokens[m.first].sentence
        named = [
            k
            for k in relative
            if k.first < m.first
            and tokens[k.first].sentence == same
            and tokens[k.first].norm not in _THIRD_PERSON
        ]
        if named and named[-1] in past:
            out.add(m.first)
    return out


def _my_relatives(tokens: Sequence[Token], i: int) -> bool:
    """Whether the "my" at ``i`` names a relative's belonging ("my mum's hair")."""
    w = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return w.endswith("s") and w[:-1] in _RELATIVES


#: Words that tell a relative's past or death ("my dad had ALS", "my mum died of MND");
#: "had" followed by one of ``_NOT_PAST`` is an event now ("my husband had a bad cramp").
_PAST_WORDS = frozenset({"had", "died", "passed", "suffered", "late", "diagnosed"})
_NOT_PAST = frozenset(
    {"a", "an", "bad", "terrible", "awful", "cramp", "cramps", "another", "some", "pain",
     "this", "been", "to", "spasms", "his", "her"}
)  # fmt: skip


def _only_history(tokens: Sequence[Token], m: Modifier) -> bool:
    """Whether a relative is named only with their past ("my dad had ALS", "my late mum")."""
    lo, hi = max(0, m.first - 1), min(len(tokens), m.last + 4)
    for j in range(lo, hi):
        w = tokens[j].norm
        if w in _PAST_WORDS and not (
            w == "had" and j + 1 < len(tokens) and tokens[j + 1].norm in _NOT_PAST
        ):
            return True
    return False


def writers_own_clauses(tokens: Sequence[Token]) -> list[bool]:
    """For each word, whether it is in a clause where a carer speaks of themself (see
    ``_WRITER_VERBS``). Clauses end at a sentence end, a pause, or a joining word right
    before "I" ("... but I'm asking about her"). A clause that also speaks of the patient
    ("he", "her") stays the patient's unless it says "myself" or "my own"."""
    n = len(tokens)
    out = [False] * n
    start = 0
    for i in range(n + 1):
        end = i == n or (
            i > start
            and (
                tokens[i].sentence != tokens[i - 1].sentence
                or tokens[i].pause
                or (
                    tokens[i].norm in _CLAUSE_JOINS
                    and i + 1 < n
                    and tokens[i + 1].norm in _FIRST_PERSON | {"i"}
                )
            )
        )
        if not end:
            continue
        words = [t.norm for t in tokens[start:i]]
        marked = "myself" in words or any(
            a == "my" and b == "own" for a, b in zip(words, words[1:], strict=False)
        )
        core = [w for w in words if w not in _CLAUSE_JOINS and w not in _WRITER_SKIP]
        subject = bool(core) and (
            core[0] in _WRITER_SUBJECT
            or (core[0] == "i" and len(core) > 1 and core[1] in _WRITER_VERBS)
        )
        if marked or (subject and not any(w in _THIRD_PERSON for w in words)):
            for j in range(start, i):
                out[j] = True
        start = i
    return out


def _patient_named(tokens: Sequence[Token], modifiers: Sequence[Modifier]) -> set[int]:
    """In a carer's story, the relative given an age ("my wife is 54", "my brother, 38",
    "my dad (73)") is the patient: their past ("has had MS for 15 years") is theirs."""
    out: set[int] = set()
    for m in modifiers:
        if m.spec.category != "family" or m.spec.kind != "relative":
            continue
        if tokens[m.first].norm in _THIRD_PERSON:
            continue
        after = [t.norm for t in tokens[m.last + 1 : m.last + 4]]
        if after[:1] == ["is"]:
            after = after[1:]
        if after and _is_age(after[0]):
            out.add(m.first)
            break  # only the first: "my dad, 80, had ALS" is the patient's; later ones are not
    return out


def _is_age(norm: str) -> bool:
    return norm.isdigit() and 1 <= int(norm) <= 110


#: Words that, followed by "for" in the first sentence, say the writer writes for someone
#: else ("writing for my father", "I'm the carer for my brother", "asking for my son").
_FOR_SOMEONE = frozenset(
    {"writing", "asking", "posting", "messaging", "enquiring", "typing", "carer", "care",
     "caring", "behalf"}
)  # fmt: skip


def _opens_as_carer(tokens: Sequence[Token]) -> bool:
    """Whether the first sentence says the writer writes for someone else: "I care for my
    neighbour Brian", "writing for my father", "on behalf of my wife". Then the writer's own
    asides ("I get chest twinges myself") do not make the story theirs as long as the other
    person is spoken of at least half as often as the writer."""
    first = [t.norm for t in tokens if t.sentence == tokens[0].sentence] if tokens else []
    return any(
        w in _FOR_SOMEONE and i + 1 < len(first) and first[i + 1] in {"for", "of"}
        for i, w in enumerate(first)
    )


def _told_me(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` is the "me" of someone telling the writer ("she told me her
    bottom feels numb", "said to me", "talking to me"): the listener of another's story, not
    the writer's own ("it happens to me every night" stays the writer's)."""
    if tokens[i].norm != "me" or i == 0:
        return False
    before = tokens[i - 1].norm
    return before in _TOLD_ME or (
        before in ("to", "at") and i > 1 and tokens[i - 2].norm in _TOLD_ME
    )


_JOINS = frozenset({"or", "nor", "and"})


def select_modifiers(
    tokens: Sequence[Token],
    triggers: list[Match],
    targets: list[Match],
    specs: dict[Hashable, TriggerSpec],
) -> list[Modifier]:
    """Triggers that count: the longest of overlapping ones; none inside a pseudo-trigger;
    none inside a finding's own words ("doesn't hurt") unless a list goes on after them
    ("no pain or swelling": the "no" reaches the swelling) or the trigger is for some groups
    only ("terrified" of a history: "terrified its ALS")."""
    ordered = sorted(triggers, key=lambda m: (-m.size, m.first))
    kept: list[Match] = []
    for m in ordered:  # the same words may be a trigger both ways ("hard to tell")
        if any(m.overlaps(k) and (m.first, m.last) != (k.first, k.last) for k in kept):
            continue
        kept.append(m)
    out = []
    n = len(tokens)
    for m in kept:
        spec = specs[m.what]
        if spec.category == "pseudo":
            continue
        # (a denied phrase's own "not" still reaches the words around it: "lips not tingly")
        host = next((t for t in targets if m.inside(t) and not t.negated), None)
        # A trigger for some groups only is never its host's own words: "terrified" is both
        # a worry (stress_anxiety) and what makes "terrified its ALS" a fear, not a history.
        if (
            host is not None
            and not spec.only_groups
            and not (host.last + 1 < n and tokens[host.last + 1].norm in _JOINS)
            and not any(t is not host and t.overlaps(host) and not m.inside(t) for t in targets)
        ):  # (a finding sharing the host's words is still in reach: "no pain in my chest")
            continue
        out.append(Modifier(spec, m.first, m.last))
    return sorted(out, key=lambda m: m.first)


def _scope_clear(
    lo: int,
    hi: int,
    tokens: Sequence[Token],
    covered: Sequence[bool],
    place: Sequence[bool],
    stops: set[int],
    limit: int,
) -> bool:
    """Whether the words lo..hi-1 between a trigger and a finding keep it in scope. A pause
    (comma, dash, bracket) counts as two words, or one before another finding (a list goes
    on: "no swelling, redness or heat"); a pause after other words ("not eating, throwing
    up") or before a place ("no fever, calf cramps") starts a new clause."""
    other = 0
    for i in range(lo, hi + 1):
        if tokens[i].pause:
            if place[i] or other:
                return False  # ", calf cramps when running", "not eating, throwing up"
            other += 1 if covered[i] else PAUSE_WORDS
        if i < hi:
            if i in stops:
                return False
            if not covered[i] and tokens[i].norm not in LIST_WORDS:
                other += 1
        if other > limit:
            return False
    return True


def _qualifies(match: Match, other: Sequence[bool]) -> bool:
    """Whether a place names where another finding is ("calf swelling", "arm numbness"): its
    words, or the word right after them, belong to a finding that is not a place."""
    last = match.last + 1
    return any(other[match.first : last]) or (last < len(other) and other[last])


def _answers_back(tokens: Sequence[Token], mod: Modifier) -> bool:
    """A "no" after a colon or dash that ends its sentence answers what came before it, as
    in a form or an intake note ("Fever: no.", "Statin - no")."""
    end = mod.last + 1 >= len(tokens) or tokens[mod.last + 1].sentence != tokens[mod.last].sentence
    return tokens[mod.first].pause and (end or tokens[mod.last + 1].pause)


def assert_findings(
    tokens: Sequence[Token],
    targets: list[tuple[Match, str, str]],
    modifiers: list[Modifier],
    terminators: dict[str, set[int]],
    self_contained: Sequence[bool] | None = None,
) -> list[Choice | None]:
    """The choice for each target ``(match, finding id, group)``: present, absent, unknown,
    or None when it is not the person's or only imagined. A ``self_contained`` target
    carries its own denial ("never had this before", "doesn't hurt"): no outer denial or
    doubt applies to it."""
    n = len(tokens)
    covered = [False] * n
    place = [False] * n
    other = [False] * n  # words of a finding that is not a place
    for match, _f, g in targets:
        for i in range(match.first, match.last + 1):
            covered[i] = True
            place[i] = place[i] or g in PLACE_GROUPS
            other[i] = other[i] or g not in PLACE_GROUPS
    hard_stops = terminators.get("all", set())  # a place inside a denial: "but", "also" end it
    proxy = story_is_about_someone_else(tokens, modifiers)
    writer = writers_own_clauses(tokens) if proxy else [False] * n
    patient = _patient_named(tokens, modifiers) if proxy else set()
    kin_past = _history_kin_pronouns(tokens, modifiers, patient) if proxy else set()
    out: list[Choice | None] = []
    for index, (match, _fid, group) in enumerate(targets):
        if writer[match.first] and writer[match.last]:
            out.append(None)  # a carer's own complaint: "I've got claudication myself"
            continue
        sentence = tokens[match.first].sentence
        found: set[str] = set()
        own = bool(self_contained and self_contained[index])
        for mod in modifiers:
            spec = mod.spec
            if own and spec.category in ("negated", "possible"):
                continue
            if tokens[mod.first].sentence != sentence:
                continue
            # A forward trigger whose last words are the finding's first ones ("never had" over
            # "had a fit", "havent had" over "had a stroke") still governs it, from right before.
            shared_start = (
                spec.direction == "forward"
                and spec.category in ("negated", "possible")
                and mod.first < match.first <= mod.last < match.last
            )
            if not shared_start and mod.first <= match.last and match.first <= mod.last:
                continue
            if spec.only_groups and group not in spec.only_groups:
                continue
            if group in spec.spare_groups:
                continue
            if (
                spec.category == "family"
                and spec.kind == "relative"
                and any(t.norm == "my" for t in tokens[match.first : match.last + 1])
            ):
                continue  # "my husband pushes my toes back and it goes": the writer's own toes
            if (
                spec.category == "family"
                and spec.kind == "relative"
                and proxy
                and mod.first not in kin_past
                and (
                    mod.first in patient
                    or (
                        tokens[mod.first].norm in _THIRD_PERSON
                        and not (mod.last + 1 < n and tokens[mod.last + 1].norm in _RELATIVES)
                    )
                )
            ):  # "my wife is 54 and has had MS", "he had a heart attack": the patient's past
                continue  # (not "his dad lost a leg", "her mum had a clot")
            if (
                spec.category == "family"
                and spec.kind == "relative"
                and proxy
                and mod.first not in kin_past
                and not (
                    group == "history"
                    and mod.last < match.first
                    and any(t.norm in _HISTORY_WORDS for t in tokens[mod.last + 1 : match.first])
                )
            ):
                continue
            stops = terminators.get(spec.category, set()) | terminators.get("all", set())
            direction = spec.direction
            if direction == "forward" and spec.category == "negated" and _answers_back(tokens, mod):
                direction = "both"  # "Fever: no.", "statin - no": a "no" that ends a clause
            if shared_start:
                lo, hi = match.first, match.first
            elif mod.last < match.first and direction in ("forward", "both"):
                lo, hi = mod.last + 1, match.first
            elif match.last < mod.first and direction in ("backward", "both"):
                lo, hi = match.last + 1, mod.first
            else:
                continue
            if spec.category == "family" and lo < hi and _is_age(tokens[lo].norm):
                lo += 1  # "my mum (70) has been on omeprazole": the age is no clause of its own
            limit = spec.max_scope
            if group in ADJACENT_ONLY and spec.category in ("negated", "possible"):
                if (
                    group in PLACE_GROUPS
                    and spec.category == "negated"
                    and mod.last < match.first
                    and any(lo <= i < hi and covered[i] and not place[i] for i in range(lo, hi))
                    and _scope_clear(lo, hi, tokens, covered, place, hard_stops, limit)
                ):
                    found.add("denied_place")  # "no numbness down below": not where it is
                    continue
                limit = 0
                if hi > lo:
                    continue
                if (
                    group in PLACE_GROUPS
                    and spec.category == "negated"
                    and mod.last < match.first
                    and _qualifies(match, other)
                ):
                    found.add("denied_place")  # "no calf swelling": the swelling is denied
                    continue
            if spec.through_lists and not any(i in stops for i in range(lo, hi)):
                found.add(spec.category)  # "denies clots, PV discharge, fever": the whole list
                continue
            if _scope_clear(lo, hi, tokens, covered, place, stops, limit):
                found.add(spec.category)
        if "family" in found or "hypothetical" in found or found == {"denied_place"}:
            out.append(None)
        elif "possible" in found:
            out.append("unknown")
        elif "negated" in found:
            out.append("absent")
        else:
            out.append("present")
    return out
