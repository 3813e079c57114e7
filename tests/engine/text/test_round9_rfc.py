"""Round 9, red flags (seizure to wound), from the classes of wording the parser missed or
over-read in the red-flag sentence files 8 and 9: someone who drops or thrashes and "isn't
responding" or "wasn't with us", "everything went black" and then the floor (seizure); pain
that "hasn't let up", leaves one unable to settle or get comfortable, or that no tablet or
position touches (unrelieved); words that "come out" mushy or unclear and a heavy or clumsy
tongue (slurring that creeps up); an arm or a side that goes heavy, numb or dead all of a
sudden, and a face that "sagged" within minutes (one-sided); air that "can't get through"
(throat); hands bent at the wrist and stiff tingly fingers (tetany); water that "won't come
out", nothing coming out, no wet pad (retention); grip that "hasn't come back" (persistent);
what the person could do before and can no longer, harder each week (progressive); a face
thinned and clothes or a belt gone too big (weight); a jaw that "won't open" (tetanus); a
graze full of grit, a nail that went into the arm, and an unsure tetanus jab that doubts
nothing of the wound. Denials: awake the whole time, pain that settles with rest or a tablet,
talking and swallowing as normal, the bladder emptying fine, hands not stuck in a shape, no
broken skin. Look-alikes: "knocked out" tired, a pet that cannot pee, a queue for the toilet,
diet weight loss, cutting one's hours, a leg that "suddenly went" cold (a limb, not a side),
stretching that does nothing for a swollen calf. A denial said of how it was before a change
("was talking normally, and then ...") denies nothing now. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("seizure", "my brother went down on the kitchen floor and wasnt responding to us"),
    ("seizure", "she was thrashing on the sofa and didnt answer me"),
    ("seizure", "his arms were jerking and he wasnt with us for a couple of minutes"),
    ("seizure", "the pain peaked and everything went black, then I was on the bathroom floor"),
    ("severe_unrelieved", "the spasm in my back hasnt let up since lunchtime"),
    ("severe_unrelieved", "my thigh is so painful I just cant settle tonight"),
    ("severe_unrelieved", "I cannot get comfortable at all with this calf pain"),
    ("severe_unrelieved", "no tablets helped and the cramp is still there"),
    ("severe_unrelieved", "the pain has not budged at all since Monday"),
    ("severe_unrelieved", "my hip hurts so much I cant get comfy anywhere"),
    ("severe_unrelieved", "the spasm has lasted over an hour and heat and rubbing do nothing"),
    ("speech_swallow", "these last few weeks my words are not coming out clearly"),
    ("speech_swallow", "my tongue feels thick and lazy lately and it's getting worse"),
    ("speech_swallow", "he has trouble getting his words out since the autumn"),
    ("sudden_one_side", "suddenly her left hand went numb and heavy and she dropped the spoon"),
    ("sudden_one_side", "all at once he couldnt lift his left arm off the table"),
    ("sudden_one_side", "my right arm is suddenly dead and I can't grip"),
    ("sudden_one_side", "suddenly my left arm went limp on the table"),
    ("sudden_one_side", "she was talking normally, and then one side of her face sagged"),
    ("throat_closing", "my neck feels squeezed from inside and the air cant get through"),
    ("tingling_lips_hands", "her hands are bent at the wrists and she cant open them"),
    ("tingling_lips_hands", "my fingers are stiff and tingling and won't straighten"),
    ("urine_retention", "hes had no wet pads today"),
    ("urine_retention", "nothing comes out when I try and my belly is tight"),
    ("urine_retention", "dad hasnt had a wet nappy since breakfast"),
    ("weakness_persistent", "my grip has never come back after that spasm"),
    ("weakness_progressive", "doing my buttons gets tougher every month"),
    ("weakness_progressive", "I trip more often now than in the spring and it's getting worse"),
    ("weakness_progressive", "I used to carry the shopping, now I need my son to"),
    ("weakness_progressive", "climbing the stairs has gone from easy to impossible this year"),
    ("weakness_progressive", "every week there is something new I cant manage"),
    ("weight_loss", "my face has thinned and my jeans are too big for me now"),
    ("weight_loss", "she looks so gaunt now"),
    ("weight_loss", "he has gone so thin though he eats like always"),
    ("wound_jaw_stiffness", "I cut my foot on a rake last week and now my jaw would not open"),
    (
        "wound_jaw_stiffness",
        "she grazed her hand on the wall on Sunday and now her jaw is clenched",
    ),
    ("wound_recent", "the graze on her knee is full of grit"),
    (
        "wound_recent",
        "I stood on a rusty nail a few days ago, not sure when my last tetanus was, now my foot cramps",
    ),
]

DENIED = [
    ("seizure", "he stayed conscious while his leg jerked"),
    ("seizure", "awake throughout, just the arm jerking"),
    ("severe_unrelieved", "once I stretch it, it eases quickly"),
    ("severe_unrelieved", "ibuprofen and its gone in half an hour"),
    ("speech_swallow", "I talk and eat normally"),
    ("throat_closing", "nothing in my throat, just the cramp in my shoulder"),
    ("tingling_lips_hands", "his fingers are not locked in any odd position"),
    ("urine_retention", "wee flows fine"),
    ("urine_retention", "I pass water normally"),
    ("weakness_persistent", "strong as usual once the cramp is over"),
    ("wound_jaw_stiffness", "small cut on my toe but no problem with my jaw"),
    ("wound_recent", "the skin is not broken anywhere"),
]

GUARDS = [
    ("seizure", "the night shifts leave me knocked out tired"),
    ("urine_retention", "our dog cant pee and the vet is checking him"),
    ("urine_retention", "I couldnt get to the toilet because the queue was huge"),
    ("weight_loss", "I joined a slimming club to lose weight and dropped a stone"),
    ("wound_recent", "I had to cut my hours at the shop because of the cramps"),
    ("sudden_one_side", "his left leg suddenly went cold and white"),
    ("severe_unrelieved", "my calf is swollen and warm and stretching does nothing"),
    ("weakness_progressive", "weaker after the flu but getting stronger each week now"),
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
