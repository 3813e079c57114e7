"""Round 11, time and frequency: since when, how often, how long one episode lasts.

"Since the summer", "since about June", "since Christmas" say more than three months, as
"since the spring" did; "most nights" is almost every night (daily), unless a count a week
stands beside it; "comes and goes" tells that it is intermittent, not how often; "every so
often" or "now and then" in a bout that started under a week ago are the beats of that bout,
not a problem that comes back less than once a week (unless words say it comes back: "it
happens now and then"); "3 monthly injections" is no frequency of the spasms; the rest that
ends a cramp ("stand still a couple of minutes and it goes") is how long the episode lasts,
while the walk that brings it on is not; "a minute or so" is about a minute (seconds, as
"about a minute" is). The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("persist_over_3m", "my calf has cramped on every walk to the shops since the summer"),
    ("persist_over_3m", "the eyelid has been twitching since about June"),
    ("persist_over_3m", "night cramps in both feet since christmas, worse lately"),
    ("persist_over_3m", "twitching in my forearm since Easter and the hand is weaker"),
    ("freq_daily", "I get woken by cramps in my calves most nights"),
    ("freq_daily", "her calves cramp most nights and wake her"),
    ("dur_minutes", "I have to stand still for a couple of minutes and it goes off"),
    ("dur_minutes", "my calf cramps on the hill, I stand still 2 minutes until it lets go"),
    ("dur_minutes", "have to stop and rest 2 or 3 minutes and it clears"),
    ("dur_seconds", "my fingers lock up round the pen, it lasts a minute or so"),
    ("dur_seconds", "the toes pull down for a minute or so and then let go"),
]

#: Readings the changes must keep (guards of the changes; read before them too).
KEPT = [
    ("freq_weekly", "calf cramps most nights, four or five nights a week"),
    ("freq_weekly", "cramp in her calf at night, most nights really, like 4 or 5 a week"),
    ("freq_occasional", "a cramp between my ribs this morning, it happens now and then"),
    ("dur_minutes", "I stand on the cold floor for a few minutes till it lets go"),
]

GUARDS = [
    ("persist_over_3m", "since I started the new pills in March my calves ache"),
    ("persist_over_3m", "my calf has been cramping since the weekend"),
    ("freq_daily", "calf cramps most nights, four or five nights a week"),
    ("freq_daily", "I drink 4 pints most nights and get cramps twice a week"),
    ("freq_daily", "calf cramps at night, I have a bottle of wine most nights"),
    ("freq_occasional", "my lower back keeps spasming, it comes and goes"),
    ("freq_occasional", "belly cramps in waves that come and go over a few minutes"),
    ("freq_occasional", "since yesterday my jaw is stiff and every so often my back arches"),
    ("freq_occasional", "was given metoclopramide this morning, now and then my eyes roll up"),
    ("freq_occasional", "dad is on the 3 monthly injections and his calf cramps at night"),
    ("dur_minutes", "after walking about 5 minutes my calf cramps up"),
    ("dur_minutes", "I have to stand for 10 minutes at the bus stop and my calves cramp"),
    ("dur_minutes", "my fingers lock up round the pen, it lasts a minute or so"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), KEPT)
def test_kept_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_is_not_read(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
