"""Round 8, red flags, from the classes of wording the parser missed or over-read in fresh17-22:
pain "worse than when it broke" (out of proportion); painkillers "aren't doing a thing" or
"doing nothing" (unrelieved); a hand or foot that makes someone "hit the roof" or "go through
the ceiling" when another person moves it (passive stretch); "can barely wiggle" toes or
fingers (loss of function); "can hardly pee" (retention); "harder each week to" (progressive
weakness); twitching "all over now" and a dip above the heel (appearance); slurred words beside
"coughed on drinks", which are no alcohol (speech and swallowing); a denial with a "barely" in
it ("can barely open my mouth wide") or after a "normally" ("normally sharp as a tack") that
denies nothing; "more muddled than normal", a comparison and no denial. Look-alikes: a cramp
that "won't go away" (lasting, not severe), weakness that lasts "for some time" after a cramp,
a neck stiff with the shoulders or back, taking "the weight off" a foot, and sweat from a hot
shift or a run in a heatwave. The sentences are
our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("pain_out_of_proportion", "she's in far worse pain than when she actually snapped it"),
    ("pain_out_of_proportion", "tonight it is much worse pain than when the bone snapped"),
    ("severe_unrelieved", "the tablets from the hospital aren't doing a thing for the pain"),
    ("severe_unrelieved", "the co-codamol's doing nothing for it"),
    ("severe_unrelieved", "the painkillers from A&E aren't doing a thing"),
    ("pain_passive_stretch", "if I straighten her fingers she nearly goes through the ceiling"),
    ("pain_passive_stretch", "when I bend his toes back he goes through the ceiling"),
    ("loss_of_function", "in the plaster he can barely wiggle his toes"),
    ("loss_of_function", "her fingers are puffy and she can hardly wiggle them"),
    ("loss_of_function", "he can't kneel or get up out of bed without help"),
    ("urine_retention", "since lunchtime he can hardly pee at all"),
    ("urine_retention", "I could barely wee this morning even though I was bursting"),
    ("weakness_progressive", "it's getting harder each month to carry the washing upstairs"),
    ("weakness_progressive", "he finds it tougher every week to get out of the bath"),
    ("appearance_change", "my whole body is twitching all over now"),
    ("appearance_change", "first the arms and now my back and legs twitch all over"),
    ("appearance_change", "a dip above his heel appeared after the bang"),
    (
        "speech_swallow",
        "for a few months my words come out slurred and I've choked on drinks twice",
    ),
    ("wound_jaw_stiffness", "cut my hand on a rusty hinge, now I can barely open my mouth wide"),
    ("confusion", "he's a bit more muddled than normal"),
    ("confusion", "he was confused tonight, and he's normally sharp as a tack"),
]

GUARDS = [
    ("severe_unrelieved", "a cramp in my calf that won't go away for days, it's puffy too"),
    ("severe_unrelieved", "this twitch under my eye just doesn't go away"),
    ("weakness_persistent", "my fingers stay weak for some time after the cramp lets go"),
    ("neck_stiffness", "neck and shoulders stiff from hunching at the laptop"),
    ("neck_stiffness", "my neck and back are tight after the long drive"),
    ("weight_loss", "the foot stops jumping when I take the weight off it"),
    ("weight_loss", "it settles once she lifts her weight off the pedal"),
    ("loss_of_function", "my legs are so stiff I can barely bend them in the mornings"),
    ("speech_swallow", "he was slurring his words after a few drinks at the wedding"),
    ("speech_swallow", "my speech gets slurred when I've had a drink"),
    ("pain_passive_stretch", "when I stretch my foot the cramp goes away"),
    ("wound_jaw_stiffness", "grazed my knee on a rusty gate, I can open my mouth wide fine"),
    ("confusion", "mum is sharp as a tack, it's only her calves that cramp"),
    # sweat from a hot workplace or a run in a heatwave is no agitation
    ("agitation_sweating", "right by the ovens all day, dripping with sweat the whole shift"),
    ("agitation_sweating", "doing my long runs in the heatwave, I come home drenched"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
