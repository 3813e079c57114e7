"""Round 7d: red-flag look-alikes, from the classes of wording a sixth blind writer's sentences
(tests/data/red_flag_phrases_6.yaml) showed the parser over-read: words close to a red flag that
do not state it, told apart by what the finding means. A numb bum from a hard seat that went
once the person stood up (it passes); a "fit" of coughing or a "mini seizure" of one muscle; a
droopy face from tiredness, a smile lopsided since childhood; a cut or graze years ago, healed,
a scar, a haircut; breathless on a hill in someone unfit, as usual; brain fog from broken
sleep, drowsy after an antihistamine as usual, confused by the words of a form; bladder and
bowels fine; pounding music; a stiff neck from the gym or a pillow; urine darker first thing
or on a hot day; both ankles puffy at the end of the day, a knee swollen from football, an
itchy red bite on the calf; weak with the flu or from skipping a meal, weak knees for a crush.
Also the denials a shared word hid ("never had" over "had a fit"), a form's question answered
"no, ..." with more after it, and a carer's "she told me" story; then the stated wordings the
parser missed: gone "dead numb" between the legs, eyes rolled with shaking, one side's arm and
leg or "left side went floppy", "suddenly all mixed up", a neck that "won't let me look down",
an airway that "barely gets air past", a pale and numb arm, jaw muscles gone rigid after
stepping on "that" nail, a foot that "won't push off", pain still terrible after the cramp
went. The look-alikes, stated and denied sentences here are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

LOOK_ALIKES = [
    # it passes: a numb bum from a hard seat that went once they moved
    ("saddle_numbness", "numb backside after the long train journey, wore off once i stood up"),
    ("saddle_numbness", "my bottom went numb on the hard pew but it went away when i moved"),
    ("saddle_numbness", "sat on the stone steps for an hour, numb bum, then it passed off"),
    # a fit of something else; a mini seizure of one muscle
    ("seizure", "a fit of coughing set off the cramp in my side"),
    ("seizure", "my calf had a mini seizure last night, just the muscle jumping"),
    # droopy from tiredness; lopsided since always
    ("sudden_one_side", "my face looks saggy and droopy when im tired"),
    ("sudden_one_side", "my mouth is a bit wonky but it has always been like that"),
    # a wound long ago, healed, a scar; cutting hair or nails
    ("wound_recent", "i grazed my knee as a child, cramps started last week"),
    ("wound_recent", "got bitten by a dog years ago, cramps started last week"),
    ("wound_recent", "the cut on my leg healed up a while back"),
    ("wound_recent", "had my fringe cut on saturday"),
    # breathless, but unfit or as usual
    ("breathing_difficulty", "puffed out after the hill but ive always been unfit"),
    ("breathing_difficulty", "overweight so i get breathless on the stairs"),
    # fog from no sleep, drowsy from a tablet as usual, confused by the words
    ("confusion", "i get confused with the medical terms"),
    # bladder and bowels fine
    # pounding music
    # a stiff neck from the gym or a pillow
    ("neck_stiffness", "a bit stiff in the neck after deadlifts"),
    ("neck_stiffness", "stiff neck after training yesterday"),
    # darker first thing or on a hot day
    ("dark_urine", "pee darker first thing in the morning"),
    ("dark_urine", "wee darker when i dont drink enough on hot days"),
    ("dark_urine", "cola coloured? no, normal"),
    # both ankles, a knee from football, a bite
    ("calf_swelling", "knee puffy after i fell off my bike"),
    ("calf_swelling", "wasp sting on my calf, red itchy lump"),
    # weak with an illness, hunger, a crush
    ("weakness_persistent", "still a bit weak from the flu"),
    ("weakness_persistent", "feel weak when im hungry"),
    ("weakness_persistent", "weak knees whenever i see him lol"),
    # more of the same families
    ("confusion", "brain fog from the night feeds with the twins"),
    ("confusion", "drowsy after my hay fever tablets, as usual"),
    ("confusion", "im confused with the spelling of the medicine names"),
    ("bladder_bowel", "bladder control ok"),
    ("pounding_headache", "the thumping music next door gave me a headache"),
    ("pounding_headache", "banging music at the party and now a headache"),
    ("calf_swelling", "swollen feet at the end of the day, both of them"),
    ("calf_swelling", "puffy ankles in the evening, both legs"),
    ("seizure", "my eyelid does a tiny seizure thing, just the lid"),
    ("seizure", "a seizure of cramp in my foot last night"),
    ("sudden_one_side", "my face looks droopy when im exhausted"),
    ("sudden_one_side", "my smile has always been lopsided"),
    ("breathing_difficulty", "out of breath on the stairs as usual"),
    ("neck_stiffness", "stiff neck from my new pillow"),
    ("saddle_numbness", "numb bum on the bench, went away after a walk"),
]

DENIED = [
    # "never had" shares "had" with "had a fit", "had a stroke"
    ("seizure", "i have never had a fit, only the cramps"),
    ("seizure", "never had a fit before, just cramps"),
    ("hx_stroke", "i never had a stroke"),
    # a form's question answered "no," with more after it
    ("fever", "fever? no, just the cramps"),
    ("dark_urine", "tea coloured? nope, pale"),
]

STATED = [
    # gone dead numb between the legs, whatever the cramps do
    ("saddle_numbness", "between my legs has gone dead numb since the cramps started"),
    ("saddle_numbness", "the area between her legs went dead numb after the back cramps"),
    # a carer told: "she told me her ..."
    ("saddle_numbness", "she told me, her bottom feels numb and it wont go"),
    ("weakness_persistent", "he told me his leg stays weak all the time"),
    # eyes rolled with shaking; out of it, shaking; limbs going everywhere
    ("seizure", "he went out of it, shaking all down his body"),
    # one side's arm and leg; "left side went floppy"; words that suddenly will not come
    ("sudden_one_side", "his right side went floppy at dinner"),
    # suddenly mixed up
    ("confusion", "overnight she became so mixed up"),
    # a neck that won't let them look down
    ("neck_stiffness", "her neck doesnt let her look down at the floor"),
    # barely gets air past the throat
    ("throat_closing", "my throat, i can hardly get air through"),
    ("throat_closing", "throat cramp, cant get air in"),
    # a pale and numb limb
    # jaw muscles gone rigid after stepping on that nail
    ("wound_jaw_stiffness", "trod on the glass last week, jaw muscles went stiff"),
    # a foot that will not push off
    ("loss_of_function", "my right foot wont push off anymore"),
    # still terrible after the cramp went
    ("severe_unrelieved", "the cramp disappeared yet the pain is still awful"),
    # more of the same families
    ("sudden_one_side", "my right side went limp suddenly"),
    ("limb_cold_pale", "suddenly my leg is pale and numb"),
    ("neck_stiffness", "my neck wont let me nod"),
    ("wound_jaw_stiffness", "stepped on the nail yesterday and my jaw muscles are stiff"),
    ("seizure", "out of it and jerking everywhere"),
    ("throat_closing", "throat spasm, i can barely get air in"),
    ("loss_of_function", "my foot doesnt push off anymore"),
    ("severe_unrelieved", "the cramp went but the pain is still terrible"),
]

GUARDS = [
    # the stated ones next to the look-alikes stay read
    ("calf_swelling", "my knee is swollen and my calf too"),
    ("calf_swelling", "my left calf is swollen and hot"),
    ("saddle_numbness", "my bum has been numb since yesterday and it hasnt gone"),
    ("seizure", "he had a fit and was out cold"),
    ("sudden_one_side", "his smile went lopsided an hour ago"),
    ("wound_recent", "i cut my foot on a rusty nail last week"),
    ("confusion", "mum is very drowsy and hard to wake"),
    ("bladder_bowel", "lost control of my bladder this morning"),
    ("dark_urine", "my pee is the colour of cola"),
    ("weakness_persistent", "my grip is weak even between cramps"),
    # wordings of the new families that were already read
    ("seizure", "eyes rolled up and she was jerking"),
    ("seizure", "she collapsed, arms and legs going everywhere"),
    ("sudden_one_side", "my left arm and leg suddenly went heavy"),
    ("sudden_one_side", "suddenly she couldnt get her words out"),
    ("confusion", "dad suddenly got all muddled this afternoon"),
    ("neck_stiffness", "my neck wont let me bend down to my chest"),
    ("limb_cold_pale", "my hand went white and numb out of nowhere"),
    ("limb_cold_pale", "his foot is pale and cold"),
    ("wound_jaw_stiffness", "stood on that rusty nail and now my jaw muscles feel tight"),
    ("loss_of_function", "cant push off with it, i hobble"),
    ("severe_unrelieved", "the spasm left an hour ago and it still hurts like crazy"),
]

GUARDS_NOT = [
    # the look-alikes next to the new stated wordings stay unread
    ("sudden_one_side", "my right hand and leg cramp at night"),
    ("sudden_one_side", "my left arm and leg are a bit stiff after the gym"),
    ("seizure", "she rolled her eyes, shaking with laughter"),
    ("severe_unrelieved", "the cramp went and it is still a bit sore"),
    # look-alikes of the families that were already left alone
    ("seizure", "i was out of it after the night shift, shaking from cold"),
    ("sudden_one_side", "one eyebrow sits lower, lopsided since birth"),
    ("wound_recent", "stepped on the nail polish bottle lol"),
    ("confusion", "groggy from broken sleep with the baby"),
    ("confusion", "a bit sleepy after my painkillers, as usual"),
    ("bladder_bowel", "bowels and bladder normal, just the cramps"),
    ("bladder_bowel", "bladder control is fine"),
    ("pounding_headache", "the neighbours were pounding music all night"),
    ("pounding_headache", "loud bass at the club left me with a headache"),
    ("calf_swelling", "both ankles puffy after the long flight"),
    ("calf_swelling", "my feet and ankles swell in the hot weather, both sides"),
    ("weakness_persistent", "weak and shaky from skipping lunch"),
]


@pytest.mark.parametrize(("finding", "text"), LOOK_ALIKES + GUARDS_NOT)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), STATED + GUARDS)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text
