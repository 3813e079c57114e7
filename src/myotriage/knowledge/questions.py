"""The interview's questions: logic in ``questions.yaml``, wording in ``questions.<lang>.yaml``.

Logic and wording live apart (as in docassemble's ``code.yml`` and ``en.yml``), so a
second language is one new file and no code. The logic file says which findings each
question asks about and how (``single``: one member of a group; ``multiple``: any of a
list; ``boolean``: yes or no); the wording file gives the text, a short help and a label
for every finding that can appear as an option.

The safety screen's findings are not typed in by hand: every finding whose triage rule
sets ``emergency`` on its own joins it when the questions are loaded, so a new emergency
rule is screened for without touching this file::

    >>> bank = load_questions()
    >>> "breathing_difficulty" in bank.screen.findings
    True
    >>> bank.questions["pain"].kind
    'single'

Every problem is a :class:`~myotriage.errors.KnowledgeError` naming the file, the entry,
its line and what was wrong, like the rest of the knowledge base.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from myotriage.errors import KnowledgeError
from myotriage.knowledge.loader import Knowledge, load_knowledge, read_extra
from myotriage.knowledge.taxonomy import SEXES

__all__ = [
    "LOGIC_FILE",
    "RESERVED_IDS",
    "Question",
    "QuestionBank",
    "emergency_findings",
    "load_questions",
    "uncovered_findings",
]

LOGIC_FILE = "questions.yaml"
#: Ids the interview uses for the person's age and sex; no question may take them.
RESERVED_IDS = ("age", "sex")
_KINDS = ("single", "multiple", "boolean")
_ASK = ("adaptive", "never")
_SEXES = SEXES
_ANSWER_WORDS = ("yes", "no", "none", "unknown", "back")

QuestionKind = Literal["single", "multiple", "boolean"]


@dataclass(frozen=True)
class Question:
    """One question: its logic and its wording in one language.

    ``ask`` is ``adaptive`` (the interview may ask it) or ``never`` (its findings come
    from elsewhere, e.g. the diary). ``skip_if_sex`` names sexes for whom it is not asked.
    ``order`` only breaks ties between equally useful questions. ``after`` names questions
    that must have been asked first (a follow-up that refines an earlier answer).
    """

    id: str
    kind: QuestionKind
    findings: tuple[str, ...]
    safety_screen: bool
    ask: str
    skip_if_sex: tuple[str, ...]
    order: int
    text: str
    help: str
    labels: dict[str, str] = field(default_factory=dict)
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Demographic:
    """Wording for the age or the sex question."""

    text: str
    help: str
    labels: dict[str, str]


@dataclass(frozen=True, eq=False)
class QuestionBank:
    """Every question in file order (the safety screen first), in one language."""

    language: str
    questions: dict[str, Question]
    screen: Question
    answer_labels: dict[str, str]
    age: Demographic
    sex: Demographic
    knowledge: Knowledge
    #: Wording of the tick list asked after a person's story (``engine/story_check.py``).
    story: Demographic = Demographic("", "", {})
    #: Wording of the second tick list after a story (what did not fit in the first).
    story_more: Demographic = Demographic("", "", {})
    #: Wording of the last check after a story: what the words said, confirmed once.
    story_confirm: Demographic = Demographic("", "", {})

    def covered(self) -> set[str]:
        """Every finding some question asks about."""
        return {f for q in self.questions.values() for f in q.findings}

    def home_of(self, finding_id: str) -> str | None:
        """The first question (file order, screen first) that asks about ``finding_id``."""
        for q in self.questions.values():
            if finding_id in q.findings:
                return q.id
        return None


def emergency_findings(kb: Knowledge) -> list[str]:
    """Findings whose rule sets ``emergency`` on its own (a rule needing only that finding,
    or needing only one of a list), in findings-file order."""
    alone: set[str] = set()
    for rule in kb.rules.values():
        if rule.level != "emergency":
            continue
        items = list(rule.requires)
        if len(items) != 1:
            continue
        (item,) = items
        alone.update([item] if isinstance(item, str) else item)
    return [f for f in kb.findings if f in alone]


def uncovered_findings(bank: QuestionBank) -> list[str]:
    """Findings of the knowledge base that no question asks about (should be none)."""
    covered = bank.covered()
    return [f for f in bank.knowledge.findings if f not in covered]


# ----------------------------------------------------------------- reading with line numbers


def _entry_lines(path: Path) -> dict[str, int]:
    """Line of each top-level list entry (by id) or mapping key, for error messages."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return {}
    lines: dict[str, int] = {}
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            key = f"#{index + 1}"
            if isinstance(item, yaml.MappingNode):
                for k, v in item.value:
                    if k.value == "id" and isinstance(v, yaml.ScalarNode):
                        key = str(v.value)
            lines[key] = item.start_mark.line + 1
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            lines[str(k.value)] = k.start_mark.line + 1
            if isinstance(v, yaml.MappingNode):
                for k2, _v2 in v.value:
                    lines[f"{k.value}.{k2.value}"] = k2.start_mark.line + 1
    return lines


def _text(value: Any, file: str, entry: str, key: str, line: int | None) -> str:
    if not isinstance(value, str) or not value.strip():
        shown = "missing" if value is None else f"got {value!r}"
        raise KnowledgeError(file, entry, f"{key}: expected a non-empty text, {shown}", line)
    return value.strip()


def _labels(value: Any, file: str, entry: str, line: int | None) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise KnowledgeError(file, entry, f"expected a mapping of labels, got {value!r}", line)
    return {str(k): _text(v, file, entry, str(k), line) for k, v in value.items()}


@dataclass(frozen=True)
class _Logic:
    id: str
    kind: QuestionKind
    findings: tuple[str, ...]
    safety_screen: bool
    ask: str
    skip_if_sex: tuple[str, ...]
    order: int
    after: tuple[str, ...] = ()


_LOGIC_KEYS = {
    "id",
    "kind",
    "findings",
    "safety_screen",
    "ask",
    "skip_if_sex",
    "order",
    "after",
    "why",
}


def _parse_logic(raw: Any, kb: Knowledge, lines: dict[str, int]) -> list[_Logic]:
    file = LOGIC_FILE
    if not isinstance(raw, list):
        raise KnowledgeError(file, "", f"expected a list of questions, got {type(raw).__name__}")
    out: list[_Logic] = []
    seen: dict[str, str] = {}
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            raise KnowledgeError(file, f"#{index + 1}", f"expected a mapping, got {item!r}")
        qid = item.get("id")
        entry = str(qid) if qid is not None else f"#{index + 1}"
        line = lines.get(entry)

        def fail(problem: str, entry: str = entry, line: int | None = line) -> KnowledgeError:
            return KnowledgeError(file, entry, problem, line)

        extra = sorted(set(item) - _LOGIC_KEYS)
        if extra:
            raise fail(f"unknown key(s): {', '.join(extra)}")
        if not isinstance(qid, str) or not qid.replace("_", "").isalnum() or not qid.islower():
            raise fail(f"id: expected a lower-case identifier, got {qid!r}")
        if qid in RESERVED_IDS:
            raise fail(f"id: '{qid}' is reserved for the interview's own question")
        if any(o.id == qid for o in out):
            raise fail("duplicate id")
        kind = item.get("kind")
        if kind not in _KINDS:
            raise fail(f"kind: expected one of {', '.join(_KINDS)}, got {kind!r}")
        findings = item.get("findings", [])
        if not isinstance(findings, list) or not all(isinstance(f, str) for f in findings):
            raise fail(f"findings: expected a list of finding ids, got {findings!r}")
        unknown = [f for f in findings if f not in kb.findings]
        if unknown:
            raise fail(f"findings: unknown finding(s) {', '.join(unknown)}")
        if len(set(findings)) != len(findings):
            raise fail("findings: a finding is listed twice")
        screen = item.get("safety_screen", False)
        if not isinstance(screen, bool):
            raise fail(f"safety_screen: expected true or false, got {screen!r}")
        if not findings and not screen:
            raise fail("findings: a question needs at least one finding")
        if kind == "boolean" and len(findings) != 1:
            raise fail(f"a boolean question asks about exactly one finding, got {len(findings)}")
        if kind == "single":
            groups = {kb.findings[f].group for f in findings}
            kinds = {kb.findings[f].kind for f in findings}
            if kinds != {"single"} or len(groups) != 1:
                raise fail("a single question lists the members of one 'single' group")
            group = groups.pop()
            members = [f.id for f in kb.findings.values() if f.group == group]
            missing = [f for f in members if f not in findings]
            if missing:
                raise fail(f"a single question must list its whole group; missing {missing}")
        elif any(kb.findings[f].kind == "single" for f in findings):
            raise fail(f"a {kind} question cannot hold members of a 'single' group")
        if screen and kind != "multiple":
            raise fail("the safety screen must be a multiple question")
        ask = item.get("ask", "adaptive")
        if ask not in _ASK:
            raise fail(f"ask: expected one of {', '.join(_ASK)}, got {ask!r}")
        skip = item.get("skip_if_sex", [])
        if not isinstance(skip, list) or any(s not in _SEXES for s in skip):
            raise fail(f"skip_if_sex: expected a list of {', '.join(_SEXES)}, got {skip!r}")
        order = item.get("order", 100)
        if isinstance(order, bool) or not isinstance(order, int):
            raise fail(f"order: expected an integer, got {order!r}")
        if not screen:
            for f in findings:
                if f in seen:
                    raise fail(f"finding '{f}' is already asked by question '{seen[f]}'")
                seen[f] = qid
        after = item.get("after", [])
        if not isinstance(after, list) or not all(isinstance(a, str) for a in after):
            raise fail(f"after: expected a list of question ids, got {after!r}")
        out.append(
            _Logic(qid, kind, tuple(findings), screen, ask, tuple(skip), order, tuple(after))
        )
    known = {q.id for q in out}
    for q in out:
        unknown = [a for a in q.after if a not in known or a == q.id]
        if unknown:
            raise KnowledgeError(
                file, q.id, f"after: unknown question(s) {unknown}", lines.get(q.id)
            )
    screens = [q for q in out if q.safety_screen]
    if len(screens) != 1:
        raise KnowledgeError(
            file, "", f"expected exactly one safety_screen question, got {len(screens)}"
        )
    return out


def _wording_file(language: str) -> str:
    return f"questions.{language}.yaml"


def _build(kb: Knowledge, language: str) -> QuestionBank:
    directory = kb.directory
    logic = _parse_logic(
        read_extra(directory, LOGIC_FILE, lambda raw: raw), kb, _entry_lines(directory / LOGIC_FILE)
    )
    wfile = _wording_file(language)
    if not (directory / wfile).exists():
        raise KnowledgeError(wfile, "", f"no wording for language '{language}'")
    wording = read_extra(directory, wfile, lambda raw: raw)
    lines = _entry_lines(directory / wfile)
    if not isinstance(wording, dict):
        raise KnowledgeError(wfile, "", f"expected a mapping, got {type(wording).__name__}")
    extra = sorted(
        set(wording)
        - {
            "language",
            "answers",
            "age",
            "sex",
            "story",
            "story_more",
            "story_confirm",
            "questions",
            "findings",
        }
    )
    if extra:
        raise KnowledgeError(wfile, "", f"unknown key(s): {', '.join(extra)}")
    if wording.get("language") != language:
        raise KnowledgeError(
            wfile, "language", f"expected '{language}', got {wording.get('language')!r}"
        )

    answers = _labels(wording.get("answers"), wfile, "answers", lines.get("answers"))
    missing_words = [w for w in _ANSWER_WORDS if w not in answers]
    if missing_words:
        raise KnowledgeError(
            wfile, "answers", f"missing label(s): {', '.join(missing_words)}", lines.get("answers")
        )

    def demographic(key: str, needed: tuple[str, ...]) -> Demographic:
        raw = wording.get(key)
        line = lines.get(key)
        if not isinstance(raw, dict):
            raise KnowledgeError(wfile, key, "expected a mapping with text, help and options", line)
        labels = _labels(raw.get("options"), wfile, key, line)
        missing = [n for n in needed if n not in labels]
        if missing:
            raise KnowledgeError(wfile, key, f"options: missing {', '.join(missing)}", line)
        return Demographic(
            _text(raw.get("text"), wfile, key, "text", line),
            str(raw.get("help") or ""),
            labels,
        )

    age = demographic("age", ("unknown",))
    sex = demographic("sex", (*_SEXES, "unknown"))
    story = demographic("story", ())
    story_more = demographic("story_more", ())
    story_confirm = demographic("story_confirm", ())

    texts = wording.get("questions")
    if not isinstance(texts, dict):
        raise KnowledgeError(wfile, "questions", "expected a mapping of question id to wording")
    labels = _labels(wording.get("findings"), wfile, "findings", lines.get("findings"))
    stray = sorted(set(labels) - set(kb.findings))
    if stray:
        raise KnowledgeError(
            wfile, "findings", f"label(s) for unknown finding(s): {', '.join(stray)}"
        )
    logic_ids = {q.id for q in logic}
    stray = sorted(set(texts) - logic_ids)
    if stray:
        raise KnowledgeError(
            wfile, "questions", f"wording for unknown question(s): {', '.join(stray)}"
        )

    derived = emergency_findings(kb)
    questions: dict[str, Question] = {}
    for q in sorted(logic, key=lambda q: not q.safety_screen):  # the screen first, then file order
        entry = f"questions.{q.id}"
        line = lines.get(entry)
        raw = texts.get(q.id)
        if not isinstance(raw, dict):
            raise KnowledgeError(wfile, entry, "missing: every question needs its text", line)
        findings = q.findings
        if q.safety_screen:
            findings = tuple(dict.fromkeys([*findings, *derived]))
        own = _labels(raw.get("options"), wfile, entry, line)
        stray = sorted(set(own) - set(findings))
        if stray:
            raise KnowledgeError(wfile, entry, f"labels for findings not asked: {stray}", line)
        merged = {f: own.get(f) or labels.get(f, "") for f in findings}
        if q.kind != "boolean":
            missing = [f for f, text in merged.items() if not text]
            if missing:
                raise KnowledgeError(
                    wfile, entry, f"no label for option(s) {', '.join(missing)}", line
                )
        questions[q.id] = Question(
            id=q.id,
            kind=q.kind,
            findings=findings,
            safety_screen=q.safety_screen,
            ask=q.ask,
            skip_if_sex=q.skip_if_sex,
            order=q.order,
            after=q.after,
            text=_text(raw.get("text"), wfile, entry, "text", line),
            help=str(raw.get("help") or "").strip(),
            labels=merged,
        )
    screen = next(q for q in questions.values() if q.safety_screen)
    return QuestionBank(
        language, questions, screen, answers, age, sex, kb, story, story_more, story_confirm
    )


@functools.lru_cache(maxsize=8)
def _cached(kb: Knowledge, language: str) -> QuestionBank:
    return _build(kb, language)


def load_questions(knowledge: Knowledge | None = None, language: str = "en") -> QuestionBank:
    """The validated questions for ``knowledge`` (the packaged base by default), cached."""
    if not language.replace("-", "").replace("_", "").isalnum():
        raise KnowledgeError(_wording_file(language), "", f"bad language code {language!r}")
    return _cached(knowledge or load_knowledge(), language)
