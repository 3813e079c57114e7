"""``parse_text``: a person's story in their own words, turned into findings of the case format.

Steps: check the text (:mod:`.checks`); split it into words (:mod:`.tokens`); find every
phrase of the lexicon (:mod:`.patterns`) and every number that says how long or how much
(:mod:`.quantities`); decide for each finding found whether it is present, denied, doubted,
someone else's or imagined (:mod:`.context`); then settle disagreements, safest first
(:mod:`.conflicts`):

* the same finding said two ways: a warning sign present anywhere stays present; anything
  else that is both present and absent becomes unknown (the interview asks it);
* two members of a one-answer group (``pain``, ``duration`` ...): the worst pain stands;
  in the other groups neither stands and both become unknown.

Every finding keeps the places in the text (``spans``, character offsets) of the words it came
from, so a person can see what was understood and correct it.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable

from myotriage.engine.text.checks import check_language, check_text, looks_like_language
from myotriage.engine.text.conflicts import narrower_denials, resolve
from myotriage.engine.text.context import Modifier, TriggerSpec, assert_findings, select_modifiers
from myotriage.engine.text.dates import (
    quantity_targets,
    recent_date_targets,
    since_bounds,
    weekday_targets,
)
from myotriage.engine.text.denials import denial_targets
from myotriage.engine.text.longest_since import longest_since
from myotriage.engine.text.medicines import lifted_by_medicines, medicine_targets, not_habits
from myotriage.engine.text.patterns import Match, Matcher
from myotriage.engine.text.phrases import NOT_THE_PLACE, finding_targets
from myotriage.engine.text.quantities import read_age_sex, read_quantities
from myotriage.engine.text.questions import answers_to_questions
from myotriage.engine.text.result import ParsedText, TextFinding
from myotriage.engine.text.since_when import onset_only
from myotriage.engine.text.targets import CompiledLexicon, Target
from myotriage.engine.text.tokens import Token, tokenize
from myotriage.errors import InvalidInputError
from myotriage.knowledge.lexicon import load_lexicon, supported_languages
from myotriage.knowledge.loader import Knowledge, load_knowledge

__all__ = ["ParsedText", "TextFinding", "compile_lexicon", "parse_text"]


@functools.lru_cache(maxsize=8)
def compile_lexicon(kb: Knowledge, language: str) -> CompiledLexicon:
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
        phrases += [(p, NOT_THE_PLACE) for p in lex.not_the_place.phrases]
    for category, words in lex.terminators.model_dump().items():
        phrases += [(p, ("s", category)) for p in words]
    words = frozenset(w for p, _ in phrases for w in p.replace("*", "").split() if w.isalpha())
    findings = kb.findings
    return CompiledLexicon(
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
        since_bounds=since_bounds(lex),
        since_absents=tuple(dict.fromkeys(f for row in lex.since for f in row.absent)),
        follows_from_finer={f: tuple(v) for f, v in lex.follows_from_finer.items()},
        needs_also={f: tuple(v) for f, v in lex.needs_also.items()},
        dropped_with={f: tuple(v) for f, v in lex.dropped_with.items()},
        denied_within={f: tuple(v) for f, v in lex.denied_within.items()},
        states_also={f: tuple(v) for f, v in lex.states_also.items()},
        lifted_by={f: tuple(v.by) for f, v in lex.lifted_excludes.items()},
        near_place=tuple(lex.not_the_place.near) if lex.not_the_place is not None else (),
    )


def _wider_targets(c: CompiledLexicon, targets: list[Target], matches: list[Match]) -> list[Target]:
    """The words of a finding whose meaning is part of a wider one's (the lexicon's
    ``states_also``), read as the wider finding too: twitching that "started in my calves,
    then spread to my thighs, my arms and now my tummy" is twitch_spreading, and by
    findings.tsv's meaning also appearance_change ("twitching spreading to many muscles").
    The copies go through the context as the wider finding (a warning sign only feared, "worried
    the twitching will spread", is not had) and count only where they come out present: a
    denied part ("it hasn't spread") does not deny the rest of the wider meaning (a dent).
    The wider finding's excludes hold for them ("cramps ... spreading": no twitching)."""
    return [
        Target(t.match, wider)
        for t in targets
        if not (t.denial or t.implied or t.match.negated)
        for wider in c.states_also.get(t.finding, ())
        if not any(
            x.what == ("x", wider) and not x.negated and x.overlaps(t.match) for x in matches
        )
    ]


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
    denials = denial_targets(c, matches, tokens)
    found = finding_targets(c, matches, tokens) + denials
    medicines = medicine_targets(c, tokens, matches, found)
    lifted = lifted_by_medicines(c, tokens, found + medicines)
    if lifted:  # a medicine named lifts some excludes: read the findings again without them
        found = finding_targets(c, matches, tokens, lifted) + denials
        medicines = medicine_targets(c, tokens, matches, found)
    found += medicines
    quantities = read_quantities(tokens)
    numbers = [Match(("q", q.kind), q.first, q.last) for q in quantities]
    found += quantity_targets(c, quantities) + recent_date_targets(c, tokens)
    found += weekday_targets(c, tokens)
    targets = onset_only(c, tokens, found, numbers)
    targets = not_habits(c, tokens, targets)
    wider = _wider_targets(c, targets, matches)
    targets += wider
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
    choices = answers_to_questions(c, body, tokens, targets, choices)
    said = [(t, ch) for t, ch in zip(targets, choices, strict=True) if ch is not None]
    copies = {id(t) for t in wider}
    said = [(t, ch) for t, ch in said if not (id(t) in copies and ch != "present")]
    said = narrower_denials(c, said)
    said = longest_since(c, tokens, said)
    age, sex = read_age_sex(tokens)
    warnings: tuple[str, ...] = ()
    if truncated:
        warnings = (
            f"The text was longer than {len(body)} characters; only the first part was read.",
        )
    return ParsedText(lang, tuple(resolve(c, tokens, said)), truncated, age, sex, warnings)
