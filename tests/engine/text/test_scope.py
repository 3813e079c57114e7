"""What a number, an "if", a carer's "her" and an event's date say in a story (issue 12).

Each case is a shape of sentence people write that the parser once misread: a number that
is an episode's length or the person's sleep, not since when; an "if" that imagines; a hedge
on a number, not on the finding; a time that dates the event the spasms followed; a carer's
story told without "I".
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text


def said(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings}


PERSISTENCE = {"persist_days", "persist_weeks", "persist_months", "persist_hours"}


@pytest.mark.parametrize(
    ("text", "episode"),
    [
        ("my legs kick out at night, spasms last a few seconds", "dur_seconds"),
        ("cramps last about 2 hours", "dur_long"),
        ("sudden cramp while sleeping, lasted 30 seconds", "dur_seconds"),
    ],
)
def test_how_long_an_episode_lasts_is_not_since_when(text: str, episode: str) -> None:
    found = said(text)
    assert found.get(episode) == "present"
    assert not PERSISTENCE & {f for f, c in found.items() if c == "present"}


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("twitching for the last 2 hours", "persist_hours"),
        ("started 10 minutes ago, calf cramp", "persist_hours"),
    ],
)
def test_since_when_in_hours_and_minutes(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(
    "text",
    ["eyelid flickering, sleeping like 4 hrs", "cramps, I work 12 hour shifts"],
)
def test_hours_of_sleep_or_work_are_not_an_episode(text: str) -> None:
    assert "dur_long" not in said(text)


def test_exactly_three_months_is_not_more_than_three_months() -> None:
    found = said("left eye twitching for 3 months")
    assert found["persist_months"] == "present"
    assert found["persist_over_3m"] == "absent"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("thigh twitches after the gym. if it spreads should i worry?", "twitch_spreading"),
        ("in case it gets worse and my leg swells, what do I do", "calf_swelling"),
    ],
)
def test_if_imagines(text: str, finding: str) -> None:
    assert finding not in said(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("when it cramps my toes go numb", "numbness"),  # "when" tells what happens
        ("cramps if i walk far, my calf", "loc_calf"),
    ],
)
def test_when_and_if_i_tell_what_happens(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("cramp woke me up, lasted maybe 5 mins, really painful", "pain_severe"),
        ("leg cramps at night, i drink maybe 6 pints most nights", "alcohol_heavy"),
        ("neck spasm, pain maybe 5/10", "pain_moderate"),
    ],
)
def test_a_hedge_on_a_number_does_not_doubt_the_finding(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


def test_a_hedge_on_the_finding_still_doubts_it() -> None:
    assert said("calf cramp 2 days ago, maybe a bit swollen").get("calf_swelling") == "unknown"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("stepped on a rusty nail a week ago, now my jaw feels stiff", "persist_weeks"),
        ("flew back from australia 3 days ago and now my calf is swollen", "persist_days"),
        ("calf swollen since my knee op 2 weeks ago", "persist_weeks"),
    ],
)
def test_the_date_of_the_event_it_followed_says_since_when(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


def test_another_span_wins_over_the_events_date() -> None:
    found = said("had my knee op 2 months ago, calf cramps for 3 days")
    assert found.get("persist_days") == "present"
    assert "persist_months" not in found


def test_a_history_or_medicine_date_is_not_since_when() -> None:
    found = said("calf cramps, on simvastatin for years, had a stroke 2 years ago")
    assert not PERSISTENCE & set(found)


def test_in_ages_is_not_since_when() -> None:
    assert "persist_months" not in said("jaw tight since last week, havent had a jab in ages")


def test_a_carers_story_without_i_is_the_patients() -> None:
    found = said("mum's 80, her leg went cold and white this afternoon and she cant feel her toes")
    assert found.get("limb_cold_pale") == "present"
    assert found.get("persist_hours") == "present"


def test_a_relatives_past_stays_theirs_in_a_carers_story() -> None:
    found = said("my son's legs keep twitching, my dad had ALS")
    assert "hx_als" not in found


def test_a_relatives_words_stay_theirs_in_the_persons_own_story() -> None:
    assert "hx_parkinsons" not in said("my dad has parkinsons and now im getting twitches")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("pee is not dark", "dark_urine"),
        ("my calf isnt swollen or red", "calf_swelling"),
        ("lips not tingly, hands cramping", "numbness"),
    ],
)
def test_a_not_inside_the_words_denies_them(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"


def test_a_denied_look_alike_still_says_where() -> None:
    assert said("eyelid twitch, no droop, eyelid doesnt droop")["loc_eyelid"] == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("back spasm, can still pee fine", "urine_retention"),
        ("back spasm, bladder and bowels are fine", "bladder_bowel"),
        ("statin aches, pee looks normal", "dark_urine"),
        ("calf cramp playing rugby, walking fine", "loss_of_function"),
        ("neck spasm, temp normal", "fever"),
        ("twitching arm, strength is normal", "weakness_persistent"),
    ],
)
def test_saying_it_works_as_it_should_denies_the_warning_sign(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "leg cramps at night, i drink maybe 6 pints most nights",
        "muscle cramps, on dialysis 3 times a week",
        "calf cramps, I go to the gym 3 times a week",
    ],
)
def test_how_often_a_habit_comes_is_not_how_often_the_cramps_do(text: str) -> None:
    assert "freq_weekly" not in said(text)


def test_a_frequency_of_the_cramps_still_counts() -> None:
    assert (
        said("calf cramps most nights")["freq_daily"] == "present"
    )  # (round 11: almost every night)


def test_what_used_to_be_is_not_what_is() -> None:
    found = said("it used to be once a week, now every day")
    assert found.get("freq_daily") == "present"
    assert "freq_weekly" not in found


def test_a_past_habit_that_is_a_history_stays() -> None:
    assert said("i used to smoke, calf pain walking").get("smoker") == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("62M, c/o R calf cramp x4/7", "persist_days"),
        ("L calf cramps, intermittent, x2/52", "persist_weeks"),
        ("crampy abdo pain on/off ~4/12", "persist_over_3m"),
        ("for the past year or so the twitching", "persist_over_3m"),
        ("spasms the past hour, thumping headache", "persist_hours"),
        ("its been 20 mins and not easing", "persist_hours"),
    ],
)
def test_clinic_shorthand_and_the_past_hour_say_since_when(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("temp 38.4 this evening", "present"),
        ("temperature of 101", "present"),
        ("neck stiff, temp 39 and drowsy", "present"),
        ("cramps, temp 37.1", "absent"),
    ],
)
def test_a_temperature_reading_says_whether_there_is_a_fever(text: str, choice: str) -> None:
    assert said(text).get("fever") == choice


def test_a_pain_score_is_not_a_temperature() -> None:
    assert "fever" not in said("calf pain 8/10 for 3 days")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("62M. Statin: no.", "med_statin"),
        ("Fever: no. Swelling -ve.", "calf_swelling"),
        ("Nil recent surgery.", "recent_surgery"),
        ("Nil wasting.", "muscle_wasting"),
        ("calf pain on walking, non-smoker", "smoker"),
    ],
)
def test_intake_note_denials(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"


def test_reading_about_a_disease_is_not_having_it() -> None:
    assert "hx_als" not in said("i read about ALS online and now i cant sleep")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("back spasm, no numbness down below", "loc_pelvis"),
        ("neck crick, no numbness in my arms", "loc_arm"),
    ],
)
def test_a_place_named_only_inside_a_denial_is_not_where_it_is(text: str, place: str) -> None:
    assert place not in said(text)


def test_a_place_after_a_denied_clause_still_counts() -> None:
    found = said("dont have a fever, not short of breath, calf cramp when running")
    assert found["loc_calf"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        "tummy cramps coming in waves since last night",
        "playing 5-a-side last night, felt a pop in my calf",
        "its now sunday night and my thighs are so sore",
    ],
)
def test_a_night_that_dates_something_is_not_a_night_trigger(text: str) -> None:
    assert "trig_night" not in said(text)


def test_a_cramp_that_wakes_you_last_night_is_a_night_cramp() -> None:
    assert said("cramp in my calf last night woke me up")["trig_night"] == "present"
