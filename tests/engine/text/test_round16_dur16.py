"""Round 16, how long one episode lasts against how far away help is and other spans.

A span that says how far a place is ("the farm is 3 hours from the city", "the surgery is 50
minutes away", "4 hours by car", "2 hours out of town", "an hour each way", "the paramedics
take an hour to get here", "the nearest A&E is 3 hrs") is neither how long an episode lasts
nor since when; hours "<n> hours broken sleep" are a night's sleep; "12 hours each day" at a
wheel are hours of a day, not an episode. A bare "last" before days or weeks after a word
that is no subject is the adjective ("wee dark last 3 days", "but last 2 weeks worse"), not
the verb of one episode ("they last 2 days" stays the verb). A cramp that began a while ago
and that the next sentence says has not let go ("started 30 minutes ago. ... it's not easing
off") has lasted that long so far. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    # an episode that has gone on, its not letting go said in the next sentence
    (
        "dur_long",
        "about 30 minutes ago a crushing cramp hit my chest. I feel sick and it isnt easing off",
    ),
    ("dur_long", "my calf seized up 40 mins ago on the stairs. Stretched it, its still rock hard"),
    # the verb "last" stays the verb
    ("dur_long", "my period cramps usually last 2 days"),
    ("dur_long", "the cramp lasted about 2 hours"),
    # a span beside a distance still reads
    ("dur_long", "we live an hour from town and the cramp lasted 2 hours"),
    ("dur_minutes", "the GP is an hour away. the cramps last 5 minutes"),
    # a bare "last" before weeks says since when
    ("persist_weeks", "I get twitches in my arm but last 2 weeks much worse"),
]
LOOK_ALIKES = [
    ("dur_long", "We live on a croft 3 hours from the city and my calf cramps at night"),
    ("dur_long", "the surgery is 50 minutes away, my eyelid keeps twitching"),
    ("dur_long", "the clinic is 4 hours by car so I'd rather not go for a twitch"),
    ("dur_long", "we are 2 hours out of town, my back is in spasm"),
    ("dur_long", "the surgery is an hour each way and my foot keeps cramping"),
    ("dur_long", "the paramedics take an hour to get here and his leg is cramping"),
    ("dur_long", "nearest A&E is 3 hrs, should I go for this back spasm"),
    ("dur_long", "my neck is a hard knot and I'm only getting 4 hours broken sleep"),
    ("dur_long", "drove 2 days, 12 hours each day, now my calf aches"),
    ("dur_long", "my wee has been dark last 3 days and my thighs ache"),
    ("dur_long", "my legs always jump at night but last 2 weeks they jump more"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), LOOK_ALIKES)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
