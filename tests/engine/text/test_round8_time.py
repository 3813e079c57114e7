"""Round 8, time: the wording families fresh20-22 (blind, measured unseen first, then tuned on)
showed the parser got wrong about time. A hedge after a time rounds it and does not doubt it
("since last winter maybe"); "three weeks or so" is about three weeks, not more; a span that a
lone "now" ends is how long the episode going on has lasted so far, so it also dates it ("20
min now, going down my arm"); twitches "loads through the day" or "throughout the day" are
daily; how late a period is does not date the problem, and a pain "like period cramp" is not
one that comes with periods; "this arvo" or "this evening" followed by a word of the present
dates the problem to today. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("persist_months", "the cramps have been there since last winter maybe"),
    ("persist_over_3m", "on and off since the spring i guess, always at night"),
    ("persist_weeks", "every morning for the last three weeks or so"),
    ("persist_weeks", "calf cramps at night for two weeks or so"),
    ("persist_hours", "tight pain in my chest, 20 min now, spreading to my jaw"),
    ("persist_hours", "my calf has been locked 40 minutes now and it won't ease"),
    ("dur_long", "tight pain in my chest, 20 min now, spreading to my jaw"),
    ("freq_daily", "my lower lid flickers loads through the day"),
    ("freq_daily", "the thigh twitches throughout the day"),
    ("persist_days", "my period is 10 days late and the cramp on the right began two days ago"),
    ("trig_menstruation", "my calves cramp every time I have my period"),
]

DENIED = [
    ("persist_over_3m", "every morning for the last three weeks or so"),
    ("persist_hours", "the cramps have been there since last winter maybe"),
]

GUARDS = [
    ("persist_months", "every morning for three weeks or so"),
    ("persist_over_2w", "calf cramps at night for two weeks or so"),
    ("persist_hours", "every night it lasts 5 minutes now."),
    ("persist_hours", "cramps for 10 mins now and then"),
    ("calf_swelling", "my calf looks swollen maybe"),
    ("persist_weeks", "my period is 10 days late and there is a sharp cramp on the right"),
    ("persist_weeks", "period a week overdue, cramping low down since yesterday"),
    ("persist_months", "my period is 5 weeks late and I feel crampy"),
    ("trig_menstruation", "low belly pain like period cramp but sharper, only on the left"),
    ("trig_menstruation", "my period is late and the belly cramps"),
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
