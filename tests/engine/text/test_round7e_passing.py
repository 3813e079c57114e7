"""Round 7e of the red flags, from the classes of wording a seventh blind writer's sentences
(tests/data/red_flag_phrases_7.yaml) showed the parser missed when a red flag comes up in
passing, one clause of a longer message: breathing through a straw, lungs that won't fill,
drowning lying flat; a sore feeling across the front of the chest; being choked; arm and leg
on the same side giving out; dropping to the ground shaking and not answering; a roasting
forehead, running hot; a head that can't tip forward; a catheter bag or pee like tea or
gravy; a jaw clamped shut after a cut; wee that can't be held, wet pants unnoticed; a limb
that lost its meat or went flat; an eye twitch that takes the mouth along or shuts the eye;
a ghost copy, things doubled; shaking with sweating; a head beating like a drum; pain when
the toes are bent or stretched; a heart tripping over itself, a pulse like the clappers; wet
and cold skin; a turmeric colour; scales say lighter; pee that will not come; the
caregiver's "talking to me" that is not the writer's own story; and the casual denials of
each ("got my wind back straight away", "nothing going on with my chest", "jaw's fine, opens
normally", "only one of everything", "weight's stable"). The stated and denied sentences are
partly the writer's, partly our own wording; the guards are our own.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    # breathing through a straw; lungs that will not fill; drowning lying flat
    (
        "breathing_difficulty",
        "twitchy eyelid, and tbh i keep feeling like i'm breathing through a straw",
    ),
    (
        "breathing_difficulty",
        "my thigh locked up and after that my lungs just wouldnt fill up properly",
    ),
    ("breathing_difficulty", "cramp by the ribs, and i feel like im drowning lying flat at night"),
    # a carer told, not the writer: "talking to me", "she told me"
    (
        "breathing_difficulty",
        "mum's legs were bad again, she was puffing and panting just talking to me on the phone",
    ),
    # a sore or dull feeling in the middle or front of the chest
    ("chest_pain", "shoulder twitch, and a dull sore feeling across the front of my chest too"),
    ("chest_pain", "he says it's sore in the middle of his chest"),
    # being choked, air that won't get past the throat
    ("throat_closing", "when the spasm hits my neck I feel like I'm being choked"),
    ("throat_closing", "cramp in my neck and I can't get air through my throat"),
    # arm and leg on the same side
    ("sudden_one_side", "then suddenly the arm and the leg on the same side just gave out"),
    ("sudden_one_side", "my leg and arm on the same side went weak all at once"),
    # dropped shaking all over and would not answer; went out completely
    ("seizure", "he was shaking all over and wouldn't answer me"),
    ("seizure", "had a funny turn where I went out completely, and the twitching goes on"),
    # forehead roasting, running hot, teeth chattering
    ("fever", "baby's legs keep jerking and her forehead is roasting hot"),
    ("fever", "neck muscles spasm and I've been running hot"),
    ("fever", "his forehead is boiling and the legs keep jumping"),
    # a head that cannot tip or bend forward
    ("neck_stiffness", "he can't tip his head forward without yelling"),
    # a catheter bag or pee dark like tea, gravy or cola
    ("dark_urine", "Dad's catheter bag is a dark tea colour and his legs keep cramping"),
    ("dark_urine", "when I went to the loo it was brownish, like gravy"),
    # a jaw that won't let go or unclench after a cut
    ("wound_jaw_stiffness", "gashed my knee on the allotment, and now my jaw muscles won't let go"),
    (
        "wound_jaw_stiffness",
        "my teeth are clenched and I can't unclench them, ever since I cut my finger on a tin",
    ),
    # wee that cannot be held; wet pants not noticed
    ("bladder_bowel", "my pants were wet and I hadn't realised, along with the back spasms"),
    ("bladder_bowel", "his underwear was wet and he didn't notice, legs jerking"),
    # a muscle that lost its meat, gone flat, gone thin
    ("muscle_wasting", "left arm twitches and looks like it's lost all its meat"),
    ("muscle_wasting", "my bum on one side has gone flat"),
    # an eye twitch that takes the mouth along, shuts the eye tight
    ("eyelid_closure", "eye twitch then my lip goes too, the whole side of my face jumps"),
    ("eyelid_closure", "the lid twitch goes all the way down and I can't see out of that eye"),
    # a ghost copy, doubled, two pictures overlapping
    ("eyelid_droop_double_vision", "the TV looks doubled up sometimes, as well as the cramps"),
    ("eyelid_droop_double_vision", "everything's got a ghost copy next to it, and jaw spasms"),
    # shaking with sweating
    # a head beating like a drum
    ("pounding_headache", "in a wheelchair from a spine injury, suddenly my head beat very strong"),
    ("pounding_headache", "headache came on like a drum, face flushed, legs spasming"),
    # toes or fingers bent, pulled or straightened: agony
    (
        "pain_passive_stretch",
        "his forearm is swollen and it kills him when I straighten his fingers",
    ),
    ("pain_passive_stretch", "when my fingers get bent back the pain in my forearm is terrible"),
    # a heart tripping over itself, jittering; a pulse like the clappers
    (
        "palpitations",
        "my heart feels like it's tripping over itself, and the cramps are still there",
    ),
    ("palpitations", "fluttery feeling like my heart is jittering, plus the leg cramps"),
    # wet and cold skin; sweating but cold
    ("cold_sweat", "my skin was wet and cold, face very pale, with the cramp"),
    ("cold_sweat", "sweating but felt cold and looked washed out"),
    ("cold_sweat", "I was cold, wet with sweat and my face had no colour"),
    # more yellow than tanned, dipped in turmeric
    ("jaundice", "I look tanned but it's more yellow than brown, and my legs cramp"),
    ("jaundice", "he looks like he's been dipped in turmeric, and his legs keep cramping"),
    # the scales say lighter; clothes hanging off
    ("weight_loss", "scales say I'm lighter every week, and my legs cramp"),
    # touch that is not felt normally
    ("numbness", "when I touch the leg that cramps I don't feel it normal"),
    # a changed shape, a bulge that pops out
    ("appearance_change", "the shape of my calf is different now, and it cramps"),
    ("appearance_change", "a bulge on my thigh pops out more when I stand"),
    # pee that will not come; can't empty the bladder; nothing coming on the loo
    ("urine_retention", "I cannot make the urine come out, and the cramps"),
    ("urine_retention", "he's sitting on the loo and nothing's coming"),
]

DENIED = [
    ("breathing_difficulty", "Cramp in my foot after the run, got my wind back straight away"),
    ("breathing_difficulty", "got my breath back quickly after the spasm"),
    ("chest_pain", "nothing in my chest at all, just the calf cramps at night"),
    ("chest_pain", "the twitching is in his thigh, he's not complaining of anything in his chest"),
    ("chest_pain", "nothing going on with my chest before you ask"),
    ("neck_stiffness", "she's not complaining of her head or neck, just the spasms in her legs"),
    ("sudden_one_side", "nothing sudden on one side, arms and legs all working as normal"),
    ("seizure", "stayed awake and with it the whole time, just a really painful cramp"),
    ("seizure", "he was conscious throughout the spasm"),
    ("fever", "temps normal at 36.8, calves still cramping though"),
    ("fever", "temp came back at 37.1 and my legs still cramp"),
    ("dark_urine", "pee's a normal colour after the run"),
    ("limb_cold_pale", "colour's fine and my foot feels warm, just twitchy muscles"),
    ("wound_jaw_stiffness", "I did cut my hand last week but my jaw's fine, opens normally"),
    ("muscle_wasting", "his legs look normal, haven't lost any bulk"),
    ("muscle_wasting", "both calves still look the same, it's just the cramps"),
    ("eyelid_closure", "doesn't shut my eye, just a tiny flutter"),
    ("eyelid_closure", "the twitch stays put on the lid, hasn't spread anywhere"),
    (
        "eyelid_droop_double_vision",
        "seeing clearly, only one of everything, it's my legs that cramp",
    ),
    ("pain_passive_stretch", "stretching it out actually helps the cramp"),
    ("band_pain", "nothing squeezing around her middle, just the spasms in her legs"),
    ("weight_loss", "weight's stable, just the cramps"),
    ("appearance_change", "the twitches stay in the one spot"),
    ("appearance_change", "no bumps on the muscle, only the spasms"),
    ("appearance_change", "looks the same as the other side, just twitching"),
    ("urine_retention", "no problem going to the loo, it's just the back spasm"),
]

GUARDS = [
    ("breathing_difficulty", "I'm drowning in work emails and my eye twitches"),
    ("breathing_difficulty", "I can't lie flat on my back because of the back spasm"),
    ("breathing_difficulty", "I drink my smoothie through a straw"),
    ("fever", "my skin is burning where the cramp was"),
    ("fever", "the bath was roasting so I got out"),
    ("cold_sweat", "I went out in the cold and wet and my calf cramped"),
    ("jaundice", "the bruise on my calf has gone yellow"),
    ("jaundice", "my urine looks yellow in the morning"),
    ("dark_urine", "my bag is dark brown leather and my arm cramps"),
    ("seizure", "the power went out completely and my leg cramped in the dark"),
    ("muscle_wasting", "my tyre has gone flat and my calf cramps"),
    ("appearance_change", "I'm in bad shape, changed my diet last month"),
    ("pain_passive_stretch", "stretching my toes helps the cramp go"),
    ("eyelid_closure", "I close my eyes tight to sleep and my calf cramps"),
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
