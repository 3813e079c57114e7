"""Round 9, time and body, from the classes of wording the parser missed or over-read in
fresh29-31: a span that dates a test or a finished course ("the scan 2 years ago was clear",
"finished antibiotics 2 weeks ago") dates that, not the symptoms, and gives way to the
symptoms' own span; the word after a span counts only inside its clause ("lasts a few
seconds. walking is fine": "walking" is not the span's); an episode that began a while ago
and "won't come back", "is still rock hard", or that the person "can't turn back" is how long
this one episode has lasted (long); "started in bed 45 mins ago" is since when, not hours of
sleep; muscles "knotting up" or "cramped solid" are tight. Look-alikes: stretching or rubbing
that the cramp does "not go off" with, that someone only suggests ("says just rub it"), a
pull of the toes that hurts or that is done "without it hurting" (no relief). The sentences
are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "persist_days",
        "the ultrasound on my leg 3 years ago was normal, my calf has ached since yesterday",
    ),
    ("persist_days", "my MRI scan years ago showed nothing. the cramps started 4 days ago"),
    (
        "persist_days",
        "I finished antibiotics for a chest infection 3 wks ago. thigh sore for 2 days",
    ),
    (
        "dur_seconds",
        "my foot judders on the pedal, it doesnt hurt, lasts a few seconds. walking is fine",
    ),
    ("dur_long", "his neck twisted round about 30 min ago and it wont come back"),
    ("dur_long", "my calf cramped in bed 50 mins ago and the muscle is still rock hard"),
    (
        "dur_long",
        "around an hour ago my jaw started pulling over to the right side and i cant turn it back",
    ),
    ("tightness", "my calves keep knotting up every night"),
    ("tightness", "both quads cramped solid near the finish"),
    ("tightness", "my hamstring was knotting badly on the bike"),
]

GUARDS = [
    ("relief_stretch", "the spasms last ten minutes and do not go off when I stretch"),
    ("relief_stretch", "my husband says just rub it, but it is agony"),
    ("relief_stretch", "if he pushes my foot up or I pull my toes I nearly cry"),
    ("relief_stretch", "I can bend my knee and push my foot up without it hurting"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
