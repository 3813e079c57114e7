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
  is that person's story: "my son" then does not make the findings someone else's (whose
  story it is, with a carer's own asides and a relative's past, is decided in
  :mod:`myotriage.engine.text.story_owner`).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal

from myotriage.engine.text.patterns import Match
from myotriage.engine.text.story_owner import (
    HISTORY_WORDS,
    RELATIVES,
    THIRD_PERSON,
    feeling_hands,
    history_kin_pronouns,
    is_age,
    is_carried,
    is_witness,
    kin_owns_next,
    others_past,
    patient_named,
    story_is_about_someone_else,
    writers_own_clauses,
)
from myotriage.engine.text.tokens import Token, number_value

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
    not_before: frozenset[str] = frozenset()

    def applies_to(self, group: str) -> bool:
        """Whether the trigger may change a finding of ``group`` at all (its ``only_groups``
        and ``spare_groups``): "fine" after a place ("arms fine") says nothing of a weakness."""
        return (not self.only_groups or group in self.only_groups) and (
            group not in self.spare_groups
        )


@dataclass(frozen=True, slots=True)
class Modifier:
    """A trigger found in the story."""

    spec: TriggerSpec
    first: int
    last: int


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
        if spec.category == "hypothetical" and any(
            tokens[i].pause for i in range(m.first + 1, m.last + 1)
        ):  # "I'm worried, I have diabetes": a fear, then a fact; no "worried I have"
            continue
        # (a denied phrase's own "not" still reaches the words around it: "lips not tingly")
        host = next((t for t in targets if m.inside(t) and not t.negated), None)
        # A trigger for some groups only is never its host's own words: "terrified" is both
        # a worry (stress_anxiety) and what makes "terrified its ALS" a fear, not a history.
        if (
            host is not None
            and not spec.only_groups
            and spec.category != "hypothetical"
            and not (
                host.last + 1 < n
                and tokens[host.last + 1].norm in _JOINS
                and not tokens[host.last + 1].pause
            )  # (", and" starts a clause: "catheter maybe blocked, and a headache")
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
    said: Sequence[bool] | None = None,
) -> bool:
    """Whether the words lo..hi-1 between a trigger and a finding keep it in scope. A pause
    (comma, dash, bracket) counts as two words, or one before another finding (a list goes
    on: "no swelling, redness or heat"); a pause after other words ("not eating, throwing
    up") or before a place ("no fever, calf cramps") starts a new clause."""
    if said is None:
        said = [False] * len(tokens)
    other = 0
    words = 0  # other words, pauses not counted
    for i in range(lo, hi + 1):
        if tokens[i].pause:
            if place[i] or words or (other and not covered[i] and i < hi):
                return False  # ", calf cramps when running", "not eating, throwing up"
            # in a list of findings only, the pauses count once: "no weakness, numbness,
            # tingling or bladder problems" denies all four
            other = 1 if covered[i] and not words else other + PAUSE_WORDS
        if i < hi:
            if i in stops:
                return False
            if not covered[i] and tokens[i].norm not in LIST_WORDS:
                other += 1
                words += 1
            elif said[i]:
                words += 1  # "no swelling, walking fine, stretched it": a clause of its own
        if other > limit:
            return False
    return True


#: Words that close a list: "no scrapes, bites *or* punctures".
_LIST_CLOSERS = frozenset({"or", "nor"})
#: Words an item of such a list may have (the words of one finding count as one).
_ITEM_WORDS = 2
#: Last words of a denial a list of things follows ("no", "without", "free of", "never had",
#: "havent noticed any"): its items are nouns, and an "-ing" word there is one ("no swelling").
#: After any other ("not", "isnt", "doesnt") the items are what the person is or does.
_NOUN_DENIALS = frozenset(
    {"no", "nil", "nothing", "without", "nor", "neither", "none", "zero", "of", "any", "had",
     "got", "get", "have", "has", "noticed", "seen", "see", "spot", "find", "o", "more",
     "real", "obvious", "like"}
)  # fmt: skip


def _shape(word: str) -> str:
    """How a word of a list is made: an "-ing" word ("eating", "throwing up"), an "-ed" one
    ("confused", "bruised") or another ("numb", "rash")."""
    if len(word) >= 6 and word.endswith("ing") and not word.endswith("thing"):
        return "ing"
    if len(word) >= 5 and word.endswith("ed") and not word.endswith("eed"):
        return "ed"
    return "plain"


def _parallel(
    trigger: str, items: list[list[int]], tokens: Sequence[Token], covered: Sequence[bool]
) -> bool:
    """Whether the items of a list a denial opens are alike, so that the denial goes on over
    all of them. After a "no" they are things: an "-ed" word is
    none ("no appetite, throwing up or confused": he is confused). After a "not" they are
    what the person is or does: a first item that is a sign the lexicon knows makes it a
    list of signs ("not numb, tingling or weak"); after one it does not know, no item may
    open with an "-ing" verb, which is the denial's own ("not eating, throwing up or
    confused": he is not eating, but he is throwing up and confused). Where it is not
    clear, the denial does not go on: a warning sign is not read as denied on a guess."""
    if trigger in _NOUN_DENIALS:
        return not any(_shape(tokens[k].norm) == "ed" for item in items for k in item)
    first = items[0]
    if all(covered[i] for i in first):
        return True
    return all(_shape(tokens[item[0]].norm) != "ing" for item in items)


def _closed_list(
    lo: int,
    hi: int,
    tokens: Sequence[Token],
    covered: Sequence[bool],
    place: Sequence[bool],
    stops: set[int],
) -> bool:
    """Whether a denial before ``lo`` opens a list, with commas, that an "or" or "nor" closes
    and the finding at ``hi`` is an item of ("no scrapes, bites or punctures", "no rash,
    fevers, or stiff neck"): items of one or two words the lexicon need not know, none a
    place nor a word that ends a denial ("no pain, *just* stiffness or weakness"), and all
    alike (see :func:`_parallel`)."""
    if hi <= lo or tokens[lo].pause:
        return False
    items: list[list[int]] = [[]]
    closed = False
    sentence = tokens[lo].sentence
    i = lo
    while i < len(tokens) and tokens[i].sentence == sentence:
        t = tokens[i]
        if t.pause and i > lo:
            if closed:
                break
            items.append([])
        if i < hi and (i in stops or place[i]):
            return False
        if t.norm in _LIST_CLOSERS:
            if closed or not any(tokens[k].pause for k in range(lo + 1, i + 1)):
                return False
            closed = True
            items.append([])
        elif t.norm not in LIST_WORDS:
            items[-1].append(i)
        i += 1
    if not closed or i <= hi:
        return False
    items = [k for k in items if k]  # (", or": a pause and a closer open one item)

    def size(item: list[int]) -> int:  # (the words of one finding count as one)
        return sum(1 for k in item if not (covered[k] and k > item[0] and covered[k - 1]))

    return (
        len(items) >= 3
        and all(size(k) <= _ITEM_WORDS for k in items)
        and _parallel(tokens[lo - 1].norm, items, tokens, covered)
    )


def _said_with(
    mod: Modifier, i: int, targets: list[tuple[Match, str, str]], affirmed: Sequence[bool]
) -> bool:
    """Whether word ``i`` belongs, with the trigger ``mod`` itself, to one finding that is not
    a place and that the words affirm ("*nothing helps*, and the leg from the knee down is
    cold"): the trigger is spent on that finding, and denies no place after it. A finding the
    words deny ("no stiffness in my jaw") does not spend it."""
    return any(
        yes and m.first <= mod.first and i <= m.last and g not in PLACE_GROUPS
        for (m, _f, g), yes in zip(targets, affirmed, strict=True)
    )


def _spent_inside(
    mod: Modifier, match: Match, targets: list[tuple[Match, str, str]], affirmed: Sequence[bool]
) -> bool:
    """Whether an imagined trigger ("if", "when") stands inside the words of a finding that
    is not a place and that the words affirm, between its first and last words, and that
    finding ends before ``match``: the condition belongs to that finding ("screams *if* we
    move her hip", a sign told by what sets it off) and imagines nothing after it ("...,
    temp 39.2"). A trigger that ends the finding's words still reaches on ("I'm *scared
    it's* Parkinson's": the worry is a finding, the fear reaches the history)."""
    return any(
        yes and m.first < mod.first and mod.last < m.last < match.first and g not in PLACE_GROUPS
        for (m, _f, g), yes in zip(targets, affirmed, strict=True)
    )


def _qualifies(match: Match, other: Sequence[bool]) -> bool:
    """Whether a place names where another finding is ("calf swelling", "arm numbness"): its
    words, or the word right after them, belong to a finding that is not a place."""
    last = match.last + 1
    return any(other[match.first : last]) or (last < len(other) and other[last])


def _own_subject(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a backward denial at ``hi`` has words of its own after a pause, between it and
    a finding before ``lo`` ("my calf is swollen, *skin* normal", "leg weak, *sensation*
    intact"): it says those words are all right, not the finding before the pause. A list
    closed with a pause right before the denial ("numbness, tingling: none") still is one."""
    pauses = [k for k in range(lo, hi + 1) if tokens[k].pause]
    if not pauses:
        return False
    return any(tokens[i].norm not in LIST_WORDS for i in range(pauses[-1], hi))


def _answers_back(tokens: Sequence[Token], mod: Modifier) -> bool:
    """A "no" after a colon or dash that ends its sentence answers what came before it, as
    in a form or an intake note ("Fever: no.", "Statin - no")."""
    end = mod.last + 1 >= len(tokens) or tokens[mod.last + 1].sentence != tokens[mod.last].sentence
    return tokens[mod.first].pause and (end or tokens[mod.last + 1].pause)


#: Words that bring a story told from the past up to now ("... ever since", "still", "and
#: now my arm ...", "again this week"), unless an end comes right before them ("fine now",
#: "all gone now", "nothing since", "been fine since").
_NOW = frozenset(
    {"now", "still", "again", "currently", "recently", "lately", "today", "tonight",
     "nowadays", "anymore", "since", "worse", "worsening", "returned", "yesterday", "is", "are",
     "am", "has", "have", "keeps", "keep", "getting", "gets"}
)  # fmt: skip
#: Words that may open a clause before a date of the past ("and years ago ...").
_OPENERS = frozenset({"and", "but", "so", "also", "oh", "well", "ok", "okay", "um", "erm"})


def _past_reaches(
    lo: int, hi: int, tokens: Sequence[Token], covered: Sequence[bool], stops: set[int], limit: int
) -> bool:
    """Whether the date of a past that opens its clause (``kind: past``) reaches the words
    lo..hi-1 on to a finding: it dates its whole clause and the asides in it ("years ago,
    after a fall on the ice, my arm was weak"; "years ago, I was numb"), up to ``limit``
    other words and a word that ends every scope ("but")."""
    words = sum(1 for i in range(lo, hi) if not covered[i] and tokens[i].norm not in LIST_WORDS)
    return words <= limit and not any(i in stops for i in range(lo, hi))


def _opens_clause(tokens: Sequence[Token], mod: Modifier) -> bool:
    """Whether a date of the past opens its clause ("Years ago I had ...", "..., back in my
    twenties I ..."), not dates a thing before it ("a broken neck from years ago")."""
    i = mod.first
    return (
        i == 0
        or tokens[i - 1].sentence != tokens[i].sentence
        or tokens[i].pause
        or (
            tokens[i - 1].norm in _OPENERS
            and (i == 1 or tokens[i - 2].sentence != tokens[i].sentence or tokens[i - 1].pause)
        )
    )


#: Words of an end ("healed", "all well") that make it over.
_OVER = frozenset(
    {"fine", "gone", "healed", "ok", "okay", "normal", "better", "settled", "cleared",
     "resolved", "over", "good", "great", "right", "sorted", "fixed", "away", "well", "mended",
     "recovered"}
)  # fmt: skip
#: Words right before a word of now that make it an end ("nothing since", "mended long since").
_OVER_BEFORE = _OVER | {"nothing", "not", "none", "no", "never", "long"}
#: Words after a word of now in which a word of an end may still say it is over ("I have been
#: perfectly well since", "has all healed").
_OVER_REACH = 3


def _comes_to_now(tokens: Sequence[Token], mod: Modifier) -> bool:
    """Whether the sentence of a trigger of the past (``kind: past``) comes up to now after it
    ("years ago I had a stroke and my arm has been weak ever since"): a word of now not right
    after a word of an end ("all gone now", "nothing since"), nor one a few words before such
    a word that says it is over ("but I have been perfectly well since")."""
    sentence = tokens[mod.first].sentence
    for j in range(mod.last + 1, len(tokens)):
        if tokens[j].sentence != sentence:
            break
        word = tokens[j].norm
        if word in _NOW and tokens[j - 1].norm not in _OVER_BEFORE and not _over_after(tokens, j):
            return True
    return False


def _over_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether a word of an end follows the word of now at ``j`` in its clause, not denied
    ("have been perfectly well", "is all healed"; not "is no better")."""
    for k in range(j + 1, min(len(tokens), j + 1 + _OVER_REACH)):
        if tokens[k].sentence != tokens[j].sentence or tokens[k].pause:
            return False
        if tokens[k].norm in _OVER:
            return tokens[k - 1].norm not in {"no", "not", "never"}
    return False


#: Words of advice given ("they said", "told me", "I was advised") and of what to do then
#: ("come in", "call 999", "go to a and e").
_ADVISED = frozenset(
    {"said", "says", "say", "told", "tells", "advised", "advise", "advice", "instructed",
     "supposed"}
)  # fmt: skip
_GO = frozenset(
    {"come", "call", "ring", "phone", "go", "seek", "attend", "999", "111", "911", "ambulance",
     "hospital", "emergency", "straight", "back", "return", "contact"}
)  # fmt: skip


#: Words of what the person would do then ("I would call", "I'd go", "I'll ring").
_WOULD = frozenset({"would", "wouldnt", "id", "will", "ill"})
_WOULD_REACH = 3
#: An "if I" that imagines what is not: "if I had a fit", "if I became short of breath".
_IMAGINED = frozenset({"had", "became", "were"})


def _advice_after(tokens: Sequence[Token], mod: Modifier, match: Match) -> bool:
    """Whether the sentence of an "if" (``kind: advice``) tells after it what someone said
    to do then ("if i go cold and clammy they said call", "if i pass out the doctor said come
    straight in") or what the person would do ("if I became short of breath I would call the
    ambulance"), or whether the "if" imagines what is not and the sentence says after the
    sign what would be ("if I had a fainting spell nobody would find me")."""
    sentence = tokens[mod.first].sentence
    after = [t.norm for t in tokens[mod.last + 1 :] if t.sentence == sentence]
    told = [k for k, w in enumerate(after) if w in _ADVISED]
    if told and any(w in _GO for w in after[told[0] + 1 :]):
        return True
    if any(
        w in _WOULD and any(v in _GO for v in after[k + 1 : k + 1 + _WOULD_REACH])
        for k, w in enumerate(after)
    ):
        return True  # "I would call the ambulance", "I'd go to A&E"
    imagined = mod.last + 1 < len(tokens) and tokens[mod.last + 1].norm in _IMAGINED
    return imagined and any(
        t.norm in {"would", "wouldnt"} for t in tokens[match.last + 1 :] if t.sentence == sentence
    )


#: Words of rounding between a hedge and the time it rounds ("maybe *about* 3 weeks").
_ROUNDING = frozenset({"about", "around", "like", "roughly", "approx", "approximately", "say"})


def _spent_on_time(
    tokens: Sequence[Token], mod: Modifier, match: Match, targets: list[tuple[Match, str, str]]
) -> bool:
    """Whether a forward hedge is spent on a time or a count it spares (``spare_groups``)
    right after it, that ends before ``match`` ("*maybe* a few times a week, worse when I've
    had an espresso", "*maybe* 3 weeks, the calf is swollen"): the hedge rounds that number
    and doubts nothing said after it."""
    starts = {mod.last + 1}
    if mod.last + 1 < len(tokens) and tokens[mod.last + 1].norm in _ROUNDING:
        starts.add(mod.last + 2)  # ("maybe about 3 weeks")
    return any(
        m.first in starts and g in mod.spec.spare_groups and m.last < match.first
        for m, _f, g in targets
    )


#: Words that may end a hedge said after the words it doubts ("swollen, not sure *though*").
_TAG_ENDS = frozenset(
    {"not", "so", "though", "tho", "really", "tbh", "honestly", "lol", "haha", "either",
     "yet", "anyway", "idk", "dunno", "i", "guess", "think"}
)  # fmt: skip


def _opens_own_clause(tokens: Sequence[Token], mod: Modifier) -> bool:
    """Whether a hedge that may doubt the words before it opens, after a pause, a clause with
    words of its own ("drank loads of water, *maybe* too much", "calf swollen, *not sure if*
    it's the heat"): it doubts what follows it, not what the person said before the pause.
    A hedge closing its clause ("swollen, not sure", "swollen, hard to tell really") still
    doubts it."""
    nxt = mod.last + 1
    return (
        tokens[mod.first].pause
        and nxt < len(tokens)
        and tokens[nxt].sentence == tokens[mod.first].sentence
        and not tokens[nxt].pause
        and tokens[nxt].norm not in _TAG_ENDS
    )


def _rounds_number(tokens: Sequence[Token], mod: Modifier) -> bool:
    """Whether a hedge said right after a number, or a number and its unit, rounds it ("six
    cups *maybe*", "3 cans a day *i guess*"): the count is rounded, not what is counted."""
    for back in (1, 2, 3):
        j = mod.first - back
        if j < 0 or tokens[j + 1].pause or tokens[j].sentence != tokens[mod.first].sentence:
            return False
        if number_value(tokens[j].norm) is not None:
            return True
    return False


def assert_findings(
    tokens: Sequence[Token],
    targets: list[tuple[Match, str, str]],
    modifiers: list[Modifier],
    terminators: dict[str, set[int]],
    self_contained: Sequence[bool] | None = None,
    affirmed: Sequence[bool] | None = None,
) -> list[Choice | None]:
    """The choice for each target ``(match, finding id, group)``: present, absent, unknown,
    or None when it is not the person's or only imagined. A ``self_contained`` target
    carries its own denial ("never had this before", "doesn't hurt"): no outer denial or
    doubt applies to it. An ``affirmed`` target is one whose words say it, not deny it."""
    n = len(tokens)
    known = affirmed is not None  # (else no finding's words are known to deny it)
    if affirmed is None:
        affirmed = [False] * len(targets)
    covered = [False] * n
    place = [False] * n
    other = [False] * n  # words of a finding that is not a place
    said_yes = [False] * n  # words of a finding the words affirm
    said_no = [False] * n  # words of one that carries its own denial ("walking fine")
    for (match, _f, g), yes in zip(targets, affirmed, strict=True):
        for i in range(match.first, match.last + 1):
            covered[i] = True
            place[i] = place[i] or g in PLACE_GROUPS
            other[i] = other[i] or g not in PLACE_GROUPS
            said_yes[i] = said_yes[i] or yes
            said_no[i] = said_no[i] or not yes
    own_clause = [known and no and not yes for no, yes in zip(said_no, said_yes, strict=True)]
    hard_stops = terminators.get("all", set())  # a place inside a denial: "but", "also" end it
    proxy = story_is_about_someone_else(tokens, modifiers)
    writer = writers_own_clauses(tokens) if proxy else [False] * n
    patient = patient_named(tokens, modifiers) if proxy else set()
    kin_past = history_kin_pronouns(tokens, modifiers, patient) if proxy else set()
    hands = feeling_hands(tokens) if proxy else set()
    # A denial that opens a clause of its own after a comma or dash ends what an imagined or
    # doubted scope reaches: "read about cauda equina on google - no numbness down below",
    # "googled it, no weakness": the person checked and says what they do not have.
    fresh_denials = {
        mod.first
        for mod in modifiers
        if mod.spec.category == "negated"
        and mod.spec.direction != "backward"
        and tokens[mod.first].pause
    }
    out: list[Choice | None] = []
    for index, (match, _fid, group) in enumerate(targets):
        if writer[match.first] and writer[match.last]:
            out.append(None)  # a carer's own complaint: "I've got claudication myself"
            continue
        if group in PLACE_GROUPS and set(range(match.first, match.last + 1)) <= hands:
            out.append(None)  # "her skin feels cold under my hand": no place of the story
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
            # So does an imagined one whose verb or first words are the finding's ("if i lose"
            # over "lose control of my bladder", "if i get confused"), and a relative's
            # ("Brother had" over "had a stroke").
            shared_start = spec.direction == "forward" and (
                (
                    spec.category in ("negated", "possible")
                    and mod.first < match.first <= mod.last < match.last
                )
                or (
                    (
                        spec.category == "hypothetical"
                        or (spec.category, group) == ("family", "history")
                    )
                    and mod.first < match.first <= mod.last <= match.last
                )
            )
            if not shared_start and mod.first <= match.last and match.first <= mod.last:
                continue
            if not spec.applies_to(group):
                continue
            if (
                spec.category == "hypothetical"
                and mod.last < match.first
                and _spent_inside(mod, match, targets, affirmed)
            ):
                continue  # "screams if we move her hip, temp 39.2": the "if" is the sign's own
            if spec.kind == "past" and (
                not _opens_clause(tokens, mod) or _comes_to_now(tokens, mod)
            ):
                continue  # "years ago I had a stroke and my arm has been weak ever since"
            if spec.kind == "advice" and not _advice_after(tokens, mod, match):
                continue  # "if i cant get to the loo in time i wet myself": what happens
            relative = spec.category == "family" and spec.kind == "relative"
            if relative and not kin_owns_next(
                tokens, mod, match.first, match.last, group == "history"
            ):
                continue  # "carrying my sister's sofa", "drove to my mum's": not her sign
            if relative and mod.last < match.first and is_witness(tokens, mod):
                continue  # "my sister pointed out that leg looks fatter": she saw, he has it
            if relative and is_carried(tokens, mod):
                continue  # "lifted my grandson yesterday and my back went": the writer's
            if relative and any(t.norm == "my" for t in tokens[match.first : match.last + 1]):
                continue  # "my husband pushes my toes back and it goes": the writer's own toes
            if (
                relative
                and proxy
                and mod.first not in kin_past
                and (
                    mod.first in patient
                    or (
                        tokens[mod.first].norm in THIRD_PERSON
                        and not (mod.last + 1 < n and tokens[mod.last + 1].norm in RELATIVES)
                    )
                )
            ):  # "my wife is 54 and has had MS", "he had a heart attack": the patient's past
                continue  # (not "his dad lost a leg", "her mum had a clot")
            if (
                relative
                and proxy
                and mod.first not in kin_past
                and not (
                    group == "history"
                    and mod.first < match.first
                    and any(
                        t.norm in HISTORY_WORDS
                        for t in tokens[mod.first + 1 : max(match.first, mod.last + 1)]
                    )  # (the trigger's own words too: "uncle dx MND", "Brother had a stroke")
                )
                and not others_past(tokens, mod, match.first, modifiers, patient)
            ):
                continue
            stops = terminators.get(spec.category, set()) | terminators.get("all", set())
            if spec.category in ("hypothetical", "possible"):
                stops = stops | fresh_denials
            direction = spec.direction
            if direction == "forward" and spec.category == "negated" and _answers_back(tokens, mod):
                direction = "both"  # "Fever: no.", "statin - no": a "no" that ends a clause
            if (
                spec.category == "possible"
                and mod.last < match.first
                and _spent_on_time(tokens, mod, match, targets)
            ):
                continue  # "maybe a few times a week, worse after an espresso"
            if shared_start:
                lo, hi = match.first, match.first
            elif mod.last < match.first and direction in ("forward", "both"):
                lo, hi = mod.last + 1, match.first
            elif (
                match.last < mod.first
                and direction in ("backward", "both")
                and not (
                    mod.last + 1 < n
                    and tokens[mod.last + 1].norm in spec.not_before
                    and tokens[mod.last + 1].sentence == sentence
                )
            ):  # ("..., maybe im just not drinking enough": a clause of its own)
                if spec.category == "possible" and (
                    _opens_own_clause(tokens, mod) or _rounds_number(tokens, mod)
                ):
                    continue  # "drank loads of water, maybe too much", "six cups maybe"
                lo, hi = match.last + 1, mod.first
                if spec.category == "negated" and _own_subject(tokens, lo, hi):
                    continue  # "my calf is swollen, skin normal": the skin is normal
            else:
                continue
            if spec.category == "family" and lo < hi and is_age(tokens[lo].norm):
                lo += 1  # "my mum (70) has been on omeprazole": the age is no clause of its own
            limit = spec.max_scope
            if group in ADJACENT_ONLY and spec.category in ("negated", "possible"):
                if (
                    group in PLACE_GROUPS
                    and spec.category == "negated"
                    and mod.last < match.first
                    and any(
                        lo <= i < hi
                        and covered[i]
                        and not place[i]
                        and not _said_with(mod, i, targets, affirmed)
                        for i in range(lo, hi)
                    )
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
            if spec.kind == "past" and _past_reaches(lo, hi, tokens, covered, hard_stops, limit):
                found.add(spec.category)  # "years ago, after a fall on the ice, my arm was weak"
                continue
            if _scope_clear(lo, hi, tokens, covered, place, stops, limit, own_clause) or (
                spec.category == "negated"
                and mod.last < match.first
                and _closed_list(lo, hi, tokens, covered, place, stops)
            ):
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
