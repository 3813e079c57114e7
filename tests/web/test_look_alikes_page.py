"""The guide's look-alikes page is generated from the conditions of type ``other``."""

from __future__ import annotations

import html
from typing import Any


def test_every_look_alike_is_on_the_page_most_urgent_first(client: Any, kb: Any) -> None:
    page = client.get("/guide/look-alikes")
    assert page.status_code == 200
    text = html.unescape(page.text)
    others = [c for c in kb.conditions.values() if c.type == "other"]
    assert others
    for c in others:
        assert c.name in text, c.id
        assert " ".join(c.summary.split()) in " ".join(text.split()), c.id
        card = text.split(f'id="condition-{c.id}"', 1)[1].split("</article>", 1)[0]
        assert kb.meta.triage_levels[c.usual_level].label in card, c.id
    assert text.count('class="card look-alike"') == len(others)
    for c in kb.conditions.values():
        if c.type != "other":
            assert f'id="condition-{c.id}"' not in text, c.id
    # sections run from the most urgent level down
    ranks = {"emergency": 3, "urgent": 2, "consult": 1, "self_care": 0}
    order = [level for level in ranks if f'id="level-{level}"' in text]
    positions = [text.index(f'id="level-{level}"') for level in order]
    assert positions == sorted(positions) and len(order) >= 2


def test_the_guide_links_to_the_look_alikes(client: Any) -> None:
    assert 'href="/guide/look-alikes"' in client.get("/guide").text
