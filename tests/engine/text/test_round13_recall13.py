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
    # a carer's or clinician's note that quotes the patient: the quoted "I" is the patient's
    (
        'Pt 40F did her first ever spin class Mon, now "so sore I can\'t walk"',
        "strain_injury",
        "present",
    ),
    ('Pt 52M c/o R calf "my calf goes rock hard at night" x3/12', "loc_calf", "present"),
    # missing school, cancelling a rehearsal
    ("she misses school every month with them", "disrupts_daily_life", "present"),
    ("my hands clawed up and I had to cancel rehearsal", "disrupts_daily_life", "present"),
    ("had to leave school early today because of the cramps", "disrupts_daily_life", "present"),
    # long hours at the wheel or on a coach, stuck on the floor
    ("drove down over two days, 10 hours at the wheel each day", "immobility", "present"),
    ("came back on the coach, 18 hours, and now my calf aches", "immobility", "present"),
    ("he was stuck on the floor all night after a fall", "immobility", "present"),
    # counted exercise, months without training, first workout in ages
    ("did 200 squats and lunges at a new class", "strain_injury", "present"),
    ("a 100 pull-up challenge, hadn't trained upper body in months", "strain_injury", "present"),
    ("first workout in years on Saturday and now my thighs are sore", "strain_injury", "present"),
    # exercise said another way
    ("started couch to 5k last week and my shins ache", "trig_exercise", "present"),
    ("ran my first 50k ultra and both calves cramped", "trig_exercise", "present"),
    ("his thighs ache, worse after PE", "trig_exercise", "present"),
    # the stop's minutes are how long a walking cramp lasts when he walks on after it
    (
        "have to stop and stand still a couple of minutes then I can carry on",
        "dur_minutes",
        "present",
    ),
    ("stands still a couple of mins, then it goes and he carries on", "dur_minutes", "present"),
    ("I stand for a minute or two and it goes and I walk on", "dur_minutes", "present"),
    ("have to stand still a couple of minutes and off it goes again", "dur_minutes", "present"),
    ("he stretches it and it's gone in a minute or two", "dur_minutes", "present"),
    # a journey's hours, door to door, are not how long the cramp lasts
    (
        "Flew back from Perth on Friday, door to door about 24 hrs. Since Sunday my calf aches",
        "dur_long",
        None,
    ),
    # guards
    ("after walking 5 minutes my calf cramps", "dur_minutes", None),
    ("it's gone in a minute if I stand on it", "dur_seconds", "present"),
    ("I stand for ten minutes at the bus stop and my calf starts", "dur_minutes", None),
    ("no weakness, I can still do my 5k no problem", "trig_exercise", None),
    ("I was still up gaming at 2am when my eyelid started twitching", "trig_night", None),
    ("did my 1st spin class on Monday, thighs wrecked", "strain_injury", "present"),
    ("she said \"he's fine\" and I've had cramp in my calf", "loc_calf", "present"),
    ("my son's legs ache after football", "disrupts_daily_life", None),
    ("I miss my old job but the cramps are new", "disrupts_daily_life", None),
    ("I took the bus to work and my calf cramped", "immobility", None),
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
