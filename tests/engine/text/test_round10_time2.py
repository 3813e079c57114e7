"""Round 10, precision of time findings. A span is read as how long an episode lasts or since
when it goes on only where it is the symptom's: not a delay before it ("tummy cramps about
half an hour after a meal", "it starts about an hour after"), not how long a remedy helps
("the gel helps for a few hours"), not a daily amount ("on the laptop 9h/day"), not how long
an activity goes on ("when I sit in the car a long time", "chewing gum a long time"); and a
frequency is not read where it is how often one goes to the toilet ("bowels loose most days",
"going 3 or 4 times a day", "need to go every 15 mins"), does the stretches or has dialysis. A sentence that tells a past
bout of the same complaint ("had the same in 2019 and it eased in about a week") neither dates
this one nor says how long this one lasts (the story's own date still stands); nor does an
old complaint of a back, knee or hip told with "been" and years ("my back's been dodgy for
years"), like "a bad back for years" (a named condition such as IBS still dates the story
where nothing else does); nor does a span right after "been on" when a medicine stands
before it in the sentence ("lansoprazole 30mg, which I have been on for years").
The episode's own span after a delay word still stands ("about 20 minutes after I stop it has
gone"). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("dur_long", "about twenty minutes after I stop running the ache has gone"),
    ("dur_long", "my calf cramped for twenty minutes after the match"),
    ("dur_minutes", "the cramp lasts 5 minutes before it goes"),
    ("freq_daily", "my calves cramp most days"),
    ("freq_daily", "the cramps come 3 or 4 times a day"),
    ("persist_months", "I've had this jaw ache for a long time"),
    ("persist_over_2w", "my eyelid has been twitching a long time now"),
    ("dur_long", "I had this cramp in my chest for 20 minutes last night"),
    ("dur_minutes", "had the cramp for 10 minutes, it was awful"),
    ("persist_weeks", "my knee has been sore for 2 weeks and it locks when I squat"),
    ("persist_days", "my neck has been stiff for 4 days"),
    ("persist_months", "tummy cramps after breakfast, IBS for years"),
    ("persist_weeks", "calf cramps at night for 3 weeks; I take omeprazole, been on it for years"),
]

GUARDS = [
    ("dur_long", "stomach cramps, usually about half an hour after a meal"),
    ("dur_long", "the spasms start about an hour after"),
    ("dur_minutes", "my belly cramps 20 minutes before I need the loo"),
    ("dur_long", "a heat pad helps for a few hours, then the back spasms return"),
    ("dur_long", "eye twitch for a fortnight, I'm on the laptop 9h/day"),
    ("persist_months", "my foot cramps when I sit in the car a long time"),
    ("persist_over_2w", "my jaw goes tight when chewing gum a long time"),
    ("persist_over_2w", "the hamstring cramps if I stand at the bench a long time"),
    ("freq_daily", "my bowels have been runny most days and I get tummy cramps"),
    ("freq_daily", "I'm going 3 or 4 times a day now and it's runny, with cramps"),
    ("freq_daily", "tummy is crampy and the poo is loose, 5 or 6 times a day"),
    ("freq_daily", "it stings when I pee and I need to go every 15 mins"),
    ("freq_daily", "I do the hamstring stretches the physio showed me every day"),
    ("freq_weekly", "on hemodialysis 3 times a week, the cramps come near the end"),
    (
        "dur_long",
        "neck locked since this morning. Had the same in 2019 and it eased in about a week.",
    ),
    ("persist_months", "stiff neck today. had this last year and it cleared in 4 days."),
    (
        "persist_over_3m",
        "back spasm since Monday. Had the same about 6 years ago, it lasted a fortnight.",
    ),
    (
        "persist_months",
        "my shoulder locked up. I had something similar years back that took weeks to go.",
    ),
    ("persist_months", "calves go heavy when I walk to the shops. My back's been dodgy for years."),
    (
        "persist_over_2w",
        "thighs ache walking uphill. The lower back has always been stiff for years.",
    ),
    ("persist_over_3m", "legs go numb in the queue. My hip has been bad for ages."),
    ("persist_months", "night cramps. I take pantoprazole 40mg, which I've been on for years."),
    ("persist_over_3m", "hand spasms. Meds: warfarin, which he has been on for 8 years."),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_not_the_symptoms_time(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
