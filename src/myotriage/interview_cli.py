"""``myotriage interview``: the adaptive interview in the terminal, or simulated from a case.

Interactive: arrow keys choose, space ticks (in lists), enter confirms; every question has
"I don't know" and a way back one question; Ctrl-C leaves cleanly (exit status 130). The
end is the same report as ``myotriage assess``.

``--answers CASE.json``: each question is answered from the case as
``spec/CASES.md`` describes (a listed finding its choice, an unlisted one absent), and
the assessment is printed, with ``--json`` as the assessment object plus ``questions_asked``
and ``questions`` (the ids asked, in order).

Only the engine's API is used (:mod:`myotriage.engine.interview`), like the web part.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from myotriage.errors import InvalidInputError
from myotriage.jsonio import read_json_input, write_json

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["run_interview"]

BACK = object()
_EXIT_INTERRUPTED = 130


def run_interview(
    answers: str | None = None,
    as_json: bool = False,
    evidence: list[dict[str, str]] | None = None,
    suggested: list[str] | None = None,
) -> None:
    """Run the interview: simulated from ``answers`` (a case file), or asked in the terminal.

    ``evidence``: what the person's story already said (``interview --text``); ``suggested``:
    red flags it may say, asked first (engine.text.reader)."""
    if answers is not None:
        _run_simulated(answers, as_json)
        return
    if as_json:
        raise InvalidInputError("--json", "only works together with --answers CASE.json")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InvalidInputError(
            "interview",
            "the interactive interview needs a terminal; use --answers CASE.json to answer"
            " from a file",
        )
    try:
        _run_interactive(evidence, suggested)
    except (KeyboardInterrupt, EOFError):
        sys.stderr.write("\nInterview stopped. Nothing was saved.\n")
        raise SystemExit(_EXIT_INTERRUPTED) from None


# ----------------------------------------------------------------------- simulated


def _run_simulated(source: str, as_json: bool) -> None:
    from myotriage.engine.case import parse_case
    from myotriage.engine.interview import simulate_interview
    from myotriage.knowledge.loader import load_knowledge

    data = read_json_input(source)
    kb = load_knowledge()
    case = parse_case(data, kb)
    step, questions = simulate_interview(case)
    result = dict(step["assessment"])
    result["id"] = case.id
    result["questions_asked"] = len(questions)
    result["questions"] = questions
    result["not_asked"] = step["not_asked"]
    if as_json:
        write_json(result)
        return
    from rich.text import Text

    from myotriage.console import make_console, render_assessment

    console = make_console()
    console.print(render_assessment(result, kb))
    asked = Text(f"Questions asked ({len(questions)}): ", style="heading")
    asked.append(", ".join(questions))
    console.print(asked)


# ----------------------------------------------------------------------- interactive


def _run_interactive(
    evidence: list[dict[str, str]] | None = None, suggested: list[str] | None = None
) -> None:
    from rich.text import Text

    from myotriage.console import make_console, render_assessment
    from myotriage.engine.interview import answer_question, go_back, start_interview
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    console = make_console()
    console.print(Text("myotriage interview", style="heading"))
    console.print(
        "A few questions about your spasm or twitch; the most urgent ones come first."
        " Use the arrow keys, space to tick, enter to confirm. Ctrl-C stops at any time."
    )
    console.print(Text(kb.meta.disclaimer, style="disclaimer"))
    console.print()
    step = start_interview(evidence=evidence, suggested=suggested)
    while not step["done"]:
        question = step["question"]
        can_go_back = bool(step["state"]["answers"])
        answer = _ask(console, question, step["progress"], can_go_back)
        if answer is BACK:
            step = go_back(step["state"])
            continue
        step = answer_question(step["state"], question["id"], answer)
    console.print()
    console.print(render_assessment(step["assessment"], kb))


def _ask(console: Console, question: dict[str, Any], progress: dict[str, int], back: bool) -> Any:
    """Ask one question; the answer in the API's form, or ``BACK``."""
    import questionary
    from rich.text import Text

    number = progress["asked"] + 1
    header = Text(f"Question {number} (at most {progress['max']})", style="muted")
    console.print(header)
    if question.get("help"):
        console.print(Text(question["help"], style="muted"))
    back_label = "← Go back one question"
    kind = question["kind"]
    options = question["options"]
    if kind == "number":
        unknown_label = options[0]["label"]

        def valid(text: str) -> bool | str:
            text = text.strip().lower()
            if text in ("", "?") or (back and text == "b"):
                return True
            if text.isdigit() and 0 <= int(text) <= 120:
                return True
            return "Type a number from 0 to 120, or leave it empty to skip."

        hint = f"(years; empty: {unknown_label.lower()}" + ("; b: go back)" if back else ")")
        text = questionary.text(
            question["text"], validate=valid, instruction=hint, qmark="?"
        ).unsafe_ask()
        text = text.strip().lower()
        if back and text == "b":
            return BACK
        return int(text) if text.isdigit() else "unknown"
    if kind == "multiple":
        members = [o for o in options if not o.get("exclusive")]
        specials = {o["value"]: o["label"] for o in options if o.get("exclusive")}
        suggested = set(question.get("suggested") or ())
        choices: list[Any] = [
            questionary.Choice(
                o["label"] + (" (your words may say this)" if o["value"] in suggested else ""),
                value=o["value"],
            )
            for o in members
        ]
        choices.append(questionary.Separator())
        choices.append(questionary.Choice(specials["unknown"], value="unknown"))
        if back:
            choices.append(questionary.Choice(back_label, value=BACK))

        def valid_ticks(ticked: list[Any]) -> bool | str:
            if ("unknown" in ticked or BACK in ticked) and len(ticked) > 1:
                return "Choose 'I don't know' or 'Go back' on its own."
            return True

        ticked = questionary.checkbox(
            question["text"],
            choices=choices,
            validate=valid_ticks,
            instruction=f"(space: tick, enter: confirm; nothing ticked: {specials['none']})",
        ).unsafe_ask()
        if BACK in ticked:
            return BACK
        if "unknown" in ticked:
            return "unknown"
        return list(ticked)
    # single or boolean
    select_choices: list[Any] = [questionary.Choice(o["label"], value=o["value"]) for o in options]
    if back:
        select_choices.append(questionary.Separator())
        select_choices.append(questionary.Choice(back_label, value=BACK))
    return questionary.select(
        question["text"], choices=select_choices, instruction="(arrow keys, enter)"
    ).unsafe_ask()
