"""Round 13, precision (prec13b): time words that date another event, read as since when the
complaint goes on: a relative's bout of the same ("sister had the same last week"), an illness
that is over before the complaint came ("diarrhoea most of last week, settled Saturday"), a
test or an appointment ("a positive test 10 days ago", "missed the refill appointment last
week"), the date of a later sign of passing water ("this morning my pee was dark brown"), and a
wound or an operation told apart from the symptoms that came some time after it, and how long
one has been "on it" (a medicine).
Our own sentences; each case failed before its change, and the guards stay as they were."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # someone else's bout of the same
    (
        "My boy has D&V, sick 4 times, tummy cramps on and off. Sister had same last wk.",
        "persist_weeks",
        None,
    ),
    ("Runs and tummy cramps on and off. My mate had the same last week.", "persist_weeks", None),
    (
        "his calves keep cramping after the race. His brother ran the same race last year and had "
        "sore legs for a couple of days.",
        "persist_days",
        None,
    ),
    # an illness that was over before the complaint came
    (
        "Bad diarrhoea most of last week, settled Saturday. Since then cramps in her hands.",
        "persist_weeks",
        None,
    ),
    (
        "Had a stomach bug last week with the runs, cleared up now, and my calves cramp.",
        "persist_weeks",
        None,
    ),
    (
        "my 6 yr old had flu last week, this morning his calves hurt so much he wont walk",
        "persist_weeks",
        None,
    ),
    # "had it pinned": something done to a part, not the symptoms had
    (
        "Dad broke his ankle 3 weeks ago and had it plated. Since last night his calf is swollen "
        "and tight.",
        "persist_weeks",
        None,
    ),
    # a test or an appointment
    (
        "Got a positive test 9 days ago. Tonight sharp cramps low down on the left.",
        "persist_weeks",
        None,
    ),
    ("we missed his refill appointment last week, today his legs are rigid", "persist_weeks", None),
    (
        "His pump refill was due last week. Since yesterday his legs are stiff as boards.",
        "persist_weeks",
        None,
    ),
    # a later sign of passing water
    (
        "First crossfit class, my arms are so sore I cant straighten them. Also noticed this "
        "morning my wee was dark like cola.",
        "persist_hours",
        None,
    ),
    ("ran a marathon, legs weak and sore. today my wee looks like cola", "persist_hours", None),
    (
        "back went into spasm lifting, and I wet myself this morning without noticing",
        "persist_hours",
        None,
    ),
    ("thighs agony after spin, my pee this morning was brown like tea", "persist_hours", None),
    # a wound or an operation told apart from the symptoms that came some time after it
    (
        "trod on a rusty nail at the allotment 9 days ago, didnt think much of it. now my jaw is "
        "stiff and i cant open my mouth",
        "persist_weeks",
        None,
    ),
    ("cut my thumb on a rusty gate 10 days ago. Now my jaw feels tight.", "persist_weeks", None),
    (
        "She was admitted after a fall last week and had her hip operated on. Shes home now but "
        "both legs are rigid.",
        "persist_weeks",
        None,
    ),
    # how long one has been "on it" (a medicine named before it)
    (
        "Meds: lansoprazole 30mg (on it about 8 years for heartburn), ramipril. My calves cramp "
        "at night.",
        "persist_months",
        None,
    ),
    # guards: the complaint's own dates
    ("legs cramp, cant pee since this morning, belly swollen", "persist_hours", "present"),
    ("calf cramp this morning woke me up, lasted 5 minutes", "persist_hours", "present"),
    (
        "My daughter has had a tummy bug since Friday, still being sick, now her legs cramp",
        "persist_days",
        "present",
    ),
    (
        "my eyelid has been twitching for 3 weeks, my sister had it last year",
        "persist_weeks",
        "present",
    ),
    (
        "my calf has been cramping on and off, I have had it for 3 weeks now",
        "persist_weeks",
        "present",
    ),
    ("gashed my hand on rusty wire a week ago, now my jaw is stiff", "persist_weeks", "present"),
    (
        "Meds: lansoprazole 30mg (on it about 8 years for heartburn). Calf cramps at night for 2 "
        "weeks.",
        "persist_weeks",
        "present",
    ),
    ("jaw stiff since I stood on a nail last week", "persist_weeks", "present"),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_round13_prec13b(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice
