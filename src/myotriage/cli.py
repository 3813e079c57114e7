"""The ``myotriage`` command line: a thin layer over the engine, the interview and the diary.

Every error the project raises on purpose derives from ``MyotriageError``; the app's
Click group (:class:`~myotriage.cli_errors.OneLineErrors`) catches that root, prints one
line to stderr and exits with status 2, so a user never sees a traceback for bad input. Heavy modules are imported inside the commands.
"""

from __future__ import annotations

from typing import Annotated

import typer

from myotriage import __version__
from myotriage.cli_errors import OneLineErrors
from myotriage.diary_cli import app as diary_app
from myotriage.errors import InvalidInputError
from myotriage.jsonio import read_json_input, write_json, write_json_array
from myotriage.knowledge.taxonomy import TYPE_IDS

__all__ = ["app", "run"]

#: Cases assessed and written at a time by ``assess --json`` on a list.
_BATCH = 2048

app = typer.Typer(
    cls=OneLineErrors,
    name="myotriage",
    help=(
        "Tell a muscle spasm from a muscle twitch and say how urgently to see a doctor.\n\n"
        "Information and triage advice only, not a diagnosis."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(diary_app, name="diary")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"myotriage {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """myotriage: muscle spasm or twitch, and how urgent is it?"""


@app.command()
def assess(
    source: Annotated[
        str | None,
        typer.Argument(help="A case or a JSON list of cases: a file, or - for stdin."),
    ] = None,
    text: Annotated[
        str | None,
        typer.Option("--text", help="Assess a story in your own words instead (- for stdin)."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the assessment object(s) as JSON.")
    ] = False,
    width: Annotated[
        int | None, typer.Option(help="Width of the human report.", hidden=True)
    ] = None,
) -> None:
    """Assess one case, or a list of cases, in the format of the spec (or a story: --text)."""
    if text is not None:
        if source is not None:
            raise InvalidInputError("--text", "give a case file or --text, not both")
        from myotriage.text_cli import run_assess_text

        run_assess_text(text, as_json, width)
        return
    if source is None:
        raise InvalidInputError("SOURCE", "missing: give a case file, - for stdin, or --text")
    from myotriage.engine.assessment import assess as assess_case
    from myotriage.engine.assessment import assess_many
    from myotriage.engine.batch import gc_paused
    from myotriage.engine.case import parse_case
    from myotriage.knowledge.loader import load_knowledge

    data = read_json_input(source)
    kb = load_knowledge()
    if isinstance(data, list) and as_json:
        # Every case is checked before anything is written, then the results are made and
        # written a batch at a time: the output starts early and memory stays flat.
        cases = [parse_case(case, kb, where=f"[{index}].") for index, case in enumerate(data)]
        del data
        with gc_paused():
            write_json_array(
                [a.to_dict() for a in assess_many(cases[start : start + _BATCH], kb)]
                for start in range(0, len(cases), _BATCH)
            )
        return
    if isinstance(data, list):
        results = [a.to_dict() for a in assess_many(data, kb)]
    else:
        results = [assess_case(parse_case(data, kb), kb).to_dict()]
    if as_json:
        write_json(results[0])
        return
    from myotriage.console import make_console, render_assessment

    console = make_console(width=width)
    for result in results:
        console.print(render_assessment(result, kb))
        console.print()


@app.command()
def findings(
    as_json: Annotated[bool, typer.Option("--json", help="Print the vocabulary as JSON.")] = False,
) -> None:
    """List every finding a case may use."""
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    if as_json:
        from myotriage.knowledge.summary import findings_table

        write_json(findings_table(kb))
        return
    from myotriage.console import make_console, render_findings

    make_console().print(render_findings(kb))


@app.command()
def conditions(
    as_json: Annotated[bool, typer.Option("--json", help="Print the conditions as JSON.")] = False,
) -> None:
    """List every condition the engine weighs: type, usual level and ICD-10-CM code."""
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    if as_json:
        from myotriage.knowledge.summary import conditions_table

        write_json(conditions_table(kb))
        return
    from myotriage.console import make_console, render_conditions

    make_console().print(render_conditions(kb))


@app.command()
def knowledge(
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Show the knowledge base's version and what it holds."""
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    if as_json:
        from myotriage.knowledge.summary import knowledge_summary

        write_json(knowledge_summary(kb))
        return
    from myotriage.console import make_console, render_knowledge

    make_console().print(render_knowledge(kb))


@app.command()
def guide(
    type_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[TYPE]",
            help=f"One of: {', '.join(TYPE_IDS)}, or look-alikes. Omit for the overview.",
        ),
    ] = None,
) -> None:
    """Read the guide: the overview, one type of spasm or twitch, or the look-alikes."""
    from myotriage.console import LOOK_ALIKES_PAGE, make_console, render_guide
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    if type_id is not None and type_id not in kb.types and type_id != LOOK_ALIKES_PAGE:
        choices = ", ".join([*kb.types, LOOK_ALIKES_PAGE])
        raise InvalidInputError("TYPE", f"expected one of {choices}, got {type_id!r}")

    make_console().print(render_guide(kb, type_id))


@app.command()
def interview(
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers", help="Answer every question from this case file instead of asking."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="With --answers: print JSON.")] = False,
    text: Annotated[
        str | None,
        typer.Option("--text", help="Start from a story in your own words (- for stdin)."),
    ] = None,
) -> None:
    """Answer a few questions, red flags first, and get an assessment."""
    if text is not None:
        from myotriage.text_cli import run_interview_text

        run_interview_text(text, answers, as_json)
        return
    from myotriage.interview_cli import run_interview

    run_interview(answers=answers, as_json=as_json)


@app.command()
def parse(
    text: Annotated[str, typer.Argument(help="Your story in your own words, or - for stdin.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the findings as JSON (the API's shape).")
    ] = False,
    suggest: Annotated[
        bool,
        typer.Option(
            "--suggest",
            help="Also list red flags the words may state that were not read (a small"
            " model, myotriage[reader]; to be confirmed).",
        ),
    ] = False,
) -> None:
    """Read a story in your own words and show the findings it states."""
    from myotriage.text_cli import run_parse

    run_parse(text, as_json, suggest)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option(help="Worker processes (each one has its own pool).", min=1, max=64)
    ] = 1,
    graceful_timeout: Annotated[
        int,
        typer.Option(help="Seconds a stopping worker waits for requests in flight.", min=0),
    ] = 20,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            help="Addresses or networks of the reverse proxies whose X-Forwarded-For is"
            " believed (comma-separated; default MYOTRIAGE_TRUSTED_PROXIES, else none)."
        ),
    ] = None,
) -> None:
    """Start the web app and the HTTP API (the database is upgraded first, once)."""
    from myotriage.web.server import serve as serve_app

    serve_app(
        host=host,
        port=port,
        workers=workers,
        graceful_timeout=graceful_timeout,
        forwarded_allow_ips=forwarded_allow_ips,
    )


@diary_app.command("reassess")
def diary_reassess(
    ctx: typer.Context,
    processes: Annotated[
        int, typer.Option(help="Processes assessing in parallel (default: one per core).", min=1)
    ] = 0,
    batch_size: Annotated[
        int, typer.Option(help="Stored cases read and assessed at a time.", min=1, max=100_000)
    ] = 500,
    owner: Annotated[
        str | None, typer.Option(help="Only this diary (e.g. user:12); default: every diary.")
    ] = None,
    include_current: Annotated[
        bool, typer.Option("--all", help="Also cases the current knowledge already assessed.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Re-assess stored cases with the current knowledge; list those whose level went up."""
    import os

    from myotriage.diary.db import create_diary_engine
    from myotriage.flows.reassess import reassess_diaries
    from myotriage.knowledge.loader import load_knowledge

    url = (ctx.obj or {}).get("db")
    if not url:
        from myotriage.config import get_settings

        url = get_settings().resolved_database_url
    engine = create_diary_engine(url, pool_size=1)
    try:
        summary = reassess_diaries(
            engine,
            load_knowledge(),
            processes=processes or os.cpu_count() or 1,
            batch_size=batch_size,
            owner=owner,
            include_current=include_current,
        )
    finally:
        engine.dispose()
    if as_json:
        write_json(summary.to_dict())
        return
    typer.echo(
        f"Re-assessed {summary.checked:,} stored cases with knowledge {summary.knowledge_version}: "
        f"{len(summary.raised):,} more urgent now, {summary.same:,} the same, "
        f"{summary.lowered:,} less urgent, {summary.unreadable:,} no longer valid cases."
    )
    for raised in summary.raised:
        typer.echo(
            f"  episode {raised.ref}  {raised.owner}  {raised.start:%Y-%m-%d}  "
            f"{raised.before} -> {raised.after}  (assessed with {raised.knowledge_before or '?'})"
        )


db_app = typer.Typer(
    help="The database: upgrade its tables, or show their revisions.", no_args_is_help=True
)
app.add_typer(db_app, name="db")


def _print_status(status: dict[str, dict[str, str | None]]) -> None:
    for name, revisions in status.items():
        state = str(revisions["state"])
        shown = {"behind": "BEHIND", "newer": "from a newer release"}.get(state, state)
        current = revisions["current"] or "empty"
        typer.echo(f"{name}: {current} (this release: {revisions['head']}, {shown})")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or upgrade every table to the newest revision (safe to run from many places)."""
    from myotriage.config import get_settings
    from myotriage.web.server import migrate_once

    _print_status(migrate_once(get_settings().resolved_database_url))


@db_app.command("status")
def db_status() -> None:
    """Show each table group's revision; exit 1 when one is behind this version."""
    from myotriage.config import get_settings
    from myotriage.diary.db import create_diary_engine
    from myotriage.web.db import schema_status

    engine = create_diary_engine(get_settings().resolved_database_url, pool_size=1)
    try:
        status = schema_status(engine)
    finally:
        engine.dispose()
    _print_status(status)
    if any(r["state"] == "behind" for r in status.values()):
        raise typer.Exit(1)


def run() -> None:
    """Entry point; errors become one line on stderr (see :mod:`myotriage.cli_errors`)."""
    app()
