"""Warning signs in people's own words: every red flag of the knowledge base is read from the
everyday, roundabout, misspelt and clinical-shorthand ways people state it, and a denied one
reads absent (the issue: no red flag stated in the words may be missed).

The phrasings are the kinds of words of the clinical reference (NHS-style lay wording, UK and
US words, typos, intake abbreviations), not sentences of the gold stories.
"""

from __future__ import annotations

import pytest

from myotriage.knowledge.loader import load_knowledge
from tests.engine.text.reading import said

# red flag -> (phrasings that state it, phrasings that deny it)
# fmt: off
STATED: dict[str, tuple[list[str], list[str]]] = {
    "breathing_difficulty": (
        ["short of breath", "SOB on exertion", "cant catch my breath", "struggling to breath",
         "shortness of breathe", "gasping for air", "dyspnoea"],
        ["not short of breath", "no SOB"],
    ),
    "chest_pain": (
        ["c/o chest tightness", "my chest feels tight", "heavy feeling in my chest",
         "cramps in my stomach and chest", "pain behind my breastbone", "cheat pain and sweating"],
        ["no chest pain", "denies chest pain"],
    ),
    "throat_closing": (
        ["my throat feels like its closing up", "wheezy", "squeaky breathing", "swollen tongue",
         "whistling sound when i breathe"],
        ["no wheezing"],
    ),
    "sudden_one_side": (
        ["face went lopsided", "words came out wrong", "my smile is wonky",
         "sudden weakness down my left side", "one side of my body went numb", "facial droop"],
        ["no face droop"],
    ),
    "seizure": (
        ["fainted", "passed out", "blacked out", "had a fit", "past out at the gym",
         "feinted at work", "brief LOC", "lost conciousness"],
        ["never passed out", "no blackouts", "did not lose consciousness"],
    ),
    "confusion": (
        ["shes confused", "disorientated", "doesnt know what day it is", "very drowsy",
         "in a daze", "acting strange and doesnt know where she is"],
        ["not confused", "no confusion"],
    ),
    "fever": (
        ["temp of 39", "temp 39.2", "temperature 38.5", "38.5c", "102 F", "shivery and feverish",
         "burning up", "had a temp last night", "pyrexial"],
        ["no fever", "no fevers or chills"],
    ),
    "neck_stiffness": (
        ["stiff neck", "cant touch my chin to my chest", "stiffness in my neck",
         "neck stiffened up"],
        ["no stiff neck", "no neck stiffness"],
    ),
    "dark_urine": (
        ["my pee looks like coke", "pee is the colour of cola", "urine like tea", "dark brown wee",
         "my urine is the colour of strong tea", "peeing brown", "wee looks like flat coke"],
        ["no dark urine"],
    ),
    "calf_swelling": (
        ["my calf is swollen", "leg swelled up", "one leg fatter than the other",
         "calf is hot and red"],
        ["no swelling", "calf not swollen"],
    ),
    "limb_cold_pale": (
        ["foot went white and freezing", "toes turned blue", "leg has gone pale",
         "my leg went all cold and blotchy", "foot feels like ice", "cant feel a pulse in my foot"],
        ["my foot is not cold to the touch"],
    ),
    "wound_jaw_stiffness": (
        ["jaw wont open after stepping on a nail", "lockjaw since i cut my hand", "jaw clamped shut since the dog bit me",
         "trismus after a puncture wound",
         "cant open my mouth properly since the cut"],
        ["no jaw stiffness", "no lockjaw"],
    ),
    "tingling_lips_hands": (
        ["lips feel fizzy", "tingling around my mouth", "pins and needles in my lips",
         "hands cramped into claws", "perioral tingling"],
        ["no tingling around my mouth"],
    ),
    "bladder_bowel": (
        ["peed myself", "wet my pants", "cant control my wee", "lost control of my bowels",
         "incontinent"],
        ["no incontinence", "no bladder or bowel problems"],
    ),
    "saddle_numbness": (
        ["cant feel my bum when i wipe", "numb between my legs", "numbness in my groin",
         "numbness down below", "pins and needles in my bum", "saddle numbness"],
        ["no numbness down below", "no numbness between my legs"],
    ),
    "muscle_wasting": (
        ["the muscle has shrunk", "my calf looks thinner", "lost muscle mass",
         "dip between my thumb and finger", "muscles are getting smaller"],
        ["no wasting", "no muscle wasting"],
    ),
    "speech_swallow": (
        ["slurring my words for weeks", "food gets stuck", "dysphagia", "struggle to swallow",
         "drinks go down the wrong way", "people say i sound drunk"],
        ["no trouble swallowing", "no problems swallowing"],
    ),
    "numbness": (
        ["foot is numb", "pins and needles", "cant feel my toes", "foot feels fizzy",
         "my leg went to sleep", "paraesthesia"],
        ["no numbness", "no pins and needles"],
    ),
    "appearance_change": (
        ["a new lump that stays", "a dent in my muscle", "bicep looks like popeye",
         "lump that wont go away"],
        ["no dent"],
    ),
    "eyelid_closure": (
        ["my eye closes completely", "eye twitching and now the corner of my mouth pulls too",
         "the twitch spreads to my cheek", "eye screws shut", "blepharospasm"],
        ["no spreading to my face"],
    ),
    "severe_unrelieved": (
        ["nothing helps", "painkillers dont touch it", "the cramp isnt easing", "wont let up",
         "still in agony", "no relief from stretching"],
        ["the pain is not relentless"],
    ),
    "eyelid_droop_double_vision": (
        ["double vision", "seeing 2 of everything", "droopy eyelid", "eyelid sagging",
         "diplopia"],
        ["no double vision", "no drooping eyelid"],
    ),
    "agitation_sweating": (
        ["agitated and sweaty since the new dose", "drenched in sweat", "sweating profusely",
         "cant stop shaking and sweating"],
        ["not agitated"],
    ),
    "cold_sweat": (
        ["sweating buckets and grey", "cold sweat", "pale and clammy", "sweating and feel sick",
         "cold and sweaty"],
        ["not clammy", "no cold sweat"],
    ),
    "urine_retention": (
        ["cant pee", "havent passed urine all day", "trouble urinating", "cant pass water",
         "bladder feels full but i cant go"],
        ["no problems peeing", "no difficulty urinating"],
    ),
    "jaundice": (
        ["my skin has gone yellow", "the whites of my eyes are yellow", "i look a bit yellow",
         "jaundiced"],
        ["no jaundice"],
    ),
    "bleeding": (
        ["blood in my poo", "black tarry stools", "blood on the toilet paper", "my pee is red",
         "haematuria"],
        ["no blood in my poo", "no rectal bleeding"],
    ),
    "weight_loss": (
        ["losing weight without trying", "lost half a stone", "lost 5kg", "clothes hanging off me",
         "weight is dropping"],
        ["no weight loss"],
    ),
    "weakness_persistent": (
        ["cant lift my foot, it slaps", "foot drop", "dropping cups", "legs give way",
         "no power in my hand", "toes catch on the ground"],
        ["no weakness"],
    ),
    "weakness_progressive": (
        ["getting weaker", "weaker and weaker", "worsening weakness", "weakness is spreading"],
        ["no progressive weakness"],
    ),
    "wound_recent": (
        ["stepped on a nail", "cut my hand on a rusty fence", "a dog bit me", "gashed my leg",
         "grazed my knee"],
        ["no cuts or wounds"],
    ),
    "pounding_headache": (
        ["pounding headache", "my head is banging", "thunderclap headache",
         "worst headache of my life"],
        ["no pounding headache"],
    ),
    "pain_passive_stretch": (
        ["agony when the nurse moved my toes", "moving my toes is agony",
         "stretching it makes it worse", "bending my fingers back is agony",
         "pain on passive stretch"],
        ["denies pain on passive stretch"],
    ),
    "pain_out_of_proportion": (
        ["the pain is way out of proportion", "far more pain than the injury",
         "hurts way more than it should"],
        ["the pain is not out of proportion"],
    ),
    "loss_of_function": (
        ["cant put weight on it", "cant stand on tiptoe", "unable to weight bear", "can hardly walk",
         "on crutches now"],
        ["no difficulty bearing weight"],
    ),
    "band_pain": (
        ["pain like a band round my chest", "the MS hug", "squeezing like a corset",
         "band like pain around my chest"],
        ["no band like pain"],
    ),
    "palpitations": (
        ["heart racing", "palpitations", "heart skipping beats", "racing pulse", "tachycardia",
         "heart beating out of my chest"],
        ["no palpitations"],
    ),
}
# fmt: on

# Hedged words leave a warning sign open for the interview to ask.
HEDGED = [
    ("dont think i fainted", "seizure"),
    ("not sure if i passed out", "seizure"),
    ("feel like im going to pass out", "seizure"),
    ("not sure if i have a fever", "fever"),
    ("maybe a bit breathless", "breathing_difficulty"),
    ("not sure if my pee is dark", "dark_urine"),
]

# Everyday words near a warning sign that are not one.
NOT_A_WARNING_SIGN = [
    "I like tea and coffee",
    "i fell asleep on the sofa and woke with a cramp",
    "got wasted at a party last night and my calf cramped",
    "the bruise on my calf has gone yellow and green",
    "jaw cramps when i chew gum",
    "drinking loads of coke and coffee",
    "i have to pee after coke",
    "i hug my knees to stretch",
    "had a fit bit on my wrist that tracks my heart",
    "back spasm, cant stand up straight",
    "it was freezing outside when i went running",
    "my friend came round and i got a cramp",
    "the weight dropped on my foot at the gym",
    "my teeth are yellow from smoking",
    "sore from the bike saddle after a long ride",
    "the cramp was so bad i dropped to the floor",
]


def test_every_red_flag_has_its_phrasings_here() -> None:
    red = {f.id for f in load_knowledge().findings.values() if f.red_flag}
    assert red == set(STATED)


@pytest.mark.parametrize(
    ("text", "finding"),
    [(text, fid) for fid, (stated, _) in STATED.items() for text in stated],
)
def test_a_stated_red_flag_reads_present(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [(text, fid) for fid, (_, denied) in STATED.items() for text in denied],
)
def test_a_denied_red_flag_reads_absent(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"


@pytest.mark.parametrize(("text", "finding"), HEDGED)
def test_a_hedged_red_flag_stays_open(text: str, finding: str) -> None:
    assert said(text).get(finding) == "unknown"


@pytest.mark.parametrize("text", NOT_A_WARNING_SIGN)
def test_everyday_words_are_not_a_warning_sign(text: str) -> None:
    red = {f.id for f in load_knowledge().findings.values() if f.red_flag}
    assert not [fid for fid, choice in said(text).items() if fid in red and choice == "present"]
