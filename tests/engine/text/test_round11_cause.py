"""Round 11, causes, triggers and history (own wordings): caffeine drunk "a lot" is no
alcohol, "live on coffee", sleep that has "not been" had, lack of sleep that "sets it off",
lying down "to sleep", a hip "done" weeks ago, a "dodgy heart", feet put up, a drink one
"hadn't" had, cramp "in the pool", "on the pitch" or "into a run"; guards: rest that makes it
better, feet up that helps, an operation "done" years ago, a spectator on the pitch."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("drinking a lot of red bull to get through my shifts", "high_caffeine"),
    ("honestly I live on coffee at the moment", "high_caffeine"),
    ("I've not been sleeping, the eyelid keeps going", "poor_sleep"),
    ("lack of sleep sets it off every time", "trig_fatigue"),
    ("the cramps come on once I lie down to sleep", "trig_night"),
    ("the twitch only starts when I'm trying to get off to sleep", "trig_night"),
    ("I had my hip done 2 weeks ago and now the calf cramps", "recent_surgery"),
    ("had my knee done last month, now cramps in that leg", "recent_surgery"),
    ("I've got a dodgy heart and my legs cramp", "hx_heart"),
    ("it comes on when I put my feet up in the evening", "trig_rest"),
    ("hot day and I hadn't drunk much, then the hamstring locked", "dehydration"),
    ("laying bricks all morning, only had the one bottle of water", "dehydration"),
    ("my thigh cramped up in the pool this morning", "trig_exercise"),
    ("my calf cramped 20 minutes into a run", "trig_exercise"),
    ("my calf locked up and I was rolling around on the pitch", "trig_exercise"),
]

GUARDS = [
    ("drinking a lot of red bull to get through my shifts", "alcohol_heavy"),
    ("resting makes it better, the cramp comes when I walk", "trig_rest"),
    ("putting my feet up helps the ache in my calves", "trig_rest"),
    ("I had my knee done years ago and the cramps are new", "recent_surgery"),
    ("I was stood on the pitch watching my son and my calf cramped", "trig_exercise"),
    ("I drink plenty of water and my calves still cramp", "dehydration"),
    ("I get cramps in my toes at night. my mother has diabetes", "hx_diabetes"),
    ("I get leg cramps most nights. my dad was an alcoholic", "alcohol_heavy"),
]


@pytest.mark.parametrize(("text", "finding"), STATED)
def test_stated(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("text", "finding"), GUARDS)
def test_guard(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"
