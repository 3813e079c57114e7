"""Whose story is it? A carer writes about someone else ("my husband woke with cramp, I
noticed his toes were curled"), a writer mentions a relative's past ("my dad had ALS"), or adds
an aside about themself ("I get chest twinges myself"): these rules decide whose words are the
patient's, for :func:`myotriage.engine.text.context.assert_findings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING

from myotriage.engine.text.tokens import Token

if TYPE_CHECKING:
    from myotriage.engine.text.context import Modifier

__all__ = [
    "HISTORY_WORDS",
    "RELATIVES",
    "THIRD_PERSON",
    "feeling_hands",
    "history_kin_pronouns",
    "is_age",
    "is_carried",
    "is_witness",
    "kin_owns_next",
    "others_past",
    "patient_named",
    "story_is_about_someone_else",
    "writers_own_clauses",
]

_FIRST_PERSON = frozenset({"i", "im", "ive", "id", "me", "myself", "mine", "mines"})
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
THIRD_PERSON = frozenset(
    {"he", "hes", "him", "his", "himself", "she", "shes", "her", "hers", "herself"}
)


#: Words that make a relative's words their past history ("my dad had ALS", "uncle dx MND").
HISTORY_WORDS = frozenset({"had", "died", "passed", "suffered", "lost", "dx", "diagnosed"})

#: Who a "his" or "her" may name other than the patient ("his dad lost a leg").
RELATIVES = frozenset(
    {"mother", "mum", "mom", "mam", "father", "dad", "brother", "sister", "grandma",
     "grandmother", "nan", "nana", "gran", "granny", "grandad", "grandpa", "grandfather",
     "aunt", "auntie", "uncle", "cousin", "son", "daughter", "husband", "wife", "partner",
     "boyfriend", "girlfriend", "friend", "neighbour", "neighbor", "colleague", "kid", "child",
     "baby", "twin", "parents", "family", "sibling", "siblings", "brothers", "sisters",
     "grandson", "granddaughter", "grandchild", "grandkid", "niece", "nephew", "stepson",
     "stepdaughter"}
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
#: Words between a joining word and the "I" that opens a carer's own clause ("and now I'm").
_NOW_THEN = frozenset({"now", "then"})
_WRITER_SKIP = (
    frozenset({"just", "also", "really", "too", "do", "did", "still", "often"}) | _NOW_THEN
)
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
    has AF ... do I call 999?"), or speaks of themself only as the one who looks or tends
    ("His pulse is steady, I counted it"). Then "her leg went cold" is the patient's leg; only a
    relative's past ("my dad had ALS") stays someone else's (see :func:`assert_findings`)."""
    if not any(t.norm in _FIRST_PERSON and not t.quoted for t in tokens) and not (
        _speaks_of_own_body(tokens)
    ):
        return True
    relative = [
        m
        for m in modifiers
        if m.spec.category == "family"
        and m.spec.kind == "relative"
        and kin_owns_next(tokens, m, -1)  # (not "my mates can't see it", "my mum's house")
    ]
    named = {m.first for m in relative if tokens[m.first].norm not in THIRD_PERSON}  # "my son"
    starts = {m.first for m in relative}
    if (_writer_contrasts(tokens, starts) or _fears_the_same(tokens, starts)) and not (
        _carer_signs(tokens, modifiers, starts)
    ):
        return False  # "my son cut his knee but I have the cramps": the writer's own story
    tools = _carers_tools(tokens, starts)
    owns = [
        i
        for i, t in enumerate(tokens)
        if not t.quoted
        and (
            t.norm in _FIRST_PERSON
            and not _told_me(tokens, i)
            and not (t.norm == "i" and _carer_i(tokens, i, starts))
        )
        or (t.norm == "my" and i not in named and i not in tools and not _my_relatives(tokens, i))
    ]
    own = len(owns)
    other = len(named) + sum(1 for t in tokens if t.norm in THIRD_PERSON)
    if other > CARER_RATIO * own:
        return True
    if other and all(_observer_i(tokens, i) for i in owns):
        return True  # "His pulse is steady, I counted it": the writer only looks and tends
    if other >= own and _body_owner_is_other(tokens, named, relative, tools):
        return True  # "I noticed his toes were curled ... he said it was agony"
    if 2 * other >= own and _opens_as_carer(tokens):  # "I care for my neighbour ... I told him"
        return True
    # A writer who sets themself apart ("I've got claudication myself", "my own back") while
    # speaking of someone else more than of themself is a carer writing about that person.
    marked = any(t.norm == "myself" for t in tokens) or any(
        a.norm == "my" and b.norm == "own" for a, b in zip(tokens, tokens[1:], strict=False)
    )
    return marked and other > own


#: Words that set the writer's own complaint against someone else's: "but mine is just a
#: cramp", "whereas I get", "I just have calf cramps", "me, I ...", "but my own problem is",
#: "my calf just twitches". A clause opens with one of them (after a sentence end, a pause or
#: a joining word) and is not the carer's errand ("I just have to rub them for him").
_CONTRAST_JOINS = frozenset({"but", "whereas", "while", "whilst", "though", "although", "and"})
#: The joins that set against by themselves ("but I have ..."), where "and" or "though" need
#: a sentence end or a pause before them.
_SETTING_AGAINST = frozenset({"but", "whereas", "whilst", "while"})
_MINIMISERS = frozenset({"just", "only", "merely"})
_OWN_HAVE = frozenset(
    {"have", "get", "got", "suffer", "ve", "keep", "had"}
)  # fmt: skip
_NOT_OWN_AFTER = frozenset(
    {"to", "no", "nothing", "a", "asked", "told", "rung", "rang", "called", "phoned", "booked",
     "tried", "given", "gave", "put", "taken", "made", "noticed", "seen", "looked", "read",
     "been"}
)  # fmt: skip


#: A writer's "but I've never had that", "but I don't get that", "but I do not have it":
#: they set their own body apart from the other person's sign.
_NOT_OWN = frozenset({"never", "dont", "havent", "didnt", "not"})
_HAVING = frozenset({"had", "have", "get", "got"})


def _never_had(core: list[str]) -> bool:
    if core[:2] in (["do", "not"], ["have", "not"]):
        core = core[1:]
    return len(core) > 1 and core[0] in _NOT_OWN and core[1] in _HAVING


#: A relative named with a possessive ("my mum's", written "my mums"; "my mate's pee").
_KIN_POSSESSIVE = frozenset(
    {"mums", "moms", "mams", "dads", "mates", "friends", "sisters", "brothers", "grandads",
     "granddads", "grandmas", "nans", "grans", "wifes", "husbands", "partners", "sons",
     "daughters", "aunts", "aunties", "uncles", "cousins", "boyfriends", "girlfriends",
     "neighbours", "neighbors", "colleagues", "bosses", "grandsons", "granddaughters",
     "nieces", "nephews"}
)  # fmt: skip
#: Words for a complaint a possessive relative may have ("my neighbour's cramps are agony",
#: "my mum's pain"): hers, as her body part would be.
_COMPLAINTS = frozenset(
    {"cramp", "cramps", "pain", "pains", "symptoms", "illness", "condition", "twitch",
     "twitches", "twitching", "spasm", "spasms", "problem", "problems"}
)  # fmt: skip
#: People a possessive relative may have ("my friend's boy", "my neighbour's husband").
_PEOPLE = RELATIVES | frozenset({"boy", "girl", "lad", "husband", "wife", "kids", "children"})


def kin_owns_next(
    tokens: Sequence[Token], mod: Modifier, first: int, last: int = -1, history: bool = False
) -> bool:
    """Whether a relative trigger governs what follows it: a possessive relative ("my mum's",
    "my mate's") only where the next word is a part of the body, a person or the finding
    itself, words ``first`` to ``last``, when they name a part ("my mate's pee went dark", "my
    friend's boy", "my son's bum", "my mum's swollen calf") or a past (``history``: "my wife's
    dialysis fluid", "my dad's diabetes"), not a thing, a place or a plural's verb ("carrying
    my sister's sofa", "drove up to my mum's last Saturday", "my mates can't even see it").
    Other relative triggers always do."""
    if tokens[mod.last].norm not in _KIN_POSSESSIVE:
        return True
    nxt = mod.last + 1
    if nxt >= len(tokens) or tokens[nxt].sentence != tokens[mod.last].sentence:
        return False
    if nxt == first and (history or any(t.norm in _BODY for t in tokens[first : last + 1])):
        return True
    return tokens[nxt].norm in _BODY | _PEOPLE | _COMPLAINTS


def _writer_contrasts(tokens: Sequence[Token], relatives: set[int]) -> bool:
    """Whether, after speaking of someone else ("my friend had pain round his chest"), the
    writer sets their own complaint against it: "but mine is just a calf cramp", "but I have
    the cramps", "I just have calf cramps", "my calf just twitches", "me, I just twitch",
    "whereas I get cramps", "but my own problem is cramp". Then the story is the writer's and
    the other person's signs stay theirs (the relative's words govern them)."""
    n = len(tokens)
    if not relatives:
        return False
    for i, t in enumerate(tokens):
        if i <= min(relatives):
            continue
        opens = tokens[i].sentence != tokens[i - 1].sentence or t.pause
        join = tokens[i - 1].norm if not opens else ""
        joined = join in _CONTRAST_JOINS and (
            (i > 1 and tokens[i - 1].sentence != tokens[i - 2].sentence)
            or tokens[i - 1].pause
            or join in _SETTING_AGAINST
        )
        if not (opens or joined):
            continue
        words = [
            tokens[k].norm for k in range(i, min(n, i + 5)) if tokens[k].sentence == t.sentence
        ]
        if not words:
            continue
        w0 = words[0]
        rest = words[1:]
        if w0 in {"mine", "mines"} and rest[:1] != ["too"]:
            return True  # "but mine is just a calf cramp", "mine just cramps", "but mine's fine"
        if w0 == "me" and rest[:1] == ["i"] and tokens[i + 1].pause:
            return True  # "me, I just have twitching"
        if w0 == "my" and rest[:1] == ["own"] and join in _SETTING_AGAINST:
            return True  # "but my own problem is cramp in my calves"
        if (
            w0 == "my"
            and any(_body_owner(tokens, k) == "own" for k in range(i + 1, min(n, i + 4)))
            and (any(w in _MINIMISERS for w in rest[:4]))
        ):
            return True  # "my calf just twitches"
        if w0 in {"i", "ive", "im"}:
            core = [w for w in rest if w not in {"also", "really", "do", "still", "often"}]
            minimised = bool(core) and core[0] in _MINIMISERS
            if minimised:
                core = core[1:]
            if join in _SETTING_AGAINST and _never_had(core):
                return True  # "but I've never had that", "but I don't get it": not the writer's
            if w0 == "ive" and core[:1] == ["got"] or w0 == "im" and core[:1] == ["having"]:
                verb, after = core[0], core[1:2]
            elif w0 == "i" and core[:1] and core[0] in _OWN_HAVE:
                verb, after = core[0], core[1:2]
                if verb == "ve" and core[1:2] == ["got"]:
                    after = core[2:3]
            else:
                continue
            if after and after[0] in _NOT_OWN_AFTER:
                continue  # "I just have to rub them", "I have no idea"
            if verb == "had" and not minimised:
                continue
            if minimised or join in _SETTING_AGAINST:
                return True  # "I just have calf cramps", "but I have the cramps"
    return False


#: Words of a writer who fears or watches for in themself what a relative had ("I worry I may
#: be going the same way", "I watch myself for the same signs").
_FEAR_WORDS = frozenset(
    {"worry", "worried", "worrying", "frightened", "afraid", "scared", "fear", "terrified",
     "dread", "watch", "watching", "petrified"}
)  # fmt: skip
_SELF = frozenset({"i", "im", "ive", "id", "me", "my", "myself"})
#: Words a clause may have before its "same" ("... that my twitch may go the same way").
_SAME_REACH = 10


def _fears_the_same(tokens: Sequence[Token], relatives: set[int]) -> bool:
    """Whether, after speaking of someone else ("my wife had a stroke and her face dropped"),
    the writer fears or watches for the same in themself: "so I watch myself for the same
    signs", "I worry my twitch may go the same way", "I am frightened it is the start of the
    same thing". The story is the writer's, and the other person's signs stay theirs."""
    if not relatives:
        return False
    for i, t in enumerate(tokens):
        if t.norm != "same" or i <= min(relatives):
            continue
        lo = i
        while lo > 0 and i - lo < _SAME_REACH and not tokens[lo].pause:
            if tokens[lo - 1].sentence != t.sentence:
                break
            lo -= 1
        words = {tokens[k].norm for k in range(lo, i)}
        if words & _FEAR_WORDS and words & _SELF:
            return True
    return False


def _carer_signs(
    tokens: Sequence[Token], modifiers: Sequence[Modifier], relatives: set[int]
) -> bool:
    """Whether a story tells its own carer: the writer writes for someone ("writing for my
    father"), gives their age ("my mum is 80"), or acts on them ("I pushed his toes back",
    "I rang the GP for him"). A writer's contrast does not make such a story the writer's."""
    if _opens_as_carer(tokens) or patient_named(tokens, modifiers, opening=False):
        return True
    return any(t.norm == "i" and _carer_i(tokens, i, relatives) for i, t in enumerate(tokens))


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


#: Verbs of a carer who looks at, measures or tends someone ("I counted it", "I checked",
#: "I've taken it twice", "I wiped the sore"): an "I" with one of them says nothing of the
#: writer's own body. Not "felt" or "looked" ("I felt dizzy", "I looked pale").
_OBSERVER_VERBS = frozenset(
    {"counted", "checked", "measured", "took", "taken", "noticed", "saw", "seen", "watched",
     "timed", "tested", "wiped", "washed", "cleaned", "changed", "dressed", "bathed", "fed",
     "lifted", "rang", "called", "phoned", "asked", "found", "touched", "pressed", "gave",
     "given", "tried", "spotted", "filmed", "videoed", "photographed", "weighed", "monitored"}
)  # fmt: skip
#: Verbs of the writer's opinion about what they see ("his grip is weak, I think it isn't
#: recovering", "I reckon she's worse", "I guess it's the heat"): such an "I" judges the
#: other person's signs and says nothing of the writer's own body either ("I think I have
#: ALS" has an "I" of its own after it, "I think my calf is swollen" a "my").
_OPINION_VERBS = frozenset(
    {"think", "thought", "reckon", "reckoned", "guess", "suppose", "believe", "wonder"}
)  # fmt: skip


def _observer_i(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` is an "I" (or "I've") that only looks at or tends someone:
    "I counted it for a full minute", "I checked because the leaflet said to", "I've
    checked twice" (see ``_OBSERVER_VERBS``), or only judges what it sees: "I think it
    isn't recovering" (``_OPINION_VERBS``). An object of the writer's own ("I checked my
    pulse") is spoken of by its own "my"."""
    t = tokens[i]
    if t.quoted or t.norm not in {"i", "ive"}:
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].norm in _WRITER_SKIP | {"have", "ve", "had"}:
        j += 1
    return (
        j < len(tokens)
        and tokens[j].sentence == t.sentence
        and tokens[j].norm in _OBSERVER_VERBS | _OPINION_VERBS
        and not (j + 1 < len(tokens) and tokens[j + 1].norm in {"my", "myself", "me"})
    )


def _carer_i(tokens: Sequence[Token], i: int, relatives: set[int]) -> bool:
    """Whether the "I" at ``i`` acts on or looks at someone else within a few words, before
    any pause ("I asked him twice", "I noticed her ankle", "I found my father"): the carer's
    "I", not one that tells the writer's own complaint ("I have cramps, he says")."""
    return _carer_reach(tokens, i, relatives) is not None


def _carer_reach(tokens: Sequence[Token], i: int, relatives: set[int]) -> int | None:
    """Where the someone else that the carer's "I" at ``i`` acts on stands (see
    :func:`_carer_i`), or None. A "my" in between is the carer's own hand at work ("I put my
    hand on her calf", "I ran my thumb down his shin"), not the writer's complaint."""
    for j in range(i + 1, min(len(tokens), i + 1 + _CARER_I_REACH)):
        t = tokens[j]
        if t.sentence != tokens[i].sentence or t.norm == "i":
            return None
        if t.norm in _FIRST_PERSON:
            return None
        if t.norm in {"him", "his", "her", "them"} or j in relatives:
            return j if j > i + 1 else None  # a verb first: not "I, her carer, ..."
        if t.pause or t.norm in _CLAUSE_JOINS:
            return None
    return None


#: Words before a "my hand" that feels someone else ("her skin feels cold under my hand").
_TOUCHING = frozenset({"under", "beneath", "against"})
_HAND = frozenset({"hand", "hands", "fingers", "fingertips", "palm", "thumb"})


def feeling_hands(tokens: Sequence[Token]) -> set[int]:
    """The words of a "my hand" that feels someone else ("her skin feels cold under my hand",
    "his calf is hard against my fingers"): the writer's tool, not where the story is."""
    return {
        k
        for i, t in enumerate(tokens)
        if t.norm == "my"
        and 0 < i < len(tokens) - 1
        and tokens[i - 1].norm in _TOUCHING
        and tokens[i + 1].norm in _HAND
        for k in (i, i + 1)
    }


def _carers_tools(tokens: Sequence[Token], relatives: set[int]) -> set[int]:
    """The words "my" and the body part after it that a carer's "I" uses on someone else
    ("I put my hand on her calf": the hand is the carer's tool, not the story's body), or
    that feel someone else (:func:`feeling_hands`)."""
    out = feeling_hands(tokens)
    for i, t in enumerate(tokens):
        if t.norm != "i":
            continue
        end = _carer_reach(tokens, i, relatives)
        if end is not None:
            out.update(
                k for k in range(i + 1, end) if tokens[k].norm == "my" or tokens[k].norm in _BODY
            )
    return out


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
        or (w.endswith("s") and w[:-1] in RELATIVES)
        or w in {"husbands", "wifes", "mums", "dads", "sons", "daughters", "mothers", "fathers"}
    ):
        return "other"
    return None


def _speaks_of_own_body(tokens: Sequence[Token]) -> bool:
    """Whether a story without "I" or "me" still speaks of the writer's own body or self
    ("my calf just twitches", "couldnt remember my own postcode"): a note in the writer's own
    shorthand, not a story about someone else."""
    return any(
        t.norm == "my" and i + 1 < len(tokens) and tokens[i + 1].norm == "own" and not t.quoted
        for i, t in enumerate(tokens)
    ) or any(_body_owner(tokens, i) == "own" and not tokens[i].quoted for i in range(len(tokens)))


def _body_owner_is_other(
    tokens: Sequence[Token],
    named: set[int],
    relative: Sequence[Modifier],
    tools: AbstractSet[int] = frozenset(),
) -> bool:
    """Whether the body described is someone else's: more of "his toes", "her calf", "my
    husband's legs" than of "my calf", and a relative named who is not only a past history
    ("my dad had ALS", "my mum died of MND": their body parts are their story, not this one)."""
    owners = [_body_owner(tokens, i) for i in range(len(tokens)) if i not in tools]
    other, own = owners.count("other"), owners.count("own")
    if other == 0 or other <= own:
        return False
    kin = [m for m in relative if m.first in named]
    return not kin or any(not _only_history(tokens, m) for m in kin)


#: Verbs of someone who sees or tells what the patient has ("my sister pointed out that leg
#: looks fatter", "my bf says he can only just see it"); not of guessing ("he thought it was
#: a fit": a guess at what it is, not a sign seen).
_WITNESS_VERBS = frozenset(
    {"noticed", "notices", "pointed", "points", "spotted", "saw", "see", "sees", "seen",
     "watched", "watches", "noted"}
)  # fmt: skip
#: Verbs of telling make a witness only when a "he", "she" or "you" follows who sees ("my bf
#: says he can only just see it"); "my friend said numb legs are a bad sign" stays hers.
_TELLING_VERBS = frozenset({"says", "said", "say", "told", "tells", "mentioned", "saying"})
_WITNESS_SKIP = frozenset(
    {"can", "could", "only", "just", "also", "even", "has", "had", "have", "already", "first",
     "actually", "always", "then"}
)  # fmt: skip


def is_witness(tokens: Sequence[Token], m: Modifier | _Span) -> bool:
    """Whether the relative (or "he", "she") ``m`` is the subject of a verb of seeing or
    telling right after it: a witness of the patient's signs, not their owner ("my sister
    pointed out that leg looks fatter", "my colleague says she can only just see it"). What
    follows is the patient's unless a "his" or "her" of its own says otherwise."""
    j = m.last + 1
    while j < len(tokens) and tokens[j].norm in _WITNESS_SKIP and j - m.last <= 3:
        j += 1
    if j >= len(tokens) or tokens[j].sentence != tokens[m.first].sentence:
        return False
    w = tokens[j].norm
    if w in {"keeps", "kept"} and j + 1 < len(tokens):
        j += 1
        w = tokens[j].norm
    after = [t.norm for t in tokens[j + 1 : j + 3]]
    if w in _TELLING_VERBS:
        return after[:1] in (["he"], ["she"], ["you"]) and is_witness(tokens, _Span(j + 1, j + 1))
    # "he saw it was a fit", "she noticed that's a seizure": a verdict on what it is
    verdict = after[:1] in (["its"], ["thats"]) or (
        after[:1] in (["it"], ["this"], ["that"]) and after[1:] in (["was"], ["is"], ["s"])
    )
    return w in _WITNESS_VERBS and not verdict


#: Verbs of the writer's own effort a relative may be the load of ("lifted my grandson
#: yesterday and my back went", "picking up my toddler").
_CARRIED = frozenset(
    {"lift", "lifts", "lifted", "lifting", "carry", "carries", "carried", "carrying", "picked",
     "picking", "pick", "holding", "held"}
)  # fmt: skip


def is_carried(tokens: Sequence[Token], m: Modifier) -> bool:
    """Whether the relative ``m`` is what the writer lifts or carries ("lifted my grandson
    yesterday and my low back went into spasm"): the load of the writer's effort, whose
    words after it are the writer's."""
    if tokens[m.last].norm in _KIN_POSSESSIVE:
        return False  # "lifting my husband's dialysis bags": his bags, his history
    j = m.first - 1
    if j >= 0 and tokens[j].norm == "up":  # "picking up my toddler"
        j -= 1
    return j >= 0 and tokens[j].sentence == tokens[m.first].sentence and tokens[j].norm in _CARRIED


@dataclass(frozen=True, slots=True)
class _Span:
    """Where a word stands, as :func:`is_witness` reads a modifier."""

    first: int
    last: int


def history_kin_pronouns(
    tokens: Sequence[Token], modifiers: Sequence[Modifier], patient: set[int]
) -> set[int]:
    """In a carer's story, the "his" or "her" after a relative named with their past in the
    same sentence ("my dad had ALS, his hands got weak"): that relative's, not the patient's."""
    relative = [m for m in modifiers if m.spec.category == "family" and m.spec.kind == "relative"]
    past = [
        m
        for m in relative
        if tokens[m.first].norm not in THIRD_PERSON
        and m.first not in patient
        and _only_history(tokens, m)
    ]
    out: set[int] = set()
    for m in relative:
        if tokens[m.first].norm not in THIRD_PERSON:
            continue
        same = tokens[m.first].sentence
        named = [
            k
            for k in relative
            if k.first < m.first
            and tokens[k.first].sentence == same
            and tokens[k.first].norm not in THIRD_PERSON
        ]
        if named and named[-1] in past:
            out.add(m.first)
    return out


def _my_relatives(tokens: Sequence[Token], i: int) -> bool:
    """Whether the "my" at ``i`` names a relative's belonging ("my mum's hair")."""
    w = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    return w.endswith("s") and w[:-1] in RELATIVES


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
                    and (
                        tokens[i + 1].norm in _FIRST_PERSON | {"i"}
                        or (  # "... and now I'm panicking", "so then I rang 111"
                            tokens[i + 1].norm in _NOW_THEN
                            and i + 2 < n
                            and tokens[i + 2].norm in _FIRST_PERSON | {"i"}
                        )
                    )
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
        if marked or (subject and not any(w in THIRD_PERSON for w in words)):
            for j in range(start, i):
                out[j] = True
        start = i
    return out


def patient_named(
    tokens: Sequence[Token], modifiers: Sequence[Modifier], opening: bool = True
) -> set[int]:
    """In a carer's story, the relative given an age ("my wife is 54", "my brother, 38",
    "my dad (73)"), written for ("For my wife: she's had ...") or, with ``opening``, named
    first with what is happening to them ("my husband had a stent 2 months ago and ...") is
    the patient: their past ("has had MS for 15 years") is theirs."""
    out: set[int] = set()
    for m in modifiers:
        if m.spec.category != "family" or m.spec.kind != "relative":
            continue
        if tokens[m.first].norm in THIRD_PERSON:
            continue
        after = [t.norm for t in tokens[m.last + 1 : m.last + 4]]
        if after[:1] == ["is"]:
            after = after[1:]
        if (
            (after and is_age(after[0]))
            or _written_for(tokens, m)
            or (opening and _opens_story(tokens, m))
        ):
            out.add(m.first)
            break  # only the first: "my dad, 80, had ALS" is the patient's; later ones are not
    return out


#: Words that may stand between a relative and the "had" of their past ("his dad *also* had",
#: "her brother *has* had").
_BEFORE_HAD = frozenset({"has", "have", "also", "once", "too", "then", "previously"})


def others_past(
    tokens: Sequence[Token],
    mod: Modifier,
    first: int,
    modifiers: Sequence[Modifier],
    patient: AbstractSet[int],
) -> bool:
    """In a carer's story, whether the relative ``mod`` is told with a past of their own that
    the finding at ``first`` is part of: a relative who is not the patient ("his dad", "her
    brother"; a "my dad" when the story names another relative as the patient, "my mum,
    80") with a "had" (or "suffered", "died" ...) right after them and nothing between it
    and the finding's words but that relative's own ("her brother had a fever last week and
    now she's got achy muscles", "His dad had heart pains at his age"). Their sign is
    theirs, whatever it is; the patient's own ("he had a fever", "my son had a fever" when
    he is the one written for) is not touched, nor a clause the patient comes back into
    ("his dad had a look and his calf is hot": the "his" is the patient's)."""
    n = len(tokens)
    k = mod.last + 1
    if tokens[mod.first].norm in THIRD_PERSON:
        if mod.first != mod.last or k >= n or tokens[k].norm not in RELATIVES:
            return False  # "he had a fever": the patient
        k += 1
    else:
        named = {tokens[m.last].norm for m in modifiers if m.first in patient}
        if not named or mod.first in patient or tokens[mod.last].norm in named:
            return False  # no other patient named, or this is the patient
    if k > first or tokens[k].sentence != tokens[mod.first].sentence:
        return False
    while k < first and tokens[k].norm in _BEFORE_HAD and not tokens[k].pause:
        k += 1
    if k > first or tokens[k].norm not in HISTORY_WORDS or tokens[k].pause:
        return False
    return not any(
        t.pause or t.norm in THIRD_PERSON or t.norm in _FIRST_PERSON or t.norm == "my"
        for t in tokens[k + 1 : first + 1]
    )


def _opens_story(tokens: Sequence[Token], m: Modifier) -> bool:
    """Whether a carer's story opens by naming the relative it is about, with what is
    happening to them, not only their past: "my husband had a stent 2 months ago and ...",
    "my mum had her knee replaced 10 days ago" (their past is the patient's), not "my dad
    had ALS" or "my mum died of MND" (see :func:`_only_history`)."""
    return m.first == 0 and not _only_history(tokens, m)


def _written_for(tokens: Sequence[Token], m: Modifier) -> bool:
    """Whether the relative ``m`` is the one the story is written for, named at its head:
    "For my wife: she's had back spasms ...", "Re my dad - he has MS", "writing for my
    father", "on behalf of my mum". Their past ("she's had back pain") is the patient's."""
    if m.first == 0 or tokens[m.first].sentence != tokens[0].sentence:
        return False
    before = tokens[m.first - 1].norm
    if m.first == 1:
        return before in {"for", "re", "about"} and (
            m.last + 1 < len(tokens) and tokens[m.last + 1].pause
        )
    return before in {"for", "of"} and tokens[m.first - 2].norm in _FOR_SOMEONE


def is_age(norm: str) -> bool:
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
