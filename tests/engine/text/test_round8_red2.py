"""Round 8, red flags read present that the story does not say (fresh14-22), and serotonin
toxicity missed. Families of wording:

- agitation_sweating: sweat from heat, a fever, a run or the gym is not agitation, unless the
  story names a serotonergic or a new or raised medicine, or words of agitation ("can't sit
  still", "jittery", "shaky", "wired") stand in the same sentence (``lifted_excludes``); sweat
  on a flushed face (a spinal cord injury's dysreflexia) and sweat after runs counted in km are
  not agitation either; a cold, clammy sweat is cold_sweat's (``dropped_with``).
- neck_stiffness: a neck locked or cricked after sleeping, that will not turn sideways, is not
  the stiff neck that will not bend forward.
- calf_swelling: a heel, toe or puncture wound hot, red and swollen is not a swollen leg.
- severe_unrelieved: "the worst pain of my life" says severe, not unrelieved; pain scored
  moderate (4-6/10) is not severe pain that will not ease (``dropped_with``).
- speech_swallow: slurred words beside a sudden one-sided weakness are sudden_one_side's
  (``dropped_with``); words that gradually go mushy are not a sudden change.
- muscle_wasting: a blood thinner, muscles jumping "small small"; appearance_change: a lump
  sticking out while the cramp makes the muscle rock hard; cold_sweat: a leg white as a sheet;
  palpitations: "the irregular heart thing" named as a diagnosis; fever: 38 degrees of weather;
  pain_passive_stretch: beats of clonus that are worse when the foot is flexed.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    (
        "agitation_sweating",
        "on fluoxetine and the new migraine tablets, I feel hot and I'm sweating buckets",
    ),
    ("agitation_sweating", "temperature 38.5 and soaked in sweat since my citalopram went up"),
    (
        "agitation_sweating",
        "it was 30 degrees out and I was pouring with sweat and so restless I couldn't sit down",
    ),
    ("agitation_sweating", "sweating buckets in this heat and wired, can't sit still"),
    (
        "agitation_sweating",
        "they upped my venlafaxine, now I'm dripping with sweat at the gym and shaking",
    ),
]

GUARDS = [
    ("agitation_sweating", "came in from a long run in the heat drenched in sweat"),
    ("agitation_sweating", "we did 15 km in the sun on Saturday and I came home soaking"),
    ("agitation_sweating", "drenched in sweat after the gym, not on any antidepressants"),
    (
        "agitation_sweating",
        "his cheeks are flushed scarlet and dripping with sweat above the injury",
    ),
    ("agitation_sweating", "crushing chest ache, pouring with sweat, cold and clammy"),
    ("neck_stiffness", "woke up with my neck stuck, can't turn it sideways at all"),
    ("neck_stiffness", "my neck's seized up and I can't turn to look over my shoulder"),
    ("neck_stiffness", "cricked my neck on the plane pillow"),
    ("calf_swelling", "trod on a nail and his heel is red, hot and puffy around the puncture"),
    ("calf_swelling", "the big toe is swollen and warm where the splinter went in"),
    ("severe_unrelieved", "it's the worst pain of my life but the ibuprofen helps a bit"),
    ("severe_unrelieved", "a constant ache in the calf, about 4/10, rubbing it does nothing"),
    (
        "speech_swallow",
        "half an hour ago her face dropped on the left and her arm went weak. her speech is slurred",
    ),
    ("sudden_one_side", "his words have slowly got more slurred over the last few months"),
    ("muscle_wasting", "she ran out of her blood thinners on Friday"),
    ("muscle_wasting", "my calf muscle is jumping small small all evening"),
    ("appearance_change", "the calf goes rock hard and you can see a ball of muscle sticking out"),
    ("appearance_change", "there's a knot standing out every time the cramp grabs"),
    ("cold_sweat", "her foot has gone white as a sheet and it's cold"),
    ("palpitations", "he has the irregular heartbeat condition and takes a thinner"),
    ("fever", "it was scorching on site, 36 degrees in the shade, and my legs cramped"),
    ("fever", "a heatwave, outside it is 39 degrees, cramps in both calves"),
    ("pain_passive_stretch", "the foot goes in fast beats and it's worse when I pull it up"),
]

KEPT = [
    ("speech_swallow", "his words have slowly got more slurred over the last few months"),
    ("neck_stiffness", "headache and a stiff neck, can't bend my head forward to my chest"),
    ("calf_swelling", "the heel is sore and the calf is swollen and warm"),
    (
        "pain_passive_stretch",
        "his legs keep jerking and the pain is much worse when the nurse bends his toes",
    ),
    ("fever", "been out in the sun and now a temp of 38.6 and shivering"),
    ("agitation_sweating", "since the tramadol I'm wired and drenched in sweat"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text


@pytest.mark.parametrize(("finding", "text"), KEPT)
def test_still_read(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text
