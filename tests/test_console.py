"""The terminal report, rendered at a fixed width: triage first, then what it most likely is.

Every public case (both sets) is rendered; the checks are about the layout a person reads
(order of the parts, one banner, no empty section, probabilities rounded), and the values
shown are compared with the assessment itself, never with the cases' expected values.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pytest

from myotriage.console import THEME, render_assessment, render_conditions, render_knowledge
from myotriage.engine.assessment import assess
from myotriage.plain_numbers import probability_label

WIDTH = 100
HEADINGS = (
    "What it may be",
    "What fits",
    "What fits it less well",
    "Why this level",
    "What you can do",
)


def rendered(renderable: Any) -> str:
    from rich.console import Console

    out = io.StringIO()
    console = Console(file=out, width=WIDTH, theme=THEME, color_system=None, highlight=False)
    console.print(renderable)
    return out.getvalue()


def report(case: dict[str, Any], kb: Any) -> tuple[dict[str, Any], str]:
    result = assess({k: v for k, v in case.items() if k != "expected"}, kb).to_dict()
    return result, rendered(render_assessment(result, kb))


def _all_cases(public_cases: list[Any], public_cases_v2: list[Any]) -> list[dict[str, Any]]:
    return [*public_cases, *public_cases_v2]


CLOT = {
    "id": "calf-after-flight",
    "age": 45,
    "sex": "female",
    "evidence": [
        {"id": "loc_calf", "choice": "present"},
        {"id": "calf_swelling", "choice": "present"},
        {"id": "dur_constant", "choice": "present"},
        {"id": "immobility", "choice": "present"},
    ],
}


def test_the_parts_come_in_order_triage_first(kb: Any) -> None:
    result, text = report(CLOT, kb)
    positions = [
        text.index(result["triage_label"].upper()),
        text.index(result["summary"].split(" (")[0]),
        text.index("What it may be"),
        text.index("Kind of contraction"),
        text.index(result["disclaimer"].split()[0]),
    ]
    assert positions == sorted(positions), text
    if result["advice"]:
        assert positions[3] < text.index("What you can do") < positions[4]


def test_the_leading_conditions_are_named_with_rounded_probabilities(kb: Any) -> None:
    result, text = report(CLOT, kb)
    flat = " ".join(text.split())
    leading = [c for c in result["conditions"] if c["leading"]]
    assert leading
    for c in leading:
        assert " ".join(c["name"].split()) in flat
        assert probability_label(c["probability"]) in flat
    for c in result["conditions_not_ruled_out"]:
        assert " ".join(c["name"].split()) in flat
    assert " ".join(result["summary"].split()) in flat


def test_one_emergency_banner(kb: Any) -> None:
    case = {
        "evidence": [
            {"id": "loc_calf", "choice": "present"},
            {"id": "calf_swelling", "choice": "present"},
            {"id": "breathing_difficulty", "choice": "present"},
        ]
    }
    result, text = report(case, kb)
    assert result["triage"] == "emergency"
    assert text.count(result["triage_label"].upper()) == 1
    # the warning sign that set the level is said inside the banner's box, not as a second one
    box_end = text.index("╯")
    for flag in result["red_flags"]:
        if flag["level"] == "emergency":
            assert " ".join(flag["title"].split()) in " ".join(text[:box_end].split())


def test_every_public_case_fits_the_width_and_has_no_empty_section(
    kb: Any, public_cases: list[Any], public_cases_v2: list[Any]
) -> None:
    percent = re.compile(r"(?<![\w<>])(\d+(?:\.\d+)?)%")
    for case in _all_cases(public_cases, public_cases_v2):
        result, text = report(case, kb)
        lines = [line.rstrip() for line in text.splitlines()]
        assert all(len(line) <= WIDTH for line in lines), case["id"]
        assert lines[0].lstrip().startswith("╭"), case["id"]
        assert result["triage_label"].upper() in "".join(lines[:3]), case["id"]
        for match in percent.finditer(text):
            assert "." not in match.group(1) and 1 <= int(match.group(1)) <= 99, case["id"]
        content = [line.strip(" │") for line in lines if line.strip(" │")]
        for i, line in enumerate(content):
            if line in HEADINGS or line.startswith("What fits "):
                assert i + 1 < len(content), (case["id"], line)
                following = content[i + 1]
                assert following not in HEADINGS and not following.startswith("What fits "), (
                    case["id"],
                    line,
                )
        assert ("What you can do" in text) == bool(result["advice"]), case["id"]
        assert ("Not ruled out" in text) == bool(result["conditions_not_ruled_out"]), case["id"]


def test_reasons_are_plain_sentences_not_ids(kb: Any) -> None:
    result, text = report(CLOT, kb)
    top = result["conditions"][0]
    assert top["for"], "the example should have reasons for its leading condition"
    for item in top["for"]:
        assert item["finding"] not in text
    assert "You said yes:" in text


def test_conditions_table_lists_every_condition(kb: Any) -> None:
    text = rendered(render_conditions(kb))
    assert f"Conditions ({len(kb.conditions)})" in text
    for c in kb.conditions.values():
        assert c.id in text and c.icd10.code in text


@pytest.mark.parametrize("part", ["conditions", "findings", "triage rules"])
def test_knowledge_shows_counts(kb: Any, part: str) -> None:
    text = rendered(render_knowledge(kb))
    counts = {"conditions": kb.conditions, "findings": kb.findings, "triage rules": kb.rules}
    assert re.search(rf"{part}\s+│?\s*{len(counts[part])}\b", text), text


def test_guide_look_alikes_lists_every_look_alike_most_urgent_first(kb: Any) -> None:
    from myotriage.console import LOOK_ALIKES_PAGE, render_guide

    text = " ".join(rendered(render_guide(kb, LOOK_ALIKES_PAGE)).split())
    others = [c for c in kb.conditions.values() if c.type == "other"]
    for c in others:
        assert f"{' '.join(c.name.split())} ({c.icd10.code})" in text, c.id
    labels = [kb.meta.triage_levels[level].label for level in ("emergency", "urgent", "consult")]
    positions = [text.index(label) for label in labels if label in text]
    assert positions == sorted(positions) and len(positions) >= 2
