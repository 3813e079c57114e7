"""Round 8c, precision on non-red-flag findings, from the classes of wording read wrongly in
fresh14-22 and the older tuning sets. A place named that is not where the contraction is: lips
that tingle (with the fingertips), a band of pain round the ribs, "at the back" (of something
already named), a plaster back slab, a trapped nerve in the back that is a diagnosis, the back
of the ankle, the puncture of a nail or fork in the foot, a finger's width or a finger put into
a dip. A medicine taken with meals is no meal trigger, and a toilet where numbness was felt or
wiped is no bowel trigger. A disease feared, read about on threads or taken for the sign of it
is not a history. One or two coffees are not a lot of caffeine, cans of lager are no caffeine.
How often someone is sick, loose or on the toilet, how often a drip is given, or a hand getting
clumsier every few weeks is not how often the episodes come. Coughing when drinking tea is no
caffeine trigger; speech or an eyelid worse when tired, or an ache "like after a hard day", is
no tiredness trigger. Cramps "period type", thought to be a period or "just a bad period" are no
period trigger; suddenly out of breath is no sudden start of the cramp; shaking or sweating all
over is not twitching all over; a leg fatter from the ankle up, a bruise down to the ankle, foot
pulses, a muscle near the neck are not where the contraction is. A sore on the skin, a calf
still a bit sore or tender the next day are no mild pain of the episode; mornings or sitting
"the worst" say when, not how bad; no pain when sitting or lying is no painless episode. Blood
tests normal including the thyroid are no thyroid disorder.

GUARDS are the wrong readings fixed here (each read present before); STATED are look-alikes
the new exclusions must leave alone. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("loc_face", "my upper lip keeps twitching on its own"),
    ("loc_chest", "a cramp between my ribs on the left when I reach up"),
    ("loc_back", "my lower back goes into spasm when I bend"),
    ("loc_foot", "the arch of my foot cramps and the toes curl"),
    ("loc_hand", "my fingers cramp when I write for long"),
    ("trig_meals_bowel", "the belly cramps come with meals and ease after the loo"),
    ("trig_meals_bowel", "I get the spasm when I strain on the toilet"),
    ("hx_als", "I was diagnosed with MND last year and my hands cramp"),
    ("hx_multiple_sclerosis", "I have had MS for ten years and my legs spasm"),
    ("high_caffeine", "I drink 6 coffees a day at work"),
    ("freq_daily", "the calf cramps come every day after work"),
    ("freq_daily", "the cramps wake me most nights"),  # (round 11: almost every night)
    ("freq_occasional", "my eyelid flickers every few weeks"),
    ("trig_caffeine", "the twitch is worse after I drink coffee"),
    ("trig_fatigue", "my eyelid twitches when I'm tired"),
    ("trig_menstruation", "the cramps come on the first day of my period"),
    ("onset_sudden", "it comes on suddenly, a sharp grip in the calf"),
    ("loc_widespread", "twitches all over my body, arms, legs and back"),
    ("loc_foot", "cramps in my feet and the toes curl under"),
    ("loc_neck", "the muscles in my neck go into spasm"),
    ("pain_mild", "the cramp is a bit sore while it lasts"),
    ("pain_severe", "the cramp is the worst pain I have ever had"),
    ("pain_none", "the twitching is painless"),
    ("hx_thyroid", "I have an underactive thyroid and my levels are fine"),
]

GUARDS = [
    ("loc_face", "my lips and the ends of my fingers are tingling and both hands cramped"),
    ("loc_chest", "a tight band of pain right round my ribs at the level of the injury"),
    ("loc_back", "the calf is swollen and a bit red at the back"),
    ("loc_back", "they put my leg in a back slab in A&E"),
    ("loc_back", "years ago I was told I had a trapped nerve in my lower back"),
    ("loc_foot", "like a kick to the back of my R ankle / low calf, heard a crack"),
    ("loc_foot", "trod on a rusty nail last week, it went right into my heel"),
    ("loc_foot", "the heel is hot and red round the puncture"),
    ("loc_hand", "I can only open my jaw about a finger width"),
    ("loc_hand", "there is a dip above the heel you could put a finger in"),
    ("trig_meals_bowel", "lansoprazole 30mg with meals, and my calves cramp at night"),
    ("trig_meals_bowel", "insulin with meals, and the legs jerk at night"),
    ("trig_meals_bowel", "my bottom felt numb on the toilet this morning"),
    ("trig_meals_bowel", "it felt numb when I wiped after the toilet"),
    ("hx_als", "I am convinced I have ALS because my calves twitch"),
    ("hx_als", "I have read every MND thread online and my arm twitches"),
    ("hx_multiple_sclerosis", "apparently twitching like this can be an early symptom of MS"),
    ("high_caffeine", "I only have 2 coffees in the morning"),
    ("high_caffeine", "she drinks about two cups a day so she pees less"),
    ("high_caffeine", "I have 5 cans of lager most evenings"),
    ("freq_daily", "I have been vomiting all day every day since Sunday"),
    ("freq_weekly", "my bowels have been loose most days for a month"),
    ("freq_occasional", "his hand has been getting clumsier every few weeks"),
    ("freq_occasional", "the chemo drip is every 3 weeks and my fingers cramp in the cold"),
    ("trig_caffeine", "I keep coughing and spluttering when I drink my tea"),
    ("trig_fatigue", "my speech gets a bit slurred when I'm tired"),
    ("trig_fatigue", "my thighs ache all the time, like after a hard day digging"),
    ("trig_menstruation", "I have period type cramps low on the left but I'm pregnant"),
    ("trig_menstruation", "what I thought were period cramps are now only on one side"),
    ("trig_menstruation", "I assumed it was just a bad period and took paracetamol"),
    ("onset_sudden", "a week after the op I was suddenly out of breath on the stairs"),
    ("loc_widespread", "my calves cramp and I am sweating and shaking all over"),
    ("loc_foot", "the right leg is thicker from the ankle up"),
    ("loc_foot", "a purple bruise is tracking down the calf to my ankle"),
    ("loc_foot", "my legs ache when I walk but the nurse said my foot pulses are fine"),
    ("loc_neck", "a twitch in my shoulder muscle near the neck"),
    ("pain_mild", "there is a little sore on my heel that will not heal"),
    ("pain_mild", "the cramp let go after a few minutes and it is still a bit sore"),
    ("pain_mild", "the calf felt a bit tender the next day"),
    ("pain_mild", "the cramp woke me last night and today it is just a bit achy"),
    ("pain_severe", "the first day of it is always the worst"),
    ("pain_severe", "it aches and sitting at my desk is the worst"),
    ("pain_none", "when I sit or lie down there is no pain, walking brings it on"),
    ("hx_thyroid", "GP did bloods, all normal incl thyroid, and the calf still cramps"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
