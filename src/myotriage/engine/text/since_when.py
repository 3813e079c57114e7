"""Since when the complaint goes on: which time words date the complaint and which date
something else (a history, a medicine, an event the symptoms followed, a past episode,
another person's bout, a sign that came later).

:func:`onset_only` keeps the time words that say since when, marking those that date an
event the symptoms followed (``dated``); :mod:`.longest_since` then chooses among them.
"""

from __future__ import annotations

import dataclasses

from myotriage.engine.text.dates import WEEKDAY
from myotriage.engine.text.longest_since import SYMPTOM_STEMS, clause_of, strong_span
from myotriage.engine.text.medicines import BEING_ON, MEDICINE_PRONOUNS, unnamed_medicines
from myotriage.engine.text.patterns import NO_SKIP, Match
from myotriage.engine.text.quantities import ACTIVITY, DATES_OTHER
from myotriage.engine.text.story_owner import RELATIVES
from myotriage.engine.text.targets import SINCE_GROUPS, CompiledLexicon, Target, word_before
from myotriage.engine.text.tokens import Token

__all__ = ["onset_only"]


_NUMBER_GROUPS = SINCE_GROUPS | {"duration"}


def onset_only(
    c: CompiledLexicon, tokens: list[Token], targets: list[Target], numbers: list[Match]
) -> list[Target]:
    """Time words that say since when it goes on, without those that date something else:
    a span right after a history or a medicine, in the same clause ("a stroke 2 years ago",
    "on sertraline for years", "sertraline went up from 50 to 100mg last week") dates that
    (the nearest of them decides); a bare "weeks" or "years" inside a span the numbers read
    ("2 weeks ago") gives way to the numbers. A span dating an event the symptoms followed
    ("stood on a nail a week ago, now ...", "since my op 2 weeks ago", "started X yesterday
    and today ...") also says since when, when the words link the symptoms to it (see
    :func:`longest_since`). A phrase of since when or of how long one episode lasts inside a
    number with a unit (``numbers``: "34 years old", "last half hour") gives way to what the
    number says."""
    context = [t for t in targets if t.finding in c.not_onset_after]
    context += [Target(Match("medicine", j, j), "") for j in unnamed_medicines(c, tokens)]
    for j, word in enumerate(tokens):  # (each word looked at once: this runs on every story)
        old = _old_complaint(tokens, j)
        if old or word.norm in c.other_histories:
            context.append(Target(Match("history", j, j), "old" if old else ""))
    # Spans whose reading does not start at zero days ("3 weeks ago": one to three weeks).
    far = {
        (t.match.first, t.match.last)
        for t in targets
        if not t.implied and t.finding in c.since_bounds and c.since_bounds[t.finding][0] > 0
    }
    # Where each time span stands: one between a dating word and a span took the dating
    # ("diabetic for 12 years and for the past 5 days I get cramps": the 5 days are theirs).
    spans = {
        (t.match.first, t.match.last) for t in targets if c.group.get(t.finding) in SINCE_GROUPS
    }
    out: list[Target] = []
    bout_over = False
    for t in targets:
        m = t.match
        group = c.group.get(t.finding)
        phrase = m.what[0] == "f"  # type: ignore[index]
        if group in _NUMBER_GROUPS and phrase and any(m.overlaps(q) for q in numbers):
            continue
        if group == "duration" and _past_episode_told(tokens, m.first):
            continue  # "had the same in 2022 and it settled in about a week": that one's
        if group not in SINCE_GROUPS:
            out.append(t)
            continue
        if phrase and m.first > 0 and tokens[m.first - 1].norm == "in":
            continue  # "haven't had a jab in ages", "first time in years": not since when
        if m.what == WEEKDAY and any(
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
        out = [t for t in out if not (t.dated and c.group.get(t.finding) in SINCE_GROUPS)]
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
    if strong_span(tokens, m):
        return False
    near = range(m.first - _SIGN_REACH, m.last + _SIGN_REACH + 1)
    return any(tokens[j].norm in _URINE for j in clause_of(tokens, m.first, m.last) if j in near)


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
        and not nxt.startswith(SYMPTOM_STEMS)
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


def _activity_before(tokens: list[Token], first: int) -> bool:
    """A word of standing, sitting or waiting up to two words before ``first`` in its clause
    ("stands for ages and only a trickle comes", "sat for ages"): the span is that's."""
    return word_before(tokens, first, ACTIVITY, 2)


def _been_on_before(tokens: list[Token], first: int) -> bool:
    """ "been on", "was on" right before the span at ``first`` (or before its "for"): "which
    I've been on for years", "she's been on since 2019" (what she takes, named before it);
    also "on it" or "on them" with "for" or "about" between ("omeprazole (on it about 6
    years)", "on them for ages")."""
    k = first - 1
    if k >= 0 and tokens[k].norm == "for":
        k -= 1
    if k >= 1 and tokens[k].norm in MEDICINE_PRONOUNS and tokens[k - 1].norm == "on":
        return True
    if k >= 2 and tokens[k].norm in _ON_IT_QUALIFIERS:
        return tokens[k - 1].norm in MEDICINE_PRONOUNS and tokens[k - 2].norm == "on"
    return k >= 1 and tokens[k].norm == "on" and tokens[k - 1].norm in BEING_ON


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
    return word_before(tokens, first, DATES_OTHER, 3)


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
