"""Round 16 (left16): misreadings left by earlier rounds, each a general rule.

* a throat or chest that "isn't tight" is no throat closing or chest sign, not a muscle that
  is not tight (the muscle's own "isn't tight" still denies it);
* in a carer's story, a sign of a relative who is not the patient, told with their past
  ("her brother had a fever"), is theirs, not the patient's;
* a temperature read and found normal is no fever, however the reading is put;
* straining with nothing coming out is a blocked bladder, unless the words are of the bowels.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import stated


@pytest.mark.parametrize(
    "text",
    [
        "both calves cramp at night and my throat does not feel tight at all",
        "hands cramping since the op, chest isn't tight, breathing fine",
        "fingers keep curling up, no tightness around my throat",
    ],
)
def test_throat_or_chest_not_tight_does_not_deny_muscle_tightness(text: str) -> None:
    assert "tightness" not in stated(text)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("my hamstring cramps but the muscle isn't tight afterwards", "absent"),
        ("my calf goes rock hard and tight when it cramps", "present"),
    ],
)
def test_the_muscles_own_tightness_still_reads(text: str, choice: str) -> None:
    assert stated(text).get("tightness") == choice


@pytest.mark.parametrize(
    ("text", "fid"),
    [
        ("his sister had a fever on sunday and since then he has sore calves", "fever"),
        ("Her dad had chest pains at her age so we worry, she just has calf cramps", "chest_pain"),
        (
            "Asking for my wife, 61. Her legs cramp at night. My brother had a stroke in 2019.",
            "hx_stroke",
        ),
    ],
)
def test_a_relatives_past_sign_is_not_the_patients(text: str, fid: str) -> None:
    assert fid not in stated(text)


@pytest.mark.parametrize(
    ("text", "fid"),
    [
        ("Asking for my son, 9. His legs cramp at night and he had a fever yesterday.", "fever"),
        ("my dad, 80, had a fever last night and his calves are cramping", "fever"),
        (
            "Writing for my son, 12. His calves ache. His mum had a look and his calf is swollen.",
            "calf_swelling",
        ),
    ],
)
def test_the_patients_own_sign_stays_his(text: str, fid: str) -> None:
    assert stated(text).get(fid) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "calves cramping again, took my temperature and it was 36.6",
        "took his temp and its 37.2 which is fine, but his legs keep spasming",
        "legs cramping, checked and its 36.9 so normal",
        "thigh cramps, thermometer reading 98.4 which is normal",
    ],
)
def test_a_normal_temperature_reads_no_fever(text: str) -> None:
    assert stated(text).get("fever") == "absent"


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("took my temperature and it was 38.6, calves cramping", "present"),
        ("she is 36.5 weeks pregnant with calf cramps at night", None),
        ("my calves cramp, its 36 so normal for my age to get them", None),
    ],
)
def test_other_readings_are_not_a_normal_temperature(text: str, choice: str | None) -> None:
    assert stated(text).get("fever") == choice


@pytest.mark.parametrize(
    "text",
    [
        "since the back spasm he keeps straining and nothing comes out",
        "I sit there straining for ages and nothing at all came out",
    ],
)
def test_straining_with_nothing_out_is_retention(text: str) -> None:
    found = stated(text)
    assert found.get("urine_retention") == "present"
    assert "strain_injury" not in found


@pytest.mark.parametrize(
    "text",
    [
        "straining and nothing comes out, I'm so constipated",
        "he's straining and nothing came out, his bowels haven't moved in days",
    ],
)
def test_straining_of_the_bowels_is_not_retention(text: str) -> None:
    assert "urine_retention" not in stated(text)
