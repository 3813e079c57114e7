"""Round 8e, other (non-red-flag) findings, from the false positives in fresh20-25: a new
pillow, mattress or pair of shoes that is not a new pill; a block or week of night shifts
that is not an episode at night; a physio or clinic appointment on a weekday that does not
date the start; the first days of a cycle being the worst, which is no start date either; a
spinal cord ("incomplete") injury that is not a fresh strain of the muscle; a nail or screw
through a boot or shoe, which is footwear and not a cast; asking whether a splint or brace
would help, which is not wearing one. The look-alikes that stay present: a new pill, cramps
at night in bed, a start on a weekday, a fresh injury, a leg in a boot or splint. The
sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("med_new", "the GP started a new pill last week and then the cramps began"),
    ("med_new", "new tablets from the surgery ten days ago"),
    ("trig_night", "the calf seizes up at night in bed"),
    ("trig_night", "it wakes me up in the middle of the night"),
    ("persist_days", "it started on Thursday and has not settled"),
    ("persist_days", "the twitch has been there since Friday"),
    ("strain_injury", "I injured my calf playing five-a-side on Saturday"),
    ("strain_injury", "pulled a muscle lifting the sofa"),
    ("limb_cast", "my leg has been in a boot since the fracture"),
    ("limb_cast", "her wrist is in a splint and the fingers cramp"),
]

GUARDS = [
    ("med_new", "I must have slept awkwardly on the new pillow"),
    ("med_new", "bought a new memory foam mattress and now my neck is stiff"),
    ("med_new", "since I got new trainers my arches cramp on runs"),
    ("trig_night", "second week of nights on the ward and my eyelid keeps fluttering"),
    ("trig_night", "on a block of nights at the depot, the calf cramps after a shift"),
    ("trig_night", "I work mostly nights and the hand twitches on my break"),
    ("persist_days", "my legs are always stiff, physio on Wednesday, just want a review"),
    ("persist_days", "nothing new, I have an appointment next Tuesday anyway"),
    ("persist_days", "period cramps every month, the first two days are the worst"),
    ("strain_injury", "T10 incomplete injury years ago, the legs spasm at transfers"),
    ("strain_injury", "complete injury at C5 in a diving accident, spasms most evenings"),
    ("limb_cast", "I trod on a screw and it went through my boot into my heel"),
    ("limb_cast", "a rusty nail pierced the sole of my shoe a week ago"),
    ("limb_cast", "would a night splint help with these foot cramps?"),
    ("limb_cast", "does anyone think a brace would help my wrist spasms"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
