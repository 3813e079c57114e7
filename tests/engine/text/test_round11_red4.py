"""Round 11 (red4), six red flags said in everyday words, and their look-alikes.

Stated: pain when someone else moves or nudges the toes or fingers ("if the nurse so much as
nudges my toes"), a stretch that "this time" made it ten times worse, someone pulling the
toes up that sends the pain through the roof; toes that feel they belong to someone else;
losing track of what one is saying; getting up only by pushing with the arms; and a note in
the writer's own shorthand without "I" ("couldnt remember my own postcode").
Guards: a stretch that ends the cramp ("flex my foot and it goes", "until it lets go",
"bending my fingers back sorts it", toes pulled back "like the nurse showed me"), moving a
foot "to help" said as a purpose, toes that cannot be wiggled beside the pain of a cold
limb, a mate who cannot walk after his own injury, and not walking years ago.
The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "pain_passive_stretch",
        "leg in plaster, if anyone so much as nudges my toes the pain is unbearable",
    ),
    ("pain_passive_stretch", "if the physio bends my fingers back the forearm pain is unbearable"),
    ("pain_passive_stretch", "when my brother pulled my toes up the pain went through the roof"),
    (
        "pain_passive_stretch",
        "my husband lifted my foot like he always does for the cramp, but this time it was ten"
        " times worse and I screamed",
    ),
    ("numbness", "cramps in my calf and my toes feel like they belong to someone else"),
    ("confusion", "I feel foggy and keep losing track of what I'm saying, plus cramps"),
    ("confusion", "forgot my own address at the surgery desk, twitching all over"),
    (
        "weakness_persistent",
        "I can't push myself up off the sofa without my arms any more, even on good days",
    ),
]

NOT = [
    ("pain_passive_stretch", "cramp was agony for a minute, then I flex my foot and it goes"),
    ("pain_passive_stretch", "my wife pushes my foot up until it lets go, about a minute"),
    ("pain_passive_stretch", "shaking my hand and bending my fingers back sorts it out"),
    (
        "pain_passive_stretch",
        "woke with a screaming calf cramp, I pulled my toes towards me like the physio showed"
        " me and it settled",
    ),
    (
        "pain_passive_stretch",
        "I can hardly wiggle my toes and the pain is terrible, the foot is cold and white",
    ),
    (
        "pain_passive_stretch",
        "they usually go in a few minutes if the nurse stretches my foot up",
    ),
    ("loss_of_function", "my mate cant walk since his knee op, my calf just twitches"),
    (
        "loss_of_function",
        "I couldn't walk for a month after breaking my ankle in 2010, now I just get foot cramps",
    ),
    ("loss_of_function", "tore my achilles years back, couldnt walk then, now only toe cramps"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_red_flag_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("finding", "text"), NOT)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present"
