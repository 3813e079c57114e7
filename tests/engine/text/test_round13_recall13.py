"""Round 13 (recall13): everyday wordings of non-red-flag findings the parser missed, in our
own sentences (tightness, how often, how long a bout lasts, both sides, a new or changed
medicine, drinking too little, a strain, exercise, a long journey, daily life, pain words),
and guard cases that must stay as they are. ``None`` means the finding is not read."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES: list[tuple[str, str, str | None]] = [
    # a muscle that goes hard is tight
    ("at night her calves go hard and she cries out", "tightness", "present"),
    ("my forearms keep cramping up hard on the building site", "tightness", "present"),
    ("the muscle at the side of his neck feels like a hard rope", "tightness", "present"),
    ("my thighs kept bunching up in the night", "tightness", "present"),
    # counted per day, per afternoon
    ("little twitches in my calves and arms, hundreds a day", "freq_daily", "present"),
    ("flickers all over my thighs, probably dozens a day", "freq_daily", "present"),
    ("every afternoon my hands cramp on the till", "freq_daily", "present"),
    # so many nights a week, written short; most weekends
    ("she wakes 2-3 nights a wk with sore legs", "freq_weekly", "present"),
    ("jolts as he drops off, a few nights a wk", "freq_weekly", "present"),
    ("his hamstrings cramp in matches, it happens most weekends", "freq_weekly", "present"),
    # itching all over, sugars all over: not twitching in many places
    ("my legs are jumping and I'm itchy everywhere", "loc_widespread", None),
    ("she keeps scratching herself all over", "loc_widespread", None),
    ("my sugars have been all over since the insulin", "loc_widespread", None),
    ("both legs are rigid and she's scratching all over", "side_both", "present"),
    # pain words: gone through the roof, like the devil, really badly; not much pain
    ("since midnight the pain has gone through the roof", "pain_severe", "present"),
    ("moving his toes sends him through the ceiling", "pain_severe", "present"),
    ("the cramp in my foot hurts like the devil", "pain_severe", "present"),
    ("her calves hurt really badly tonight", "pain_severe", "present"),
    ("heard a pop at the back of my ankle, not much pain now", "pain_mild", "present"),
    # a hedge after a score rounds the score
    ("the pain isn't even that bad, 3/10 maybe", "pain_mild", "present"),
    ("it's about 8/10 i guess", "pain_severe", "present"),
    # a course of tablets; a dose that was changed; ADHD tablets started
    ("I had a course of prednisolone for my chest last month", "med_new", "present"),
    ("her furosemide was doubled about ten days ago", "med_new", "present"),
    ("his sertraline has been increased to 100", "med_new", "present"),
    ("he started methylphenidate two weeks ago for ADHD", "med_new", "present"),
    # drinking too little, said another way; sick all weekend
    ("I never drink enough at work", "dehydration", "present"),
    ("he'd hardly had anything to drink all day in the heat", "dehydration", "present"),
    ("she was sick all weekend and now her hands cramp", "dehydration", "present"),
    # guards
    ("I don't think it's painful, maybe", "pain_severe", None),
    ("her amlodipine was the same as ever", "med_new", None),
    ("the pain in my calf has eased", "pain_severe", None),
    ("I drink enough water, about two litres", "dehydration", None),
    ("it's not a cramp, the muscle doesn't go hard", "tightness", "absent"),
    ("I went hard at the gym yesterday", "tightness", None),
    ("twitching all over my body, calves and arms", "loc_widespread", "present"),
    ("I smoke 20 a day", "freq_daily", None),
]


@pytest.mark.parametrize(("text", "finding", "expected"), CASES)
def test_reads(text: str, finding: str, expected: str | None) -> None:
    assert said(text).get(finding) == expected
