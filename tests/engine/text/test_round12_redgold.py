"""Round 12, red flags the tuned gold stories state in words the parser missed (redgold). The
sentences are our own, in many voices (carers, older writers, English as a second language,
dictated text, GP shorthand).

Families fixed: not being able to get up out of a chair, an armchair or the sofa without help
("without us hauling him", "unless my wife pulls me up", "needs two of us to get him out of his
chair") is weakness that stays (loss of the limb's use is still read where the words say so);
a limb the person "isn't moving at all", "won't move",
"hasn't moved since lunch", or "can hardly lift" is a limb not used (loss_of_function); a child
or adult "unusually sleepy", "sleepier than normal", "sleepy and floppy", "hard to keep awake" is
unusual drowsiness (confusion).

The GUARD_* lists are guards: sentences that already read right before this round, kept so the
fixes do not break them.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    # getting up out of a chair only with help: weakness
    (
        "weakness_persistent",
        "since the new tablets he can't get up out of his recliner without me and my son hauling him",
    ),
    (
        "weakness_persistent",
        "mum cant get out of her chair without help now, her thighs ache all the time",
    ),
    (
        "weakness_persistent",
        "I can't get up off the settee unless my wife pulls me up, my legs ache constantly",
    ),
    (
        "weakness_persistent",
        "he is not able to get up from the chair without help since two days, legs aching",
    ),
    ("weakness_persistent", "Cannot rise from chair unaided, proximal myalgia x1/52"),
    (
        "weakness_persistent",
        "it needs two of us to get him out of his armchair now, his thighs ache all day",
    ),
    (
        "weakness_persistent",
        "she couldnt get up off the couch this morning without someone lifting her",
    ),
    # a limb not moved or hardly lifted: loss of use
    ("loss_of_function", "the carer says she isnt moving her foot at all and it's cold"),
    (
        "loss_of_function",
        "his leg is white, he screams if anyone goes near it and he isnt moving his toes at all",
    ),
    (
        "loss_of_function",
        "he won't move his left leg since this morning, it's cold and white",
    ),
    (
        "loss_of_function",
        "my son is not moving his arm, keeps it still by his side and cries",
    ),
    ("loss_of_function", "she hasnt moved her right leg since lunch, the nurse says it's pale"),
    ("loss_of_function", "Not moving L foot, cold pale limb, AF off warfarin"),
    (
        "loss_of_function",
        "my thighs are so weak and swollen i can barely lift my legs onto the bed",
    ),
    ("loss_of_function", "since yesterday he can hardly lift his legs to climb the stairs"),
    # unusual drowsiness: confusion
    ("confusion", "temp 39 and shes unusually sleepy and floppy"),
    ("confusion", "my little boy has a fever and he's much sleepier than normal"),
    ("confusion", "she is more sleepy than usual and hard to keep awake"),
    ("confusion", "baby is floppy and sleepy, not feeding, temperature 38.9"),
    ("confusion", "dad is abnormally sleepy today and not eating"),
    ("confusion", "so sleepy today we can barely keep him awake"),
    ("confusion", "he is sleepy and floppy like a rag doll since his temperature went up"),
]

DENIED = [
    ("confusion", "not sleepy or floppy, playing normally, just a sore leg"),
]

NOT_SAID = [
    # a limb held still only while a cramp lasts
    (
        "loss_of_function",
        "the cramp was so bad i could barely move my foot for a minute, then it let go",
    ),
]


GUARD_STATED = [
    ("pain_passive_stretch", "temp 39, she screams if we move her hip and wont stand"),
    ("loss_of_function", "i cant get up off the toilet without help, my thighs are agony"),
    ("loss_of_function", "i can hardly move my toes and the foot is white and cold"),
    ("weakness_persistent", "he can hardly get up out of the armchair and his wee is dark"),
    ("confusion", "my toddler has a fever and wont wake up properly"),
]

GUARD_DENIED = [
    ("weakness_persistent", "im not weak, can get up out of a chair no problem"),
]

GUARD_NOT_SAID = [
    ("weakness_persistent", "I can't get out of bed in the morning, I'm so tired from work"),
    (
        "weakness_persistent",
        "during the cramp I can't get up out of my chair until it passes, then I'm fine",
    ),
    ("loss_of_function", "she isnt moving around much these days, just tired"),
    ("loss_of_function", "the twitch isnt moving to other muscles, just the eyelid"),
    ("loss_of_function", "I'm not moving house until the spring, the cramps are annoying"),
    ("confusion", "baby is sleepy after her feed as usual, her legs twitch in her sleep"),
    ("confusion", "the antihistamine makes me sleepy, and my calves cramp at night"),
    ("confusion", "I'm unusually sleepy after night shifts this week, eyelid twitching"),
    ("confusion", "his foot is floppy and slaps down when he walks"),
    ("confusion", "my arm went floppy for a minute after the twitching"),
]


@pytest.mark.parametrize(("finding", "text"), STATED + GUARD_STATED)
def test_stated_red_flag_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(("finding", "text"), DENIED + GUARD_DENIED)
def test_denied_red_flag_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent"


@pytest.mark.parametrize(("finding", "text"), NOT_SAID + GUARD_NOT_SAID)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present"
