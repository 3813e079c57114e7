"""Round 9, red flags, from the classes of wording the parser missed or over-read in
fresh26-28: an everyday task the person can no longer do (needs a frame or walker to get
around, can't lift or hold a mug, can't wiggle the toes, can't do up buttons or turn a key,
can't dress or feed themself) read as loss of function; pain out of all scale for a small knock
and agony when someone moves the toes (out of proportion); wetting oneself without feeling it
coming (bladder); barely getting up out of a chair, or weaker by the day (persistent weakness);
nothing draining into a catheter bag (retention); a carer who opens with "I care for" or
"writing for" and then adds an aside of their own (the patient's chest pain stays the
patient's). Look-alikes: "see out of it" or "I know where I am" (no confusion); passing out on
the sofa after a night up (asleep, not a seizure); breathing fast that one can't stop (no
breathing difficulty); pain that "stays in my back" (where, not unrelieved); a pelvic girdle
(no band pain); a weight on the chest (no weight loss). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("loss_of_function", "these days she needs a walker to get to the kitchen"),
    ("loss_of_function", "he needs the zimmer frame now just to get to the loo"),
    ("loss_of_function", "I couldn't pick up my toothbrush this morning"),
    ("loss_of_function", "since this morning he cannot lift his cup with that arm"),
    ("loss_of_function", "the leg is cold and he cannot wiggle his foot at all"),
    ("loss_of_function", "my fingers are weak and I can no longer do up my coat buttons"),
    ("loss_of_function", "she couldn't turn the key in the door this week"),
    ("loss_of_function", "he can't dress himself any more because his arms are so weak"),
    ("pain_out_of_proportion", "the pain is off the scale for just a kick"),
    ("pain_out_of_proportion", "when the nurse moved my toes I screamed in agony"),
    ("bladder_bowel", "I nearly wet myself today without even feeling it coming"),
    ("bladder_bowel", "she almost wet herself without noticing it coming"),
    ("weakness_persistent", "mum can barely get up out of her chair now"),
    ("weakness_persistent", "my arms are getting weaker by the day"),
    ("urine_retention", "nothing has drained into the catheter bag all afternoon"),
    (
        "chest_pain",
        "I care for my neighbour Brian. He says he's had a cramp in his chest for 25 minutes. "
        "I get chest twinges from my ribs myself so I told him it's probably muscular.",
    ),
]

GUARDS = [
    ("confusion", "my eyelid clamps shut and I can't see out of it"),
    ("confusion", "I know where I am, I'm just shaky"),
    ("seizure", "passed out in bed after the party and woke with a stiff neck"),
    ("breathing_difficulty", "I was panicking and couldn't stop breathing fast"),
    ("severe_unrelieved", "the pain stays in my back and doesn't go down my leg"),
    ("band_pain", "I had pelvic girdle pain in my last pregnancy"),
    ("weight_loss", "like a weight on me and going down my arm"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
