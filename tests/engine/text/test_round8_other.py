"""Round 8, other findings: the wording families fresh20-22 (blind, measured unseen first, then
tuned on) showed the parser missed. A pain score told without "/10" that rates a pain named
just before it ("pain's maybe a five", "horrendous cramps, like a nine", "pain 7, worse when I
move"), with its hedge rounding the number rather than doubting the pain; energy drinks or
coffee "two or three a day"; staying up till all hours or gaming till midnight, sleep given in
"h" ("sleep only 5h"). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("pain_moderate", "how bad is it? maybe a 6, worse at night"),
    ("pain_moderate", "the pain's about a five"),
    ("pain_severe", "horrendous cramps in both feet, like a nine, then they ease"),
    ("pain_severe", "pain 8, can't put weight on it"),
    ("pain_mild", "it hurts a bit, I'd give it a 3"),
    ("pain_moderate", "cramps in my arch, maybe 4/10"),
    ("high_caffeine", "he drinks Monster energy drinks, two or three a day"),
    ("high_caffeine", "I'm on coffee, five a day at least"),
    ("poor_sleep", "she's up till all hours on her phone"),
    ("poor_sleep", "I'm on my Xbox till midnight most nights"),
    ("poor_sleep", "night shifts, sleep only 5h"),
]

GUARDS = [
    ("pain_moderate", "the cramps started after a 5 minute walk"),
    ("pain_severe", "it started when she was a 9 year old"),
    ("pain_moderate", "my calf cramps, I get a couple a week"),
    ("poor_sleep", "I sleep 8h a night and still cramp"),
    ("high_caffeine", "I take 2 tablets a day for my blood pressure"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
