"""parse_text on the issue's examples: findings, negation, doubt, others, hypotheticals, spans."""

from __future__ import annotations

import pytest

from myotriage.engine.case import parse_case
from myotriage.engine.text import MAX_CHARS, parse_text
from myotriage.errors import InvalidInputError
from tests.engine.text.reading import said


def test_the_issues_story() -> None:
    text = "my left calf keeps cramping at night for 3 weeks, no swelling, I'm on simvastatin"
    found = said(text)
    assert found["loc_calf"] == "present"
    assert found["trig_night"] == "present"
    assert found["persist_weeks"] == "present"
    assert found["med_statin"] == "present"
    assert found["calf_swelling"] == "absent"


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        ("no swelling", "calf_swelling", "absent"),
        ("I don't think it's swollen", "calf_swelling", "unknown"),
        ("not sure if I have a fever", "fever", "unknown"),
        ("calf cramps, no fever, no chest pain", "chest_pain", "absent"),
        ("no pain or swelling in the calf", "calf_swelling", "absent"),
        ("cramps in my thigh, chest pain since an hour", "chest_pain", "present"),
        ("my calf twitches 8/10 pain", "pain_severe", "present"),
        ("it doesn't hurt at all", "pain_none", "present"),
    ],
)
def test_negation_and_doubt(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("my mother had twitching and MS", "hx_multiple_sclerosis"),
        ("calf cramps. If it gets worse and my leg swells should I worry?", "calf_swelling"),
        ("eyelid twitch, I'm scared it's ALS", "hx_als"),
    ],
)
def test_someone_elses_or_imagined_findings_are_left_out(text: str, finding: str) -> None:
    assert finding not in said(text)


def test_medicines_map_to_their_classes() -> None:
    found = said(
        "meds: furosemide, metoclopramide when sick, sertraline + tramadol, omeprazole, the pill"
    )
    for cls in (
        "med_diuretic",
        "med_serotonergic",
        "med_dopamine_blocker",
        "med_ppi",
        "med_hormonal",
    ):
        assert found[cls] == "present", cls


def test_a_recently_started_medicine_is_new() -> None:
    found = said("I started atorvastatin two weeks ago and now my thighs ache")
    assert found["med_statin"] == "present"
    assert found["med_new"] == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("cramps for three weeks", "persist_weeks"),
        ("calf cramps since Monday", "persist_days"),
        ("twitching for years", "persist_months"),
        ("started 2 months ago", "persist_months"),
        ("each one lasts a few seconds", "dur_seconds"),
        ("it lasts 10 minutes", "dur_minutes"),
        ("goes on for hours", "dur_long"),
    ],
)
def test_how_long(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


def test_spans_point_at_the_words() -> None:
    text = "Sudden CHEST PAIN and my calf is red and hot."
    parsed = parse_text(text)
    words = {f.id: [text[s:e] for s, e in f.spans] for f in parsed.findings}
    assert words["chest_pain"] == ["CHEST PAIN"]
    assert words["calf_swelling"] == ["calf is red and hot"]


def test_the_evidence_is_a_valid_case() -> None:
    parsed = parse_text(
        "left calf cramps 7/10 but also sometimes mild, lasts seconds or maybe minutes, "
        "both legs, weekly or daily, no idea"
    )
    parse_case({"evidence": parsed.evidence()})  # raises if two present in a single group


def test_the_worst_pain_stands_and_other_conflicts_become_unknown() -> None:
    found = said(
        "mild pain usually but last night it was excruciating. lasts a few seconds, or a few minutes"
    )
    assert found["pain_severe"] == "present" and "pain_mild" not in found
    assert found["dur_seconds"] == "unknown" and found["dur_minutes"] == "unknown"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "is empty"),
        ("   \n ", "is empty"),
        ("...!!!", "is empty"),
        ("12345 678", "only numbers"),
        ("3/7 + 2, 10/10!", "only numbers"),
        ("abc\x00def", "binary"),
        ("\x01\x02\x03\x04\x05\x06 calf", "binary"),
        ("Ich habe seit drei Wochen Krämpfe in der Wade, nachts immer", "English"),
        ("у меня судороги в икре по ночам", "English"),
    ],
)
def test_bad_input_is_refused_with_a_message(text: str, problem: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        parse_text(text)
    assert info.value.field == "text"
    assert problem in info.value.problem


def test_an_unsupported_language_code_is_refused() -> None:
    with pytest.raises(InvalidInputError) as info:
        parse_text("calf cramps", language="fr")
    assert info.value.field == "language"


def test_a_huge_text_is_capped_and_says_so() -> None:
    text = "calf cramps at night. " * 2000
    parsed = parse_text(text)
    assert parsed.truncated and parsed.warnings
    assert all(e <= MAX_CHARS for f in parsed.findings for _s, e in f.spans)
    assert "warnings" in parsed.to_dict()


def test_age_and_sex_when_the_story_says_them() -> None:
    parsed = parse_text("34F, eyelid twitching for a week")
    assert (parsed.age, parsed.sex) == (34, "female")
    parsed = parse_text("I'm a 70 year old man with cramps")
    assert (parsed.age, parsed.sex) == (70, "male")
    parsed = parse_text("cramps after walking 200 m")
    assert parsed.age is None


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I can't get enough air", "breathing_difficulty"),
        ("there's a weight on my chest", "chest_pain"),
        ("my calf feels hot and it's bigger than the other one", "calf_swelling"),
        ("my foot has turned purple and it's freezing", "limb_cold_pale"),
        ("my face went numb on one side", "sudden_one_side"),
        ("I had a fit this morning", "seizure"),
        ("she's talking gibberish", "confusion"),
        ("I've got a high fever", "fever"),
        ("my pee is the colour of tea", "dark_urine"),
        ("painkillers aren't touching it", "severe_unrelieved"),
    ],
)
def test_warning_signs_in_everyday_words(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"
