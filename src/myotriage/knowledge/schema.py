"""The schema of the knowledge base: what each data file must contain.

Each file in ``knowledge/data/`` is validated entry by entry against one of these
models when it is loaded, so a broken file fails loudly with the file, the entry
and the problem (see :mod:`myotriage.knowledge.loader`). Cross-file checks (every
finding a rule names exists, every source is listed, categorical groups sum to at
most 1) live in :mod:`myotriage.knowledge.checks`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from myotriage.knowledge.taxonomy import FAMILIES, LOOK_ALIKE, SEXES, TRIAGE_LEVELS
from myotriage.knowledge.taxonomy import TYPE_IDS as TYPE_IDS


def _one_of(allowed: tuple[str, ...]) -> Callable[[str], str]:
    """A check that a value is one of the vocabulary's ``allowed`` (see ``taxonomy``)."""

    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"expected one of {', '.join(allowed)}, got {value!r}")
        return value

    return check


# The vocabulary comes from :mod:`myotriage.knowledge.taxonomy`; these only validate against it.
TypeId = Annotated[str, AfterValidator(_one_of(TYPE_IDS))]
Family = Annotated[str, AfterValidator(_one_of(FAMILIES))]
TriageLevel = Annotated[str, AfterValidator(_one_of(TRIAGE_LEVELS))]
Sex = Annotated[str, AfterValidator(_one_of(SEXES))]
ConditionType = Annotated[str, AfterValidator(_one_of((*TYPE_IDS, LOOK_ALIKE)))]
#: Least urgent first; the index is the severity rank used everywhere.
TRIAGE_ORDER: tuple[str, ...] = TRIAGE_LEVELS
FindingKind = Literal["single", "multiple", "boolean"]
Evidence = Literal["strong", "moderate", "weak", "expert", "against", "none"]
Probability = Annotated[float, Field(gt=0.0, lt=1.0)]
SourceList = Annotated[list[str], Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """A reference that facts point to: the seed guide or an entry of the clinical reference."""

    id: str
    title: str
    url: str = ""
    grade: str = ""


class TriageLevelText(_Strict):
    """How a triage level is shown to a person. ``rule_out`` ends the sentence "... must be
    ruled out ___" when a more urgent condition stays possible at this level ("today")."""

    label: str
    meaning: str
    rule_out: str


class GroupText(_Strict):
    """How the look-alikes (conditions of type ``other``) are named as a group."""

    name: str
    summary: str


class InterviewSettings(_Strict):
    """When the interview stops and how it scores a question (docs/interview.md).

    ``clear``: the leading condition counts as settled at this posterior. ``min_gain``: below
    this expected information gain (nats) no question could still change the picture.
    ``risk_p``: an answer more probable than this that would raise the level keeps the
    interview going (0: any). ``max_questions``: never more (age and sex included).
    ``raise_weight`` and ``close_weight``: score per expected level raised and per open rule a
    question is expected to rule out. ``lookahead_samples``: people drawn from the current
    posterior to check that the answers still to come would not raise the level before the
    interview stops. ``lower_p``: while the conditions (not a rule) set the level, a question
    whose answer would lower it with at least this probability is asked before stopping.
    ``story_risk_p``: after a story, once no rule is open and "no" to everything still open
    would give the level reached, the interview stops when at most this share of the people
    drawn from the posterior would get a higher level (0: none of them); ``story_samples``
    of them are drawn (more than ``lookahead_samples``: a share needs more than "any").
    ``story_single_yes``: after a story, also go on while a "yes" to any one finding still
    open (and "no" to the rest) would give a higher level: a story leaves out what the
    person did not think to say, and one such answer can move the level where a draw from
    the posterior rarely goes.
    """

    clear: Annotated[float, Field(gt=0, lt=1)] = 0.8
    min_gain: Annotated[float, Field(ge=0)] = 0.02
    risk_p: Annotated[float, Field(ge=0, lt=1)] = 0.0
    max_questions: Annotated[int, Field(ge=1)] = 20
    raise_weight: Annotated[float, Field(ge=0)] = 1.0
    close_weight: Annotated[float, Field(ge=0)] = 0.25
    lookahead_samples: Annotated[int, Field(ge=0)] = 64
    lower_p: Annotated[float, Field(gt=0, le=1)] = 0.1
    story_risk_p: Annotated[float, Field(ge=0, lt=1)] = 0.0
    story_samples: Annotated[int, Field(ge=0)] = 256
    story_single_yes: bool = False


class Decision(_Strict):
    """Thresholds the engine decides with; documented here so they are versioned with the data.

    ``type_threshold``: the most probable type is named only at or above this posterior.
    ``category_threshold``: spasm or twitch is named only when its family holds this much.
    ``cause_threshold``: causes scoring below this are not shown.
    ``describing_groups``: finding groups that describe the contraction itself; without a
    present finding from one of them (only red flags, history, medicines) no type is named.
    ``level_thresholds``: for each level above self-care, the summed probability of the
    conditions whose usual level is at least that level at which the triage is raised to it
    ``single_thresholds``: for each level, the probability at which ONE condition of that
    level (or a more urgent one) raises the triage to it on its own: a dangerous condition
    that stays reasonably likely is not talked away.
    ``mention_threshold``: a condition whose usual level is above the triage given and that is
    at least this probable is named as "not ruled out".
    ``leading_threshold``: conditions at least this probable (and always the first) lead: the
    advice, tests and causes shown are theirs.
    ``unlisted_place``: P(place | condition) for the places a condition does not list when it
    lists some (a condition that names where it is felt is rarely felt elsewhere).
    ``none_of_floor``: the least P(no member of a single group applies | condition). When every
    member is answered "no" (a contradiction: one of them nearly always applies) the answer
    must not swing the result by a factor of thousands.
    """

    type_threshold: Annotated[float, Field(gt=0, lt=1)]
    category_threshold: Annotated[float, Field(ge=0.5, lt=1)]
    cause_threshold: Annotated[float, Field(gt=0)]
    describing_groups: Annotated[list[str], Field(min_length=1)]
    level_thresholds: dict[TriageLevel, Annotated[float, Field(gt=0, le=1)]] = {}
    single_thresholds: dict[TriageLevel, Annotated[float, Field(gt=0, le=1)]] = {}
    mention_threshold: Annotated[float, Field(gt=0, lt=1)] = 0.03
    leading_threshold: Annotated[float, Field(gt=0, lt=1)] = 0.15
    unlisted_place: Annotated[float, Field(gt=0, lt=1)] = 0.02
    none_of_floor: Annotated[float, Field(gt=0, lt=1)] = 0.05
    interview: InterviewSettings = InterviewSettings()


class Meta(_Strict):
    """``meta.yaml``: the knowledge base's version, decision thresholds and list of sources."""

    name: str
    version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")]
    released: str
    description: str
    disclaimer: str
    triage_levels: dict[TriageLevel, TriageLevelText]
    look_alikes: GroupText
    decision: Decision
    sources: list[Source]

    @field_validator("triage_levels")
    @classmethod
    def _all_levels(cls, value: dict[str, TriageLevelText]) -> dict[str, TriageLevelText]:
        missing = [level for level in TRIAGE_ORDER if level not in value]
        if missing:
            raise ValueError(f"triage_levels is missing {', '.join(missing)}")
        return value


class IcdCode(_Strict):
    code: str
    label: str
    note: str = ""


class AgeFactor(_Strict):
    """Multiplies a type's prior for people whose age falls in [min_age, max_age]."""

    min_age: int = 0
    max_age: int = 120
    factor: Annotated[float, Field(gt=0)]
    why: str


class ContractionType(_Strict):
    """``types.yaml``: one of the six types of the seed's taxonomy."""

    id: TypeId
    family: Family
    name: str
    summary: str
    description: str
    typical_muscles: list[str]
    examples: list[str]
    icd10: list[IcdCode]
    prior: Probability
    prior_why: str
    age_factors: list[AgeFactor] = []
    sex_factors: dict[Sex, Annotated[float, Field(gt=0)]] = {}
    baseline_triage: TriageLevel
    baseline_why: str
    sources: SourceList


class Finding(_Strict):
    """``findings.yaml``: a finding of the spec, with our question and its likelihoods.

    ``likelihood`` gives P(finding present | type) for each type; ``default`` fills the
    types not named. ``implies`` names findings that hold whenever this one is present (a
    problem of more than three months has lasted more than two weeks); a "no" to an implied
    finding beside a "yes" to this one is a slip and is not counted against anything. For a finding of a ``single`` group the values are the chance that
    this is the member that applies, so a group's members sum to at most 1 per type.
    """

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    group: str
    kind: FindingKind
    meaning: str
    question: str
    help: str = ""
    red_flag: bool = False
    screen: Literal["always", "when_relevant", "never"] = "never"
    relevant_when: list[str] = []
    implies: list[str] = []
    #: The sexes that can have it (empty: anyone). The interview does not wait for a man's
    #: answer about periods before ending on an emergency.
    sexes: list[Sex] = []
    likelihood: dict[str, Probability]
    reasoning: str
    sources: SourceList

    @field_validator("likelihood")
    @classmethod
    def _complete(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(TYPE_IDS) - {"default"})
        if unknown:
            raise ValueError(f"unknown type(s) in likelihood: {', '.join(unknown)}")
        missing = [t for t in TYPE_IDS if t not in value]
        if missing and "default" not in value:
            raise ValueError(f"likelihood has no value for {', '.join(missing)} and no 'default'")
        return value

    def likelihood_of(self, type_id: str) -> float:
        """P(present | type), with the default filled in."""
        return self.likelihood.get(type_id, self.likelihood.get("default", 0.0))


class Difference(_Strict):
    """``differences.yaml``: one of the seed's seven differences between spasms and twitches."""

    id: str
    aspect: str
    spasm: str
    twitch: str
    findings: list[str]
    sources: SourceList


class Cause(_Strict):
    """``causes.yaml``: a contributing cause and the findings that point to it."""

    id: str
    name: str
    explanation: str
    examples: list[str] = []
    findings: dict[str, Annotated[float, Field(gt=0)]]
    types: dict[TypeId, Annotated[float, Field(gt=0)]] = {}
    sources: SourceList


Condition = Annotated[list[str | list[str]], Field(min_length=1)]


class TriageRule(_Strict):
    """``triage_rules.yaml``: when all of ``requires`` hold, the level is at least ``level``.

    Each item of ``requires`` is a finding id that must be present, or a list of ids of
    which at least one must be present. ``unless`` names findings that keep the rule from
    firing when any of them is present: the context in which the pattern means something
    else (period pain is not a surgical belly; belly cramps are not statin muscle pain).
    Age and sex limits are optional; an unknown age or sex meets them (a rule only raises
    the level, so not knowing leans to the safer reading).
    """

    id: str
    level: TriageLevel
    red_flag: bool
    requires: Condition
    unless: list[str] = []
    min_age: int | None = None
    max_age: int | None = None
    sex: Sex | None = None
    title: str
    explanation: str
    action: str
    possible_cause: str = ""
    sources: SourceList


AdviceKind = Literal["now", "self_care", "prevention", "living_with", "caution"]


class Advice(_Strict):
    """``advice.yaml``: one piece of advice, when it applies, and how strong its evidence is.

    It applies when the level, a relevant type, a likely cause, a present finding or a leading
    condition (``conditions.yaml`` lists its advice) names it. ``sexes`` limits it to people of
    those sexes (when the sex is known); ``requires_any`` to cases where one of those findings
    is present (advice about a calf needs a calf).
    """

    id: str
    kind: AdviceKind
    text: str
    evidence: Evidence
    evidence_note: str = ""
    types: list[TypeId] = []
    causes: list[str] = []
    findings: list[str] = []
    levels: list[TriageLevel] = []
    always: bool = False
    sexes: list[Sex] = []
    requires_any: list[str] = []
    sources: SourceList


class MedicalTest(_Strict):
    """``tests.yaml``: a test a doctor may consider, and when it is relevant."""

    id: str
    name: str
    category: Literal[
        "history", "examination", "bloodwork", "imaging", "electrodiagnostic", "other"
    ]
    what: str
    why: str
    types: list[TypeId] = []
    causes: list[str] = []
    findings: list[str] = []
    rules: list[str] = []
    always: bool = False
    sources: SourceList


class MedicalCondition(_Strict):
    """``conditions.yaml``: what the contraction (or its look-alike) most likely is.

    ``likelihood`` gives P(finding present | condition) for the findings that matter; the
    engine fills the rest from the condition's type (``findings.yaml``), or, for look-alikes
    of type ``other``, from the median over the six types (see :mod:`myotriage.engine.conditions`).
    ``prior`` is a relative frequency among people who would use the tool (per 1000).
    """

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    type: ConditionType
    usual_level: TriageLevel
    icd10: IcdCode
    name: str
    summary: str
    what_to_do: str
    prior: Annotated[float, Field(gt=0)]
    prior_why: str
    age_factors: list[AgeFactor] = []
    sex_factors: dict[Sex, Annotated[float, Field(gt=0)]] = {}
    likelihood: dict[str, Probability]
    reasoning: str
    advice: list[str] = []
    tests: list[str] = []
    causes: list[str] = []
    suppress_self_care: bool = False
    sources: SourceList


class GuideSection(_Strict):
    """``guide.yaml``: a section of the educational guide, in our own words."""

    id: str
    title: str
    paragraphs: list[str]
    points: list[str] = []
    sources: SourceList
