"""Round 6 of the red flags as concepts (issue 12): each red flag is also read from two (or
three) ideas that make it together anywhere inside one clause (``~~`` in the lexicon: "the
co-codamol has done absolutely nothing", "breaths coming short", "my wee has turned a murky
brown"), so that wordings nobody listed are read; their look-alikes stay unread (sweat after
the gym, a face that "dropped" at the news, a head pounding after wine, tablets hard to
swallow, a numb bum on the bike). A "no" that belongs to a phrase of the finding itself ("no
strength", "no feeling") does not turn a concept round it into a denial. Every sentence is
our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

# Wordings the phrase lists alone did not read.
STATED = [
    ("weakness_persistent", "my left hand stays feeble all week, even on days with no twitching"),
    ("weakness_persistent", "her grip remains poor and floppy in between the cramping spells"),
    ("weakness_progressive", "the weakness in his legs has been creeping up month after month"),
    ("weakness_progressive", "each week she manages fewer steps before her thighs give out"),
    ("breathing_difficulty", "my breaths are coming short and shallow since the spasm in my ribs"),
    ("chest_pain", "my chest has been aching and feels squeezed all evening"),
    ("throat_closing", "my windpipe feels like it is narrowing"),
    ("throat_closing", "there's a whistling sound each time she breathes in"),
    ("neck_stiffness", "it hurts him to bend his head forward towards his chest"),
    ("dark_urine", "my wee has turned a murky brown since the marathon"),
    ("muscle_wasting", "my right thigh looks scrawny next to the left"),
    ("numbness", "my shin feels wooden and i can barely feel my toes"),
    ("appearance_change", "the lump in my calf has stayed there for weeks"),
    ("severe_unrelieved", "the co-codamol has done absolutely nothing for this pain"),
    ("severe_unrelieved", "the ache has not eased off at all since the cramp stopped yesterday"),
    ("eyelid_droop_double_vision", "i keep seeing two of the telly"),
    ("loss_of_function", "his leg won't hold him up anymore"),
    ("palpitations", "her pulse is erratic and galloping"),
    ("urine_retention", "i'm desperate to go but only a trickle comes out"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_a_red_flag_in_new_words_is_read(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present"


# Look-alikes: the same words about something else.
LOOK_ALIKES = [
    ("seizure", "i nearly fainted from the heat but stayed on my feet"),
    ("palpitations", "my heart was racing after the run, then calmed down"),
    ("pounding_headache", "my head was pounding after too much wine last night"),
    ("speech_swallow", "the big calcium tablets are hard to swallow"),
    ("saddle_numbness", "my bum goes numb sitting on the bike for hours"),
    ("agitation_sweating", "i was drenched in sweat after the gym class"),
    ("bladder_bowel", "i nearly wet myself laughing at the film"),
    ("breathing_difficulty", "i struggle to find time for my breathing exercises"),
    ("chest_pain", "i bought a chest of drawers and the heavy lifting gave me cramps"),
    ("fever", "it was a high temperature outside so i drank loads"),
    ("dark_urine", "i drink lots of tea and pee more often at night"),
    ("calf_swelling", "my calves look bigger from all the gym work"),
    ("limb_cold_pale", "my fingers go white in cold weather and pink again after"),
    ("confusion", "i'm confused about which tablets to take"),
    ("weight_loss", "i've lost weight on my diet this year"),
    ("bleeding", "had a blood test and a urine test last week, all normal"),
    ("jaundice", "there's a yellow bruise on my shin from the fall"),
    ("urine_retention", "i cant stop needing to pee at night"),
    ("muscle_wasting", "i feel like i'm wasting my time with these stretches"),
    ("severe_unrelieved", "stretching helps the cramp go quickly"),
    ("band_pain", "my wedding ring feels tight around my swollen finger"),
    ("numbness", "i fell asleep on the sofa and my legs cramped"),
    ("eyelid_droop_double_vision", "i had to double check the dose"),
    ("sudden_one_side", "my face dropped when i heard the news"),
    ("cold_sweat", "i caught a cold and was sweating in bed"),
    ("weakness_progressive", "the cramps are getting worse every month"),
    ("loss_of_function", "i can't lose weight however hard i try"),
]


@pytest.mark.parametrize(("finding", "text"), LOOK_ALIKES)
def test_a_look_alike_stays_unread(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present"


# A "no" inside a phrase of the finding ("no power", "no feeling") is part of the symptom:
# the concept around it ("between ~~ power", "pins ~~ back passage") is not denied by it.
OWNED_NO = [
    ("weakness_persistent", "in between the spasms her arm has no power at all"),
    ("weakness_persistent", "still no strength in that hand"),
    ("saddle_numbness", "tingling and no sensation round my back passage"),
    ("numbness", "pins and needles and no feeling over the top of my foot"),
]


@pytest.mark.parametrize(("finding", "text"), OWNED_NO)
def test_a_no_that_belongs_to_the_symptom_does_not_deny_it(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        ("dark_urine", "my pee is not dark at all"),
        ("calf_swelling", "my calf is not swollen or red"),
        ("chest_pain", "my chest doesn't hurt"),
    ],
)
def test_a_denial_across_a_concept_stays_a_denial(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent"
