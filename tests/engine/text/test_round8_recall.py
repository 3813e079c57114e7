"""Round 8, recall of the everyday findings (how long, what brings it on, what eases it, what the
muscle does), from the classes of wording the parser missed in fresh14-22: a joint one "can
barely bend" or "can hardly straighten", a jaw one "can barely open" or gets only two fingers
between the teeth, a back "stuck bent over"; a muscle "hard like wood"; someone else pushing the
toes up or the leg straight "and it goes", feet "eased by flexing" them up, a cramp "walked
off", standing up "and it eased"; repeated heavy handling "all day" or "all shift"; "when I sit
down", "sit down to read" and "sat watching" something; "it settles within a minute"; a muscle
"bunched up in a ball" and a knot one can feel; hands cramped "into a weird shape", fingers
"bunched together"; "after a couple of minutes it goes", "within a few minutes it lets go",
"each maybe 10-20 seconds". And the look-alikes: "tried stretching, nothing helps", a toe pushed
up that sets off beating, a chest band or belt pulled tight, a clenching jaw, twitching "all the
time", curling up on the sofa, a sport injury that is not a cramp from exercise, sleeping on the
sofa, leaning forward that one cannot do. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("rom_limited", "after the leg session I can barely straighten my elbows"),
    ("rom_limited", "my knee has seized and I can hardly bend it"),
    ("rom_limited", "my jaw is locked and I can barely open my mouth to drink"),
    ("rom_limited", "jaw so stiff I can only fit 2 fingers between my teeth"),
    ("rom_limited", "my jaw went and I cant close my mouth"),
    ("rom_limited", "since the spasm it is difficult to bend my knee"),
    ("rom_limited", "the calf is so tight I cant bring my foot up"),
    ("rom_limited", "I'm stuck bent over at the sink since the spasm"),
    ("rom_limited", "the back locked hunched over and won't let me stand"),
    ("tightness", "the cramp came and my calf was hard like wood"),
    ("tightness", "her calves have got stiffer and stiffer this year"),
    ("tightness", "both calves lock up solid at night"),
    ("relief_stretch", "my wife pulls my foot up and after a bit it lets go"),
    ("relief_stretch", "the coach pushed my leg straight and the cramp went"),
    ("relief_stretch", "I prise my fingers straight and then it eases"),
    ("relief_stretch", "the cramps are eased by flexing my feet up"),
    ("relief_stretch", "he walks it off up and down the hall"),
    ("relief_stretch", "I stood up and it eased within a minute"),
    ("relief_stretch", "I have to stand on the foot and then it stops"),
    ("trig_exercise", "my forearms cramp from carrying crates all shift at the depot"),
    ("trig_exercise", "hands cramp after gripping the drill all day"),
    ("trig_exercise", "dug the garden border on Sunday and my thighs cramped that night"),
    ("trig_rest", "the jumping starts whenever I sit down in the evening"),
    ("trig_rest", "it came on while I was sat reading the paper"),
    ("visible_bulge", "the hamstring was bunched up in a ball"),
    ("visible_bulge", "my shoulder is in spasm and I can feel a knot"),
    ("fixed_posture", "my hand cramped into a strange shape and stayed like it"),
    ("fixed_posture", "my fingers were stiff and squeezed together"),
    ("resists_movement", "each morning I have to help bend his knees to dress him"),
    ("resists_movement", "my arm fights against the physio when she moves it quickly"),
    ("resists_movement", "his legs are like planks this week"),
    ("dur_minutes", "the cramp grips and after a couple of minutes it goes off"),
    ("dur_minutes", "it locks up and within a few minutes it lets go"),
    ("dur_seconds", "my back spasms, each maybe 10-20 seconds"),
    ("dur_seconds", "I flex the foot and it settles within a minute"),
    ("trig_rest", "every night I sit down to read and my legs start twitching"),
]

GUARDS = [
    ("relief_stretch", "I tried stretching and a hot bath, nothing helps"),
    ("relief_stretch", "rubbing it and stretching it make no difference"),
    ("relief_stretch", "when I push his foot up it starts bouncing fast"),
    ("relief_stretch", "it starts up again if I pull my foot back"),
    ("relief_stretch", "his foot is white and he cant wiggle the toes or stand on the foot"),
    ("relief_stretch", "would stretching help the cramps at night"),
    ("tightness", "a pain across the chest like a belt pulled tight"),
    ("tightness", "my jeans feel tight on the swollen leg"),
    ("tightness", "shaky, sweaty and my jaw keeps clenching"),
    ("tightness", "a tight band round my middle for weeks"),
    ("dur_constant", "my eyelid twitches all the time this week"),
    ("dur_constant", "the lid won't stop flickering since Monday"),
    ("dur_constant", "she has been vomiting all day every day"),
    ("dur_minutes", "after 5 minutes it goes into spasm"),
    ("fixed_posture", "she curls up on the sofa with a hot water bottle"),
    ("fixed_posture", "the pain in my back is like a fist"),
    ("visible_bulge", "she curls up in a ball with the period pain"),
    ("trig_exercise", "got kicked in the shin at football and now the leg is tense"),
    ("trig_exercise", "I was playing squash and felt a snap at my heel"),
    ("trig_exercise", "running on 4 hours sleep and coffee"),
    ("trig_exercise", "nothing new at the gym, just the statin"),
    ("trig_exercise", "thought I'd pulled a muscle lifting boxes but the chest pain spread"),
    ("trig_rest", "she had to lie down with the pain"),
    ("trig_rest", "slept awkwardly on the couch and my neck is stuck"),
    ("trig_rest", "the only thing that eases it is sitting down"),
    ("trig_rest", "the twitching is worst when I lie in bed"),
    ("trig_rest", "he thinks the cramp is from sitting too long"),
    ("trig_rest", "I sit down and rest and the cramp eases"),
    ("dur_seconds", "within a week the twitching had spread to my arms"),
    ("relief_sitting_bending", "my back is so bad I cant bend forward to put socks on"),
    ("rom_limited", "the carers find it hard to bend her legs"),
    ("rom_limited", "I'm stuck at home with this back"),
    ("resists_movement", "fever and a headache, no neck stiffness"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
