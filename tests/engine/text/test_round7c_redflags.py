"""Round 7c of the red flags, from the classes of wording a fifth blind writer's sentences
(tests/data/red_flag_phrases_5.yaml) showed the parser missed: a small knock "but" the pain is
unbelievable, pain that "doesn't add up", normal tests but the sheet cannot touch it; bursting
with only a trickle, a stream that takes ages or starts and stops; "used to walk 5km, now
barely to the corner", strength slipping away, both hands for what one used to do; weakness
"cramps or not", a leg that "doesn't have its strength"; a foggy or jumbled head, getting lost on
a familiar way, drowsy "can barely keep his eyes open"; still throbbing long after the cramp
ended, painkillers not taking the edge off; twitching that went from muscle to muscle or used
to be in one place, a groove or ridge in a hamstring or quad; words that come out smudged,
food that will not go down; sitting "on nothing" or "on a cushion", butt cheeks gone to sleep;
fingers tingling into a beak or cone; blood when peeing, red water in the loo, clots from the
bottom; a sock mark or tight jeans on one leg; a leg that doesn't do what it is told, crawling
to the bathroom; electric fizzing in the fingertips, toes that feel muffled; an infected
piercing; and the denials of each ("both calves measure the same", "a hot bath and ibuprofen
take care of it"). The stated and denied sentences are the writer's; the look-alikes and
guards are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    # a minor cause, yet the pain is huge; pain that does not add up; normal tests, huge pain
    ("pain_out_of_proportion", "I only bumped my shin on the table but the pain is unbelievable"),
    ("pain_out_of_proportion", "such a little fall and the pain is like 10/10, doesn't add up"),
    (
        "pain_out_of_proportion",
        "x-ray was fine but I can't even let the sheet touch it, it hurts that much",
    ),
    (
        "pain_out_of_proportion",
        "normally a bump like this would be nothing, but this pain is next level",
    ),
    # urge with nothing or a trickle; a stream that takes ages, starts and stops
    (
        "urine_retention",
        "my bladder feels like its gonna pop and i can only get a tiny trickle out",
    ),
    (
        "urine_retention",
        "peeing takes forever now, starts and stops and i have to sit and wait like 5 min, "
        "only since last week",
    ),
    (
        "urine_retention",
        "takes loads of effort to get a stream going, that's only started this week",
    ),
    # what could be done then, and can't now; strength slipping away
    (
        "weakness_progressive",
        "Mum could manage the stairs in summer but now she cant even get out of a chair alone",
    ),
    (
        "weakness_progressive",
        "strength has been slipping away gradually, cant hold the kettle like before",
    ),
    (
        "weakness_progressive",
        "been noticing over weeks i need both hands to do what one hand used to do",
    ),
    # weak whether or not it cramps
    (
        "weakness_persistent",
        "even when there's no spasm my left leg just doesn't have its strength",
    ),
    ("weakness_persistent", "lifting my foot is hard all the time, not just when it cramps"),
    ("weakness_persistent", "the leg never really recovers now, its always feeble, cramps or not"),
    # a foggy or jumbled head, lost on a familiar way, drowsy
    ("confusion", "I feel spaced out and my thoughts are jumbled, cant follow the tv"),
    ("confusion", "he got lost walking back from the shop he's been going to for 20 years"),
    (
        "confusion",
        "grandpa is sleepy all day, can barely keep his eyes open, normally hes up gardening",
    ),
    # still bad long after the cramp; painkillers not taking the edge off
    ("severe_unrelieved", "the cramp finished hours ago but the leg is still throbbing like mad"),
    ("severe_unrelieved", "really bad pain long after the cramp ended, lasting into the next day"),
    (
        "severe_unrelieved",
        "my back pain is unreal and the painkillers aren't even taking the edge off",
    ),
    # twitching from muscle to muscle, or that used to be in one place; a groove or ridge
    (
        "appearance_change",
        "twitches jumping around from muscle to muscle all over, spreading to more places every week",
    ),
    (
        "appearance_change",
        "small ripples started in my foot but now they crawl up into my legs arms and neck",
    ),
    ("appearance_change", "there's like a groove in my hamstring now, you can put a finger in it"),
    # smudged words, food that will not go down
    ("speech_swallow", "he has to cut his food really small now because it won't go down"),
    ("speech_swallow", "keep getting bits of bread stuck in my throat, gradually worse"),
    (
        "speech_swallow",
        "struggling to say some words clearly, they come out smudged, and it's slowly getting worse",
    ),
    # sitting on nothing, private parts gone dead, butt cheeks asleep
    ("saddle_numbness", "sitting on the toilet feels strange, like I'm sitting on nothing"),
    ("saddle_numbness", "tingling and dead feeling around my private parts"),
    ("saddle_numbness", "it's like my butt cheeks have gone to sleep and won't wake up"),
    # tingling fingers pulled into a beak, a cone, a fixed position
    ("tingling_lips_hands", "fingertips prickle and then my hands freeze into a beak shape"),
    (
        "tingling_lips_hands",
        "both hands seize up into a fixed position and my fingers are tingling like mad",
    ),
    ("tingling_lips_hands", "my fingers go pins n needles and pull into a cone shape i cant undo"),
    # blood when peeing, red water in the loo, clots from the bottom
    ("bleeding", "the water in the loo went red after i went"),
    ("bleeding", "by the way, i've also had some blood when peeing"),
    ("bleeding", "dark red clots came out my bottom when I went to the toilet"),
    # a sock mark or tight jeans on one leg
    ("calf_swelling", "my sock is leaving a deep mark on one leg only and the calf hurts"),
    ("calf_swelling", "jeans are tight on one leg now, the calf is sore"),
    # a leg that won't do what it is told; crawling to the bathroom
    (
        "loss_of_function",
        "mum hasnt been able to walk on it since it started, we've got her in a wheelchair",
    ),
    ("loss_of_function", "ever since it happened, my leg just doesn't do what i tell it"),
    ("loss_of_function", "my foot wont bear me since morning, i crawl to bathroom"),
    # electric fizzing, muffled toes, needles where it sleeps
    (
        "numbness",
        "there's a sort of electric fizzing in my fingertips that comes with the hand cramps",
    ),
    (
        "numbness",
        "my toes feel like they're wrapped in bandage, kinda muffled, been like that with the cramps",
    ),
    ("numbness", "sorry for english, the place of the cramp is sleeping, I feel needles there"),
    # an infected piercing is a wound; a jaw that can't open wide
    (
        "wound_jaw_stiffness",
        "not sure if related but since my piercing got infected my jaw is super stiff",
    ),
    (
        "wound_jaw_stiffness",
        "cant open wide to yawn or bite a sandwich since I gashed my finger on a garden tool",
    ),
]

DENIED = [
    ("pain_out_of_proportion", "pain matches what happened, just a normal bruise ache"),
    ("pain_out_of_proportion", "it's sore but nothing more than the knock deserves"),
    ("pain_out_of_proportion", "not too bad considering how hard I fell"),
    ("urine_retention", "bladder's fine, I can go no bother"),
    ("urine_retention", "no problem starting or emptying when i pee"),
    ("weakness_progressive", "his legs are as strong as they were last year"),
    (
        "weakness_progressive",
        "I feel wobbly for a min after the cramp but its not worsening, same as months ago",
    ),
    ("weakness_persistent", "afterwards the leg works and feels strong like nothing happened"),
    ("confusion", "she's alert and makes sense, just sore"),
    ("severe_unrelieved", "after resting it settles down completely"),
    ("severe_unrelieved", "pain is gone within a couple mins of the cramp ending"),
    ("severe_unrelieved", "it hurts but a hot bath and ibuprofen take care of it"),
    ("appearance_change", "twitching is only ever in the one eyelid, hasnt spread anywhere else"),
    ("appearance_change", "I compared both calves in the mirror and they look the same"),
    ("speech_swallow", "I can eat and drink fine, nothing sticks"),
    ("speech_swallow", "voice sounds the same as always"),
    ("saddle_numbness", "feeling around my bottom and between my legs is normal"),
    ("saddle_numbness", "I can feel everything normally down there"),
    ("tingling_lips_hands", "hands never get stuck in a position"),
    ("tingling_lips_hands", "no fizzy feeling in my face or fingers"),
    ("bleeding", "pee is clear, no blood"),
    ("bleeding", "hasn't seen any blood when going to the toilet"),
    ("calf_swelling", "legs look normal, no puffiness"),
    ("calf_swelling", "no warmth or redness on the sore leg"),
    ("calf_swelling", "both calves measure the same"),
    ("loss_of_function", "no problem putting weight on it"),
    ("loss_of_function", "can still go up on my toes no problem"),
    ("loss_of_function", "she's walking around as usual"),
]

# Look-alikes that were read before.
NOT_READ = [
    ("numbness", "honestly im just numb about the whole thing, been cramping for months"),
    ("weakness_persistent", "i've always had weak ankles, sprain them easily"),
    ("numbness", "I put a buzzing massage gun on my calf"),
]

# Guards: look-alikes of the new wordings that must stay unread.
GUARDS = [
    ("pain_out_of_proportion", "It's a small cut but it hurts a bit"),
    ("pain_out_of_proportion", "I fell over and it hurts, about what you'd expect"),
    ("urine_retention", "I sit on the toilet and nothing comes out, been constipated for days"),
    ("urine_retention", "my water bottle wont come open"),
    ("urine_retention", "I cant empty the dishwasher because my hand cramps"),
    ("weakness_progressive", "I used to get cramps once a month but now I can't sleep for them"),
    ("weakness_progressive", "the cramps started weak but now they're really strong"),
    ("weakness_persistent", "my phone battery is flat and my leg cramps"),
    ("confusion", "I got lost on holiday in Rome"),
    ("confusion", "the baby is so tired he can barely keep his eyes open"),
    ("severe_unrelieved", "the cramp stopped but my calf is still a bit sore"),
    ("severe_unrelieved", "cramps are strong at night"),
    ("appearance_change", "my eyelid twitch is now in my other eye too"),
    ("appearance_change", "I have a new shape of pain"),
    ("appearance_change", "the twitching used to be only at night, now it's all day"),
    ("appearance_change", "my eyelid twitch used to be on the left, now it's the right"),
    ("appearance_change", "the twitch is now in my calf, not just at night"),
    ("speech_swallow", "I cut my food small for the kids"),
    ("speech_swallow", "the pills won't go down without water, they're huge"),
    ("speech_swallow", "the doctor asked me to repeat the blood test"),
    ("saddle_numbness", "after a 3 hour drive my bum went numb"),
    ("saddle_numbness", "the pain in my back spread to my groin"),
    ("tingling_lips_hands", "pins and needles in my fingers, my hand is fixed now after surgery"),
    ("bleeding", "I cleaned the toilet and the water went red from the cleaner"),
    ("bleeding", "the pan was red hot"),
    ("calf_swelling", "the sock left a mark on both legs"),
    ("loss_of_function", "the baby is crawling around now"),
    ("loss_of_function", "my phone doesn't do what I tell it"),
    ("loss_of_function", "I crawl into bed exhausted after cramps"),
    ("numbness", "I can feel the needles when they take blood"),
    ("wound_jaw_stiffness", "I cant open wide at the dentist because of my TMJ"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), NOT_READ + GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
