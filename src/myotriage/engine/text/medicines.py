"""Medicine rules: names read as their classes, a new or changed medicine (``med_new``),
medicines the lexicon does not class, doses and habits that are no frequency of the
complaint, and the excludes a named medicine lifts (``lifted_excludes``).
"""

from __future__ import annotations

from myotriage.engine.text.patterns import NO_SKIP, Match
from myotriage.engine.text.targets import CompiledLexicon, Target, word_before
from myotriage.engine.text.tokens import Token, number_value

__all__ = [
    "BEING_ON",
    "MEDICINE_PRONOUNS",
    "exclude_lifted",
    "lifted_by_medicines",
    "medicine_before",
    "medicine_targets",
    "not_habits",
    "unnamed_medicines",
]


def exclude_lifted(
    m: Match, matches: list[Match], tokens: list[Token], lifted: frozenset[str]
) -> bool:
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


def lifted_by_medicines(
    c: CompiledLexicon, tokens: list[Token], found: list[Target]
) -> frozenset[str]:
    """The findings whose lifted excludes a medicine lifts: one of its classes (or a new or
    raised medicine, ``med_new``) is named, and not right after a "no" ("not on sertraline")."""
    named = {t.finding for t in found if not t.denial and not _denied_near(tokens, t.match.first)}
    return frozenset(f for f, by in c.lifted_by.items() if named.intersection(by))


def _denied_near(tokens: list[Token], first: int) -> bool:
    """Whether a negation word stands up to three words before ``first`` in its clause ("not
    on any antidepressants")."""
    return word_before(tokens, first, NO_SKIP, 3)


def medicine_targets(
    c: CompiledLexicon, tokens: list[Token], matches: list[Match], found: list[Target]
) -> list[Target]:
    """Medicine names as their classes, and ``med_new`` where a word such as "started"
    stands right before a medicine (a name, a class in words: "the new antipsychotic", or a
    medicine of no class: "started carbimazole", "put my baclofen up"), or one such as
    "increased" right after it ("sertraline increased to 100mg", "since nifedipine started")."""
    out = []
    named = [
        Target(m, m.what[1]) for m in matches if isinstance(m.what, tuple) and m.what[0] == "m"
    ]
    unnamed = [Target(Match("medicine", j, j), "") for j in unnamed_medicines(c, tokens)]
    for target in named + [t for t in found if t.finding in c.medicine_ids] + unnamed:
        m = target.match
        if target in named:
            out.append(target)
        elif target in unnamed and tokens[m.first].norm in MEDICINE_PRONOUNS:
            continue  # ("been on that": the medicine it points back at was read already)
        for j in range(max(0, m.first - 3), m.first):
            if (
                tokens[j].norm in c.change_words
                and tokens[j].sentence == tokens[m.first].sentence
                and not (target in unnamed and _loose_change(tokens, j, m.first))
                and not (tokens[j].norm in ("got", "took") and not _got_new(tokens, j, m.first))
                and not _asked_or_planned(tokens, j)
            ):
                out.append(Target(Match(("q", "med_new"), j, m.last), "med_new"))
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
                out.append(Target(Match(("q", "med_new"), m.first, j), "med_new"))
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
    return word_before(tokens, j, _ASKED, 3)


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


def not_habits(c: CompiledLexicon, tokens: list[Token], targets: list[Target]) -> list[Target]:
    """Without frequencies that say how often the person does something else: "6 pints most
    nights", "gym 3 times a week" (a habit word up to three words before, no pause between),
    or takes a medicine: "symbicort twice a day", "baclofen 10mg three times a day" (its name
    up to four words before)."""
    named = [(t.match.first, t.match.last) for t in targets if t.finding in c.medicine_ids]
    named += [(j, j) for j in unnamed_medicines(c, tokens)]
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
MEDICINE_PRONOUNS = frozenset({"that", "it", "them", "these", "those", "this"})


BEING_ON = frozenset({"been", "still", "was", "were", "im", "is", "are", "stayed", "kept"})


#: Words that end like a medicine's stem but are none ("since April").
_NOT_MEDICINES = frozenset({"april"})


def unnamed_medicines(c: CompiledLexicon, tokens: list[Token]) -> list[int]:
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
            word in MEDICINE_PRONOUNS
            and j >= 2
            and tokens[j - 1].norm == "on"
            and tokens[j - 2].norm in BEING_ON
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


def _habit_before(c: CompiledLexicon, tokens: list[Token], first: int) -> bool:
    for j in range(first - 1, max(-1, first - _HABIT_REACH - 1), -1):
        if tokens[j + 1].pause or tokens[j].sentence != tokens[first].sentence:
            return False
        if tokens[j].norm in c.habit_words:
            return True
    return False


#: Words that name medicines in general ("my tablets"): with the lexicon's medicine names and
#: the names of no class, what an ``after_medicine`` denial needs before it.
_MEDICINE_WORDS = frozenset(
    {"meds", "med", "medication", "medications", "medicine", "medicines", "tablet", "tablets",
     "pill", "pills", "dose", "prescription", "prescriptions", "inhaler", "injections"}
)  # fmt: skip


#: How many words before an ``after_medicine`` denial the medicine may stand.
_MEDICINE_REACH = 12


def medicine_before(
    c: CompiledLexicon, matches: list[Match], tokens: list[Token], first: int
) -> bool:
    """Whether a medicine is named up to :data:`_MEDICINE_REACH` words before ``first`` in its
    sentence ("on simvastatin 6 years, no changes")."""
    lo = max(0, first - _MEDICINE_REACH)
    while lo < first and tokens[lo].sentence != tokens[first].sentence:
        lo += 1
    if any(tokens[k].norm in _MEDICINE_WORDS for k in range(lo, first)):
        return True
    if any(lo <= k < first for k in unnamed_medicines(c, tokens)):
        return True
    return any(
        isinstance(m.what, tuple)
        and (m.what[0] == "m" or (m.what[0] == "f" and m.what[1] in c.medicine_ids))
        and not m.negated
        and lo <= m.first < first
        for m in matches
    )
