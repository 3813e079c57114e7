"""Round 4 of the red flags in people's own words (issue 12): the "works fine" denials ("his
waterworks are fine", "she's fully with it", "I can open my mouth normally"), more everyday
ways of stating each warning sign ("my jaw's gone stiff", "a tiny graze but the pain is
awful", "someone bending my toes back is agony"), and look-alikes that must not be read
("weak coffee", "confused about the forms", "a saddle for the pony"). Sentences of our own.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text
from myotriage.knowledge.loader import load_knowledge


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load_knowledge()


def _read(kb, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.id: f.choice for f in parse_text(text, kb).findings}


STATED = [
    ("weakness_progressive", "each week I can carry less and less shopping with that arm"),
    ("weakness_progressive", "my grip got weaker little by little over the winter"),
    ("weakness_progressive", "progressive right arm weakness"),
    ("chest_pain", "pt reports crushing CP since 7am"),
    ("chest_pain", "it hurts right across my chest"),
    ("sudden_one_side", "all of a sudden he couldn't move his left arm"),
    ("sudden_one_side", "the right half of his body went floppy"),
    ("sudden_one_side", "her mouth went down one side"),
    ("confusion", "grandad is so confuse this evening"),
    ("confusion", "she did not know the date this morning"),
    ("dark_urine", "been peeing dark since the marathon"),
    ("dark_urine", "his urine is the colour of strong tea"),
    ("limb_cold_pale", "my son's legs are icy and gone white"),
    ("wound_jaw_stiffness", "a few days after the dog bite his jaw's getting stiff"),
    ("wound_jaw_stiffness", "my jaw keeps stiffening up"),
    ("tingling_lips_hands", "her hands went tingly and then locked up"),
    ("bladder_bowel", "grandma wet herself without knowing"),
    ("bladder_bowel", "he can't control his bowels any more"),
    ("saddle_numbness", "tingling around my back passage since yesterday"),
    ("saddle_numbness", "no feeling in my genitals"),
    ("muscle_wasting", "the muscle in my thumb has just melted away"),
    ("speech_swallow", "bread keeps getting stuck and it's worse each month"),
    ("speech_swallow", "her voice has slowly become slurred this year"),
    ("numbness", "pins n needles in my toes"),
    ("appearance_change", "there's a new dent in my thigh muscle"),
    ("appearance_change", "the twitching spread from my legs to my arms"),
    ("eyelid_closure", "my eye squeezes completely shut when it goes"),
    ("eyelid_closure", "full eyelid closure during each spasm"),
    ("severe_unrelieved", "ice does nothing and it is still agony"),
    ("agitation_sweating", "trembling and sweating since the new tablets"),
    ("pounding_headache", "his head's pounding and he's gone red"),
    ("pain_passive_stretch", "the doctor bent my toes back and I nearly passed out from the pain"),
    ("pain_out_of_proportion", "a tiny graze but the pain is excruciating"),
    ("pain_out_of_proportion", "the cut is small yet the pain is unbearable"),
    ("loss_of_function", "he's unable to use his right hand since it happened"),
    ("loss_of_function", "she's having to hop everywhere"),
    ("palpitations", "rapid pulse and feeling faint"),
    ("band_pain", "a pain going round my waist like a belt"),
    ("urine_retention", "straining to pee and only a few drops"),
    ("breathing_difficulty", "I can barely get my breath"),
    ("chest_pain", "my chest feels like it is being crushed"),
    ("chest_pain", "he keeps clutching his chest"),
    ("throat_closing", "there's a whistling noise when she breathes in"),
    ("seizure", "he went stiff then shook and wouldn't answer us"),
    ("saddle_numbness", "she's numb between the legs"),
    ("muscle_wasting", "the bit between my thumb and finger has gone hollow"),
    ("speech_swallow", "he keeps choking on his drinks"),
    ("appearance_change", "a bulge in the muscle that never goes"),
    ("appearance_change", "the twitching is now everywhere"),
    ("severe_unrelieved", "nothing I try takes it away"),
    ("severe_unrelieved", "the pain isn't easing at all"),
    ("eyelid_droop_double_vision", "I'm seeing things twice"),
    ("pain_passive_stretch", "it's agony if you pull her toes back"),
    ("pain_passive_stretch", "severe pain on passive movement of the fingers"),
    ("pain_out_of_proportion", "just knocked it but it's agony"),
    ("palpitations", "irregular pulse at rest"),
    ("cold_sweat", "her skin is cold and damp"),
    ("weakness_progressive", "losing strength week by week"),
    ("weakness_progressive", "every month harder to lift the kettle"),
    ("sudden_one_side", "his mouth dropped down one side an hour ago"),
    ("sudden_one_side", "right arm and leg suddenly went heavy"),
    ("seizure", "he was jerking and wasn't responding"),
    ("confusion", "nan keeps asking the same questions"),
    ("bladder_bowel", "the wee came out without her noticing"),
    ("saddle_numbness", "numb round her backside"),
    ("speech_swallow", "water comes out of his nose when he drinks"),
    ("appearance_change", "a groove in my calf muscle"),
    ("urine_retention", "bladder feels full but nothing is coming"),
    ("breathing_difficulty", "unable to take a deep breath"),
    ("sudden_one_side", "she suddenly can't move her left side"),
    ("calf_swelling", "my left leg swelled overnight"),
    ("tingling_lips_hands", "numbness around her lips"),
    ("bladder_bowel", "he couldn't hold his wee on the way home, that's new"),
    ("muscle_wasting", "my left thigh is visibly thinner"),
    ("appearance_change", "a bump on my forearm that never goes away"),
    ("severe_unrelieved", "pain very bad, nothing help"),
    ("pain_passive_stretch", "bending my fingers back is agony"),
    ("pain_out_of_proportion", "just a graze but the pain is extreme"),
    ("band_pain", "like a strap tightening round my ribs"),
]

DENIED = [
    ("dark_urine", "his wee is a normal colour"),
    ("dark_urine", "my pee's clear"),
    ("urine_retention", "his waterworks are fine"),
    ("bladder_bowel", "my bladder is working fine"),
    ("bladder_bowel", "she is in control of her bladder"),
    ("speech_swallow", "he talks and swallows normally"),
    ("sudden_one_side", "his smile is even and he's speaking clearly"),
    ("confusion", "mum is fully with it"),
    ("confusion", "he knows where he is"),
    ("neck_stiffness", "his neck turns freely"),
    ("calf_swelling", "both calves are the same size"),
    ("throat_closing", "her throat feels fine"),
    ("wound_jaw_stiffness", "she can open her mouth wide"),
    ("tingling_lips_hands", "his lips feel normal"),
    ("saddle_numbness", "I can feel the toilet paper when I wipe"),
    ("appearance_change", "the muscles look normal"),
    ("eyelid_closure", "his eye stays open when it twitches"),
    ("severe_unrelieved", "the pain went completely once I stretched"),
    ("eyelid_droop_double_vision", "he sees one of everything"),
    ("pain_passive_stretch", "bending my toes doesn't hurt"),
    ("pain_out_of_proportion", "the pain fits the injury"),
    ("loss_of_function", "he has full use of his legs"),
    ("palpitations", "pulse is regular"),
    ("cold_sweat", "his skin is warm and dry"),
    ("weight_loss", "my weight has stayed the same"),
    ("weakness_progressive", "my strength has stayed the same"),
    ("chest_pain", "nothing hurts in my chest"),
    ("band_pain", "no pain around my waist"),
    ("chest_pain", "chest pain denied"),
    ("confusion", "he's with it"),
    ("wound_jaw_stiffness", "her mouth opens normally"),
    ("throat_closing", "no noise when he breathes"),
    ("muscle_wasting", "both calves look the same size"),
    ("breathing_difficulty", "breathing easy"),
    ("eyelid_closure", "the eye doesn't shut, it only flickers"),
    ("severe_unrelieved", "the pain settles with rest"),
    ("weakness_progressive", "the weakness is not getting worse"),
    ("jaundice", "the whites of his eyes are clear"),
    ("urine_retention", "weeing ok"),
    ("weakness_persistent", "her grip is strong"),
    ("throat_closing", "no swelling of the tongue"),
    ("sudden_one_side", "she can raise both arms"),
    ("confusion", "he's talking sense and knows everybody"),
    ("dark_urine", "urine clear"),
    ("speech_swallow", "no trouble with swallowing"),
    ("appearance_change", "no change in the muscle"),
    ("eyelid_droop_double_vision", "lids normal"),
    ("weight_loss", "weight constant"),
    ("weakness_progressive", "no change in his strength this year"),
    ("breathing_difficulty", "she's breathing without any effort"),
    ("confusion", "fully alert"),
    ("dark_urine", "her wee is pale yellow"),
    ("bladder_bowel", "no problems with the toilet"),
    ("saddle_numbness", "normal sensation around the bottom"),
    ("appearance_change", "muscle outline normal"),
    ("eyelid_closure", "her eye is not closing"),
    ("pain_passive_stretch", "no pain on stretching the toes"),
    ("loss_of_function", "she walks fine"),
    ("band_pain", "no band like pain"),
    ("palpitations", "heart beating regularly"),
    ("tingling_lips_hands", "no tingling around her mouth"),
]

NOT_READ = [
    ("weakness_persistent", "the coffee here is weak"),
    ("weakness_persistent", "spelling is my weak spot"),
    ("weakness_progressive", "the euro is getting weaker"),
    ("confusion", "I'm a bit confused about the forms"),
    ("fever", "there's election fever in town"),
    ("dark_urine", "I drank a can of coke after the run"),
    ("saddle_numbness", "we bought a new saddle for the pony"),
    ("muscle_wasting", "my jumper shrunk in the dryer"),
    ("pain_out_of_proportion", "the argument got blown out of proportion"),
    ("jaundice", "she has a jaundiced view of the NHS"),
    ("speech_swallow", "his words are coming out all mushy"),
    ("pain_passive_stretch", "the physio stretched my calf and it felt better"),
    ("fever", "my hay fever is bad this week"),
    ("breathing_difficulty", "I was breathing really fast in the panic attack"),
    ("weakness_persistent", "the wifi signal is weak upstairs"),
    ("weakness_persistent", "I went weak at the knees"),
    ("seizure", "my mum nearly had a fit about the mess"),
    ("muscle_wasting", "our budget has shrunk this year"),
    ("severe_unrelieved", "nothing helps my anxiety"),
    ("calf_swelling", "swelling of the lips after the peanuts"),
    ("muscle_wasting", "the front tyre looks flattened"),
    ("appearance_change", "someone left a dent in my car door"),
    ("loss_of_function", "the printer is useless"),
    ("loss_of_function", "I can't use my laptop in bed"),
    ("chest_pain", "it was a crushing defeat on Saturday"),
    ("throat_closing", "she was choking back tears"),
    ("fever", "that song gives me chills"),
    ("severe_unrelieved", "tried everything to prevent the cramps and they've stopped"),
    ("weakness_persistent", "the radiator gives out a lot of heat"),
    ("dark_urine", "we painted the hall with tea coloured paint"),
    ("calf_swelling", "the stream is swollen after the storm"),
    ("bladder_bowel", "car accidents on the motorway"),
    ("urine_retention", "water retention in my ankles on holiday"),
    ("speech_swallow", "he was mumbling in his sleep"),
    ("pain_out_of_proportion", "the pain is much worse than yesterday"),
    ("jaundice", "the walls are yellowish"),
    ("agitation_sweating", "sweating and shaking after the marathon"),
    ("saddle_numbness", "I have no numb feeling (none) in my private area"),
    ("muscle_wasting", "the snow has melted away"),
    ("eyelid_droop_double_vision", "I see two of my friends at the gym"),
    ("pain_passive_stretch", "full passive flexion of the knee"),
    ("band_pain", "I tightened the strap around my waist"),
    ("numbness", "a fizzing drink"),
    ("chest_pain", "he has left sided CP since birth"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated(kb, finding: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _read(kb, text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied(kb, finding: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _read(kb, text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), NOT_READ)
def test_not_read(kb, finding: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _read(kb, text).get(finding) != "present", text
