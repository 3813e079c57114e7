"""What the result page shows, worked out from an assessment: short, plain and actionable.

The assessment (``Assessment.to_dict()``) is complete and technical; a worried person
on a phone needs the level, what it most likely is and what to do first. This module
chooses and words those parts, so the template only lays them out:

- the reasons for and against in plain sentences ("You said no to: ..."), never a
  bare "not ..." and never an absent finding dressed up as something present;
- the few advice points that matter most first, the rest behind "More";
- tap-to-call numbers for the level (a setting, :class:`~myotriage.config.Settings`);
- probabilities rounded so that none looks falsely certain ("<1%", ">99%");
- the safety-screen signs the person did not know, so they can be shown near the top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from myotriage.plain_numbers import probability_label

if TYPE_CHECKING:
    from myotriage.knowledge.loader import Knowledge
    from myotriage.web.context import WebContext

__all__ = [
    "ADVICE_FIRST",
    "Reason",
    "ResultView",
    "advice_order",
    "boxed_now",
    "phone_link",
    "probability_label",
    "probability_width",
    "reasons",
    "result_view",
]

#: How many advice points are shown before the "More" disclosure.
ADVICE_FIRST = 5
#: The order advice kinds are shown in: what to do now, what helps, what to avoid, the rest.
_KIND_ORDER = {"now": 0, "self_care": 1, "prevention": 2, "caution": 3, "living_with": 4}
#: The smallest weight a finding needs to be mentioned as a reason.
MIN_WEIGHT = 0.3
MAX_REASONS = 4


def probability_width(p: float) -> int:
    """The bar width class (1 to 99), so no bar is ever quite empty or quite full."""
    return max(1, min(99, round(float(p) * 100)))


def phone_link(number: str) -> str:
    """A ``tel:`` address for a number as people write it ("999", "+44 20 7946 0000")."""
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


@dataclass(frozen=True)
class Reason:
    """One finding that moved the result, as a sentence and the answer it came from."""

    text: str
    answer: str  # "yes" or "no"


def _sentence(meaning: str) -> str:
    meaning = meaning.strip().strip("'\"").rstrip(".")
    return meaning[:1].upper() + meaning[1:] + "." if meaning else ""


def reasons(assessment: dict[str, Any], kb: Knowledge) -> tuple[list[Reason], list[Reason]]:
    """The strongest findings for and against the leading type, as plain sentences."""
    supporting: list[Reason] = []
    opposing: list[Reason] = []
    for item in (assessment.get("explanation") or {}).get("findings") or []:
        weight = float(item.get("weight") or 0)
        finding = kb.findings.get(item.get("finding", ""))
        choice = item.get("choice")
        if finding is None or abs(weight) < MIN_WEIGHT or choice not in ("present", "absent"):
            continue
        reason = Reason(_sentence(finding.meaning), "yes" if choice == "present" else "no")
        target = supporting if weight > 0 else opposing
        if len(target) < MAX_REASONS:
            target.append(reason)
    return supporting, opposing


def advice_order(
    advice: list[dict[str, Any]], level: str, boxed: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Advice most important first: what to do now, then cautions, then self-care and the rest.

    On an emergency or urgent result the "now" texts in the level's box (``boxed``; by
    default every "now" text) are left out here.
    """
    if level in ("emergency", "urgent"):
        inbox = {id(a) for a in (boxed if boxed is not None else advice) if a.get("kind") == "now"}
    else:
        inbox = set()
    shown = [a for a in advice if id(a) not in inbox]
    return sorted(shown, key=lambda a: _KIND_ORDER.get(str(a.get("kind")), 9))


def _present(assessment: dict[str, Any]) -> set[str]:
    """The findings the person has: those behind the red flags and those said yes to."""
    present = {f for flag in assessment.get("red_flags") or [] for f in flag.get("findings") or []}
    for item in (assessment.get("explanation") or {}).get("findings") or []:
        if item.get("choice") == "present":
            present.add(str(item.get("finding")))
    return present


def boxed_now(assessment: dict[str, Any], kb: Knowledge) -> list[dict[str, Any]]:
    """The "now" advice that belongs in an emergency or urgent box ("While you wait").

    On an urgent result that is every "now" text. On an emergency it is the level's own
    advice, advice about a sign the person has, and advice of a condition that is itself an
    emergency: a "now" text that came with a likely but less urgent condition ("get a blood
    test today") would contradict "call 999 now" inside the banner, so it stays with the
    other advice below it.
    """
    level = str(assessment.get("triage"))
    if level not in ("emergency", "urgent"):
        return []
    now = [a for a in assessment.get("advice") or [] if a.get("kind") == "now"]
    if level == "urgent":
        return now
    present = _present(assessment)
    emergency_advice = {
        advice_id
        for condition in kb.conditions.values()
        if condition.usual_level == "emergency"
        for advice_id in condition.advice
    }
    chosen = []
    for item in now:
        advice_id = str(item.get("id"))
        entry = kb.advice.get(advice_id)
        if (
            entry is None
            or "emergency" in entry.levels
            or set(entry.findings) & present
            or advice_id in emergency_advice
        ):
            chosen.append(item)
    return chosen


@dataclass
class ResultView:
    """The parts of the result page that need choosing or wording."""

    supporting: list[Reason]
    opposing: list[Reason]
    advice_first: list[dict[str, Any]]
    advice_more: list[dict[str, Any]]
    phones: list[tuple[str, str, str]]  # (number, who, tel: link)
    urgent_phones: list[tuple[str, str, str]]
    while_waiting: list[str]
    unsure_safety: list[str] = field(default_factory=list)


def _unsure_safety(state: dict[str, Any] | None, kb: Knowledge) -> list[str]:
    """The safety-screen signs the person answered "I don't know" to, as they were asked."""
    if not state:
        return []
    from myotriage.knowledge.questions import load_questions

    screen = load_questions(kb).screen
    for item in state.get("answers") or []:
        if item.get("question") != screen.id:
            continue
        answer = item.get("answer")
        if answer == "unknown":
            unsure = list(screen.findings)
        elif isinstance(answer, dict):
            unsure = [f for f in answer.get("unknown") or [] if f in screen.findings]
        else:
            unsure = []
        return [screen.labels.get(f, kb.findings[f].meaning) for f in unsure]
    return []


def _numbers(pairs: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str]]:
    return [(number, who, phone_link(number)) for number, who in pairs]


def result_view(
    ctx: WebContext, assessment: dict[str, Any], state: dict[str, Any] | None = None
) -> ResultView:
    """Everything the result page needs beyond the assessment itself."""
    kb = ctx.knowledge
    level = str(assessment.get("triage"))
    supporting, opposing = reasons(assessment, kb)
    boxed = boxed_now(assessment, kb)
    advice = advice_order(list(assessment.get("advice") or []), level, boxed)
    settings = ctx.web_settings.settings
    waiting = [a["text"] for a in boxed]
    return ResultView(
        supporting=supporting,
        opposing=opposing,
        advice_first=advice[:ADVICE_FIRST],
        advice_more=advice[ADVICE_FIRST:],
        phones=_numbers(settings.emergency_numbers),
        urgent_phones=_numbers(settings.urgent_numbers),
        while_waiting=waiting,
        unsure_safety=_unsure_safety(state, kb),
    )
