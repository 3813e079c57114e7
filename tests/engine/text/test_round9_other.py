"""Round 9, other findings, from the scope errors of carers' stories in fresh26-28: a carer
who sets themself apart ("I've got sciatica myself", "my own knees are bad", "I'm worn out",
"so I worry") speaks of their own complaints, not the patient's; a writer who says "myself"
while speaking of someone else more than of themself is a carer, even if they say "I" often;
the relative given an age ("my husband is 70", "my mum, 81") is the patient, so their past
("has had diabetes for years") is theirs. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "hx_diabetes",
        "My husband is 70 and has had diabetes for twenty years. His calves cramp every night "
        "and he cannot sleep. I've had a bad knee myself but I'm asking about him.",
    ),
    (
        "hx_heart",
        "I look after my dad, 81. He had a heart attack in 2015. Tonight his chest feels tight, "
        "he is pale and he says his left arm is heavy. I get aches in my ribs myself.",
    ),
    (
        "chest_pain",
        "I look after my neighbour, 75. He says he's had a crushing pain in his chest for half "
        "an hour, he's sweaty and his lips look blue. I get twinges in my chest myself.",
    ),
]

GUARDS = [
    (
        "hx_diabetes",
        "My wife is 60. Her legs jerk at night and she kicks me. I've got diabetes myself but "
        "I'm asking about her. She has no other illnesses.",
    ),
    (
        "poor_sleep",
        "Writing about my son, 12. He gets cramps in his calves after football, and he is "
        "fine in between. I'm his only carer and I'm worn out and not sleeping.",
    ),
    (
        "pain_severe",
        "My mother is 88 and her calf goes hard at night, she wakes crying. My own back is "
        "killing me from lifting her.",
    ),
    (
        "stress_anxiety",
        "My daughter is 15. She strained her thigh at hockey and it cramps when she runs. My "
        "sister tore a muscle once so I panic.",
    ),
    (
        "hx_pad",
        "My dad is 74. His calf aches after a short walk and he has to stop. His brother lost "
        "a foot to bad circulation.",
    ),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
