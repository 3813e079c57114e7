"""Round 9, red flags (agitation and sweating, appearance, band pain, bladder and bowel,
bleeding, breathing, calf swelling, chest pain, cold sweat, confusion, dark urine, eyelid
closure, droop and double vision), from the families of wording missed or over-read in the
red-flag sentence files 8 and 9: bladder or bowels "could not hold", "not been able to hold",
"did not make it", a pad soiled, the bed found wet, wee that "just runs", bowels that go "on
their own"; breath wanting for a task (a sentence, candles, the air "back" on the stairs),
drowning lying flat, sleeping sitting up; twitching "only in" one place at first and now
elsewhere, "in new places", a bump "there for weeks"; skin cold and sticky or wet, sweaty but
freezing; soaking through a shirt, fidgety and sweating, wet under the arms, pacing; "could
not remember how to get home", "did not know who I was", the kettle in the fridge, someone
who did not recognise the writer (their confusion); pinkish wee, red streaks in the stool,
bright red in the toilet; tea "poured" in the toilet, what "comes out" the colour of gravy;
a belt right round the stomach and back, pain circling the chest; the eyelid
(denials: water held, breathing normal, urine colour fine); one eye more closed than the other, two of a thing side by side. Look-alikes:
a child who wets the bed, a sprained ankle or an arthritic knee that is swollen, a sting or
sunburn that is red and hot, big calves from sport, puffy feet in pregnancy; a cold wet
flannel; out of breath from laughing or puffed after a 5k "which is normal"; an old dent from
a kick; chest press at the gym; screwing one's eyes shut in pain. The
sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("bladder_bowel", "he could not hold his water in the car and it went everywhere"),
    ("bladder_bowel", "she has not been able to hold her bowels since Sunday"),
    ("bladder_bowel", "I did not make it to the loo twice today without warning"),
    ("bladder_bowel", "the carer says he now wets his pad and does not notice"),
    ("bladder_bowel", "I woke up to find the bed wet, and I am 50"),
    ("bladder_bowel", "my bladder just empties on its own now"),
    ("breathing_difficulty", "I can't finish a sentence without stopping to catch some air"),
    ("breathing_difficulty", "my grandson's balloon, I couldn't blow it up, not enough air"),
    ("breathing_difficulty", "I stand at the top of the stairs to get my air back"),
    ("breathing_difficulty", "lay flat in bed and it's like drowning"),
    ("breathing_difficulty", "he now sleeps sitting up on four pillows to get air"),
    ("breathing_difficulty", "I keep running out of breath just walking to the car"),
    ("appearance_change", "the flickers were only in my thumb at first, now they are in both legs"),
    ("appearance_change", "the twitching keeps showing up in new spots every week"),
    (
        "appearance_change",
        "the jumps were just my eyelid at first, but now my legs and back are at it too",
    ),
    ("appearance_change", "a knot in my thigh that does not change when I relax it"),
    ("cold_sweat", "his skin is cold and sticky to touch"),
    ("cold_sweat", "I'm sweating but freezing and shivering"),
    ("cold_sweat", "my hands are icy and sticky"),
    ("agitation_sweating", "I've been soaking through my vest even just watching telly"),
    ("agitation_sweating", "she is irritable and sweating loads with the window open"),
    ("agitation_sweating", "I'm wet under the arms all day and jittery"),
    ("agitation_sweating", "he is pacing up and down and can't settle since the dose went up"),
    ("confusion", "she couldn't remember how to get home from the corner shop"),
    ("confusion", "he stared at me and did not know who I was"),
    ("confusion", "he could not remember how to use the phone this morning"),
    ("confusion", "my husband didn't recognise me at breakfast"),
    ("bleeding", "my pee has been reddish since yesterday"),
    ("bleeding", "I saw bright red on the paper when I wiped"),
    ("bleeding", "there are red streaks in my poo"),
    ("dark_urine", "what came out was the colour of mahogany"),
    ("dark_urine", "when I go, what comes out is like strong tea"),
    ("band_pain", "an ache circling my ribs"),
    ("eyelid_droop_double_vision", "my left eye looks more closed than my right"),
    ("eyelid_droop_double_vision", "I saw two clocks on top of each other"),
]

DENIED = [
    ("bladder_bowel", "I can hold my water fine"),
    ("breathing_difficulty", "I can breathe normally"),
    ("breathing_difficulty", "no problems getting my breath"),
    ("dark_urine", "urine colours fine"),
    ("dark_urine", "my wee is nice and light"),
    ("bladder_bowel", "I go to the toilet normally"),
    ("eyelid_droop_double_vision", "both eyes look level and normal in the mirror"),
]

GUARDS = [
    ("bladder_bowel", "my daughter wet the bed last night, she is three"),
    ("bladder_bowel", "my little girl wet the bed again but she's only five"),
    ("calf_swelling", "I twisted my ankle and now the ankle is puffy but my calf is ok"),
    ("calf_swelling", "my knee gets swollen with my arthritis as always"),
    ("calf_swelling", "a bee stung my hand and it is hot and swollen"),
    ("calf_swelling", "got sunburned on the backs of my legs and they are red and hot"),
    ("calf_swelling", "my calves are chunkier than other people's from cycling"),
    ("calf_swelling", "puffiness in both ankles since I've been pregnant"),
    ("cold_sweat", "I held a cold damp towel on my calf to ease it"),
    ("breathing_difficulty", "we were out of breath from laughing so much"),
    ("appearance_change", "there's an old dent in my thigh from a rugby tackle years ago"),
    ("chest_pain", "I did chest presses and my shoulder cramped afterwards"),
    ("eyelid_closure", "she screwed her eyes shut when the cramp hit"),
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
