"""``myotriage diary ...``: the symptom diary on the command line.

A thin layer over :class:`~myotriage.diary.service.DiaryService` and the flows that
combine the diary with the engine and the report (:mod:`myotriage.flows`, given the
packaged knowledge base): it reads options, calls them for the single local owner, and
prints. Any
:class:`~myotriage.errors.MyotriageError` becomes one line on standard error and
exit status 2, never a traceback (:class:`~myotriage.cli_errors.OneLineErrors`), and
text a user stored is printed as plain text without control characters. Only Typer,
Rich, the standard library and the small error and text modules are imported at
module level; everything else is loaded when a command runs, so the
``myotriage`` command starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from myotriage.cli_errors import OneLineErrors
from myotriage.errors import InvalidInputError
from myotriage.safetext import for_terminal

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.diary.schemas import DiaryStats
    from myotriage.diary.service import DiaryService

__all__ = ["OWNER", "app"]

OWNER = "local"
DISCLAIMER = (
    "This diary gives information and triage advice, not a diagnosis. "
    "In an emergency call your local emergency number."
)

app = typer.Typer(
    cls=OneLineErrors,
    help="Keep a symptom diary: episodes, daily context, statistics, triggers and a report.",
    no_args_is_help=True,
)


def _path(path: Path) -> str:
    """A file name as the user gave it, safe inside a Rich markup string."""
    return escape(for_terminal(str(path)))


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="MYOTRIAGE_DATABASE_URL",
            help="Database URL (default: a SQLite file in your data folder).",
            metavar="URL",
        ),
    ] = None,
) -> None:
    """Keep a symptom diary and find what goes with your episodes."""
    ctx.obj = {"db": db}


def _service(ctx: typer.Context) -> DiaryService:
    from myotriage.diary.service import DiaryService

    url = (ctx.obj or {}).get("db")
    return DiaryService(url)


def _episode_table(rows: list[Any]) -> Table:
    table = Table("id", "start", "region", "pain", "duration", "type", "triggers", "notes")
    for episode in rows:
        table.add_row(
            str(episode.id),
            episode.start.strftime("%Y-%m-%d %H:%M %z"),
            episode.location.removeprefix("loc_"),
            "" if episode.pain is None else str(episode.pain),
            "" if episode.duration_s is None else f"{episode.duration_s} s",
            episode.type or "",
            Text(for_terminal(", ".join(episode.triggers))),
            Text(
                for_terminal(episode.notes[:40] + "…" if len(episode.notes) > 40 else episode.notes)
            ),
        )
    return table


StartOpt = Annotated[
    str | None,
    typer.Option("--start", help="When it began, ISO format (e.g. 2026-03-01T07:30); default now."),
]
DurationOpt = Annotated[
    str | None, typer.Option("--duration-s", help="How long it lasted, seconds.")
]
LocationOpt = Annotated[
    str | None,
    typer.Option("--location", help="Body region: a loc_* id or its name (calf, eyelid)."),
]
PainOpt = Annotated[str | None, typer.Option("--pain", help="Pain from 0 (none) to 10 (worst).")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Type if known, e.g. skeletal_spasm.")]
TriggerOpt = Annotated[
    list[str] | None, typer.Option("--trigger", help="A trigger you noticed (repeatable).")
]
NotesOpt = Annotated[str | None, typer.Option("--notes", help="Anything else worth noting.")]


@app.command()
def add(
    ctx: typer.Context,
    start: StartOpt = None,
    duration_s: DurationOpt = None,
    location: LocationOpt = None,
    pain: PainOpt = None,
    type: TypeOpt = None,
    trigger: TriggerOpt = None,
    notes: NotesOpt = None,
    case: Annotated[
        Path | None,
        typer.Option("--case", help="A case JSON file to assess and keep with the episode."),
    ] = None,
) -> None:
    """Record an episode (asks for the details when --location is not given)."""
    if location is None:
        if not sys.stdin.isatty():
            raise InvalidInputError(
                "location", "is required (use --location, e.g. --location calf)"
            )
        location = typer.prompt("Where was it (e.g. calf, eyelid, foot)")
        start = (
            start
            or typer.prompt("When did it start (blank for now)", default="", show_default=False)
            or None
        )
        duration_s = duration_s or typer.prompt(
            "How long, in seconds (blank if unsure)", default="", show_default=False
        )
        pain = pain or typer.prompt("Pain 0-10 (blank if unsure)", default="", show_default=False)
        noticed = typer.prompt(
            "Triggers noticed, ; between them (blank if none)", default="", show_default=False
        )
        trigger = trigger or ([noticed] if noticed else None)
        notes = notes or typer.prompt("Notes (blank if none)", default="", show_default=False)
    case_obj = None
    if case is not None:
        from myotriage.jsonio import read_json_input

        case_obj = read_json_input(str(case))
    from myotriage.flows.assessment import record_episode
    from myotriage.knowledge.loader import load_knowledge

    episode = record_episode(
        _service(ctx),
        owner=OWNER,
        knowledge=load_knowledge(),
        case=case_obj,
        start=start,
        location=location,
        duration_s=duration_s,
        pain=pain,
        type=type,
        triggers=trigger,
        notes=notes,
    )
    console = _console()
    console.print(
        f"Stored episode {episode.id} ({episode.location.removeprefix('loc_')}, {episode.start:%Y-%m-%d %H:%M})."
    )
    if episode.assessment:
        console.print(
            f"Assessment: {episode.assessment.get('triage_label') or episode.assessment['triage']}"
        )
        console.print(DISCLAIMER)


@app.command("list")
def list_(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(help="Only from this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.", min=1)] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List episodes, newest first."""
    rows = _service(ctx).list_episodes(owner=OWNER, since=since, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps([r.model_dump(mode="json") for r in rows], indent=2) + "\n")
        return
    console = _console()
    if not rows:
        console.print("No episodes stored yet. Add one with: myotriage diary add --location calf")
        return
    console.print(_episode_table(rows))


@app.command()
def edit(
    ctx: typer.Context,
    episode_id: Annotated[int, typer.Argument(help="The episode's id (see list).")],
    start: StartOpt = None,
    duration_s: DurationOpt = None,
    location: LocationOpt = None,
    pain: PainOpt = None,
    type: TypeOpt = None,
    trigger: TriggerOpt = None,
    notes: NotesOpt = None,
) -> None:
    """Change an episode; give only what changes (an empty value clears it)."""
    from myotriage.diary.service import UNSET

    def given(value: Any) -> Any:
        return UNSET if value is None else value

    episode = _service(ctx).update_episode(
        owner=OWNER,
        episode_id=episode_id,
        start=given(start),
        location=given(location),
        duration_s=given(duration_s),
        pain=given(pain),
        type=given(type),
        triggers=given(trigger),
        notes=given(notes),
    )
    _console().print(_episode_table([episode]))


@app.command()
def delete(
    ctx: typer.Context,
    episode_id: Annotated[int, typer.Argument(help="The episode's id (see list).")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete one episode."""
    service = _service(ctx)
    service.get_episode(owner=OWNER, episode_id=episode_id)
    if not yes and not typer.confirm(f"Delete episode {episode_id}?"):
        raise typer.Exit(1)
    service.delete_episode(owner=OWNER, episode_id=episode_id)
    _console().print(f"Deleted episode {episode_id}.")


@app.command()
def day(
    ctx: typer.Context,
    date: Annotated[str, typer.Argument(help="The day, YYYY-MM-DD (or 'today').")],
    caffeine_mg: Annotated[
        str | None, typer.Option(help="Caffeine, mg (a mug of coffee is about 100).")
    ] = None,
    sleep_h: Annotated[str | None, typer.Option(help="Sleep the night before, hours.")] = None,
    stress: Annotated[str | None, typer.Option(help="Stress, 0-10.")] = None,
    exercise_min: Annotated[str | None, typer.Option(help="Exercise, minutes.")] = None,
    alcohol_units: Annotated[str | None, typer.Option(help="Alcohol, units.")] = None,
    water_l: Annotated[str | None, typer.Option(help="Water, litres.")] = None,
) -> None:
    """Record a day's context; only the values given change."""
    import datetime as dt

    the_day = dt.date.today().isoformat() if date == "today" else date
    given = {
        "caffeine_mg": caffeine_mg,
        "sleep_h": sleep_h,
        "stress": stress,
        "exercise_min": exercise_min,
        "alcohol_units": alcohol_units,
        "water_l": water_l,
    }
    values = {k: v for k, v in given.items() if v is not None}
    stored = _service(ctx).set_day(owner=OWNER, day=the_day, **values)
    shown = ", ".join(
        f"{k} {v:g}" for k, v in stored.model_dump().items() if k != "day" and v is not None
    )
    _console().print(f"{stored.day}: {shown or 'nothing recorded'}")


@app.command("import-episodes")
def import_episodes(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(help="CSV: start, duration_s, location, pain, type, triggers, notes.")
    ],
) -> None:
    """Import episodes from a CSV file: all rows, or none if any row is bad."""
    result = _service(ctx).import_episodes_csv(owner=OWNER, source=file)
    _console().print(
        f"Imported {result.rows} episodes from {_path(file)} in {result.seconds:.1f} s."
        + (f" {result.skipped} already in your diary (skipped)." if result.skipped else "")
    )


@app.command("import-days")
def import_days(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="CSV: date, caffeine_mg, sleep_h, stress, exercise_min, alcohol_units, water_l."
        ),
    ],
) -> None:
    """Import daily context from a CSV file: all rows, or none if any row is bad."""
    result = _service(ctx).import_days_csv(owner=OWNER, source=file)
    _console().print(f"Imported {result.rows} days from {_path(file)}.")


@app.command()
def export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", help="csv, days-csv, json or fhir.")] = "json",
    out: Annotated[
        Path | None, typer.Option("--out", help="Write to this file (default: print).")
    ] = None,
) -> None:
    """Export the diary (csv and days-csv can be imported again)."""
    from myotriage.flows.report import export as export_diary
    from myotriage.knowledge.loader import load_knowledge

    text = export_diary(_service(ctx), owner=OWNER, format=format, knowledge=load_knowledge())
    if out is None:
        if sys.stdout.isatty():  # data for a pipe or file stays exact; a terminal gets no escapes
            text = "\n".join(for_terminal(line) for line in text.split("\n"))
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        out.write_text(text, encoding="utf-8")
        _console().print(f"Wrote {_path(out)}.")


@app.command()
def erase(
    ctx: typer.Context,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete every episode and day you stored (asks first)."""
    service = _service(ctx)
    if not yes:
        count = service.count_episodes(owner=OWNER)
        if not typer.confirm(
            f"Erase all {count} episodes and every recorded day? This cannot be undone"
        ):
            _console().print("Nothing erased.")
            raise typer.Exit(1)
    gone = service.erase(owner=OWNER)
    _console().print(f"Erased {gone['episodes']} episodes and {gone['days']} days.")


def _print_stats(stats: DiaryStats) -> None:
    console = _console()
    if stats.episodes == 0 and stats.context_days == 0:
        console.print("The diary is empty.")
        return
    console.print(
        f"{stats.episodes} episodes on {stats.days_with_episodes} of {stats.days_covered} days "
        f"({stats.first_day} to {stats.last_day}); context recorded on {stats.context_days} days."
    )
    window = stats.frequent_persistent_window
    if window is not None:
        console.print(
            f"[bold]Frequent and persistent:[/bold] episodes on most days from {window.start} to "
            f"{window.end} ({window.days} days). Frequent, persistent episodes are a reason to book "
            "an appointment with a doctor; bring the diary report."
        )
    else:
        console.print(
            "Not frequent and persistent (no stretch of over 3 weeks with episodes on most days)."
        )
    if stats.by_location:
        regions = ", ".join(f"{k.removeprefix('loc_')} {v}" for k, v in stats.by_location.items())
        console.print(f"By body region: {regions}")
    table = Table("factor", "exposed day means", "rate ratio", "interval", "days (exp/other)", "")
    for trig in stats.triggers:
        if not trig.enough_data:
            table.add_row(
                trig.factor,
                trig.definition,
                "-",
                "not enough days",
                f"{trig.exposed_days}/{trig.other_days}",
                "",
            )
            continue
        ratio = "-" if trig.rate_ratio is None else f"{trig.rate_ratio:.2f}"
        high = "∞" if trig.ci_high is None else f"{trig.ci_high:.2f}"
        table.add_row(
            trig.factor,
            trig.definition,
            ratio,
            f"{trig.ci_low:.2f} to {high}",
            f"{trig.exposed_days}/{trig.other_days}",
            "more episodes" if trig.flagged else "",
        )
    console.print(table)
    console.print(
        "A factor marked 'more episodes' went with a higher episode rate in this diary. That is an "
        "association, not proof that it causes them. Intervals are 95% (adjusted for testing six factors)."
    )
    console.print(DISCLAIMER)


@app.command()
def stats(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    since: Annotated[str | None, typer.Option(help="Only from this date (YYYY-MM-DD).")] = None,
) -> None:
    """Statistics: counts, the frequent-and-persistent pattern, and possible triggers."""
    result = _service(ctx).stats(owner=OWNER, since=since)
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        _print_stats(result)


@app.command()
def report(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help="FILE.pdf or FILE.html")],
    since: Annotated[str | None, typer.Option(help="Only from this date (YYYY-MM-DD).")] = None,
    name: Annotated[str | None, typer.Option(help="Your name, printed on the report.")] = None,
) -> None:
    """Write a report for your doctor (PDF or HTML, by the file's extension)."""
    from myotriage.flows.report import report_html, report_pdf
    from myotriage.knowledge.loader import load_knowledge

    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise InvalidInputError("out", f"expected a file ending in .pdf or .html, got {out.name!r}")
    service, kb = _service(ctx), load_knowledge()
    if suffix == ".pdf":
        out.write_bytes(report_pdf(service, owner=OWNER, knowledge=kb, since=since, name=name))
    else:
        text = report_html(service, owner=OWNER, knowledge=kb, since=since, name=name)
        out.write_text(text, encoding="utf-8")
    _console().print(f"Wrote {_path(out)}.")
