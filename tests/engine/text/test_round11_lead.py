"""Round 11, what words deny and what only follows from them. Words that name a sign and
deny it ("no swelling") state it absent. Words that do not name it but from which its
absence follows are reported as implied (``follows`` on a lexicon denial): "no meds" (no
statin, no water tablet ...), a weekday that dates the start (not within the last day), "no
headache" (no sudden pounding headache), "stretching it helps" (stretching does not hurt),
"paracetamol takes the edge off" (not unrelieved), "both calves look the same" (no change in
the muscle's look). The engine and the interview take both; a finding the story names
elsewhere wins over what only follows. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text

IMPLIED_ABSENT = [
    ("no regular meds, calf cramps at night", "med_statin"),
    ("I'm not on any medication and my feet cramp", "med_diuretic"),
    ("my back went into spasm on tuesday", "persist_hours"),
    ("neck locked since saturday", "persist_hours"),
    ("legs jumping at night, no headache or flushing", "pounding_headache"),
    ("my head feels fine, just the leg spasms", "pounding_headache"),
    ("when I pull my toes up the cramp eases", "pain_passive_stretch"),
    ("the cramp is bad but ibuprofen takes the edge off", "severe_unrelieved"),
    ("both calves look the same, they just twitch", "appearance_change"),
]

STATED_ABSENT = [
    ("my calf cramps at night, no swelling", "calf_swelling"),
    ("eyelid twitch, my pee looks normal", "dark_urine"),
    ("back spasm, breathing is fine", "breathing_difficulty"),
]


@pytest.mark.parametrize(("text", "finding"), IMPLIED_ABSENT)
def test_what_follows_is_implied_not_stated(text: str, finding: str) -> None:
    parsed = parse_text(text)
    assert finding not in {f.id for f in parsed.stated}, parsed.to_dict()
    implied = {f.id: f.choice for f in parsed.findings if f.implied}
    assert implied.get(finding) == "absent", parsed.to_dict()
    assert {"id": finding, "choice": "absent"} in parsed.evidence()
    assert finding in {f["id"] for f in parsed.to_dict()["implied"]}


@pytest.mark.parametrize(("text", "finding"), STATED_ABSENT)
def test_a_sign_named_and_denied_is_stated(text: str, finding: str) -> None:
    assert {f.id: f.choice for f in parse_text(text).stated}.get(finding) == "absent"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I take simvastatin, no other meds", "med_statin"),
        ("on the pill, no other medication", "med_hormonal"),
        ("it started an hour ago, we got back on sunday", "persist_hours"),
    ],
)
def test_a_finding_named_wins_over_what_only_follows(text: str, finding: str) -> None:
    stated = {f.id: f.choice for f in parse_text(text).stated}
    assert stated.get(finding) == "present", stated


@pytest.mark.parametrize(
    ("text", "visible_none"),
    [
        ("eyelid twitching, i can see it in the mirror but my husband cant see anything", None),
        ("my calf twitches, i can see them but nobody else can see them", None),
        ("my eyelid twitches but you cant see anything in the mirror", "present"),
    ],
)
def test_what_the_writer_sees_wins_over_what_others_cannot(
    text: str, visible_none: str | None
) -> None:
    assert {f.id: f.choice for f in parse_text(text).stated}.get("visible_none") == visible_none
