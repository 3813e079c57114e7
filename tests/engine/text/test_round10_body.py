"""Round 10, places, sides, triggers and descriptions read where the words do not state them.

A fist "clenching" is not the jaw; legs said to "work fine" or be "no weaker" are not a
statement of both sides; "awake instantly" or "eases instantly" is not a sudden onset; a fear
of one outcome ("scared of getting dehydrated"), a fright from one episode ("which frightened
me") or the nerves as anatomy ("something with my nerves") is not a stressed person; "running
to the loo all the time / every 20 minutes" is passing water often, not cramps brought on by
the bowels; a fall in a simile ("like I fell off a step") or a crash decades ago is not a
recent injury; seeing double "watching TV", "like sitting on a cold seat" or "I'm sitting on
the bed now" is not a rest trigger; a person "curled up" in bed is not a fixed posture; a
corner of the mouth that "went down" (a stroke sign) is not the place of the spasm; fingers
"stuck" in a claw say the posture, not a limited range; "can still run", "still manage my class"
or "like I've done a hundred squats" is not exercise bringing it on; "day and night",
"agitation at night" (why a medicine was given) or double vision "watching TV at night" is
not a night trigger. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("loc_jaw", "my jaw aches from clenching my teeth at night"),
    ("loc_jaw", "I keep grinding my teeth and the jaw muscle cramps"),
    ("side_both", "cramps in both legs every night"),
    ("side_both", "my legs keep cramping at night"),
    ("onset_sudden", "it came on instantly while I was lifting"),
    ("onset_sudden", "felt my lower back grab when I bent over"),
    ("onset_sudden", "a sudden sharp grab in my calf, then it went hard"),
    ("stress_anxiety", "I'm so stressed at work and the eyelid won't stop"),
    ("stress_anxiety", "googled it and now I'm terrified it's ALS"),
    ("trig_meals_bowel", "my tummy cramps after meals and then I have to rush to the loo"),
    ("strain_injury", "I fell off a ladder yesterday and my back went into spasm"),
    ("strain_injury", "was in a car crash last week and my neck keeps spasming"),
    ("trig_rest", "the legs start up when I'm sitting on the sofa in the evening"),
    ("trig_rest", "it comes on when I sit down to watch telly"),
    ("fixed_posture", "my fingers curled into a claw and I couldn't open them"),
    ("fixed_posture", "the neck pulls my head round to the right"),
    ("loc_face", "my cheek keeps twitching under my eye"),
    ("loc_face", "it pulls up the corner of my mouth"),
    ("rom_limited", "my knee is stuck and I can't straighten the leg"),
    ("trig_exercise", "my calves cramp after I run"),
    ("trig_exercise", "it starts halfway through my aerobics class"),
    ("trig_night", "the cramps wake me up at night"),
    ("trig_night", "only ever in bed at night"),
]

DENIED = [
    ("trig_rest", "it never comes on when I'm sitting, only walking"),
    ("stress_anxiety", "I'm not stressed or anxious at all"),
    ("onset_sudden", "it didn't come on suddenly, it crept up over weeks"),
]

GUARDS = [
    ("loc_jaw", "my back seized, like a fist clenching"),
    ("loc_jaw", "the cramp clenching my hand is awful"),
    ("side_both", "right calf cramps at night, my legs work fine otherwise"),
    ("side_both", "left foot cramps, legs no weaker than usual"),
    ("onset_sudden", "I jolt as I drop off but I'm awake instantly"),
    ("onset_sudden", "the cramp eases instantly if I stand up"),
    ("stress_anxiety", "I was scared of getting dehydrated so I drank loads"),
    ("stress_anxiety", "my eyes clamped shut on the motorway, which frightened me"),
    ("stress_anxiety", "I thought it was something with my nerves or MS"),
    ("trig_meals_bowel", "on water tablets and running to the loo all the time"),
    ("trig_meals_bowel", "running to the loo every hour and it burns when I wee"),
    ("strain_injury", "my whole body jerks like I fell down a stair"),
    ("strain_injury", "paraplegic since a car crash and my legs spasm"),
    ("strain_injury", "spinal injury from a motorbike crash 15 years ago"),
    ("trig_rest", "my lid droops and I see double watching TV"),
    ("trig_rest", "numb down below, like sitting on a cold saddle"),
    ("trig_rest", "the pain has eased, I'm sitting in the chair now"),
    ("fixed_posture", "I spend the first day of my period curled up in agony"),
    ("loc_face", "her words were muddled and the corner of her mouth went down"),
    ("rom_limited", "her hands cramped into claws with the fingers stuck together"),
    ("trig_exercise", "the calves twitch but I can still jog and still run 5k"),
    ("trig_exercise", "not weak, I still manage my spin class every week"),
    ("trig_exercise", "thighs ache like I've done a hundred lunges, which I haven't"),
    ("trig_night", "the thighs cramp day and night since the new tablets"),
    ("trig_night", "he was put on a sedative for agitation at night and now he's rigid"),
    ("trig_night", "my lid droops and I see two of everything when watching TV at night"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
