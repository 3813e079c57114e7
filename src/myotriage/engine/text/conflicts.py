"""Settling what the targets say into one choice per finding, safest first: a warning sign
present anywhere stays present, a one-answer group keeps its worst pain or asks, and rules
of the lexicon (``needs_also``, ``dropped_with``, ``follows_from_finer``, ``denied_within``)
drop or imply findings; each finding keeps the places of its words.
"""

from __future__ import annotations

from myotriage.engine.text.context import Choice
from myotriage.engine.text.patterns import Match
from myotriage.engine.text.result import Span, TextFinding
from myotriage.engine.text.targets import SINCE_GROUPS, TRIED, CompiledLexicon, Target
from myotriage.engine.text.tokens import Token

__all__ = ["narrower_denials", "resolve"]


_RANK = {"absent": 0, "unknown": 1, "present": 2}


_WIDESPREAD = "loc_widespread"


_ONE_LEG = "calf_swelling"


def _spans(tokens: list[Token], matches: list[Match]) -> tuple[Span, ...]:
    spans = sorted({(tokens[m.first].start, tokens[m.last].end) for m in matches})
    merged: list[Span] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged)


def narrower_denials(
    c: CompiledLexicon, said: list[tuple[Target, Choice]]
) -> list[tuple[Target, Choice]]:
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


def resolve(
    c: CompiledLexicon, tokens: list[Token], said: list[tuple[Target, Choice]]
) -> list[TextFinding]:
    by_finding: dict[str, list[tuple[Target, Choice]]] = {}
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
        elif fid in c.red_flag or _stated_and_doubted(choices, items):
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


def _stated_and_doubted(choices: set[Choice], items: list[tuple[Target, Choice]]) -> bool:
    """Whether a finding is said plainly in some words and only doubted in others, and denied
    in none: "had my knee replaced 3 weeks ago ... I put it down to the op", "both calves cramp
    ... not sure if his feet are colder". A hedge doubts the words it governs (a guess at the
    cause, a question), not what the person states elsewhere: the finding is stated. (Denied
    somewhere as well, it stays open: the interview asks it.)"""
    return choices == {"present", "unknown"} and any(
        ch == "present" and not t.denial for t, ch in items
    )


def _stated_apart(tokens: list[Token], items: list[tuple[Target, Choice]]) -> bool:
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
    c: CompiledLexicon, tokens: list[Token], chosen: dict[str, tuple[Choice, list[Match]]]
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
    for fid in [f for f in chosen if c.group.get(f) in SINCE_GROUPS]:
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


def _follows_from_finer(
    c: CompiledLexicon, chosen: dict[str, tuple[Choice, list[Match]]]
) -> set[str]:
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
    tried = any(w in TRIED for w in words)
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
