"""The lexicon: the words people use for each finding, per language (``lexicon.<lang>.yaml``).

Like the rest of the knowledge base it is data, validated by a schema when it is loaded, so a
broken file fails loudly with the file, the entry and the problem. The free-text parser
(:mod:`myotriage.engine.text`) reads stories with it::

    >>> lex = load_lexicon()
    >>> lex.language
    'en'
    >>> "simvastatin" in lex.medicines["med_statin"].names
    True

Phrase syntax (see the file's header): words; ``word*`` for any word starting with it; ``~``
for up to three other words; ``<n>`` for a number.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from myotriage.errors import KnowledgeError
from myotriage.knowledge.loader import (
    DATA_DIR,
    Knowledge,
    load_knowledge,
    load_mapping_file,
)
from myotriage.knowledge.schema import Source

__all__ = [
    "LANGUAGES",
    "Lexicon",
    "lexicon_file",
    "load_lexicon",
    "load_lexicon_from",
    "supported_languages",
]

#: A phrase: lower-case words, ``word*``, ``~``, ``~~``, ``~~~`` and ``<n>``, separated by
#: single spaces; a word may list alternatives, ``dont|didnt|doesnt`` (any one of them
#: stands there).
_WORDS = r"[a-z0-9][a-z0-9&/.+-]*\*?(?:\|[a-z0-9][a-z0-9&/.+-]*\*?)*"
_PHRASE = re.compile(rf"^(?:{_WORDS}|~{{1,3}}|<n>)(?: (?:{_WORDS}|~{{1,3}}|<n>))*$")
_FINDING_ID = r"^[a-z][a-z0-9_]*$"
LANGUAGES = ("en",)


def normalise_phrase(phrase: str) -> str:
    """A phrase as the parser compares it: lower case, apostrophes dropped, single spaces."""
    return " ".join(phrase.lower().replace("'", "").replace("\u2019", "").split())


def _check_alternatives(value: str, norm: str) -> None:
    """Refuse alternatives that read as options of several words.

    A phrase is split into words on spaces first, so ``came on|come on|developed`` is the
    three words ``came``, ``on|come``, ``on|developed`` (each stands for one word), not the
    options "came on", "come on", "developed": it never matches what was meant. Two signs
    give such a phrase away, and neither can be meant with one-word options: an option
    listed twice in one word (``ive been|been all over``: ``been|been``), or an option shared
    by two neighbouring words (``far away|miles away``: ``away|miles`` then ``away``, which
    would stand for "away away"). Options of several words are written as phrases of their
    own."""
    if "|" not in norm:  # (most phrases list no options; this runs on every load)
        return
    words = norm.split()
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if "|" not in word and "|" not in after:
            continue
        options = word.split("|")
        unique = set(options)
        if len(unique) < len(options):
            twice = sorted({o for o in options if options.count(o) > 1})
            raise ValueError(
                f"{value!r}: {word!r} lists {', '.join(twice)} twice; an option is one word "
                "(write options of several words as phrases of their own)"
            )
        if after.startswith(("~", "<")):
            continue
        shared = sorted(unique.intersection(after.split("|")))
        if shared:
            raise ValueError(
                f"{value!r}: {', '.join(shared)} stands in both {word!r} and {after!r}; "
                "an option is one word (write options of several words as phrases of their own)"
            )


def _check_phrases(values: list[str]) -> list[str]:
    out = []
    for value in values:
        norm = normalise_phrase(value)
        if not _PHRASE.match(norm) or norm.startswith("~") or norm.endswith("~"):
            raise ValueError(f"not a valid phrase: {value!r}")
        _check_alternatives(value, norm)
        out.append(norm)
    return out


Phrases = Annotated[list[str], Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entry(_Strict):
    """The words for one finding, and the words that must not be read as it."""

    phrases: Phrases
    exclude: list[str] = []
    sources: list[str] = []

    @field_validator("phrases", "exclude")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)


class MedicineClass(_Strict):
    """Names of medicines (active substances and brands) that belong to one class."""

    atc: Annotated[list[str], Field(min_length=1)]
    sources: Annotated[list[str], Field(min_length=1)]
    names: Phrases

    @field_validator("names")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)


class Trigger(_Strict):
    """A ConText trigger: words that change what the findings near them mean."""

    category: Literal["negated", "possible", "family", "hypothetical", "pseudo"]
    direction: Literal["forward", "backward", "both"] = "forward"
    max_scope: Annotated[int, Field(ge=1, le=50)] = 6
    #: ``past``: a hypothetical that dates a warning sign to a past that is over ("years ago
    #: I had a racing heart"); it imagines nothing where its sentence comes up to now ("... and
    #: my arm has been weak ever since", "... and now", "still").
    #: ``advice``: an "if" that imagines a warning sign only where its sentence tells what to
    #: do then ("if i cant pass urine they said go to a and e"); else it tells what happens
    #: ("if i cant get to the loo in time i wet myself").
    kind: Literal["relative", "history", "past", "advice"] | None = None
    only_groups: list[str] = []
    spare_groups: list[str] = []
    #: The trigger governs a whole list to the end of its sentence, commas and items it
    #: does not know included ("Denies clots, PV discharge, fever, change in bowels").
    through_lists: bool = False
    #: A backward trigger does not reach back when the next word is one of these: the hedge
    #: then opens a clause of its own ("wee dark like tea, maybe I'm not drinking enough"
    #: doubts the cause, not the colour), unlike a tail hedge ("since May maybe").
    not_before: list[str] = []
    phrases: Phrases

    @field_validator("phrases")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)


class Terminators(_Strict):
    """Words that end a trigger's scope: for every category, or for one."""

    all: list[str]
    negated: list[str] = []
    possible: list[str] = []
    family: list[str] = []
    hypothetical: list[str] = []

    @field_validator("*")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)


class SinceRow(_Strict):
    up_to_days: Annotated[float, Field(gt=0)]
    present: Annotated[list[Annotated[str, Field(pattern=_FINDING_ID)]], Field(min_length=1)]
    absent: list[Annotated[str, Field(pattern=_FINDING_ID)]] = []


class EpisodeRow(_Strict):
    up_to_seconds: Annotated[float, Field(gt=0)]
    present: Annotated[str, Field(pattern=_FINDING_ID)]


class RateRow(_Strict):
    """How often, read from a count over a stretch of time ("3 times in the last month"): up
    to this many times a week (ascending), this finding is present."""

    up_to_per_week: Annotated[float, Field(gt=0)]
    present: Annotated[str, Field(pattern=_FINDING_ID)]


class PainRow(_Strict):
    up_to: Annotated[int, Field(ge=0, le=10)]
    present: Annotated[str, Field(pattern=_FINDING_ID)]


class TemperatureRow(_Strict):
    """A body temperature read from the words ("temp 38.4", "temperature of 101"): up to
    this reading (Celsius or Fahrenheit, ascending), these findings are present/absent."""

    up_to: Annotated[float, Field(gt=30, le=115)]
    present: list[Annotated[str, Field(pattern=_FINDING_ID)]] = []
    absent: list[Annotated[str, Field(pattern=_FINDING_ID)]] = []


class Denial(_Strict):
    """Words that deny a whole list of findings at once ("no meds": no medicine class).

    ``follows``: the words do not name the findings; that they are absent follows from what
    the words say ("no meds": no statin; "since Monday": not within the last day; "stretching
    it helps": stretching does not hurt). Such absents are reported as implied, beside what
    the words state, and still reach the engine and the interview. A finding the words do
    name elsewhere in the story wins over them.

    ``after_medicine``: the words deny only where a medicine is named a little before them in
    the same sentence ("baclofen 20mg, no changes", "on sertraline, same dose, nothing new");
    alone they may be about the symptoms ("been like this for years, nothing new").

    ``not_before``: words right after the phrase that make it another denial ("not on
    anything *new*" denies no medicine, only a new one).

    ``not_with``: words that, standing near the phrase in its sentence (or among its own
    words), say it is about another finding: "both legs look the same" beside "no swelling"
    is a check for a clot, not for a wasted muscle; "waterworks *and bowels* normal" is a
    check of control, not of passing urine. ``still_with``: words of its own findings that,
    near it too, keep it ("legs are the same size, *no heat*, just the twitching")."""

    phrases: Phrases
    absent: Annotated[list[Annotated[str, Field(pattern=_FINDING_ID)]], Field(min_length=1)]
    follows: bool = False
    after_medicine: bool = False
    not_before: list[str] = []
    not_with: list[str] = []
    still_with: list[str] = []

    @field_validator("phrases")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)

    @field_validator("not_with", "still_with")
    @classmethod
    def _not_with(cls, value: list[str]) -> list[str]:
        return _check_phrases(value) if value else value


class LiftedExcludes(_Strict):
    """Excludes of one finding that stand only while nothing lifts them: sweat from heat, a
    run or a fever is not agitation, unless the story also names one of ``by`` (a medicine
    class, or ``med_new``: a new or raised medicine) or one of ``words`` (agitation: "can't sit
    still", "jittery") stands in the same sentence as the excluded words."""

    exclude: Phrases
    by: list[Annotated[str, Field(pattern=_FINDING_ID)]] = []
    words: list[str] = []

    @field_validator("exclude", "words")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        _check_phrases(value)
        return value


class NotThePlace(_Strict):
    """Words around a body part that say something else happens there than the spasm or
    twitch (only pins and needles, a colour, a wound, the hand used as a tool): no finding
    of the group "location" is read from the body part they cover, unless one of ``near``
    (words of a spasm: "cramp*") stands within a few words of them in the same clause
    ("my fingers tingle and cramp up")."""

    phrases: Phrases
    near: Phrases

    @field_validator("phrases", "near")
    @classmethod
    def _phrases(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)


def _ascending(values: list[float], name: str) -> None:
    if any(b <= a for a, b in zip(values, values[1:], strict=False)):
        raise ValueError(f"{name}: the limits must go up from row to row")


class Lexicon(_Strict):
    """``lexicon.<lang>.yaml``: words per finding, medicine names per class, ConText triggers,
    scope terminators and the tables that turn times and pain scores into findings."""

    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")]
    version: Annotated[int, Field(ge=1)]
    sources: list[Source]
    findings: dict[Annotated[str, Field(pattern=_FINDING_ID)], Entry]
    medicines: dict[Annotated[str, Field(pattern=_FINDING_ID)], MedicineClass]
    medicine_change: list[str] = []
    medicine_changed_after: list[str] = []
    denials: list[Denial] = []
    not_onset_after: list[Annotated[str, Field(pattern=_FINDING_ID)]] = []
    onset_after_events: list[Annotated[str, Field(pattern=_FINDING_ID)]] = []
    habit_words: list[str] = []
    medicine_stems: list[Annotated[str, Field(pattern=r"^[a-z]{3,}$")]] = []
    other_medicines: list[Annotated[str, Field(pattern=r"^[a-z]{2,}$")]] = []
    #: Long-term conditions no finding holds ("IBS", "asthma"): a span right after one dates
    #: it ("IBS on and off for years"), not the spasms.
    other_histories: list[Annotated[str, Field(pattern=r"^[a-z]{2,}$")]] = []
    #: A finding whose meaning has two parts ("a stiff jaw *after a wound*"): read only when
    #: the story also reads one of these findings (present or unsure); with the other part
    #: unsaid the words do not settle it, and the interview asks it.
    needs_also: dict[
        Annotated[str, Field(pattern=_FINDING_ID)],
        list[Annotated[str, Field(pattern=_FINDING_ID)]],
    ] = {}
    #: A coarse finding that follows from finer ones: read only through the same words as one
    #: of them, it is reported as following from the words, not as stated ("since this
    #: morning": within 24 hours states itself; that it started under a week ago follows).
    follows_from_finer: dict[
        Annotated[str, Field(pattern=_FINDING_ID)],
        list[Annotated[str, Field(pattern=_FINDING_ID)]],
    ] = {}
    #: A finding not read when the story reads one of these present: it is that one's words
    #: (slurred words with a sudden one-sided weakness or a drooping face came on in minutes,
    #: sudden_one_side, not the slurring that creeps up over weeks); the interview asks it.
    dropped_with: dict[
        Annotated[str, Field(pattern=_FINDING_ID)],
        list[Annotated[str, Field(pattern=_FINDING_ID)]],
    ] = {}
    #: A finding whose denial, said inside the words that deny one of these narrower
    #: findings, is that one's only: "no numbness *down below*" denies numbness in the
    #: saddle, not numbness anywhere else.
    denied_within: dict[
        Annotated[str, Field(pattern=_FINDING_ID)],
        list[Annotated[str, Field(pattern=_FINDING_ID)]],
    ] = {}
    #: A finding whose meaning is part of a wider one's: read present, it states the wider
    #: one too (twitching that has spread to many muscles is appearance_change's "twitching
    #: spreading to many muscles").
    states_also: dict[
        Annotated[str, Field(pattern=_FINDING_ID)],
        list[Annotated[str, Field(pattern=_FINDING_ID)]],
    ] = {}
    #: Excludes that a medicine named or words in the sentence lift (see :class:`LiftedExcludes`).
    lifted_excludes: dict[Annotated[str, Field(pattern=_FINDING_ID)], LiftedExcludes] = {}
    #: Words that say a body part is not where the spasm is (see :class:`NotThePlace`).
    not_the_place: NotThePlace | None = None
    context: Annotated[list[Trigger], Field(min_length=1)]
    terminators: Terminators
    since: Annotated[list[SinceRow], Field(min_length=1)]
    episode: Annotated[list[EpisodeRow], Field(min_length=1)]
    rate: list[RateRow] = []
    pain_scale: Annotated[list[PainRow], Field(min_length=1)]
    temperature: list[TemperatureRow] = []

    @model_validator(mode="after")
    def _consistent(self) -> Lexicon:
        known = {s.id for s in self.sources}
        for cls_id, med in self.medicines.items():
            missing = [s for s in med.sources if s not in known]
            if missing:
                raise ValueError(f"medicines.{cls_id}: unknown source(s) {', '.join(missing)}")
        for fid, entry in self.findings.items():
            missing = [s for s in entry.sources if s not in known]
            if missing:
                raise ValueError(f"findings.{fid}: unknown source(s) {', '.join(missing)}")
        _check_phrases(self.medicine_change)
        _check_phrases(self.medicine_changed_after)
        _check_phrases(self.habit_words)
        _ascending([r.up_to_days for r in self.since], "since")
        _ascending([r.up_to_seconds for r in self.episode], "episode")
        _ascending([r.up_to_per_week for r in self.rate], "rate")
        _ascending([float(r.up_to) for r in self.pain_scale], "pain_scale")
        _ascending([r.up_to for r in self.temperature], "temperature")
        if self.pain_scale[-1].up_to != 10:
            raise ValueError("pain_scale: the last row must reach 10")
        return self

    def finding_ids(self) -> set[str]:
        """Every finding id the lexicon names (phrases, medicines and the tables)."""
        ids = (
            set(self.findings)
            | set(self.medicines)
            | set(self.not_onset_after)
            | set(self.onset_after_events)
            | set(self.follows_from_finer)
            | set(self.needs_also)
            | set(self.lifted_excludes)
            | set(self.dropped_with)
            | set(self.denied_within)
            | set(self.states_also)
        )
        for lifted in self.lifted_excludes.values():
            ids.update(lifted.by)
        for others in [
            *self.follows_from_finer.values(),
            *self.needs_also.values(),
            *self.dropped_with.values(),
            *self.denied_within.values(),
            *self.states_also.values(),
        ]:
            ids.update(others)
        for denial in self.denials:
            ids.update(denial.absent)
        for row in self.since:
            ids.update(row.present)
            ids.update(row.absent)
        ids.update(r.present for r in self.episode)
        ids.update(r.present for r in self.rate)
        ids.update(r.present for r in self.pain_scale)
        for trow in self.temperature:
            ids.update(trow.present + trow.absent)
        return ids


def lexicon_file(language: str) -> str:
    return f"lexicon.{language}.yaml"


def supported_languages(directory: Path | None = None) -> list[str]:
    """Languages with a lexicon file in the knowledge directory."""
    folder = directory or DATA_DIR
    return sorted(p.name.split(".")[1] for p in folder.glob("lexicon.*.yaml"))


def load_lexicon_from(path: Path, kb: Knowledge | None = None) -> Lexicon:
    """Read and validate one lexicon file (no caching).

    Every finding id it names must be a finding of ``kb`` (the packaged knowledge base by
    default), so the parser never produces evidence that ``assess`` would refuse.
    """
    lexicon = load_mapping_file(path, Lexicon)
    expected = path.name.split(".")[1] if path.name.count(".") == 2 else lexicon.language
    if lexicon.language != expected:
        raise KnowledgeError(
            path.name, "language", f"expected '{expected}', got {lexicon.language!r}"
        )
    known = (kb or load_knowledge()).findings
    unknown = sorted(lexicon.finding_ids() - set(known))
    if unknown:
        raise KnowledgeError(path.name, "findings", f"unknown finding(s): {', '.join(unknown)}")
    return lexicon


@functools.lru_cache(maxsize=8)
def _cached(kb: Knowledge, language: str) -> Lexicon:
    return load_lexicon_from(kb.directory / lexicon_file(language), kb)


def load_lexicon(knowledge: Knowledge | None = None, language: str = "en") -> Lexicon:
    """The validated lexicon for ``language`` (cached per knowledge base)."""
    kb = knowledge or load_knowledge()
    if not (kb.directory / lexicon_file(language)).exists():
        raise KnowledgeError(lexicon_file(language), "", f"no lexicon for language {language!r}")
    return _cached(kb, language)
