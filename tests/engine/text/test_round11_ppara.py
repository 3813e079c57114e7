"""Round 11, places and sides as new people write them.

Under the ribs is the upper belly, not the chest wall ("a spasm under my ribs on the right"),
unless it is the back under the ribs; "thie", "ham string" and "the tops of my legs" are the
thigh; "the lower part of my leg" and a second-language "the leg low part" are the calf; the
palm of a hand that cramps is the hand (only a cut palm is not). "One leg then the other" is
both sides, not one. Look-alikes: a place that is only an idiom ("a brave face", "can't face
another night", "walk on foot", "my jaw dropped when I saw the bill"), a stye or an eye
operation, an injection into the arm or forearm, a bag carried on the shoulder or arm.
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("loc_abdomen", "a spasm under my ribs on the right when I twist"),
    ("loc_abdomen", "gripping cramps just below my left ribs after a big meal"),
    ("loc_thigh", "cramp in my thie at night"),
    ("loc_thigh", "my left ham string knotted up at the end of the race"),
    ("loc_thigh", "her period cramps go down into the tops of her legs"),
    ("loc_calf", "the leg low part is cramping, behind"),
    ("loc_calf", "cramps in the lower part of my leg when I walk"),
    ("loc_hand", "cramp in the palm of my hand when I hold a pen"),
    ("side_both", "it goes one leg then the other"),
    ("side_both", "one calf and then the other cramps up at night"),
]

GUARDS = [
    ("loc_chest", "a spasm under my ribs on the right when I twist"),
    ("side_one", "it goes one leg then the other"),
    ("loc_face", "cramp in my foot, I put on a brave face"),
    ("loc_face", "I face the wall when my calf cramps"),
    ("loc_face", "my calf cramps so often I can't face another night of it"),
    ("loc_foot", "my hand cramps, I walk on foot to work"),
    ("loc_foot", "my calf cramps, I can't put a foot wrong"),
    ("loc_jaw", "my calf cramps, my jaw dropped when I saw the bill"),
    ("loc_jaw", "cramp in my foot, I had a jaw operation years ago"),
    ("loc_eyelid", "my calf cramps at night, I have a stye on my eyelid"),
    ("loc_eyelid", "my calf cramps, I had eye surgery last year"),
    ("loc_arm", "cramp in my foot, I had a jab in my arm"),
    ("loc_arm", "my hand clenches into a fist, botox into the forearm every three months"),
    ("loc_arm", "my calf cramps, I carry a bag on my arm"),
    ("loc_shoulder", "cramp in my foot, I carry a bag on my shoulder"),
]

# what must still read as said beside the look-alikes
KEPT = [
    ("loc_face", "little twitches in his face and hands"),
    ("loc_foot", "when I put my foot down on the clutch it bounces up and down"),
    ("loc_arm", "my forearm cramps after the injection"),
    ("loc_chest", "a cramp between my ribs on the left"),
    ("side_one", "only ever in my right leg"),
]


@pytest.mark.parametrize(("finding", "text"), STATED + KEPT)
def test_stated(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", said(text)


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_guard(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", said(text)
