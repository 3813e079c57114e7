"""The adaptive interview: the fewest questions to a safe answer, red flags first.

Stateless: every call takes the state returned by the previous one (plain JSON-able data)
and returns the next step, so a web page can keep the state in the browser and no server
session is needed::

    >>> step = start_interview(age=34, sex="female")
    >>> step["question"]["id"], step["question"]["safety_screen"]
    ('safety_screen', True)
    >>> step = answer_question(step["state"], "safety_screen", [])
    >>> step["done"], step["question"]["id"] != "safety_screen"
    (False, True)
    >>> go_back(step["state"])["question"]["id"]
    'safety_screen'

The safety screen comes first and ends the interview at once when an emergency sign is
ticked. Age and sex follow when they were not given. Then each question is the most useful
one (see :mod:`myotriage.engine.question_selection`) until it is safe to stop.

Answers: ``boolean`` → ``"yes"``, ``"no"`` or ``"unknown"``; ``single`` → one of its option
values, ``"none"`` or ``"unknown"``; ``multiple`` → a list of option values (empty: none of
these), ``"none"``, ``"unknown"``, or ``{"present": [...], "unknown": [...]}`` when only some
are not known; age → an integer 0 to 120 or ``"unknown"``; sex → ``female``, ``male``,
``other`` or ``"unknown"``. Anything else raises
:class:`~myotriage.errors.InvalidInputError` naming the field.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from myotriage.engine.assessment import Assessment, assess
from myotriage.engine.case import SEXES, Case, make_case, parse_case
from myotriage.engine.model import compile_model
from myotriage.engine.question_selection import Decision, Selector
from myotriage.engine.story_check import (
    STORY_CHECK_ID,
    STORY_CHECK_MORE_IDS,
    STORY_CONFIRM_ID,
    settled_by_words,
    story_check_options,
    story_confirm_options,
    words_to_confirm,
)
from myotriage.errors import InvalidInputError
from myotriage.knowledge.loader import Knowledge, load_knowledge
from myotriage.knowledge.questions import Question, QuestionBank, load_questions

__all__ = [
    "STATE_VERSION",
    "answer_question",
    "current_step",
    "go_back",
    "interview_result",
    "simulate_interview",
    "start_interview",
]

STATE_VERSION = 1
_UNKNOWN = "unknown"


@functools.lru_cache(maxsize=8)
def _selector(kb: Knowledge, language: str) -> Selector:
    return Selector(load_questions(kb, language), compile_model(kb))


@dataclass(frozen=True)
class _Replay:
    """The state, checked and replayed: who the person is and what they answered."""

    selector: Selector
    given: dict[str, Any]
    answers: list[tuple[str, Any]]
    age: int | None
    sex: str | None
    age_known: bool  # asked or given (an "unknown" answer counts as known)
    sex_known: bool
    evidence: dict[str, str]  # finding -> present/absent/unknown, in answer order
    asked: frozenset[str]
    prefilled: tuple[tuple[str, str], ...] = ()  # settled by the person's own words
    # Red flags the second reader suggests the words may state (engine.text.reader): asked
    # first on the story's tick list, never taken as answered.
    suggested: tuple[str, ...] = ()

    @property
    def bank(self) -> QuestionBank:
        return self.selector.bank

    def case(self) -> Case:
        return make_case(None, self.age, self.sex, list(self.evidence.items()))


# ----------------------------------------------------------------------- answers


def _check_age(value: Any, field: str) -> int | None:
    if value == _UNKNOWN or value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        raise InvalidInputError(
            field, f"expected a whole number of years from 0 to 120, got {value!r}"
        )
    return value


def _check_sex(value: Any, field: str) -> str | None:
    if value == _UNKNOWN or value is None:
        return None
    if value not in SEXES:
        raise InvalidInputError(
            field, f"expected one of female, male, other or unknown, got {value!r}"
        )
    return str(value)


def _options_now(question: Question, evidence: Mapping[str, str]) -> tuple[str, ...]:
    if question.id == STORY_CONFIRM_ID:  # it asks again what the words already said
        return question.findings
    return tuple(f for f in question.findings if f not in evidence)


def _normalise_answer(question: Question, options: tuple[str, ...], answer: Any, field: str) -> Any:
    """Check ``answer`` against ``question`` and return it in its stored form."""
    if question.kind == "boolean":
        if answer not in ("yes", "no", _UNKNOWN):
            raise InvalidInputError(field, f"expected yes, no or unknown, got {answer!r}")
        return answer
    if question.kind == "single":
        if answer in ("none", _UNKNOWN) or answer in options:
            return answer
        raise InvalidInputError(
            field, f"expected one of {', '.join(options)}, none or unknown, got {answer!r}"
        )
    # multiple
    if answer == _UNKNOWN:
        return _UNKNOWN
    if answer == "none":
        return []
    present: Any = answer
    unknown: Any = []
    if isinstance(answer, Mapping):
        extra = sorted(set(answer) - {"present", "unknown"})
        if extra:
            raise InvalidInputError(field, f"unexpected key(s) {', '.join(map(str, extra))}")
        present = answer.get("present", [])
        unknown = answer.get("unknown", [])
    for name, items in (("present", present), ("unknown", unknown)):
        where = f"{field}.{name}" if isinstance(answer, Mapping) else field
        if not isinstance(items, list):
            raise InvalidInputError(
                where, f"expected a list of option values, none or unknown, got {items!r}"
            )
        for item in items:
            if item not in options:
                raise InvalidInputError(
                    where, f"{item!r} is not an option here (options: {', '.join(options)})"
                )
        if len(set(items)) != len(items):
            raise InvalidInputError(where, "an option is listed twice")
    both = set(present) & set(unknown)
    if both:
        raise InvalidInputError(field, f"{', '.join(sorted(both))} cannot be present and unknown")
    ordered = [f for f in options if f in present]
    if unknown:
        return {"present": ordered, "unknown": [f for f in options if f in unknown]}
    return ordered


def _apply(
    question: Question, options: tuple[str, ...], answer: Any, evidence: dict[str, str]
) -> None:
    """Record what a (normalised) answer says about each finding it covers."""
    if question.kind == "boolean":
        (finding,) = options
        evidence[finding] = {"yes": "present", "no": "absent"}.get(answer, "unknown")
    elif question.kind == "single":
        for f in options:
            if answer == _UNKNOWN:
                evidence[f] = "unknown"
            else:
                evidence[f] = "present" if f == answer else "absent"
    else:
        if answer == _UNKNOWN:
            present: list[str] = []
            unknown = list(options)
        elif isinstance(answer, Mapping):
            present, unknown = answer["present"], answer["unknown"]
        else:
            present, unknown = answer, []
        for f in options:
            evidence[f] = "present" if f in present else "unknown" if f in unknown else "absent"


# ----------------------------------------------------------------------- state


def _bad_state(field: str, problem: str) -> InvalidInputError:
    return InvalidInputError(f"state.{field}" if field else "state", problem)


def _replay(state: Any) -> _Replay:
    if not isinstance(state, Mapping):
        raise _bad_state("", f"expected the object returned by the previous step, got {state!r}")
    if state.get("version") != STATE_VERSION:
        raise _bad_state("version", f"expected {STATE_VERSION}, got {state.get('version')!r}")
    kb = load_knowledge()
    if state.get("knowledge_version") != kb.version:
        raise _bad_state(
            "knowledge_version",
            f"this interview was started with knowledge base {state.get('knowledge_version')!r}"
            f" but {kb.version} is loaded; please start again",
        )
    language = state.get("language", "en")
    if not isinstance(language, str):
        raise _bad_state("language", f"expected a language code, got {language!r}")
    selector = _selector(kb, language)
    given = state.get("given", {})
    if not isinstance(given, Mapping) or set(given) - {"age", "sex"}:
        raise _bad_state("given", f"expected an object with age and/or sex, got {given!r}")
    age = _check_age(given.get("age"), "state.given.age")
    sex = _check_sex(given.get("sex"), "state.given.sex")
    age_known, sex_known = "age" in given, "sex" in given
    raw_answers = state.get("answers")
    if not isinstance(raw_answers, list):
        raise _bad_state("answers", f"expected a list, got {raw_answers!r}")
    bank = selector.bank
    prefilled = _check_prefilled(state.get("prefilled", []), kb)
    suggested = _check_suggested(state.get("suggested", []), kb, prefilled)
    confirm = _to_confirm(selector, prefilled, suggested, age, sex)
    trusted = tuple((f, c) for f, c in prefilled if f not in confirm)
    evidence: dict[str, str] = settled_by_words(trusted, selector)
    asked: list[str] = []
    answers: list[tuple[str, Any]] = []
    for index, item in enumerate(raw_answers):
        field = f"state.answers[{index}]"
        if not isinstance(item, Mapping) or "question" not in item or "answer" not in item:
            raise InvalidInputError(field, "expected an object with question and answer")
        qid, answer = item["question"], item["answer"]
        if qid in asked:
            raise InvalidInputError(f"{field}.question", f"{qid!r} is answered twice")
        if qid == "age":
            if age_known:
                raise InvalidInputError(f"{field}.question", "age was already given")
            age, age_known = _check_age(answer, f"{field}.answer"), True
        elif qid == "sex":
            if sex_known:
                raise InvalidInputError(f"{field}.question", "sex was already given")
            sex, sex_known = _check_sex(answer, f"{field}.answer"), True
        else:
            question: Question | None
            if qid in _STORY_IDS and prefilled:
                case_now = make_case(None, age, sex, list(evidence.items()))
                if qid != STORY_CONFIRM_ID:
                    options = story_check_options(selector, case_now, frozenset(asked), confirm)
                else:
                    options = story_confirm_options(selector, case_now, trusted, confirm)
                question = _story_question(bank, options, qid)
            elif qid == STORY_CONFIRM_ID and suggested:
                question = _story_question(bank, _open_suggestions(suggested, evidence), qid)
            else:
                question = bank.questions.get(qid) if isinstance(qid, str) else None
            if question is None:
                raise InvalidInputError(f"{field}.question", f"unknown question {qid!r}")
            options = _options_now(question, evidence)
            if not options:
                raise InvalidInputError(f"{field}.question", f"{qid!r} has nothing left to ask")
            answer = _normalise_answer(question, options, answer, f"{field}.answer")
            _apply(question, options, answer, evidence)
        asked.append(qid)
        answers.append((qid, answer))
    return _Replay(
        selector,
        dict(given),
        answers,
        age,
        sex,
        age_known,
        sex_known,
        evidence,
        frozenset(asked),
        prefilled,
        suggested,
    )


_STORY_LISTS = (STORY_CHECK_ID, *STORY_CHECK_MORE_IDS)
_STORY_IDS = (*_STORY_LISTS, STORY_CONFIRM_ID)


def _story_question(bank: QuestionBank, options: tuple[str, ...], qid: str) -> Question:
    """The story's tick list as a question (its options are worked out from the answers so
    far, so replaying the same state always gives the same list)."""
    labels: dict[str, str] = {}
    for f in options:
        home = bank.questions[bank.home_of(f) or ""]
        label = home.labels.get(f) or f
        # A member of a one-answer group ("more than three weeks ago") needs its question.
        labels[f] = f"{home.text} {label}" if home.kind == "single" else label
    if qid == STORY_CHECK_ID:
        wording = bank.story
    elif qid in STORY_CHECK_MORE_IDS:
        wording = bank.story_more
    else:
        wording = bank.story_confirm
    return Question(
        id=qid,
        kind="multiple",
        findings=options,
        safety_screen=False,
        ask="adaptive",
        skip_if_sex=(),
        order=0,
        text=wording.text,
        help=wording.help,
        labels=labels,
    )


def _story_check_due(replay: _Replay, case: Case) -> tuple[str, ...]:
    """The tick list's options when it is the next question (after a story; each next list
    holds what did not fit in the one before)."""
    if not replay.prefilled or _story_check_id(replay) is None:
        return ()
    given = replay.given
    confirm = _to_confirm(
        replay.selector, replay.prefilled, replay.suggested, given.get("age"), given.get("sex")
    )
    return story_check_options(replay.selector, case, replay.asked, confirm)


def _story_confirm_due(replay: _Replay, case: Case) -> tuple[str, ...]:
    """Before stopping after a story, once: the words to confirm (see story_check); after
    words the parser read nothing from, the second reader's suggestions still open."""
    if STORY_CONFIRM_ID in replay.asked:
        return ()
    if not replay.prefilled:
        return _open_suggestions(replay.suggested, replay.evidence)
    given = replay.given
    confirm = words_to_confirm(
        replay.selector, replay.prefilled, given.get("age"), given.get("sex")
    )
    trusted = tuple((f, c) for f, c in replay.prefilled if f not in confirm)
    return story_confirm_options(replay.selector, case, trusted, confirm)


def _open_suggestions(suggested: tuple[str, ...], evidence: Mapping[str, str]) -> tuple[str, ...]:
    """Suggested red flags no answer has settled yet. They only have a tick list of their
    own where the words settled nothing (else they join the story's lists): a red flag the
    words may state is then asked before the interview stops, even where its own question
    never came."""
    return tuple(f for f in suggested if f not in evidence)


def _story_check_id(replay: _Replay) -> str | None:
    """The id of the next tick list (None when all have been asked)."""
    return next((q for q in _STORY_LISTS if q not in replay.asked), None)


def _story_or_bank_question(replay: _Replay, qid: str) -> Question:
    if qid in _STORY_LISTS:
        return _story_question(replay.bank, _story_check_due(replay, replay.case()), qid)
    if qid == STORY_CONFIRM_ID:
        return _story_question(replay.bank, _story_confirm_due(replay, replay.case()), qid)
    return replay.bank.questions[qid]


def _to_confirm(
    selector: Selector,
    prefilled: tuple[tuple[str, str], ...],
    suggested: tuple[str, ...],
    age: int | None,
    sex: str | None,
) -> frozenset[str]:
    """What the story's tick list asks first: the words to confirm (story_check) and the red
    flags the second reader suggests."""
    if not prefilled:
        return frozenset()
    return words_to_confirm(selector, prefilled, age, sex) | frozenset(suggested)


def _check_suggested(
    raw: Any, kb: Knowledge, prefilled: tuple[tuple[str, str], ...]
) -> tuple[str, ...]:
    """Red flags suggested by the second reader: ids of red flags the words left open."""
    if not isinstance(raw, list):
        raise _bad_state("suggested", f"expected a list of red flag ids, got {raw!r}")
    settled = {f for f, _c in prefilled}
    out: list[str] = []
    for index, fid in enumerate(raw):
        finding = kb.findings.get(fid) if isinstance(fid, str) else None
        if finding is None or not finding.red_flag:
            raise InvalidInputError(f"state.suggested[{index}]", f"not a red flag: {fid!r}")
        if fid not in settled and fid not in out:
            out.append(fid)
    return tuple(out)


def _check_prefilled(raw: Any, kb: Knowledge) -> tuple[tuple[str, str], ...]:
    """Findings the person's story settled (present or absent), checked like a case."""
    if not isinstance(raw, list):
        raise _bad_state("prefilled", f"expected a list of findings, got {raw!r}")
    case = parse_case({"evidence": raw}, kb, where="state.prefilled.")
    return tuple((f, c) for f, c in case.evidence if c != "unknown")


def _state(replay: _Replay, pending: str | None) -> dict[str, Any]:
    state = {
        "version": STATE_VERSION,
        "knowledge_version": replay.selector.model.knowledge.version,
        "language": replay.bank.language,
        "given": dict(replay.given),
        "answers": [{"question": q, "answer": a} for q, a in replay.answers],
        "pending": pending,
    }
    if replay.prefilled:
        state["prefilled"] = [{"id": f, "choice": c} for f, c in replay.prefilled]
    if replay.suggested:
        state["suggested"] = list(replay.suggested)
    return state


# ----------------------------------------------------------------------- steps


def _question_dict(replay: _Replay, qid: str) -> dict[str, Any]:
    bank = replay.bank
    words = bank.answer_labels
    unknown = {"value": _UNKNOWN, "label": words["unknown"], "exclusive": True}
    if qid == "age":
        return {
            "id": "age",
            "kind": "number",
            "text": bank.age.text,
            "help": bank.age.help,
            "safety_screen": False,
            "min": 0,
            "max": 120,
            "options": [{"value": _UNKNOWN, "label": bank.age.labels[_UNKNOWN], "exclusive": True}],
        }
    if qid == "sex":
        return {
            "id": "sex",
            "kind": "single",
            "text": bank.sex.text,
            "help": bank.sex.help,
            "safety_screen": False,
            "options": [{"value": s, "label": bank.sex.labels[s]} for s in (*SEXES, _UNKNOWN)],
        }
    question = _story_or_bank_question(replay, qid)
    options = _options_now(question, replay.evidence)
    if question.kind == "boolean":
        choices = [
            {"value": "yes", "label": words["yes"]},
            {"value": "no", "label": words["no"]},
            unknown,
        ]
    else:
        choices = [{"value": f, "label": question.labels[f]} for f in options]
        choices.append({"value": "none", "label": words["none"], "exclusive": True})
        choices.append(unknown)
    out = {
        "id": question.id,
        "kind": question.kind,
        "text": question.text,
        "help": question.help,
        "safety_screen": question.safety_screen,
        "options": choices,
    }
    suggested = [f for f in options if f in replay.suggested]
    if suggested and (qid in _STORY_IDS or question.safety_screen):
        out["suggested"] = suggested  # the words may say these: the person confirms
    return out


def _next(replay: _Replay) -> tuple[str | None, Decision | None]:
    """The next question id (None when done) and the selector's decision if it was asked."""
    bank = replay.bank
    selector = replay.selector
    case = replay.case()
    told = _as_told(replay, case)
    # An emergency ends the interview at once, unless it rests only on rules that an answer
    # still to be asked may switch off (their `unless`): that answer is asked first.
    if (
        replay.prefilled
        and selector.level(told) >= 3
        and not selector.emergency_may_lift(told, replay.asked)
    ):  # an emergency in the story: stop now
        return None, Decision(None, "emergency", 3, (), 0.0)
    if bank.screen.id not in replay.asked and _options_now(bank.screen, replay.evidence):
        return bank.screen.id, None
    if selector.level(told) >= 3 and not selector.emergency_may_lift(told, replay.asked):
        return None, Decision(None, "emergency", 3, (), 0.0)
    if not replay.age_known:
        return "age", None
    if not replay.sex_known:
        return "sex", None
    if _story_check_due(replay, case):
        return _story_check_id(replay), None  # type: ignore[return-value]
    decision = selector.decide(case, replay.asked, len(replay.asked), story=bool(replay.prefilled))
    if decision.question is None:
        if decision.reason != "emergency" and _story_confirm_due(replay, case):
            return STORY_CONFIRM_ID, None
        return None, decision
    return decision.question.question.id, decision


def _as_told(replay: _Replay, case: Case) -> Case:
    """``case`` with the story's words to confirm counted as told until a question has
    asked them: holding them back must not make the story look like an emergency, and a word
    no list could offer (a follow-up whose question has not come) still counts as said."""
    if not replay.prefilled:
        return case
    missing = [(f, c) for f, c in replay.prefilled if f not in replay.evidence]
    if not missing:
        return case
    evidence = settled_by_words(tuple(missing), replay.selector)
    evidence.update(replay.evidence)
    return make_case(None, case.age, case.sex, list(evidence.items()))


def _remaining(replay: _Replay) -> int:
    selector = replay.selector
    case = replay.case()
    count = sum(
        1 for q in replay.bank.questions.values() if selector.askable(q, case, replay.asked)
    )
    if replay.bank.screen.id not in replay.asked and _options_now(
        replay.bank.screen, replay.evidence
    ):
        count += 1
    count += bool(_story_check_due(replay, case))
    return count + (not replay.age_known) + (not replay.sex_known)


def _step(replay: _Replay) -> dict[str, Any]:
    qid, decision = _next(replay)
    asked = len(replay.asked)
    progress = {
        "asked": asked,
        "max": min(replay.selector.max_questions, asked + _remaining(replay)),
    }
    if qid is not None:
        return {
            "state": _state(replay, qid),
            "done": False,
            "question": _question_dict(replay, qid),
            "assessment": None,
            "progress": progress,
            "not_asked": [],
        }
    progress["max"] = asked
    kb = replay.selector.model.knowledge
    return {
        "state": _state(replay, None),
        "done": True,
        "question": None,
        # Words held back to confirm that no question asked count as told.
        "assessment": assess(_as_told(replay, replay.case()), kb).to_dict(),
        "progress": progress,
        "not_asked": [f for f in kb.findings if f not in replay.evidence],
        "stop_reason": decision.reason if decision is not None else "emergency",
    }


def start_interview(
    age: int | None = None,
    sex: str | None = None,
    *,
    language: str = "en",
    evidence: list[dict[str, str]] | None = None,
    suggested: list[str] | None = None,
) -> dict[str, Any]:
    """Begin an interview; ``age`` and ``sex`` are asked later when not given here.

    ``evidence`` (case format) is what the person's own words already settled, e.g. from
    :func:`myotriage.engine.text.parse_text`: its present and absent findings count as
    answered (an emergency among them ends the interview at once); ``unknown`` ones, and
    everything it does not mention, are asked as usual, red flags first.

    ``suggested``: red flags the words may state that ``evidence`` left open (from
    :func:`myotriage.engine.text.reader.suggest_red_flags`); they come first on the story's
    tick list for the person to confirm, and count for nothing until answered.
    """
    given: dict[str, Any] = {}
    if age is not None:
        given["age"] = _check_age(age, "age")
    if sex is not None:
        given["sex"] = _check_sex(sex, "sex")
    kb = load_knowledge()
    state = {
        "version": STATE_VERSION,
        "knowledge_version": kb.version,
        "language": language,
        "given": given,
        "answers": [],
        "pending": None,
    }
    if evidence:
        state["prefilled"] = list(evidence)
    if suggested:
        state["suggested"] = list(suggested) if isinstance(suggested, list | tuple) else suggested
    return _step(_replay(state))


def answer_question(state: Any, question_id: Any, answer: Any) -> dict[str, Any]:
    """Record the answer to the current question and return the next step."""
    replay = _replay(state)
    pending = state.get("pending")
    expected, _ = _next(replay)
    if pending != expected:
        raise _bad_state("pending", f"expected {expected!r}, got {pending!r}")
    if expected is None:
        raise InvalidInputError(
            "question_id", "the interview is finished; go back to change an answer"
        )
    if question_id != expected:
        raise InvalidInputError(
            "question_id", f"expected the current question {expected!r}, got {question_id!r}"
        )
    answers = [{"question": q, "answer": a} for q, a in replay.answers]
    answers.append({"question": question_id, "answer": answer})
    new_state = {**_state(replay, None), "answers": answers}
    try:
        return _step(_replay(new_state))
    except InvalidInputError as exc:
        prefix = f"state.answers[{len(answers) - 1}].answer"
        if exc.field.startswith(prefix):
            raise InvalidInputError("answer" + exc.field[len(prefix) :], exc.problem) from None
        raise


def current_step(state: Any) -> dict[str, Any]:
    """The step for ``state`` as it stands (the question now due, or the result).

    Lets a web page rebuild any earlier step from a prefix of the answers, so the
    browser's own back button can show an earlier question again.
    """
    return _step(_replay(state))


def go_back(state: Any) -> dict[str, Any]:
    """Undo the last answer: the step before it, exactly as it was."""
    replay = _replay(state)
    if not replay.answers:
        raise InvalidInputError("state", "there is no earlier question to go back to")
    previous = {
        **_state(replay, None),
        "answers": [{"question": q, "answer": a} for q, a in replay.answers[:-1]],
    }
    return _step(_replay(previous))


def interview_result(state: Any) -> Assessment:
    """The assessment of the answers given so far (the interview need not be finished)."""
    replay = _replay(state)
    return assess(replay.case(), replay.selector.model.knowledge)


# ----------------------------------------------------------------------- simulation


def _simulated_answer(replay: _Replay, qid: str, case: Case) -> Any:
    """What the person described by ``case`` answers (``spec/CASES.md``): a listed
    finding its choice, an unlisted one absent, an explicit unknown unknown."""
    if qid == "age":
        return case.age if case.age is not None else _UNKNOWN
    if qid == "sex":
        return case.sex if case.sex is not None else _UNKNOWN
    question = _story_or_bank_question(replay, qid)
    options = _options_now(question, replay.evidence)
    if question.kind == "boolean":
        choice = case.choice_of(options[0])
        return {"present": "yes", "unknown": _UNKNOWN}.get(choice or "", "no")
    if question.kind == "single":
        for f in options:
            if f in case.present:
                return f
        return _UNKNOWN if any(f in case.unknown for f in options) else "none"
    present = [f for f in options if f in case.present]
    unknown = [f for f in options if f in case.unknown]
    if unknown and not present and len(unknown) == len(options):
        return _UNKNOWN
    return {"present": present, "unknown": unknown} if unknown else present


def simulate_interview(
    case: Case,
    *,
    language: str = "en",
    evidence: list[dict[str, str]] | None = None,
    suggested: list[str] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Run the interview with ``case`` as the person; the final step and the questions asked.

    Age and sex count as given when the case has them (like a profile the person filled in
    before), and are asked (and answered ``unknown``) when it has not. ``evidence``: what
    the person's words already said, ``suggested``: what they may say (see
    :func:`start_interview`).
    """
    step = start_interview(
        age=case.age, sex=case.sex, language=language, evidence=evidence, suggested=suggested
    )
    questions: list[str] = []
    while not step["done"]:
        qid = step["question"]["id"]
        answer = _simulated_answer(_replay(step["state"]), qid, case)
        questions.append(qid)
        step = answer_question(step["state"], qid, answer)
    return step, questions
