"""Request and response models of the JSON API (the OpenAPI document is generated from them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    WithJsonSchema,
    field_validator,
)

from myotriage.knowledge.taxonomy import SEXES

__all__ = [
    "AssessmentOut",
    "CaseDoc",
    "ConditionListed",
    "DayIn",
    "EpisodeIn",
    "EpisodePatch",
    "InterviewRequest",
    "LoginIn",
    "PasswordChangeIn",
    "RedeemIn",
    "SessionsEnded",
    "ShareCreated",
    "SignupIn",
    "SignupOut",
    "TokenOut",
]


MAX_TEXT_BODY = 100_000


def _sex(value: str) -> str:
    if value not in SEXES:
        raise ValueError(f"expected one of {', '.join(SEXES)}, got {value!r}")
    return value


#: A person's sex as the case format gives it (the vocabulary's ``SEXES``, shown as an enum).
Sex = Annotated[str, AfterValidator(_sex), WithJsonSchema({"type": "string", "enum": list(SEXES)})]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EvidenceDoc(BaseModel):
    """One finding of a case."""

    id: str = Field(description="a finding id (GET /api/v1/findings)", examples=["loc_calf"])
    choice: Literal["present", "absent", "unknown"]


class CaseDoc(BaseModel):
    """A case in the project's case format (documentation only: the engine validates it)."""

    id: str | None = None
    age: int | None = Field(default=None, ge=0, le=120)
    sex: Sex | None = None
    evidence: list[EvidenceDoc]
    expected: Any = Field(default=None, description="any value; ignored by the engine")


class InterviewRequest(_In):
    """One step of the interview. Start with ``{"action": "start"}`` (age and sex optional);
    then send back the ``state`` you received with the ``question_id`` and your ``answer``."""

    action: Literal["start", "answer", "back"] = "answer"
    state: str | None = Field(default=None, max_length=64_000, description="from the last step")
    question_id: str | None = Field(default=None, max_length=200)
    answer: str | list[str] | None = Field(
        default=None,
        description=(
            'boolean: "yes", "no" or "unknown"; single: a finding id, "none" or "unknown"; '
            'multiple: a list of finding ids (empty = none) or "unknown"'
        ),
    )
    age: int | None = Field(default=None, ge=0, le=120)
    sex: Sex | None = None
    text: str | None = Field(
        default=None,
        max_length=MAX_TEXT_BODY,
        description="with action start: the person's story; what it settles is not asked",
    )


class ParseRequest(_In):
    """A story in the person's own words (``POST /api/v1/parse``)."""

    text: str = Field(
        max_length=MAX_TEXT_BODY, examples=["my left calf cramps at night, no swelling"]
    )
    language: str = Field(default="en", max_length=16, examples=["en"])
    suggest: StrictBool = Field(
        default=False,
        description="also ask the second reader (a sentence-embedding model) which red flags"
        " the words may state that the lexicon left open: `suggested`, to be confirmed",
    )


class SignupIn(_In):
    email: str = Field(max_length=254)
    password: str = Field(min_length=10, max_length=1024)
    role: Literal["person", "clinician"] = "person"
    display_name: str = Field(default="", max_length=120)


class LoginIn(_In):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


class PasswordChangeIn(_In):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(min_length=10, max_length=1024)


class SessionsEnded(BaseModel):
    ended: int = Field(description="how many sessions were ended")


class SignupOut(BaseModel):
    detail: str = Field(description="the same words whether or not the address had an account")


class TokenOut(BaseModel):
    token: str = Field(description="send as 'Authorization: Bearer <token>'")
    user_id: int
    role: str


EARLIEST_START = datetime(2000, 1, 1, tzinfo=UTC)


def _sane_start(value: datetime | None) -> datetime | None:
    """An episode from 2000 up to a day ahead (time zones): beyond that it is a typo, and a
    diary spanning centuries would make every chart and report needlessly huge."""
    if value is None:
        return value
    moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if not EARLIEST_START <= moment <= datetime.now(UTC) + timedelta(days=1):
        raise ValueError("expected a date and time from the year 2000 up to today")
    return value


class EpisodeIn(_In):
    """A new episode; only ``location`` is required (``start`` defaults to now)."""

    location: str = Field(examples=["loc_calf"], max_length=64)
    start: datetime | None = None
    duration_s: StrictInt | None = None  # strict: true/false are not durations
    pain: StrictInt | None = None
    type: str | None = Field(default=None, max_length=64)
    triggers: list[str] = Field(default_factory=list, max_length=50)
    notes: str | None = Field(default=None, max_length=4000)
    case: dict[str, Any] | None = Field(default=None, description="a case to assess and keep")

    _start = field_validator("start")(_sane_start)


class EpisodePatch(_In):
    """Fields to change; a field set to null is cleared (``location`` and ``start`` cannot be)."""

    location: str | None = Field(default=None, max_length=64)
    start: datetime | None = None
    duration_s: StrictInt | None = None  # strict: true/false are not durations
    pain: StrictInt | None = None
    type: str | None = Field(default=None, max_length=64)
    triggers: list[str] | None = Field(default=None, max_length=50)
    notes: str | None = Field(default=None, max_length=4000)

    _start = field_validator("start")(_sane_start)


class DayIn(_In):
    """A day's context; omitted fields are left as they are, null clears one."""

    caffeine_mg: float | None = None
    sleep_h: float | None = None
    stress: float | None = None
    exercise_min: float | None = None
    alcohol_units: float | None = None
    water_l: float | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _not_a_boolean(cls, value: Any) -> Any:
        """``true`` is not 1 mg of caffeine (pydantic would take it as 1.0)."""
        if isinstance(value, bool):
            raise ValueError("expected a number, not true or false")
        return value


class NoInput(_In):
    """An empty JSON object (or no body at all): the call takes no input, but like every
    write of the API it must be sent as ``Content-Type: application/json``."""


class RedeemIn(_In):
    code: str = Field(max_length=40, examples=["K7QP-M2XR-9D"])


class ShareCreated(BaseModel):
    code: str = Field(description="the one-time code; shown only now")
    share_id: int
    expires_at: datetime


# -- the assessment (documentation of POST /api/v1/assess; tests validate real answers) -----


class _Out(BaseModel):
    """Every key the engine sends is described; a key missing here fails the API tests."""

    model_config = ConfigDict(extra="forbid")


class FindingChoice(_Out):
    finding: str = Field(description="a finding id, or members of one group joined by '+'")
    choice: Literal["present", "absent"]


class ConditionOut(_Out):
    """A condition the answers may fit, most probable first."""

    id: str = Field(description="a condition id (GET /api/v1/conditions)", examples=["dvt"])
    name: str
    type: str = Field(description="one of the six types, or 'other' for a look-alike")
    probability: float = Field(ge=0, le=1)
    level: str = Field(description="the triage level this condition usually needs on its own")
    icd10: str = Field(description="ICD-10-CM code", examples=["I80.2"])
    summary: str
    what_to_do: str
    leading: bool = Field(description="its advice, tests and causes are among those given")
    for_: list[FindingChoice] = Field(alias="for", description="answers that made it more likely")
    against: list[FindingChoice] = Field(description="answers that made it less likely")


class ConditionNotRuledOut(_Out):
    """A condition more urgent than the triage that stays possible: name it, watch for it."""

    id: str
    name: str
    probability: float = Field(ge=0, le=1)
    level: str


class Probabilities(_Out):
    types: dict[str, float] = Field(
        description="the six types and 'other' (the look-alikes): sums of their conditions"
    )
    categories: dict[str, float] = Field(description="spasm, twitch and other")


class FiredRuleOut(_Out):
    rule: str
    level: str
    kind: Literal["rule", "conditions"] = Field(
        description="'rule': a red flag or rule of the knowledge base; 'conditions': the"
        " likely conditions asked for this level"
    )
    red_flag: bool
    title: str
    explanation: str
    action: str
    possible_cause: str
    findings: list[str]
    sources: list[str]


class UnansweredSign(_Out):
    id: str
    question: str
    could_raise_to: str


class CauseOut(_Out):
    id: str
    name: str
    score: float
    findings: list[str]
    explanation: str


class AdviceOut(_Out):
    id: str
    kind: str
    text: str
    evidence: str
    evidence_note: str
    sources: list[str]
    because: list[str]


class MedicalTestOut(_Out):
    id: str
    name: str
    category: str
    what: str
    why: str
    because: list[str]


class WeightOut(_Out):
    finding: str
    choice: Literal["present", "absent"]
    weight: float


class ExplanationOut(_Out):
    condition: str = Field(description="the most probable condition, which this explains")
    findings: list[WeightOut]
    triage: list[str] = Field(description="the rules (and conditions) behind the triage")


class AssessmentOut(_Out):
    """What ``POST /api/v1/assess`` answers: triage first, then the conditions."""

    id: str | None
    category: str = Field(description="spasm, twitch or unclear")
    type: str = Field(description="one of the six types, or unclear")
    type_name: str
    triage: str = Field(description="self_care, consult, urgent or emergency")
    triage_label: str
    triage_meaning: str
    summary: str = Field(
        description="one sentence: the most likely condition, and the more urgent one that must"
        " be ruled out when there is one",
        examples=["Most likely night-time leg cramps (62%)."],
    )
    confidence: str
    uncertainty: str
    conditions: list[ConditionOut] = Field(description="most probable first")
    probabilities: Probabilities = Field(
        description="the six types and 'other' (sums over their conditions), and the families"
    )
    red_flags: list[FiredRuleOut]
    rules_fired: list[FiredRuleOut]
    not_ruled_out: list[UnansweredSign] = Field(
        description="warning signs not asked about or not known that could raise the level"
    )
    conditions_not_ruled_out: list[ConditionNotRuledOut] = Field(
        description="conditions more urgent than the triage that stay possible, most probable first"
    )
    causes: list[CauseOut]
    advice: list[AdviceOut]
    tests: list[MedicalTestOut]
    explanation: ExplanationOut
    knowledge_version: str
    disclaimer: str


class ConditionListed(_Out):
    """A condition of the knowledge base (``GET /api/v1/conditions``)."""

    id: str
    name: str
    type: str = Field(description="one of the six types, or 'other' for a look-alike")
    usual_level: str
    icd10: dict[str, str] = Field(description="code and label")
    summary: str
    what_to_do: str
