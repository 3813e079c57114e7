"""Round 12, recall of stated and denied findings that are neither red flags nor time.

Stretching or rubbing that "makes no difference", "has done nothing", "doesn't do
anything", that the cramp "doesn't go off when I stretch", or "without any change" denies
relief by stretching; a parent's "I rub them and he's back asleep" states it. Exertion
denied ("haven't done any extra exercise", "not been doing any more exercise than
normal", "nothing new at the gym") denies a strain, not exercise as a trigger. "No new
medicines", "dose same as always" deny a new medicine. Burning or stinging "when she wees"
is a water infection in any person. "No operations", "no long journeys", "it hasn't moved
anywhere else" deny surgery, sitting still on a journey and spreading twitches. The
sentences are our own wording, in several voices.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

ABSENT = [
    # stretching or rubbing does not help
    ("relief_stretch", "its a constant throbbing ache, rubbing and stretching make no difference"),
    ("relief_stretch", "stretching it doesn't do anything at all and the calf is warm"),
    ("relief_stretch", "his leg is cold and numb, rubbing it has done nothing"),
    ("relief_stretch", "Rubbing it and paracetamol have not helped, she is in agony"),
    ("relief_stretch", "calf cramps lasting twenty minutes that don't go off when I stretch"),
    ("relief_stretch", "thought it was cramp but it didnt ease when i stretched it"),
    ("relief_stretch", "I have rubbed it and put a hot water bottle on it without any change"),
    ("relief_stretch", "massaging it makes no odds, the knot is still there"),
    ("relief_stretch", "i tried stretching it out and it made no difference whatsoever"),
    # exertion denied
    ("strain_injury", "since the statin my thighs ache but I haven't done any extra exercise"),
    ("strain_injury", "I have not done any unusual exercise and there has been no fall"),
    ("strain_injury", "no heavy lifting or gardening lately, the ache came from nowhere"),
    ("strain_injury", "feels like after a big workout when i havent done anything different"),
    ("strain_injury", "hes not been doing any more exercise than normal and his shoulders ache"),
    ("strain_injury", "i havent been doing anything new at the gym, same routine for years"),
    (
        "strain_injury",
        "she hasnt done any more walking or exercise than usual her legs just ache all the time",
    ),
    # no new medicine
    ("med_new", "My eyelid droops by teatime. No new medicines. Otherwise well."),
    ("med_new", "no new medications since the spring and the cramps are worse"),
    ("med_new", "spasms gone mad this week, baclofen dose same as always"),
    ("med_new", "the tablets are the same, the dose hasnt changed in years"),
    ("med_new", "i havent started any new pills or anything"),
    # no water infection
    ("urine_infection", "bladder spasms with urgency but no burning when she wees"),
    ("urine_infection", "legs stiffer this week, no stinging when i wee, no temperature"),
    ("urine_infection", "it doesnt sting when he pees and he has no fever"),
    # no operation, no long journey, not spreading
    ("recent_surgery", "I am 46, no operations, and I get a cramp in my calf in bed"),
    ("recent_surgery", "never had any operations and no thyroid problems"),
    ("immobility", "no operations, haven't been on any long journeys, just the calf cramp"),
    ("immobility", "not been on any long drives or flights lately"),
    ("twitch_spreading", "calves twitch but it hasn't moved anywhere else"),
    ("twitch_spreading", "the eyelid flickers, it has not gone anywhere else on my face"),
]

STATED = [
    # a parent or carer rubs the legs and the child settles
    ("relief_stretch", "I rub them and he's back asleep in ten minutes"),
    ("relief_stretch", "i rub them for 10 mins or so and she goes back off"),
    ("relief_stretch", "we give her legs a rub and she settles straight back down"),
    ("relief_stretch", "her dad massages them and she drops off again"),
    ("relief_stretch", "rubbing his calves settles him back to sleep"),
    # dysuria in any person
    ("urine_infection", "she says it burns when she wees and she is going every hour"),
    ("urine_infection", "legs spasming more and there's stinging when i wee"),
    ("urine_infection", "dad is more muddled and it stings when he pees"),
    ("urine_infection", "my son says his wee is stinging"),
]

GUARDS = [
    # present guards: exertion that is stated stays a strain
    ("strain_injury", "absent", "I did some extra exercise on saturday and now my thighs ache"),
    (
        "strain_injury",
        "absent",
        "I haven't done anything about it yet, the calf cramps every night",
    ),
    ("strain_injury", "absent", "havent been to the gym since the cramps started"),
    ("strain_injury", "absent", "I havent noticed anything different about my wee"),
    # exertion denied is not exercise denied as a trigger
    ("trig_exercise", "absent", "my thighs ache all the time, havent done any extra exercise"),
    ("trig_exercise", "absent", "I have not done any unusual exercise and there has been no fall"),
    # relief that is stated is not denied, and a rub that does nothing is no relief
    ("relief_stretch", "absent", "stretching makes a big difference, it goes in a minute"),
    ("relief_stretch", "present", "i rub them but it goes on for half an hour anyway"),
    ("relief_stretch", "present", "should I rub them or leave them?"),
    # symptoms the same as always are no denial of a new medicine
    ("med_new", "absent", "the cramps are the same as always, nothing different"),
    # burning elsewhere is no water infection
    ("urine_infection", "present", "my feet burn when I walk to the shops"),
    ("urine_infection", "present", "it stings when I stretch it"),
    ("urine_infection", "present", "my mum had a lot of water infections"),
    # someone else's operation
    ("recent_surgery", "present", "my mum had operations on both knees and I get calf cramps"),
    ("twitch_spreading", "present", "it hasn't moved anywhere else, just the eyelid"),
]


@pytest.mark.parametrize(("finding", "text"), ABSENT)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "not_choice", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, not_choice: str, text: str) -> None:
    assert said(text).get(finding) != not_choice, text
