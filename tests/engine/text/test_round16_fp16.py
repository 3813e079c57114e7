"""Round 16: words that name a sport, a place, a body part or a time for another reason.

"Trying to work out if it's worth the trip" is no workout, "the surgery is an hour away" is
the GP's surgery, "38 degrees in the shed" is the weather, "like a weight pressing" is no
weight lost, "both upper arms are swollen" is no swollen calf, "overnight the leg has gone
tight" tells when a change came, not that it comes at night, and "never gets it sitting or in
bed" denies both. Each case has a look-alike that must still read.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

NOT_READ = [
    ("Still working out whether I need to see someone, my calf cramps.", "trig_exercise"),
    ("I do delivery runs all day in the van and my thigh twitches.", "trig_exercise"),
    ("Bloated, the runs some days and bunged up on others, tummy cramps.", "trig_exercise"),
    ("My physio wants me doing pendulum exercises, shoulder spasms.", "trig_exercise"),
    ("I probably pulled something at the gym, my chest feels tight.", "trig_exercise"),
    ("We're miles out and I can't just pop in anywhere, my eyelid twitches.", "snap_felt"),
    ("After knock off my calves cramp up.", "strain_injury"),
    ("Felt a bang, I honestly thought some1 kicked me in the heel.", "strain_injury"),
    ("I'm a dairy farmer and my hands cramp milking.", "trig_meals_bowel"),
    ("The surgery is over an hour away, can my calf cramp wait?", "recent_surgery"),
    ("It's a long drive to the clinic, my eyelid twitches.", "immobility"),
    ("He's got a cramp in his hand and wants to lie down.", "trig_rest"),
    ("Sitting on the loo is agony since leg day, thighs so sore.", "trig_rest"),
    ("It still hasn't eased off sitting here, the chest cramp.", "trig_rest"),
    ("Out on the back paddock my calf cramped.", "loc_back"),
    ("I went hard at the gym and now my thighs ache.", "tightness"),
    ("Heavy like a weight pressing in my chest, going down my arm.", "weight_loss"),
    ("The cramps are worse than before I got pregnant.", "pregnant"),
    ("My period was due last week and I have a cramp low on one side.", "trig_menstruation"),
    ("No locking and my mouth opens fine, jaw aches.", "loc_face"),
    ("My back feels like a clenched fist.", "loc_hand"),
    ("He has cerebral palsy, mild, and his calf jumps.", "pain_mild"),
    ("After the pull ups both forearms are swollen and my pee is dark.", "calf_swelling"),
    ("It's been 39 degrees in the workshop all week and my calves cramp.", "fever"),
    ("Overnight the shin swelled up and went tight.", "trig_night"),
    ("After an overnight flight my neck is stuck.", "trig_night"),
    ("I spent most of the week in bed after the op and now my calf aches.", "trig_night"),
    ("Had a couple of beers at the weekend, now my calf cramps.", "alcohol_heavy"),
    ("Probably from the clutch leg, my calf aches.", "stretch_triggered"),
]  # fmt: skip

STILL_READ = [
    ("My calf cramps when I work out.", "trig_exercise", "present"),
    ("My calves cramp on my long runs.", "trig_exercise", "present"),
    ("Felt a pop in my calf playing squash.", "snap_felt", "present"),
    ("Got knocked off my bike and hurt my thigh.", "strain_injury", "present"),
    ("Cramps after dairy and big meals.", "trig_meals_bowel", "present"),
    ("I had surgery on my knee three weeks ago, calf aches.", "recent_surgery", "present"),
    ("After a long drive to Scotland my calf swelled.", "immobility", "present"),
    ("The cramp comes when I lie down to watch telly.", "trig_rest", "present"),
    ("My lower back goes into spasm.", "loc_back", "present"),
    ("My calf went hard as a rock.", "tightness", "present"),
    ("I've lost weight on these tablets without trying.", "weight_loss", "present"),
    ("I'm pregnant and my calves cramp.", "pregnant", "present"),
    ("My calf cramps are worse during my period.", "trig_menstruation", "present"),
    ("The corner of my mouth twitches.", "loc_face", "present"),
    ("My fingers cramp into a fist.", "loc_hand", "present"),
    ("The cramp pain is mild, 2 out of 10.", "pain_mild", "present"),
    ("My left calf is swollen, red and warm.", "calf_swelling", "present"),
    ("My temperature is 39 degrees and my legs ache.", "fever", "present"),
    ("I get calf cramps at night.", "trig_night", "present"),
    ("I drink 8 beers most nights and my legs cramp.", "alcohol_heavy", "present"),
    ("I have a few pints most nights, feet cramp.", "alcohol_heavy", "present"),
    ("My calf spasms when I press down on the clutch.", "stretch_triggered", "present"),
    # the denial: both places are denied at once
    ("He never gets it sitting or in bed, only walking.", "trig_rest", "absent"),
    ("He never gets it sitting or in bed, only walking.", "trig_night", "absent"),
    ("She never gets them at night.", "trig_night", "absent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding"), NOT_READ)
def test_words_meant_otherwise_are_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding", "expected"), STILL_READ)
def test_the_look_alike_still_reads(text: str, finding: str, expected: str) -> None:
    assert said(text).get(finding) == expected
