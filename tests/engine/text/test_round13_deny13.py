"""Round 13, denials as new writers put them.

A "no" reaches every item of a list of findings, however many commas it has ("no numbness,
tingling, weakness or bladder problems"), but not through a finding whose own words deny
it ("no swelling, walking fine, stretched it and it eased": the stretch still helped); a
closing "none" or "none of those" denies the whole list before it ("fever, chest pain,
breathlessness - none"); a question answered in a few words ("Chest pain? None at all.",
"Swelling? Not at all.") is denied like one answered "No."; a denial after a comma or dash
is not imagined by a "googled" or "read about" before it; "probs" is "problems". Everyday
checks: a face or speech "the same as always", "face fine", "nothing new with my face or
speech" (no new one-sided weakness); an arm that "works fine" (no weakness); "head feels
clear", "thinking straight", "I know where I am", "his usual cheerful self" (no confusion);
"wee was clear", "yellow, not brown" (no dark urine); a twitch that "never shuts my eye"; a
bladder "behaving"; "denies burning or frequency", "no wee problems" (no urine infection);
"still playing football fine"; "eating and drinking ok", "drinks plenty". The sentences are
our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # lists: the "no" reaches every finding of the list
    ("no numbness, tingling, weakness or bladder problems", "weakness_persistent", "absent"),
    ("no numbness, tingling, weakness or bladder problems", "bladder_bowel", "absent"),
    ("back spasm. no weakness, numbness, tingling or bladder problems", "numbness", "absent"),
    # a closing word for the list before it
    ("my calf hurts. fever, chest pain, breathlessness - none", "chest_pain", "absent"),
    ("my calf hurts. fever, chest pain or breathlessness - none", "fever", "absent"),
    (
        "calf cramp. chest pain, breathlessness, fever: none of these",
        "breathing_difficulty",
        "absent",
    ),
    ("calf cramp. chest pain, breathlessness, fever: none of these", "fever", "absent"),
    # a short answer to a question
    ("cramp in my calf. any chest pain? none at all", "chest_pain", "absent"),
    ("cramp in my calf. swollen? not at all", "calf_swelling", "absent"),
    ("cramp in my calf. chest pain? none of that", "chest_pain", "absent"),
    # a denial after a dash is not imagined by what came before
    (
        "looked it up on google - no numbness down below and peeing normally",
        "saddle_numbness",
        "absent",
    ),
    ("read about it on google - no numbness down below", "saddle_numbness", "absent"),
    # "probs"
    ("my calves twitch. no probs swallowing or talking", "speech_swallow", "absent"),
    # everyday checks
    (
        "stroke 3 years ago, hand stiff. no new weakness, face fine, talking fine",
        "sudden_one_side",
        "absent",
    ),
    (
        "my foot bounces on the clutch. nothing new with my face or speech, same as always",
        "sudden_one_side",
        "absent",
    ),
    (
        "arm tight since the stroke, her speech is the same as it has been since",
        "sudden_one_side",
        "absent",
    ),
    ("my shoulder twitches but the arm works fine", "weakness_persistent", "absent"),
    ("temp 38.5 and shaky but my head feels clear", "confusion", "absent"),
    ("legs jerking and sweating, i know where i am and what day it is", "confusion", "absent"),
    ("thighs cramping after the festival but im thinking straight", "confusion", "absent"),
    ("my dad is sore but he's his usual cheerful self", "confusion", "absent"),
    ("calves cramped at the marathon. wee was clear afterwards", "dark_urine", "absent"),
    ("forearms cramp in the heat, my pee is dark yellow but not brown", "dark_urine", "absent"),
    (
        "lower lid flickers for a week. lid doesnt droop and it never shuts my eye",
        "eyelid_closure",
        "absent",
    ),
    ("MS, my feet bounce on the stairs. bladder is behaving", "bladder_bowel", "absent"),
    ("she never wets herself or bites her tongue", "bladder_bowel", "absent"),
    ("legs stiffer this week. denies burning or frequency", "urine_infection", "absent"),
    ("CP, legs tighter. no temperature, no wee problems", "urine_infection", "absent"),
    (
        "his thighs ache on the statin but he is still playing football fine",
        "loss_of_function",
        "absent",
    ),
    ("mum gets foot cramps at night, eating and drinking ok", "dehydration", "absent"),
    # guards: what is said stays said
    (
        "calf tight after a 10k, no swelling, walking fine, stretched it a bit and it eased",
        "relief_stretch",
        "present",
    ),
    ("my face went droopy and my speech is not the same as before", "sudden_one_side", "present"),
    ("she is not making sense since this morning", "confusion", "present"),
    ("no fever, but a stiff neck and a headache", "neck_stiffness", "present"),
    (
        "i had a cramp in my calf and it swelled up, nothing like that before",
        "calf_swelling",
        "present",
    ),
    ("is it a dvt? never had one. my calf is swollen", "calf_swelling", "present"),
    ("my pee is dark brown like cola", "dark_urine", "present"),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_denials_as_new_writers_put_them(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice, said(text)
