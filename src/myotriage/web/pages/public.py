"""The public pages: home and the guide (generated from the knowledge base)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from myotriage.knowledge.wording import LEVEL_RANK, levels_most_urgent_first
from myotriage.web.deps import KnowledgeDep
from myotriage.web.pages.render import render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

#: Sections whose list comes from the knowledge data (the types, the seven differences, the
#: causes, the tests); their own short list of points would say the same thing twice.
SECTIONS_WITH_DATA = frozenset({"spasms", "twitches", "differences", "causes", "diagnosis"})


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html")


@router.get("/guide", response_class=HTMLResponse)
def guide(request: Request, kb: KnowledgeDep) -> HTMLResponse:
    """The whole guide: sections in the knowledge's order, with data woven in where it belongs."""
    families: dict[str, list[Any]] = {"spasms": [], "twitches": []}
    for t in kb.types.values():
        families["spasms" if t.family == "spasm" else "twitches"].append(t)
    # the levels that ask for a doctor today or sooner, most urgent first, from the knowledge
    red_flags: dict[str, list[Any]] = {
        level: []
        for level in levels_most_urgent_first(kb)
        if LEVEL_RANK[level] >= LEVEL_RANK["urgent"]
    }
    seen: set[str] = set()
    for rule in kb.rules.values():
        if rule.red_flag and rule.level in red_flags and rule.title not in seen:
            seen.add(rule.title)
            red_flags[rule.level].append(rule)
    return render(
        request,
        "guide.html",
        sections=list(kb.guide.values()),
        families=families,
        differences=list(kb.differences.values()),
        causes=list(kb.causes.values()),
        red_flags=red_flags,
        tests=list(kb.tests.values()),
        sections_with_data=SECTIONS_WITH_DATA,
    )


@router.get("/guide/look-alikes", response_class=HTMLResponse)
def look_alikes(request: Request, kb: KnowledgeDep) -> HTMLResponse:
    """The conditions that are not a spasm or twitch but can feel like one (type ``other`` in
    ``conditions.yaml``), most urgent first, so a person learns what not to wait out."""
    levels = levels_most_urgent_first(kb)
    by_level = [
        (level, [c for c in kb.conditions.values() if c.type == "other" and c.usual_level == level])
        for level in levels
    ]
    return render(
        request,
        "guide_look_alikes.html",
        group=kb.meta.look_alikes,
        by_level=[(level, items) for level, items in by_level if items],
    )
