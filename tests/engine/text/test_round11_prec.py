"""Round 11, precision of present findings that are not red flags: words read as a finding that
belong to something else (a second everyday meaning, a medicine's reason, a remedy only tried,
a feeling rather than the spasm's place). Sentences in our own words: stated cases and guards."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

# ---------------------------------------------------------------- "arch" as what a back does
ARCH_VERB = [
    "stepped on a rusty tack a week ago and now my neck is stiff and spasms arch me backwards",
    "my back and belly keep going into hard spasms that make me arch off the bed",
    "since yesterday my jaw is tight and every so often my back arches in a spasm",
]
ARCH_FOOT = [
    "cramp in the arch of my foot when I swim, the toes curl under",
    "both my arches cramp at night and go hard as a rock",
    "my arch keeps cramping when I stand at work",
]


@pytest.mark.parametrize("text", ARCH_VERB)
def test_arching_back_is_not_the_foot(text: str) -> None:
    assert "loc_foot" not in said(text)


@pytest.mark.parametrize("text", ARCH_FOOT)
def test_arch_of_the_foot_still_is(text: str) -> None:
    assert said(text).get("loc_foot") == "present"


# ---------------------------------------------------------------- the part a medicine is for
MEDICINE_FOR_A_PART = [
    (
        "sertraline went up last week and the GP added tramadol 50mg three times a day on Monday "
        "for my back. Since this morning both feet keep jerking fast and I'm drenched in sweat",
        "loc_back",
    ),
    (
        "I've been on lansoprazole for years for my stomach and now my hands cramp and my lips tingle",
        "loc_abdomen",
    ),
    (
        "My tablets are amlodipine, simvastatin and omeprazole, which I have taken for a long time "
        "for my stomach. I get calf cramps most nights",
        "loc_abdomen",
    ),
    (
        "My son has cerebral palsy and had Botox to his calves in the spring; his knees jerk at night",
        "loc_calf",
    ),
    (
        "my ankle bounces fast when my foot is on the footplate. I do the calf stretches the physio "
        "showed me every morning",
        "loc_calf",
    ),
]
PART_STILL_THE_COMPLAINT = [
    ("my lower back went into spasm lifting a box and ibuprofen is not touching it", "loc_back"),
    ("stomach cramps after I eat, I take omeprazole for reflux", "loc_abdomen"),
    ("cramp in my calf at night, I stretch my calf and it goes", "loc_calf"),
]


@pytest.mark.parametrize(("text", "finding"), MEDICINE_FOR_A_PART)
def test_a_medicines_reason_is_not_the_place(text: str, finding: str) -> None:
    assert finding not in said(text)


@pytest.mark.parametrize(("text", "finding"), PART_STILL_THE_COMPLAINT)
def test_the_complaints_part_stays(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


# ---------------------------------------------------------------- a medicine's dosing time
def test_a_dose_at_night_is_not_a_night_trigger() -> None:
    text = "I take baclofen in the day and tizanidine at night. This week my legs are much stiffer"
    assert "trig_night" not in said(text)
    text = "the care home started him on haloperidol for agitation at night and now his neck is twisted"
    assert "trig_night" not in said(text)


def test_cramps_at_night_still_are() -> None:
    text = "I take simvastatin 20mg at night and my calves cramp at night in bed"
    assert said(text).get("trig_night") == "present"


# ---------------------------------------------------------------- a fear said strongly
def test_a_fear_is_not_severe_pain() -> None:
    assert "pain_severe" not in said(
        "my thigh twitches all day. It doesn't hurt, it's the worry that's killing me."
    )
    assert "pain_severe" not in said(
        "my eyelid has fluttered for a week and I've talked myself into having something awful"
    )


def test_severe_pain_said_strongly_stays() -> None:
    assert said("the cramp in my calf is killing me").get("pain_severe") == "present"
    assert said("my calf cramps something awful at night").get("pain_severe") == "present"


# ---------------------------------------------------------------- a part that only goes numb
FEELING_ONLY = [
    "got kicked on the shin at football, it's tight and 9/10 now and the top of my foot has gone tingly",
    "a heavy box fell on my shin, it's swollen and agony and my toes are going numb",
]


@pytest.mark.parametrize("text", FEELING_ONLY)
def test_a_part_that_goes_numb_is_not_the_spasms_place(text: str) -> None:
    assert "loc_foot" not in said(text)


def test_a_part_that_cramps_and_goes_numb_stays() -> None:
    assert said("my toes cramp and have gone numb").get("loc_foot") == "present"


# ---------------------------------------------------------------- a remedy done, no relief said
REMEDY_ONLY_DONE = [
    "calf has ached since the flight. I have rubbed it and used a heat pack without any change",
    "my calf cramp started at 6am. I've stretched it every way I know and it's still tight at noon",
    "ran a marathon yesterday, thighs sore, drank plenty and foam rolled. how long will it last?",
]
REMEDY_THAT_HELPED = [
    "calf cramps at night, I have rubbed it and that helps",
    "I've stretched it out and it eased within a minute",
    "cramp in my foot, stretching it out helps",
    "calf cramp at night, I've stretched it out and it went",
    "my foot cramps in bed, I've rubbed it and then it goes off",
]


@pytest.mark.parametrize("text", REMEDY_ONLY_DONE)
def test_a_remedy_done_is_not_relief(text: str) -> None:
    assert said(text).get("relief_stretch") != "present"


@pytest.mark.parametrize("text", REMEDY_THAT_HELPED)
def test_a_remedy_that_helped_is_relief(text: str) -> None:
    assert said(text).get("relief_stretch") == "present"


# ---------------------------------------------------------------- a time said to be fine
FINE_AT_NIGHT = [
    "my calf aches after I walk about 300 yards and eases when I stand still. I'm fine at night.",
    "cramping ache in my calf on walking to the bus stop, fine sitting or in bed",
    "he gets a calf ache walking up hills but says he has no pain in it at night",
]


@pytest.mark.parametrize("text", FINE_AT_NIGHT)
def test_fine_at_night_is_not_a_night_trigger(text: str) -> None:
    assert said(text).get("trig_night") != "present"


def test_night_cramps_fine_by_day_stay() -> None:
    assert (
        said("my calf cramps at night in bed, I'm fine in the day").get("trig_night") == "present"
    )
    assert said("no cramps in the day, only at night").get("trig_night") == "present"
