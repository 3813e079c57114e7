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

from myotriage.knowledge.wording import (
    LEVEL_RANK,
    group_name,
    level_label,
    levels_most_urgent_first,
    lower_first,
    reason_sentence,
)
from myotriage.plain_numbers import probability_label
from myotriage.safetext import for_terminal

if TYPE_CHECKING:
    from myotriage.knowledge.loader import Knowledge

__all__ = [
    "THEME",
    "make_console",
    "render_assessment",
    "render_conditions",
    "render_findings",
    "render_guide",
    "render_knowledge",
    "render_look_alikes",
]

THEME = Theme(
    {
        "triage.emergency": "bold white on red",
        "triage.urgent": "bold black on dark_orange",
        "triage.consult": "bold black on yellow",
        "triage.self_care": "bold black on green",
        "level.emergency": "bold red",
        "level.urgent": "bold dark_orange",
        "level.consult": "yellow",
        "level.self_care": "green",
        "summary": "bold",
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
    """The human report for one assessment (as produced by ``Assessment.to_dict``).

    In order: the triage banner (the only banner, with the warning signs that set it), the
    one-sentence summary, the leading conditions with rounded probabilities, the more urgent
    conditions not ruled out, the kind of contraction, the answers for and against, why this
    level, advice, tests and the disclaimer. A section with nothing to say is left out.
    """
    sections: list[list[RenderableType]] = [
        [_banner(result), Text(result["summary"], style="summary")],
        _conditions_section(result),
        _not_ruled_out_section(result),
        _type_section(result, kb),
        _reasons_section(result, kb),
        _level_section(result, kb),
    ]
    if result["not_ruled_out"]:
        nro = Text("Warning signs not asked about or not known: ", style="heading")
        nro.append("; ".join(item["question"] for item in result["not_ruled_out"][:8]))
        sections.append([nro])
    if result["causes"]:
        causes = Text("Possible contributing causes: ", style="heading")
        causes.append("; ".join(c["name"] for c in result["causes"]))
        sections.append([causes])
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
        sections.append([advice])
    if result["tests"]:
        tests = Text("Tests a doctor may consider: ", style="heading")
        tests.append(", ".join(t["name"] for t in result["tests"]))
        sections.append([tests])
    sections.append(
        [
            Text(result["disclaimer"], style="disclaimer"),
            Text(f"knowledge base {result['knowledge_version']}", style="muted"),
        ]
    )
    parts: list[RenderableType] = []
    for section in sections:
        if section:
            parts += [*(([Text("")]) if parts else []), *section]
    return Group(*parts)


def _level_section(result: dict[str, Any], kb: Knowledge) -> list[RenderableType]:
    """Every rule (and the conditions) behind the level."""
    fired = result["rules_fired"]
    if not fired:
        return []
    table = Table(title="Why this level", title_justify="left", show_lines=False, expand=True)
    table.add_column("Level")
    table.add_column("Reason")
    for f in fired:
        table.add_row(
            Text(level_label(kb, f["level"]), style=f"level.{f['level']}"),
            f"{f['title']}. {f['explanation']}",
        )
    return [table]


def _banner(result: dict[str, Any]) -> Panel:
    """The triage level first, with the warning signs that set it inside the same box."""
    level = result["triage"]
    body: list[RenderableType] = [
        Text(f" {result['triage_label'].upper()} ", style=f"triage.{level}"),
        Text(result["triage_meaning"]),
    ]
    for flag in result["red_flags"]:
        if LEVEL_RANK.get(flag["level"], 0) >= LEVEL_RANK["urgent"]:
            line = Text("▶ ", style=f"level.{flag['level']}")
            line.append(flag["title"], style="bold")
            line.append(f": {flag['action']}")
            body.append(line)
    # the case id is the user's text: plain Text (never markup) without control characters
    title = Text(f"Assessment {for_terminal(result['id'])}" if result.get("id") else "Assessment")
    return Panel(Group(*body), title=title, border_style=f"level.{level}")


def _conditions_section(result: dict[str, Any]) -> list[RenderableType]:
    """The leading conditions with their probabilities, then the others shown, briefly."""
    shown = result["conditions"]
    leading = [c for c in shown if c["leading"]] or shown[:1]
    if not leading:
        return []
    table = Table(
        title="What it may be", title_justify="left", expand=True, show_header=False, box=None
    )
    table.add_column("condition", ratio=3)
    table.add_column("bar", no_wrap=True)
    table.add_column("p", justify="right", no_wrap=True)
    for c in leading:
        table.add_row(Text(c["name"], style="bold"), _bar(c["probability"], 12), _p(c))
        table.add_row(Text(c["what_to_do"], style="muted"), "", "")
    out: list[RenderableType] = [table]
    others = [c for c in shown if c not in leading and c["probability"] >= 0.01]
    if others:
        also = Text("Also possible: ", style="heading")
        also.append("; ".join(f"{c['name']} ({_p(c)})" for c in others))
        out.append(also)
    return out


def _not_ruled_out_section(result: dict[str, Any]) -> list[RenderableType]:
    """More urgent conditions that stay possible: named so that nobody talks them away."""
    watch = result["conditions_not_ruled_out"]
    if not watch:
        return []
    text = Text("Not ruled out, and more urgent: ", style="heading")
    text.append(
        "; ".join(f"{c['name']} ({probability_label(c['probability'])})" for c in watch[:5])
    )
    return [text]


def _type_section(result: dict[str, Any], kb: Knowledge) -> list[RenderableType]:
    """Which kind of contraction it looks like, and how the probability is spread."""
    if result["type"] in kb.types:
        t = kb.types[result["type"]]
        what = Text("Kind of contraction: ", style="heading")
        what.append(f"{t.name} ({result['category']}), {result['confidence']} confidence. ")
        what.append(t.summary)
        if result["uncertainty"]:
            what.append(" " + result["uncertainty"], style="muted")
    else:
        what = Text("Kind of contraction: not clear. ", style="heading")
        what.append(
            result["uncertainty"]
            or "The answers do not point clearly to one kind of spasm or twitch."
        )
    probs = Table.grid(padding=(0, 1))
    for group, p in sorted(result["probabilities"]["types"].items(), key=lambda kv: -kv[1]):
        probs.add_row(group_name(kb, group), _bar(p), f"{probability_label(p):>5}")
    return [what, probs]


def _reasons_section(result: dict[str, Any], kb: Knowledge) -> list[RenderableType]:
    """The answers that made the most probable condition more or less likely, in plain words."""
    shown = result["conditions"]
    if not shown:
        return []
    top = shown[0]
    out: list[RenderableType] = []
    for key, heading, style in (
        ("for", f"What fits {lower_first(top['name'])}", "finding.for"),
        ("against", "What fits it less well", "finding.against"),
    ):
        items = top.get(key) or []
        if not items:
            continue
        out.append(Text(heading, style="heading"))
        for item in items:
            out.append(
                Text("  " + reason_sentence(kb, item["finding"], item["choice"]), style=style)
            )
    return out


def _p(condition: dict[str, Any]) -> str:
    return probability_label(condition["probability"])


def render_conditions(kb: Knowledge) -> RenderableType:
    """Every condition of the knowledge base: its type, the level it usually needs, ICD-10."""
    table = Table(title=f"Conditions ({len(kb.conditions)})", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("name")
    table.add_column("type")
    table.add_column("usual level")
    table.add_column("ICD-10", no_wrap=True)
    for c in kb.conditions.values():
        table.add_row(
            c.id,
            c.name,
            group_name(kb, c.type),
            Text(level_label(kb, c.usual_level), style=f"level.{c.usual_level}"),
            c.icd10.code,
        )
    return table


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
        ("conditions", kb.conditions),
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


#: The guide's page for the conditions that are not a spasm or twitch (``guide look-alikes``).
LOOK_ALIKES_PAGE = "look-alikes"


def render_look_alikes(kb: Knowledge) -> RenderableType:
    """The look-alikes (conditions of type ``other``), most urgent level first."""
    parts: list[RenderableType] = [
        Text("Look-alikes: when it is not a spasm or twitch", style="heading"),
        Text(kb.meta.look_alikes.summary),
    ]
    for level in levels_most_urgent_first(kb):
        items = [c for c in kb.conditions.values() if c.type == "other" and c.usual_level == level]
        if not items:
            continue
        parts += [Text(""), Text(level_label(kb, level), style=f"level.{level}")]
        for c in items:
            line = Text("• ")
            line.append(c.name, style="bold")
            line.append(f" ({c.icd10.code}). {' '.join(c.summary.split())}")
            parts.append(line)
    parts += [Text(""), Text(kb.meta.disclaimer, style="disclaimer")]
    return Group(*parts)


def render_guide(kb: Knowledge, type_id: str | None = None) -> RenderableType:
    """The overview guide, one type's page, or the look-alikes (``LOOK_ALIKES_PAGE``)."""
    if type_id == LOOK_ALIKES_PAGE:
        return render_look_alikes(kb)
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
