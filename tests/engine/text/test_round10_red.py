"""Round 10, red flags. Pins and needles that run from the buttock down the legs are leg
numbness (a sciatic spread), not saddle numbness; "legs numb" next to a wiping complaint is
still numbness. Not feeling yourself pee is lost bladder sensation, not retention. Asking over
and over what day it is, or not knowing the date, is confusion. A remedy that "isn't touching
it" leaves the pain unrelieved. Weakness that is "getting harder" or "worse now than in June"
is progressing. A cramp or squeeze right across the middle, or a "pulled muscle" in the chest,
is chest pain. A carer's own hand laid on the patient ("I put my hand on her calf") does not
make the story the writer's. The "her" one speaks to ("I kept asking her", "I told him") is
the listener, not whose symptom follows. A simile ("slurred like I'd had a drink") does not
explain the slurring away; skin "cold and wet" is a cold sweat unless it is the weather; "more
than a normal cramp ever would" is pain out of proportion. Choking on a drink is a swallowing
problem, not a closing throat. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("numbness", "pins and needles go from my bum down the back of both legs when I walk"),
    ("numbness", "tingling runs from my buttock down into my calf on the right"),
    ("numbness", "my legs have gone numb and odd, when I wipe I can't feel it down there"),
    ("saddle_numbness", "my legs have gone numb and odd, when I wipe I can't feel it down there"),
    ("bladder_bowel", "I couldn't feel myself weeing at all this morning"),
    ("bladder_bowel", "he says he didn't feel himself peeing, it just came out"),
    ("confusion", "dad keeps asking me what day it is, every ten minutes"),
    ("confusion", "she kept asking what year it was this afternoon"),
    ("confusion", "he didn't know what month it was when I rang him"),
    (
        "confusion",
        "after the race I kept asking her the same things and didn't know what day it was",
    ),
    ("calf_swelling", "I told him my calf is hot and swollen since the flight"),
    ("severe_unrelieved", "the calf pain is terrible and resting isn't touching it"),
    ("severe_unrelieved", "the cramp is agony, a hot bath didn't touch it"),
    ("weakness_progressive", "my grip is going, it's getting harder, I can't open jars now"),
    ("weakness_progressive", "my foot keeps catching on steps, it's worse now than at Easter"),
    ("weakness_progressive", "buttons take me ages, much worse than in the spring"),
    ("chest_pain", "a tight cramp right across the middle, started on the stairs"),
    ("chest_pain", "I think I strained a muscle in my chest, it's squeezing"),
    ("calf_swelling", "When I rest my hand on his calf it is hot and bigger than the other one"),
    ("speech_swallow", "over the last months my speech has gone slurred as if I'd had a drink"),
    ("speech_swallow", "his speech is slurred lately and he splutters when he drinks water"),
    ("cold_sweat", "his hands are cold and wet and he looks washed out"),
    ("pain_out_of_proportion", "it hurts far more than an ordinary cramp ever would"),
]

GUARDS = [
    ("saddle_numbness", "pins and needles go from my bum down the back of both legs"),
    ("urine_retention", "I couldn't feel myself weeing at all this morning"),
    ("confusion", "she asked me what day it is"),
    ("weakness_progressive", "the cramps are worse now than in June"),
    ("weakness_progressive", "a bit weaker after a week in bed with a virus, improving now"),
    ("chest_pain", "a cramp in the middle of the night woke me"),
    ("throat_closing", "I choke on tea and water a couple of times a day"),
    ("speech_swallow", "my speech was slurred after a few drinks at the party"),
    ("cold_sweat", "my feet are cold and wet from the rain"),
    ("pain_out_of_proportion", "the cramp hurts more than normal this week"),
    ("severe_unrelieved", "the strap isn't touching it"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_red_flag_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
