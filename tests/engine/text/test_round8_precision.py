"""Round 8, precision on the findings that are not red flags, from the classes of wording read
present in fresh14-22 where the story did not say them: fear of the episode itself ("she's
frightened", "he's terrified and so am I") that is not a life under stress; "wound up and
jittery" beside sweating and shaking, which is agitation; stress as the trigger ("more when I'm
tired or stressed") that is not a cause; tablets that "kicked in", twitching that "kicked off",
pain "like someone booted me", "nearly fell", a foot that settles "when lifted", a leg that
"hurt, her calf..." that are no strain or injury; legs that "look the same" or "feel ok",
arteries in both legs, both ankles swollen, period pain into the tops of the thighs, and toes
that curl "right under" that are no side affected; "right by the ovens", pain going to the
left arm that is no side of the cramp; nights as shift work ("third week of nights", "done
nights for years", "drinks for nights"), gaming or drinking "all night", teeth ground at night
and "looking half asleep" that are no night trigger; lights hurting the eyes that are not the
eyelid; pushing up with the arms that is not the arm nor hand; walking on tiptoes and heels
that is not the foot. A miss of the same area: a kick, a boot or a whack to the shin at
football or rugby is an injury (and "wasn't hit on the calf" denies one). The sentences are
our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("strain_injury", "took a hard kick to the shin in the match on Sunday, now it is rock hard"),
    ("strain_injury", "I was booted in the calf at rugby training"),
    ("strain_injury", "she got whacked on the leg playing hockey"),
]

DENIED = [
    ("strain_injury", "I wasnt hit on the calf, it came on by itself"),
]

GUARDS = [
    ("stress_anxiety", "her fingers locked up in a claw and she is frightened"),
    ("stress_anxiety", "his eyes went up and stayed there, he's terrified and so am I"),
    ("stress_anxiety", "my legs keep jumping and I feel wound up and jittery, temperature 38.4"),
    ("stress_anxiety", "restless and wound up since the new tablets"),
    ("stress_anxiety", "the eyelid flickers more when I'm tired or stressed"),
    ("strain_injury", "the cramp eases once his tablets have kicked in"),
    ("strain_injury", "the twitching kicked off after a cold"),
    ("strain_injury", "it felt like somebody had booted me in the heel"),
    ("strain_injury", "she nearly fell getting out of bed because of the cramp"),
    ("strain_injury", "the ankle beats fast and settles when lifted off the step"),
    ("strain_injury", "he cried that his leg hurt, his calf was hard as a rock"),
    ("side_both", "the right calf cramps at night, both legs look similar"),
    ("side_both", "my back is in spasm but my legs feel ok"),
    ("side_both", "cramp in the left foot, I have narrowed arteries in both legs"),
    ("side_both", "hand cramps while writing, and both my ankles are a bit swollen"),
    ("side_both", "period cramps low in my tummy that spread into the tops of my thighs"),
    ("side_both", "his left foot twists in and his toes curl right under"),
    ("side_one", "I work right by the furnace and my forearms cramp"),
    ("side_one", "a crushing cramp in the chest spreading to my left arm"),
    ("trig_night", "my eyelid twitches, I'm on my third week of nights"),
    ("trig_night", "he games most nights and his eye keeps jumping"),
    ("trig_night", "jaw cramps when I chew, my dentist says I grind my teeth at night"),
    ("trig_night", "by teatime my eyelid sags and I look half asleep"),
    ("trig_night", "five red bulls a shift for nights and my eyelid twitches"),
    ("loc_eyelid", "stiff neck, high temperature and the light hurts my eyes"),
    ("loc_arm", "my thighs are weak, I have to push up with my arms to stand"),
    ("loc_hand", "I have to lever myself up with my hands, my thighs are so weak"),
    ("loc_foot", "calves twitch but I can walk on my toes and heels fine"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
