"""Numbers and dates read as targets by the lexicon's tables: a number of days since it
started (``since``), a temperature, an episode's length, a rate, a pain score, hours of
sleep; a same-day date followed by "now"; a weekday told in the past.
"""

from __future__ import annotations

from myotriage.engine.text.patterns import Match
from myotriage.engine.text.quantities import Quantity
from myotriage.engine.text.targets import CompiledLexicon, Target
from myotriage.engine.text.tokens import Token
from myotriage.knowledge.lexicon import Lexicon, SinceRow

__all__ = [
    "WEEKDAY",
    "quantity_targets",
    "recent_date_targets",
    "since_bounds",
    "weekday_targets",
]


def since_bounds(lex: Lexicon) -> dict[str, tuple[float, float]]:
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


#: "A few" of a unit is read as three, and may be anything from two to five of them.
_FEW_LOW, _FEW_HIGH = 2 / 3, 5 / 3


def _since_targets(
    c: CompiledLexicon, span: Match, days: float, vague: bool = False
) -> list[Target]:
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
    return [Target(span, f) for f in row.present] + [Target(span, f, implied=True) for f in absent]


def quantity_targets(c: CompiledLexicon, quantities: list[Quantity]) -> list[Target]:
    lex = c.lexicon
    out = []
    for q in quantities:
        span = Match(("q", q.kind), q.first, q.last)
        if q.kind == "since":
            out += _since_targets(c, span, q.value, q.vague)
        elif q.kind == "temperature":
            trow = next((r for r in lex.temperature if q.value <= r.up_to), None)
            if trow is not None:
                out += [Target(span, f) for f in trow.present]
                out += [Target(span, f, denial=True) for f in trow.absent]
        elif q.kind == "episode":
            erow = next((r for r in lex.episode if q.value <= r.up_to_seconds), lex.episode[-1])
            out.append(Target(span, erow.present))
        elif q.kind == "rate":
            rrow = next((r for r in lex.rate if q.value <= r.up_to_per_week), None)
            if rrow is not None:
                out.append(Target(span, rrow.present))
        elif q.kind == "pain":
            prow = next(r for r in lex.pain_scale if q.value <= r.up_to)
            out.append(Target(span, prow.present))
        elif q.kind == "sleep" and q.value < _ENOUGH_SLEEP_HOURS:
            out.append(Target(span, _SHORT_SLEEP))
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


def recent_date_targets(c: CompiledLexicon, tokens: list[Token]) -> list[Target]:
    """Since when from a same-day date followed by "now" ("did my first marathon today ...
    now my hand has cramped", "playing 5-a-side last night ... cant go on tiptoe now"), or
    for "tonight", "this afternoon" and the like by a word of the present in its sentence
    ("tonight her hands keep cramping"), as the ``since`` table reads the days it stands for;
    not after "since" (the lexicon reads "since last night") nor "than", "until", "next" ..."""
    out: list[Target] = []
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


def weekday_targets(c: CompiledLexicon, tokens: list[Token]) -> list[Target]:
    """Since when from a weekday told in the past, with no word before it that the lexicon
    reads ("Tuesday my calf started cramping", "ran a marathon sunday", "lower back went this
    monday"): it started a day or more ago and under a week ago (today's date is not known,
    and today would be said "today"), as the ``since`` table reads a few days. Not today's
    weekday ("its tuesday now"), a weekday to come ("closed till monday", "nurse is back
    monday": no verb of the past), nor a timetable ("tuesday thursday saturday")."""
    out: list[Target] = []
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
        out += _since_targets(c, Match(WEEKDAY, first, i), _WEEKDAY_DAYS)
    return out


#: The days a past weekday stands for: one to six days ago (read as within the week).
_WEEKDAY_DAYS = 3.0


WEEKDAY = ("w", "weekday")
