"""Round 5 of the red flags in people's own words (issue 12): the classes of wording a second
writer used that the parser missed — what people notice or can no longer do, carers' words,
slang and second-language English — and the plain ways of saying a red flag is not there.
Every sentence here is our own; each class has a look-alike that must not be read.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text
from tests.engine.text.reading import said

STATED = [
    ("breathing_difficulty", "I have to stop every few steps for air"),
    ("breathing_difficulty", "he's so out of puff he can't finish a sentence"),
    ("breathing_difficulty", "i cant take a deep breath since the cramp in my ribs"),
    ("chest_pain", "her chest's been achy and tight all evening"),
    ("throat_closing", "his throat feels puffy and his breathing sounds raspy"),
    ("sudden_one_side", "out of nowhere one side of his body just stopped working"),
    ("seizure", "grandad fell to the floor jerking all over and wouldn't wake"),
    ("confusion", "mum doesnt recognize me since she woke up"),
    ("confusion", "we could barely rouse her after lunch"),
    ("fever", "her temperature's gone sky high tonight"),
    ("neck_stiffness", "it hurts to nod and my head is pounding"),
    ("neck_stiffness", "she can't tilt her head forward and has a bad headache"),
    ("dark_urine", "my urine looks rusty today"),
    ("dark_urine", "the wee is like coffee colour this morning"),
    ("limb_cold_pale", "my right foot is much colder than the other and looks grey"),
    ("saddle_numbness", "i can't feel the toilet seat when i sit down"),
    ("muscle_wasting", "the muscle in my thigh has shrivelled"),
    ("numbness", "my hand has gone to sleep and won't wake up"),
    ("eyelid_droop_double_vision", "I see two of everything when I look left"),
    ("palpitations", "my heart keeps doing flips like it's on a trampoline"),
    ("cold_sweat", "she's grey and damp and not herself"),
    ("cold_sweat", "dad has lost his colour and is sweating"),
    ("urine_retention", "i try to pee but nothing comes out"),
    ("jaundice", "the whites of his eyes are custard coloured"),
    ("bleeding", "my wee was the colour of blood this morning"),
    ("bleeding", "there's blood mixed into my poo"),
    ("wound_jaw_stiffness", "since i cut my foot my jaw has got tighter"),
    ("weakness_progressive", "I'm tripping more and more on the pavement"),
    ("weakness_progressive", "her grip gets worse and worse each week"),
    ("pain_out_of_proportion", "it's barely a scratch but he's screaming in agony"),
    ("band_pain", "it's like a hoop squeezing my tummy"),
    ("severe_unrelieved", "ibuprofen does nothing at all for this agony"),
]

DENIED = [
    ("breathing_difficulty", "i can take a full breath with no problem"),
    ("fever", "i don't feel hot and my temp is normal"),
    ("neck_stiffness", "she can bend her neck without any bother"),
    ("confusion", "dad is as sharp as a tack"),
    ("muscle_wasting", "both calves look the same, the muscles look normal"),
    ("urine_retention", "i can empty my bladder fine"),
    ("weight_loss", "my weight is stable"),
    ("eyelid_droop_double_vision", "my vision is clear"),
    ("pain_out_of_proportion", "it hurts about what you'd expect"),
]

NOT_READ = [
    ("confusion", "the leaflet left me rather confused"),
    ("fever", "i had a fever years ago when i was a student"),
    ("numbness", "i've gone emotionally numb since the news"),
    ("numbness", "the gel numbs the pain nicely"),
    ("numbness", "my head feels fuzzy after the wine"),
    ("seizure", "my cat has fits so i know what a seizure looks like"),
    ("bleeding", "i had a glass of red wine last night"),
    ("dark_urine", "i love tea and cola"),
    ("cold_sweat", "my leg went white and cold after the cramp"),
    ("weakness_progressive", "the cramps bother me less and less"),
    ("weakness_progressive", "the pain hits more and more since spring"),
    ("muscle_wasting", "i feel a bit deflated today"),
    ("band_pain", "i've put on weight around my middle"),
    ("appearance_change", "the pain is everywhere now"),
    ("loss_of_function", "my laptop just won't do it"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), NOT_READ)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


# The wider classes of the same signs, in still other words (round 5b).
STATED_MORE = [
    ("breathing_difficulty", "she's huffing and puffing after three steps"),
    ("breathing_difficulty", "i just cant fill my lungs"),
    ("confusion", "grandma is seeing things that aren't there"),
    ("dark_urine", "his pee looks like whisky"),
    ("limb_cold_pale", "his foot is like ice and deathly pale"),
    ("numbness", "my hands feel like i'm wearing thick gloves"),
    ("palpitations", "my heart is hammering away for no reason"),
    ("severe_unrelieved", "nothing touches the pain, not even codeine"),
    ("pain_passive_stretch", "when someone straightens my toes it's unbearable"),
    ("weight_loss", "my clothes are hanging off me lately"),
    ("urine_retention", "i can only pass a dribble"),
]

NOT_READ_MORE = [
    ("confusion", "i'm not hallucinating, the muscle really does jump"),
    ("eyelid_droop_double_vision", "everything is booked in two weeks"),
]


@pytest.mark.parametrize(("finding", "text"), STATED_MORE)
def test_more_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), NOT_READ_MORE)
def test_more_look_alike_notsaid(finding: str, text: str) -> None:
    assert said(text).get(finding) is None, text


# Fear of a sign that has not come is not the sign (ConText `hypothetical`, lexicon `context:`).
FEARED = [
    ("chest_pain", "my worry is that chest pain might come later"),
    ("numbness", "i'm afraid i'll get numbness in my feet"),
    ("fever", "the nurse said it might turn into a fever"),
]


@pytest.mark.parametrize(("finding", "text"), FEARED)
def test_feared_sign_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


def test_present_sign_with_a_worry_is_still_read() -> None:
    assert said("my chest pain is bad and i'm worried it could get worse")["chest_pain"] == (
        "present"
    )


# Round 5c: strength that never comes back, pain still severe after the cramp, hands that
# cannot pick things up, a 'banging head', two things seen where there is one; and denials.
STATED_5C = [
    ("weakness_persistent", "between the spasms his arm never recovers its strength"),
    ("severe_unrelieved", "the cramp stopped an hour ago but it still hurts like hell"),
    ("loss_of_function", "i can't pick up a mug with my right hand"),
    ("pounding_headache", "he has a spinal injury and a pounding head with a red face"),
    ("eyelid_droop_double_vision", "i see two lamp posts where there's one"),
]


@pytest.mark.parametrize(("finding", "text"), STATED_5C)
def test_5c_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


def test_strength_denied() -> None:
    read = said("when it isn't cramping my legs work normally")
    assert read.get("weakness_persistent") == "absent"


# What has not come back is a sign still there, not a denial.
@pytest.mark.parametrize(
    ("finding", "text"),
    [
        ("weakness_persistent", "a week on, her strength hasn't come back"),
        ("numbness", "the feeling in my toes hasn't come back"),
    ],
)
def test_not_come_back_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


# Round 5e: more everyday wordings; look-alikes that share their words.
STATED_5E = [
    ("breathing_difficulty", "it feels like I'm suffocating when the spasm grips"),
    ("chest_pain", "a pressing feeling right in my chest"),
    ("throat_closing", "something is blocking my throat"),
    ("sudden_one_side", "out of the blue her left arm and leg went heavy"),
    ("seizure", "he had a funny turn and started jerking"),
    ("confusion", "mum doesn't make sense when she talks tonight"),
    ("calf_swelling", "my calf has blown up since yesterday"),
    ("numbness", "she's lost all feeling in her toes"),
    ("palpitations", "my heart's going ten to the dozen"),
    ("urine_retention", "i need to wee but nothing comes"),
    ("pain_out_of_proportion", "the pain is far worse than the knock should cause"),
    ("agitation_sweating", "on the new tablets he's jittery and sweating"),
]

NOT_READ_5E = [
    ("numbness", "i lost the feeling of being rested"),
    ("pain_out_of_proportion", "the cramp today is worse than the fall i had"),
    ("agitation_sweating", "i feel restless at night and sweaty"),
    ("confusion", "it doesn't make sense why my calf cramps"),
]


@pytest.mark.parametrize(("finding", "text"), STATED_5E)
def test_5e_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), NOT_READ_5E)
def test_5e_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(
    ("finding", "text"),
    [
        ("weakness_progressive", "my grip isn't getting any weaker"),
        ("pounding_headache", "he's had a cord injury for years, no headache or sweating"),
    ],
)
def test_5f_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


# Round 5g: the new wordings need the body part or the bodily fluid they describe.
NOT_READ_5G = [
    ("breathing_difficulty", "we sleep propped up on pillows watching tv"),
    ("fever", "the radiator is red hot to touch"),
    ("dark_urine", "the bathroom tiles are a rusty brown"),
    ("muscle_wasting", "the balloon looks deflated"),
    ("numbness", "the kids have gone to sleep"),
    ("cold_sweat", "it was cold and damp outside"),
    ("urine_retention", "i squeezed the tube but nothing comes out"),
    ("bleeding", "the toilet seat went red after i painted it"),
    ("pain_out_of_proportion", "it was barely a scratch and it doesn't hurt"),
    ("appearance_change", "the ball is bunched up in the net"),
    ("loss_of_function", "i can't even hold my breath for long"),
]


@pytest.mark.parametrize(("finding", "text"), NOT_READ_5G)
def test_5g_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


# Round 5h: clinic shorthand and second-language English.
STATED_5H = [
    ("breathing_difficulty", "i no breathe well since this morning"),
    ("sudden_one_side", "sudden onset L sided weakness"),
    ("saddle_numbness", "altered sensation in the perianal region"),
    ("palpitations", "my old ticker is pounding"),
    ("cold_sweat", "she's sweating and her skin is cold"),
    ("severe_unrelieved", "severe calf pain not relieved by codeine"),
    ("appearance_change", "fasciculations now spreading to the other leg"),
    ("numbness", "my hand feels like it belongs to someone else"),
]


@pytest.mark.parametrize(("finding", "text"), STATED_5H)
def test_5h_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


def test_5h_cramp_not_eased_by_stretching_is_not_unrelieved() -> None:
    assert said("the cramp is not relieved by stretching").get("severe_unrelieved") is None


# Round 5i: what people can no longer do over time, and more descriptions of the signs.
STATED_5I = [
    (
        "weakness_progressive",
        "two months ago he could climb the hill, now he can barely manage the stairs",
    ),
    ("weakness_progressive", "her arms get weaker as the weeks go by"),
    ("weakness_progressive", "every week she struggles more to open jars"),
    ("weakness_progressive", "it's gradually getting harder to grip the steering wheel"),
    ("weakness_progressive", "my strength is going downhill"),
    ("weakness_persistent", "i can't get up off the sofa without using my hands"),
    ("eyelid_closure", "the spasm forces his eyelid closed"),
    ("appearance_change", "the twitching is now in my shoulders too"),
    ("bladder_bowel", "dad can't tell when he needs a wee"),
    ("pain_passive_stretch", "the pain is terrible when i pull my fingers back"),
    ("muscle_wasting", "his arms look bony these days"),
    ("numbness", "my foot is like a block of wood"),
    ("fever", "the baby feels like an oven"),
    ("limb_cold_pale", "his toes are purple and freezing"),
]


@pytest.mark.parametrize(("finding", "text"), STATED_5I)
def test_5i_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


def test_5i_a_business_going_downhill_is_not_weakness() -> None:
    assert said("my business is going downhill").get("weakness_progressive") is None


NOT_READ_5I = [
    ("weakness_progressive", "every week he struggles more with his homework"),
    ("weakness_progressive", "it's slowly getting harder to get an appointment"),
    ("fever", "the kitchen feels like an oven"),
    ("limb_cold_pale", "the bruise is purple and the room is cold"),
    ("numbness", "i slept like a block of wood"),
    ("severe_unrelieved", "my worry is not relieved by anything the doctor said"),
]


@pytest.mark.parametrize(("finding", "text"), NOT_READ_5I)
def test_5i_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("the bruise on my calf has gone yellow as it heals", False),
        ("the bruise on his shin has now turned a yellowy colour", False),
        ("my skin has gone yellow since the cramps started", True),
    ],
)
def test_a_healing_bruise_that_turns_yellow_is_not_jaundice(text: str, read: bool) -> None:
    found = {f.id: f.choice for f in parse_text(text).findings}
    assert (found.get("jaundice") == "present") is read
