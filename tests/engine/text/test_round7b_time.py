"""Round 7b: a span of time belongs to the symptoms only when it is about them.

- a span said aside after a medicine's dose dates the tablets ("omeprazole 20mg (for years)");
- a span opening its clause dates the event right after it ("Nine days ago I stood on a
  fork", "About three weeks ago you put my atorvastatin up");
- a history the symptoms followed, with "since" opening the clause or "ever since" after it,
  says since when ("since my stroke two years ago my arm has stayed stiff");
- long-term conditions no finding holds ("IBS", "asthma") date their own spans, which stand
  only where the story gives no other;
- ages ("he is 77 year"), abstinence ("hasn't touched a drop for two years"), "told" dates,
  "the first 2 days" of each period, "stands for ages" are no spans of the symptoms;
- one episode: "2 mins of agony", "an hour ago and it wont go off" (still going); not "15
  minutes into a run", "after about ten minutes on my feet", "slurred over a couple of
  minutes", "dug the allotment for six hours", "trying to pee for an hour";
- how often: "twice this month", "2nd time this month", "every single nite"; not a dose after
  a bracket ("Sinemet (co-careldopa 25/100) four times a day"), "weaker each day", "the first
  time ... the second", "gaming till 1am most nights";
- "tingle all the time" is no constant spasm; "a headache that came on fast" no sudden cramp.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text


def _stated(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).stated}


_PERSIST = ("persist_days", "persist_weeks", "persist_months", "persist_over_2w", "persist_over_3m")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "im on sertraline 100mg, omeprazole 20mg (for years), atorvastatin 40. calf cramps"
            " for 3 days",
            "persist_days",
        ),
        (
            "Medications: omeprazole 40mg daily (about 6 years), sertraline 50mg (2 yrs, no"
            " changes). For about 6 weeks I've had twitching in my calves",
            "persist_months",
        ),
        (
            "meds: lansoprazole 30mg (on it for ages), amlodipine 5mg. legs twitching for 5 days",
            "persist_days",
        ),
        (  # guard
            "on gabapentin 300mg (since 2019), baclofen 10mg. calf cramps started 2 weeks ago",
            "persist_weeks",
        ),
    ],
)
def test_a_span_said_aside_after_a_dose_dates_the_tablets(text: str, finding: str) -> None:
    stated = _stated(text)
    assert stated.get(finding) == "present"
    assert "persist_over_3m" not in stated


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Nine days ago I stood on a garden fork and it went through my welly. Since"
            " yesterday my jaw feels tight",
            "persist_days",
        ),
        (
            "about ten days ago I trod on a rusty nail. Since yesterday my neck keeps going"
            " into spasms",
            "persist_days",
        ),
        (
            "About three weeks ago you put my atorvastatin up from 20mg to 40mg. For the last"
            " fortnight both my thighs have ached",
            "persist_weeks",
        ),
        (
            "A month ago the GP started me on simvastatin. My calves have ached for 5 days",
            "persist_days",
        ),
        (
            "I've been sick a lot so last Wednesday I was started on metoclopramide. This"
            " afternoon my jaw got pulled over to the right",
            "persist_hours",
        ),
    ],
)
def test_a_span_opening_its_clause_dates_the_event_after_it(text: str, finding: str) -> None:
    stated = _stated(text)
    assert stated.get(finding) == "present"
    assert not {"persist_over_2w", "persist_months"} & set(stated) or finding in (
        "persist_months",
        "persist_over_2w",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Since my stroke two years ago my left arm has stayed weak and stiff",
        "had a stroke 3 yrs ago, left side. my left hand has been tight all the time ever since",
        "since my MS diagnosis 10 years ago my legs spasm at night",
    ],
)
def test_the_symptoms_since_a_history_say_since_when(text: str) -> None:
    assert _stated(text).get("persist_over_3m") == "present"


@pytest.mark.parametrize(
    "text",
    [
        # guard: "since" inside the medicine's clause is the tablets' start
        "On rosuvastatin since a heart attack last year. calf cramps at night for 2 weeks",
    ],
)
def test_since_inside_a_medicines_clause_is_the_tablets(text: str) -> None:
    stated = _stated(text)
    assert stated.get("persist_weeks") == "present"
    assert "persist_over_3m" not in stated


@pytest.mark.parametrize(
    "text",
    [
        "I've had IBS on and off for years so I know tummy cramps, but this feels different."
        " About an hour ago I got a sudden stabbing pain low down",
        "asthma since I was a kid. my calf cramped an hour ago",
        "I've had migraines for years. this morning my neck went into spasm",
    ],
)
def test_a_long_term_condition_dates_its_own_span(text: str) -> None:
    stated = _stated(text)
    assert stated.get("persist_hours") == "present"
    assert "persist_over_3m" not in stated


def test_a_conditions_span_stands_where_nothing_else_does() -> None:  # guard
    assert (
        _stated("stomach cramps every morning before I poo, IBS for years").get("persist_months")
        == "present"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I write for my father, he is 77 year. His legs are cramping on and off",
        "my mum is 80 years and gets cramps in her feet",
        "He hasn't touched a drop for two years now. His hands cramp most evenings",
        "she's been sober for 3 years. her calves cramp at night",
        "I was told last month I have an overactive thyroid. my eyelid keeps twitching",
        "period cramps sooo bad rn. every month its the first 2 days",
        "He's struggling to pass water, stands for ages and only a trickle comes. back spasms",
    ],
)
def test_spans_of_other_things_are_no_spans_of_the_symptoms(text: str) -> None:
    assert not set(_PERSIST) & set(_stated(text))


def test_it_is_two_years_stays_a_span() -> None:  # guard
    assert _stated("my calf twitches, it is 2 years now").get("persist_over_3m") == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("calf cramp woke me at 3am, foot pointed, 2 mins of agony then it eased", "dur_minutes"),
        ("toes curled, 30 seconds of pain and then it let go", "dur_seconds"),
        (
            "my leg went into a cramp about an hour ago sitting watching telly and it wont go off",
            "dur_long",
        ),
        ("calf cramped 40 mins ago and it's still there", "dur_long"),
        ("my neck got pulled round 2 hours ago and it hasn't eased", "dur_long"),
        ("About 20-30 minutes after I stop it's gone, starts 15 minutes into a run", "dur_long"),
    ],
)
def test_how_long_one_episode_lasts(text: str, finding: str) -> None:
    assert _stated(text).get(finding) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "about 15 minutes into a run my shins get tight",
        "After about ten minutes on my feet my legs get heavy and achy",
        "his left arm went weak and his speech became slurred over a couple of minutes",
        "Yesterday I double-dug the allotment for six hours. Today both thighs ache",
        "after playing for an hour I got cramp in my calf",
        "back spasm, been trying to pee for like an hour n only a dribble comes",
    ],
)
def test_spans_of_something_else_are_no_episode(text: str) -> None:
    assert not {"dur_minutes", "dur_long", "dur_seconds"} & set(_stated(text))


def test_an_hour_ago_gone_now_is_no_episode() -> None:  # guard
    assert "dur_long" not in _stated("my calf cramped an hour ago, its fine now")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("Twice this month I've woken at 3am to him twitching all over", "freq_occasional"),
        ("calf cramp woke me at 3am. 2nd time this month", "freq_occasional"),
        ("second time this month my foot has cramped", "freq_occasional"),
        ("calf cramps every single nite for bout 3 wks now", "freq_daily"),
    ],
)
def test_how_often(text: str, finding: str) -> None:
    assert _stated(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("he takes Sinemet (co-careldopa 25/100) four times a day. neck locked", "freq_daily"),
        ("baclofen 10mg, three times a day. my legs spasm", "freq_daily"),
        ("his back spasms and his legs have been getting weaker each day", "freq_daily"),
        ("my legs get stiffer every day", "freq_daily"),
        ("Sugar was 2.8 the first time and 3.1 the second. he was twitching", "freq_once"),
        ("hes gaming most nights. his eyelids keep jumping", "freq_weekly"),
        ("both feet cramp at night and the soles tingle all the time now", "dur_constant"),
        ("my fingers are numb all the time", "dur_constant"),
        ("legs spasming tonight. ive got a pounding headache that came on fast", "onset_sudden"),
    ],
)
def test_words_of_other_things_are_not_the_spasms(text: str, finding: str) -> None:
    assert finding not in _stated(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("my calf cramps every day", "freq_daily"),  # guard
        ("it was the first time it has happened", "freq_once"),  # guard
        ("my calf is tight all the time", "dur_constant"),  # guard
        ("the cramp came on fast and my calf went hard", "onset_sudden"),  # guard
    ],
)
def test_the_same_words_about_the_spasms_still_read(text: str, finding: str) -> None:
    assert _stated(text).get(finding) == "present"
