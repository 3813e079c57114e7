"""Round 8e, red flags, from the classes of wording the parser missed or over-read in
fresh20-25: a face "dropping" or a mouth "slipping" on one side and someone "talking funny"
(sudden one-sided signs); twitching that "has spread" and is now seen as ripples elsewhere
(appearance); stretching, rubbing or rest that "do nothing" beside a word of severity
(unrelieved); fingers or fingertips that tingle beside tingling lips (numbness: the lips alone
are no numbness of the affected area). Look-alikes: a cramp or ache that is "not going away"
(lasting, not severe); sweating beside drinking water or fluids (exertion or heat, not
agitation); numbness hedged with "may", "might" or "possibly", or "not sure"; a list after "no
new" weakness; lips or mouth alone that tingle or go numb. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("sudden_one_side", "my wife says my face is dropping on the left"),
    ("sudden_one_side", "his mouth was slipping down on one side at tea time"),
    ("sudden_one_side", "out of nowhere he started talking funny and his arm went heavy"),
    ("sudden_one_side", "within minutes she was speaking strangely"),
    (
        "appearance_change",
        "it began in my neck, then it spread, and now there are ripples under the skin of my thighs",
    ),
    (
        "appearance_change",
        "it has slowly spread over the year and now I notice twitching in my tongue",
    ),
    (
        "appearance_change",
        "a twitch in my arm which has spread over time, and I now see rippling across my chest",
    ),
    ("severe_unrelieved", "the cramp is agony and stretching does nothing"),
    ("severe_unrelieved", "rest and rubbing did nothing for the agonising pain in her calf"),
    ("severe_unrelieved", "massaging it does nothing, it's unbearable"),
    ("numbness", "her lips went fizzy, fingertips tingly, and her wrists bent in"),
    ("numbness", "tingling round his lips and in finger tips before the hands clawed"),
    ("numbness", "my lips and fingers went tingly and my thumbs pulled in"),
]

GUARDS = [
    ("severe_unrelieved", "I thought it was a cramp from the long drive but it's not going away"),
    ("severe_unrelieved", "an ache in the calf that does not go away, day or night"),
    ("severe_unrelieved", "the crampy feeling isn't going away"),
    ("agitation_sweating", "I sweated buckets and only drank water on the way round"),
    ("agitation_sweating", "dripping with sweat on the hike, I got through three litres of water"),
    ("agitation_sweating", "drenched in sweat after football so I had loads of fluids"),
    ("numbness", "her fingers might be a little numb, she can't say"),
    ("numbness", "maybe a bit tingly in the toes now and then"),
    ("numbness", "his toes are possibly numb at night and he is not sure"),
    ("numbness", "he reports no new weakness, numbness or problems with his speech"),
    ("numbness", "my lips are tingling and my hands are fine"),
    ("numbness", "her lips feel a bit numb"),
    ("numbness", "lips numb and tingly after the injection"),
    ("sudden_one_side", "my face dropped when I saw the bill"),
    ("sudden_one_side", "over the months my speech has gradually got slurred"),
    ("appearance_change", "the pain has spread down the back of my leg"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
