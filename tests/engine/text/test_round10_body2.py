"""Round 10, second body pass: places, sides, causes and descriptions the words do not state.

Side: "calf raises each side" is an exercise count, "me and my wife both had a bug" is two people,
"not sure if it's both" is a doubt, and "legs not weak" / "legs don't look swollen" describe legs
that are fine, so none of them tells that the complaint is on both sides. Plural forearms,
shoulders, quads or hamstrings ("my forearms lock up") and "her feet keep jerking" do.
Cause: a bare "scared" after an acute event is fright at that event, not stress or anxiety; fear
with a feared thing ("scared it's ALS") still is health anxiety.
Places: a bad back "for years" or an "old back problem" is history, not where the muscle
complaint is; a nail or fork that went "through my trainer into my foot" is a wound; pushing the
heel down or stretching an arm over the head is what eases a cramp, not where it is.
Descriptions: "went really hard" at the gym is effort, not a muscle going hard; "nearly kicked
her out of bed" is a movement in sleep, not an injury. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("side_both", "cramps in both calves at night"),
    ("side_both", "my legs keep twitching in the evenings"),
    ("side_both", "my legs are weak and heavy"),
    ("side_both", "my forearms lock up when I grip the spanner"),
    ("side_both", "my shoulders and upper arms ache after the statin"),
    ("side_both", "tonight her feet keep bouncing on their own"),
    ("stress_anxiety", "I'm scared it's motor neurone disease"),
    ("stress_anxiety", "my twitches are everywhere and now I'm scared I have ALS"),
    ("stress_anxiety", "work has been so stressful lately"),
    ("loc_back", "my lower back went into spasm lifting a box"),
    ("loc_back", "bad back for years but now my lower back is in spasm"),
    ("loc_foot", "cramp in the sole of my foot at night"),
    ("loc_foot", "the pain goes down into my foot"),
    ("loc_arm", "twitching in my left arm for a month"),
    ("tightness", "my calf went rock hard and knotted"),
    ("tightness", "the calf goes hard as a stone"),
    ("strain_injury", "hurt my back lifting a heavy box"),
]

DENIED = [
    ("side_both", "my legs aren't weak"),
]

GUARDS = [
    ("side_both", "I can do twenty calf raises each side"),
    ("side_both", "me and my wife both had a stomach bug last week"),
    ("side_both", "my eyelid twitches, not sure if it is both"),
    ("side_both", "lifted a sofa, back in spasm, legs not weak"),
    ("side_both", "my legs don't look swollen"),
    ("stress_anxiety", "my neck twisted to one side and I cant turn it. scared"),
    ("stress_anxiety", "hands went into a claw. Scared stiff."),
    ("stress_anxiety", "my uncle had MND so i am frightened"),
    ("loc_back", "my calf aches walking uphill, I've had a bad back for years"),
    ("loc_back", "legs ache in the shops, old back problem the doctor says"),
    ("loc_back", "always had a bad back, now my calves hurt when I walk"),
    ("loc_foot", "stepped on a nail and it went through my boot into the sole of my foot"),
    ("loc_foot", "a rusty nail went thru my trainer into my foot"),
    ("loc_foot", "calf cramps at night, it goes if I push my heel down"),
    ("loc_foot", "if I stand with my heel flat on the cold floor the calf cramp eases"),
    ("loc_arm", "the side cramp goes if I stretch my arm up over my head"),
    ("loc_arm", "if I lift my arm above my head and stretch it eases"),
    ("tightness", "first spin class and I went really hard, thighs sore now"),
    ("tightness", "it aches, not like a cramp where it goes hard"),
    ("strain_injury", "my girlfriend says I nearly kicked her out of bed"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
