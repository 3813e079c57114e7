"""The result page as a first-time user reads it (found in the review of issue "review").

An emergency result has one banner (not a red call-now block and a second "How urgent"
box), nothing in it that is less urgent than the banner, no "get help if one appears"
list and no invitation to start a diary. The engine's own words ("other", "Unclear")
never reach the page.
"""

from __future__ import annotations

import re
from typing import Any

from myotriage.engine.assessment import assess
from myotriage.engine.case import parse_case
from myotriage.web.result_view import boxed_now, result_view

TETANUS = {
    "id": "review-tetanus",
    "age": 70,
    "sex": "male",
    "evidence": [
        {"id": "wound_jaw_stiffness", "choice": "present"},
        {"id": "wound_recent", "choice": "present"},
    ],
}
CLOT = {
    "id": "review-clot",
    "age": 44,
    "sex": "male",
    "evidence": [
        {"id": "loc_calf", "choice": "present"},
        {"id": "calf_swelling", "choice": "present"},
        {"id": "side_one", "choice": "present"},
        {"id": "immobility", "choice": "present"},
    ],
}


def _render(client: Any, a: dict[str, Any]) -> str:
    ctx = client.app.state.ctx
    template = ctx.templates.env.get_template("result.html")
    return str(
        template.render(
            request=None, user=None, csrf="x", a=a, view=result_view(ctx, a), state="", last=1
        )
    )


def _with_condition_now_advice(a: dict[str, Any], client: Any) -> dict[str, Any]:
    """``a`` plus the "now" text of a less urgent condition, as the engine adds it when
    that condition leads (seen with a stiff jaw after a wound at 70: low salts led)."""
    kb = client.app.state.ctx.knowledge
    entry = kb.advice["now_electrolytes"]
    extra = {"id": entry.id, "kind": "now", "text": entry.text, "because": []}
    return {**a, "advice": [*a["advice"], extra]}


def test_an_emergency_has_one_banner(client: Any) -> None:
    a = assess(parse_case(TETANUS)).to_dict()
    assert a["triage"] == "emergency"
    page = _render(client, a)
    assert page.count('class="triage-box') == 1
    assert page.count("<h1") == 1
    assert page.count('role="alert"') == 1
    banner = page[page.index('class="triage-box') : page.index("</section>")]
    assert a["triage_label"] in banner and 'href="tel:999"' in banner
    # the emergency sign is told once, in the banner, not again under "Why this level"
    assert page.count("Stiff or locked jaw after a wound") == 1
    assert "Why this level" not in page
    # the less urgent sign that also fired is still said, below the banner
    assert "A risky wound and tetanus protection not up to date" in page
    # "get help if one appears" would contradict "get help now"; a diary is not the next step
    assert "Warning signs to watch for" not in page
    assert "Create a diary" not in page
    assert page.index(a["triage_label"]) < page.index("What it most likely is")


def test_a_less_urgent_now_text_stays_out_of_the_emergency_banner(client: Any) -> None:
    kb = client.app.state.ctx.knowledge
    a = _with_condition_now_advice(assess(parse_case(TETANUS)).to_dict(), client)
    boxed = [item["id"] for item in boxed_now(a, kb)]
    assert "now_emergency" in boxed and "now_electrolytes" not in boxed
    page = _render(client, a)
    banner = page[page.index('class="triage-box') : page.index("</section>")]
    assert "blood salts are low" not in banner
    assert "blood salts are low" in page  # still shown, with the other advice


def test_an_urgent_box_keeps_its_conditions_now_texts(client: Any) -> None:
    a = assess(parse_case(CLOT)).to_dict()
    assert a["triage"] == "urgent"
    ids = [item["id"] for item in boxed_now(a, client.app.state.ctx.knowledge)]
    assert ids == [item["id"] for item in a["advice"] if item["kind"] == "now"]
    page = _render(client, a)
    assert page.count('class="triage-box') == 1
    assert "Warning signs to watch for" in page or not a["not_ruled_out"]
    assert "Create a diary" in page


def test_the_engines_words_do_not_reach_the_page(client: Any) -> None:
    for case in (TETANUS, CLOT):
        a = assess(parse_case(case)).to_dict()
        assert "other" in a["probabilities"]["types"]
        page = _render(client, a)
        labels = re.findall(r'<span class="bar-label">([^<]*)</span>', page)
        assert "other" not in labels
        assert "Something else (not a spasm or twitch)" in labels
        assert "What fits Unclear" not in page
        if a["type"] == "unclear":
            assert "What we went by" in page
