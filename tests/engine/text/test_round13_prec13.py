"""Round 13, precision (prec13): words that look like a finding and are something else: a body
part named only in a check that nothing new is there, a "fit" that means healthy, a trip one
is back from, a cramp that merely lasts, eyes that are not yellow. Our own sentences; each
case failed before its change, and the guards stay as they were."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    # a place named only in a check that nothing new is there
    ("Calf cramps again. No new weakness in his arms, speech is normal.", "loc_arm", None),
    ("the usual leg spasms, nothing new with my face or speech or arm", "loc_arm", None),
    ("the usual leg spasms, nothing new with my face or speech or arm", "loc_face", None),
    ("Tight pain under my ribs. Nothing going into my arm or jaw.", "loc_jaw", None),
    ("leg cramps at night. Not sure if my left ankle is puffier than the right.", "loc_foot", None),
    ("cramps in my calves when I walk. Feet not cold or white.", "loc_foot", None),
    # "fit" meaning healthy, not a seizure
    ("Calf cramps for a week. Otherwise fit, no diabetes.", "seizure", None),
    ("I'm 50 and normally really fit, but my thighs ache", "seizure", None),
    ("He was fit and well until Friday, now his legs cramp", "seizure", None),
    # back from a trip is not the back
    ("Back from Spain Sunday, 2 days of the runs and cramps", "loc_back", None),
    ("Pt back from Greece Sat, 4hr flight, calf cramps since", "loc_back", None),
    # a cramp that only lasts is no pain unrelieved by treatment
    ("my calf feels like a cramp that just won't go since the flight", "severe_unrelieved", None),
    ("she has a cramp in her calf that won't go off, it is swollen", "severe_unrelieved", None),
    # eyes said not to be yellow, eyes rolled back in a fit
    ("pain under my ribs, eyes not yellow, wee normal", "loc_eyelid", None),
    ("she went stiff, her eyes rolled back and her arms jerked", "loc_eyelid", None),
    # guards: these stay as they were
    ("no new weakness but cramps in my arm at night", "loc_arm", "present"),
    ("no new tablets and now I get cramps in my arm", "loc_arm", "present"),
    ("my eye keeps twitching when I am tired", "loc_eyelid", "present"),
    ("his eyes keep rolling up and his neck is pulled round", "loc_eyelid", "present"),
    ("He had a fit this morning and was shaking all over", "seizure", "present"),
    ("I hurt my back from lifting boxes yesterday", "loc_back", "present"),
    ("cramp in my calf for 2 hours that won't go, pain 8/10", "severe_unrelieved", "present"),
    ("the cramp won't go even with paracetamol", "severe_unrelieved", "present"),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_round13_prec13(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice
