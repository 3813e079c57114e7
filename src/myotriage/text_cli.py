"""``myotriage parse``, ``assess --text`` and ``interview --text``: a story in the terminal.

The text is an argument or ``-`` (read from stdin as UTF-8; anything else is refused as
binary). The engine does the reading (:mod:`myotriage.engine.text`); this module only
reads the input and prints.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from myotriage.errors import InvalidInputError
from myotriage.jsonio import read_json_input, write_json

if TYPE_CHECKING:
    from myotriage.engine.text import ParsedText
    from myotriage.knowledge.loader import Knowledge

__all__ = ["read_text_argument", "run_assess_text", "run_interview_text", "run_parse"]


def read_text_argument(value: str, field: str = "TEXT") -> str:
    """The story: ``value`` itself, or stdin when it is ``-``."""
    if value != "-":
        return value
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(
            field, "stdin is not UTF-8 text (binary data?); please give words"
        ) from None


def _parse(value: str, field: str) -> tuple[ParsedText, Knowledge]:
    from myotriage.engine.text import parse_text
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    try:
        return parse_text(value, kb), kb
    except InvalidInputError as exc:
        if exc.field == "text":
            raise InvalidInputError(field, exc.problem) from None
        raise


def _render_parsed(parsed: ParsedText, text: str, kb: Knowledge) -> Any:
    from rich.table import Table
    from rich.text import Text

    from myotriage.console import make_console

    console = make_console()
    for warning in parsed.warnings:
        console.print(Text(warning, style="muted"))
    if not parsed.findings:
        console.print(
            "Nothing in these words matched a finding we know. Try saying where it is,"
            " how long each episode lasts and how much it hurts."
        )
        return console
    table = Table(title="What we understood", title_justify="left")
    table.add_column("finding")
    table.add_column("answer")
    table.add_column("from the words")
    table.add_column("meaning", style="muted")
    for f in parsed.findings:
        words = " … ".join(text[s:e] for s, e in f.spans)
        answer = f"{f.choice} (follows)" if f.implied else f.choice
        table.add_row(f.id, answer, Text(words), kb.findings[f.id].meaning)
    console.print(table)
    return console


def _suggestions(text: str, parsed: ParsedText, kb: Knowledge, field: str | None) -> list[Any]:
    """The second reader's suggestions (engine.text.reader). ``field``: the option that asked
    for them, an error when the model is not installed; None: quietly none then."""
    from myotriage.engine.text.reader import require_reader, suggest_red_flags, suggestions_if_any

    if field is None:
        return list(suggestions_if_any(text, parsed, kb))
    require_reader(field)
    return list(suggest_red_flags(text, parsed, kb))


def run_parse(value: str, as_json: bool, suggest: bool = False) -> None:
    """Print what the story says (``--json``: the API's shape); ``suggest``: also the red
    flags the second reader thinks the words may state, to be confirmed."""
    text = read_text_argument(value, "TEXT")
    parsed, kb = _parse(text if value == "-" else value, "TEXT")
    suggestions = _suggestions(text, parsed, kb, "--suggest") if suggest else []
    if as_json:
        out = parsed.to_dict()
        if suggest:
            out["suggested"] = [s.to_dict() for s in suggestions]
        write_json(out)
        return
    console = _render_parsed(parsed, text, kb)
    if suggestions:
        from rich.text import Text

        console.print(Text("The words may also say (please check; not counted until confirmed):"))
        for s in suggestions:
            words = " … ".join(text[a:b] for a, b in s.spans)
            meaning = kb.findings[s.id].meaning
            # Text, not markup: the person's words may hold "[" and "]"
            console.print(Text(f"  {s.id} ({s.probability:.0%}): {meaning} — “{words}”"))


def case_from_text(parsed: ParsedText) -> dict[str, Any]:
    """The case a story gives on its own: age and sex when it says them, and its findings."""
    case: dict[str, Any] = {"evidence": parsed.evidence()}
    if parsed.age is not None:
        case["age"] = parsed.age
    if parsed.sex is not None:
        case["sex"] = parsed.sex
    return case


def run_assess_text(value: str, as_json: bool, width: int | None) -> None:
    """Assess what the story says, as it is (nothing asked)."""
    from myotriage.engine.assessment import assess
    from myotriage.engine.case import parse_case

    parsed, kb = _parse(read_text_argument(value, "--text"), "--text")
    result = assess(parse_case(case_from_text(parsed), kb), kb).to_dict()
    if as_json:
        write_json({**result, "text_evidence": parsed.to_dict()["evidence"]})
        return
    from myotriage.console import make_console, render_assessment

    console = make_console(width=width)
    console.print(render_assessment(result, kb))


def run_interview_text(value: str, answers: str | None, as_json: bool) -> None:
    """Start the interview from the story; with ``answers`` the case file answers the rest."""
    from myotriage.engine.case import parse_case
    from myotriage.engine.interview import simulate_interview

    text = read_text_argument(value, "--text")
    parsed, kb = _parse(text, "--text")
    suggested = [s.id for s in _suggestions(text, parsed, kb, None)]
    if answers is None:
        from myotriage.interview_cli import run_interview

        run_interview(
            answers=None, as_json=as_json, evidence=parsed.evidence(), suggested=suggested
        )
        return
    case = parse_case(read_json_input(answers), kb)
    step, questions = simulate_interview(case, evidence=parsed.evidence(), suggested=suggested)
    result = dict(step["assessment"])
    result["id"] = case.id
    result["questions_asked"] = len(questions)
    result["questions"] = questions
    result["not_asked"] = step["not_asked"]
    result["text_evidence"] = parsed.to_dict()["evidence"]
    result["text_suggested"] = suggested
    if as_json:
        write_json(result)
        return
    from rich.text import Text

    from myotriage.console import make_console, render_assessment

    console = make_console()
    console.print(render_assessment(result, kb))
    asked = Text(f"Questions asked after the story ({len(questions)}): ", style="heading")
    asked.append(", ".join(questions) or "none")
    console.print(asked)
