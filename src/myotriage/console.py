"""Rich rendering of assessments, the vocabulary and the guide for the terminal.

Styles have semantic names in one theme (``triage.emergency`` …) so the look can change
in one place; rendering is tested at a fixed width. The triage banner always comes
first, and every report ends with the disclaimer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from myotriage.plain_numbers import probability_label
from myotriage.safetext import for_terminal

if TYPE_CHECKING:
    from myotriage.knowledge.loader import Knowledge

__all__ = [
    "THEME",
    "make_console",
    "render_assessment",
    "render_findings",
    "render_guide",
    "render_knowledge",
]

THEME = Theme(
    {
        "triage.emergency": "bold white on red",
        "triage.urgent": "bold black on dark_orange",
        "triage.consult": "bold black on yellow",
        "triage.self_care": "bold black on green",
        "heading": "bold cyan",
        "muted": "dim",
        "finding.for": "green",
        "finding.against": "red",
        "disclaimer": "italic dim",
    }
)


def make_console(*, stderr: bool = False, width: int | None = None) -> Console:
    """A console with the project's theme."""
    return Console(theme=THEME, stderr=stderr, width=width, highlight=False)


def _bar(p: float, width: int = 20) -> str:
    filled = round(p * width)
    return "█" * filled + "·" * (width - filled)


def render_assessment(result: dict[str, Any], kb: Knowledge) -> RenderableType:
    """The human report for one assessment (as produced by ``Assessment.to_dict``)."""
    parts: list[RenderableType] = []
    level = result["triage"]
    banner = Text(f" {result['triage_label'].upper()} ", style=f"triage.{level}")
    banner_body = Group(banner, Text(result["triage_meaning"]))
    # the case id is the user's text: plain Text (never markup) without control characters
    title = Text(f"Assessment {for_terminal(result['id'])}" if result.get("id") else "Assessment")
    parts.append(Panel(banner_body, title=title, border_style=f"triage.{level}"))

    for flag in result["red_flags"]:
        if flag["level"] in ("emergency", "urgent"):
            parts.append(
                Text(f"▶ {flag['title']}: {flag['action']}", style=f"triage.{flag['level']}")
            )

    what = Text("What it most likely is: ", style="heading")
    what.append(result["summary"])
    if result["uncertainty"]:
        what.append(" " + result["uncertainty"], style="muted")
    parts.append(what)

    probs = Table.grid(padding=(0, 1))
    for c in result["conditions"]:
        probs.add_row(
            c["name"], _bar(c["probability"]), f"{probability_label(c['probability']):>5}"
        )
    parts.append(probs)
    if result["type"] != "unclear":
        t = kb.types[result["type"]]
        kind = Text("Kind of contraction: ", style="heading")
        kind.append(f"{t.name} ({result['category']}). {t.summary}")
        parts.append(kind)

    findings = kb.findings
    reasons = [r for r in result["explanation"]["findings"] if abs(r["weight"]) >= 0.3][:6]
    if reasons:
        why = Text("Why: ", style="heading")
        for i, r in enumerate(reasons):
            label = findings[r["finding"]].meaning if r["finding"] in findings else r["finding"]
            if r["choice"] == "absent":
                label = f"not: {label}"
            style = "finding.for" if r["weight"] > 0 else "finding.against"
            why.append(("; " if i else "") + label, style=style)
        parts.append(why)

    fired = [f for f in result["rules_fired"]]
    if fired:
        table = Table(title="Why this level", title_justify="left", show_lines=False, expand=True)
        table.add_column("Level")
        table.add_column("Reason")
        for f in fired:
            table.add_row(
                Text(f["level"], style=f"triage.{f['level']}"), f"{f['title']}. {f['explanation']}"
            )
        parts.append(table)

    if result["not_ruled_out"]:
        nro = Text("Not ruled out (not asked or unknown): ", style="heading")
        nro.append("; ".join(item["question"] for item in result["not_ruled_out"][:8]))
        parts.append(nro)

    if result["causes"]:
        causes = Text("Possible contributing causes: ", style="heading")
        causes.append("; ".join(c["name"] for c in result["causes"]))
        parts.append(causes)

    if result["advice"]:
        advice = Table(
            title="What you can do", title_justify="left", expand=True, show_header=False
        )
        advice.add_column("")
        advice.add_column("")
        for a in result["advice"][:12]:
            note = (
                f" [evidence: {a['evidence']}]" if a["evidence"] not in ("none", "expert") else ""
            )
            advice.add_row("•", a["text"] + note)
        parts.append(advice)

    if result["tests"]:
        tests = Text("Tests a doctor may consider: ", style="heading")
        tests.append(", ".join(t["name"] for t in result["tests"]))
        parts.append(tests)

    parts.append(Text(result["disclaimer"], style="disclaimer"))
    parts.append(Text(f"knowledge base {result['knowledge_version']}", style="muted"))
    return Group(*parts)


def render_findings(kb: Knowledge) -> RenderableType:
    """The vocabulary as a table."""
    table = Table(title=f"Findings ({len(kb.findings)})", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("group")
    table.add_column("kind")
    table.add_column("meaning")
    for f in kb.findings.values():
        table.add_row(f.id, f.group, f.kind, f.meaning)
    return table


def render_knowledge(kb: Knowledge) -> RenderableType:
    """What the knowledge base holds, with counts."""
    table = Table(title=f"{kb.meta.name} {kb.version} ({kb.meta.released})", show_header=False)
    table.add_column("part")
    table.add_column("count", justify="right")
    table.add_column("examples")
    rows: list[tuple[str, dict[str, Any]]] = [
        ("types", kb.types),
        ("findings", kb.findings),
        ("differences", kb.differences),
        ("causes", kb.causes),
        ("triage rules", kb.rules),
        ("advice", kb.advice),
        ("tests", kb.tests),
        ("guide sections", kb.guide),
    ]
    for name, items in rows:
        table.add_row(
            name, str(len(items)), ", ".join(list(items)[:4]) + (" …" if len(items) > 4 else "")
        )
    table.add_row("sources", str(len(kb.meta.sources)), "seed guide, clinical reference S1…S87f")
    return Group(table, Text(kb.meta.description, style="muted"))


def render_guide(kb: Knowledge, type_id: str | None = None) -> RenderableType:
    """The overview guide, or one type's page."""
    parts: list[RenderableType] = []
    if type_id is not None:
        t = kb.types[type_id]
        parts.append(Text(f"{t.name} — a {t.family}", style="heading"))
        parts.append(Text(t.description))
        parts.append(Text("Typical muscles: " + ", ".join(t.typical_muscles)))
        parts.append(Text("Examples: " + "; ".join(t.examples)))
        parts.append(
            Text("ICD-10: " + ", ".join(f"{c.code} {c.label}" for c in t.icd10), style="muted")
        )
        level = kb.meta.triage_levels[t.baseline_triage]
        parts.append(Text(f"Usual advice level: {level.label}. {t.baseline_why}"))
        advice = [a for a in kb.advice.values() if type_id in a.types]
        if advice:
            parts.append(Text("What helps", style="heading"))
            for a in advice:
                parts.append(Text(f"• {a.text} (evidence: {a.evidence})"))
    else:
        for section in kb.guide.values():
            parts.append(Text(section.title, style="heading"))
            for paragraph in section.paragraphs:
                parts.append(Text(paragraph))
            for point in section.points:
                parts.append(Text(f"• {point}"))
            if section.id == "differences":
                parts.append(_differences_table(kb))
            parts.append(Text(""))
    parts.append(Text(kb.meta.disclaimer, style="disclaimer"))
    return Group(*parts)


def _differences_table(kb: Knowledge) -> Table:
    table = Table(expand=True, show_lines=True)
    table.add_column("")
    table.add_column("Spasm")
    table.add_column("Twitch")
    for d in kb.differences.values():
        table.add_row(d.aspect, d.spasm, d.twitch)
    return table
