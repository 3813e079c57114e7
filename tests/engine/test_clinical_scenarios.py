"""Clinical scenarios written by us from the clinical reference (not from the public cases).

Each scenario is a short story turned into findings, with the type and triage level the
reference supports (its master red-flag table, §11, and the per-condition sections). They
guard the knowledge base against regressions when likelihoods or rules are tuned.
"""

from __future__ import annotations

from typing import Any

import pytest

from myotriage.engine.assessment import assess


def P(*ids: str) -> list[dict[str, str]]:
    return [{"id": i, "choice": "present"} for i in ids]


def A(*ids: str) -> list[dict[str, str]]:
    return [{"id": i, "choice": "absent"} for i in ids]


SCENARIOS: list[tuple[str, dict[str, Any], str | None, str]] = [
    # (name, case, expected type or None for "not checked", expected triage)
    (
        "heat cramp in a match (row 38)",
        {
            "age": 22,
            "evidence": P(
                "loc_thigh",
                "trig_exercise",
                "dehydration",
                "dur_minutes",
                "pain_severe",
                "onset_sudden",
                "tightness",
                "visible_bulge",
                "freq_once",
                "persist_days",
            ),
        },
        "skeletal_spasm",
        "self_care",
    ),
    (
        "statin user with aching calves (row 20)",
        {
            "age": 63,
            "evidence": P(
                "med_statin",
                "loc_calf",
                "loc_thigh",
                "pain_moderate",
                "dur_long",
                "freq_weekly",
                "persist_weeks",
            ),
        },
        None,
        "urgent",
    ),
    (
        "night cramps in pregnancy (1.8)",
        {
            "age": 31,
            "sex": "female",
            "evidence": P(
                "pregnant",
                "loc_calf",
                "trig_night",
                "dur_minutes",
                "pain_severe",
                "onset_sudden",
                "tightness",
                "freq_occasional",
                "persist_weeks",
            )
            + A("calf_swelling"),
        },
        "skeletal_spasm",
        "self_care",
    ),
    (
        "pregnant with a swollen calf (1.8, row 17)",
        {
            "age": 31,
            "sex": "female",
            "evidence": P("pregnant", "loc_calf", "calf_swelling", "pain_moderate", "dur_constant"),
        },
        None,
        "urgent",
    ),
    (
        "claudication with rest pain (row 26)",
        {
            "age": 72,
            "sex": "male",
            "evidence": P(
                "loc_calf",
                "loc_foot",
                "trig_walking_rest",
                "trig_exercise",
                "trig_rest",
                "trig_night",
                "smoker",
                "pain_moderate",
                "dur_minutes",
                "freq_daily",
                "persist_months",
            ),
        },
        "ischemic_spasm",
        "urgent",
    ),
    (
        "claudication in a smoker (row 34)",
        {
            "age": 58,
            "sex": "male",
            "evidence": P(
                "loc_calf",
                "trig_walking_rest",
                "trig_exercise",
                "smoker",
                "pain_moderate",
                "dur_minutes",
                "visible_none",
                "freq_weekly",
                "persist_months",
            ),
        },
        "ischemic_spasm",
        "consult",
    ),
    (
        "eyelid twitch for five weeks (row 32)",
        {
            "age": 35,
            "evidence": P(
                "loc_eyelid",
                "dur_flicker",
                "visible_flicker",
                "pain_none",
                "trig_stress",
                "freq_daily",
                "persist_months",
            ),
        },
        "fasciculation",
        "consult",
    ),
    (
        "eyelid twitch with double vision (row 25)",
        {
            "age": 45,
            "evidence": P(
                "loc_eyelid",
                "dur_flicker",
                "visible_flicker",
                "pain_none",
                "eyelid_droop_double_vision",
                "persist_weeks",
            ),
        },
        None,
        "urgent",
    ),
    (
        "blepharospasm: both eyes squeeze shut (row 33)",
        {
            "age": 62,
            "sex": "female",
            "evidence": P(
                "loc_eyelid",
                "eyelid_closure",
                "dur_seconds",
                "pain_none",
                "freq_daily",
                "persist_months",
            ),
        },
        None,
        "consult",
    ),
    (
        "calf flickers after a run (row 38)",
        {
            "age": 28,
            "evidence": P(
                "loc_calf",
                "dur_flicker",
                "visible_flicker",
                "pain_none",
                "trig_exercise",
                "persist_days",
                "freq_occasional",
            ),
        },
        "fasciculation",
        "self_care",
    ),
    (
        "twitching with bulbar symptoms (row 28)",
        {
            "age": 61,
            "sex": "male",
            "evidence": P(
                "loc_arm",
                "loc_hand",
                "dur_flicker",
                "visible_flicker",
                "pain_none",
                "weakness_progressive",
                "speech_swallow",
                "persist_months",
                "freq_daily",
            ),
        },
        "fasciculation",
        "consult",
    ),
    (
        "twitching with choking and breathlessness (row 16)",
        {
            "age": 61,
            "evidence": P(
                "loc_widespread",
                "dur_flicker",
                "visible_flicker",
                "weakness_progressive",
                "breathing_difficulty",
            ),
        },
        None,
        "emergency",
    ),
    (
        "MS spasticity worse with fever (row 27)",
        {
            "age": 45,
            "sex": "female",
            "evidence": P(
                "hx_multiple_sclerosis",
                "loc_thigh",
                "loc_calf",
                "resists_movement",
                "tightness",
                "dur_constant",
                "pain_moderate",
                "fever",
                "freq_daily",
                "persist_months",
            ),
        },
        "spasticity",
        "urgent",
    ),
    (
        "MS stiffness with new bladder loss (7.3)",
        {
            "age": 45,
            "evidence": P(
                "hx_multiple_sclerosis",
                "loc_thigh",
                "resists_movement",
                "tightness",
                "dur_constant",
                "bladder_bowel",
            ),
        },
        "spasticity",
        "emergency",
    ),
    (
        "spinal cord injury with pounding headache (row 10)",
        {
            "age": 33,
            "evidence": P(
                "hx_spinal_cord_injury",
                "loc_thigh",
                "loc_calf",
                "resists_movement",
                "visible_jerking",
                "pounding_headache",
            ),
        },
        None,
        "emergency",
    ),
    (
        "clonus and agitation after a new antidepressant (row 6)",
        {
            "age": 40,
            "evidence": P(
                "med_new",
                "loc_calf",
                "loc_foot",
                "rhythmic",
                "visible_jerking",
                "agitation_sweating",
                "dur_seconds",
                "persist_days",
            ),
        },
        "clonus",
        "emergency",
    ),
    (
        "tetany with anxious over-breathing (row 23)",
        {
            "age": 26,
            "sex": "female",
            "evidence": P(
                "loc_hand",
                "tingling_lips_hands",
                "stress_anxiety",
                "tightness",
                "pain_mild",
                "dur_minutes",
                "onset_sudden",
            )
            + A("throat_closing", "breathing_difficulty", "seizure"),
        },
        None,
        "urgent",
    ),
    (
        "tetany with stridor (row 5)",
        {
            "age": 50,
            "evidence": P("loc_hand", "loc_throat", "tingling_lips_hands", "throat_closing"),
        },
        None,
        "emergency",
    ),
    (
        "back spasm with numbness down the leg (row 35)",
        {
            "age": 44,
            "evidence": P(
                "loc_back",
                "strain_injury",
                "dur_minutes",
                "pain_severe",
                "tightness",
                "rom_limited",
                "numbness",
                "persist_days",
            )
            + A("saddle_numbness", "bladder_bowel", "weakness_persistent"),
        },
        "skeletal_spasm",
        "consult",
    ),
    (
        "back spasm with leg weakness and numbness (row 24)",
        {
            "age": 44,
            "evidence": P(
                "loc_back",
                "dur_minutes",
                "pain_severe",
                "tightness",
                "numbness",
                "weakness_persistent",
                "persist_days",
            ),
        },
        None,
        "urgent",
    ),
    (
        "severe period pain (row 36)",
        {
            "age": 24,
            "sex": "female",
            "evidence": P(
                "loc_pelvis",
                "trig_menstruation",
                "pain_severe",
                "dur_long",
                "freq_occasional",
                "persist_months",
                "visible_none",
            )
            + A("pregnant", "fever"),
        },
        "smooth_spasm",
        "consult",
    ),
    (
        "pregnant with severe pelvic pain (row 13)",
        {
            "age": 29,
            "sex": "female",
            "evidence": P("pregnant", "loc_pelvis", "pain_severe", "onset_sudden", "dur_long"),
        },
        None,
        "emergency",
    ),
    (
        "stomach bug cramps (2.2)",
        {
            "age": 30,
            "evidence": P(
                "loc_abdomen",
                "trig_meals_bowel",
                "dehydration",
                "dur_minutes",
                "pain_moderate",
                "visible_none",
                "persist_days",
                "freq_daily",
            )
            + A("fever", "severe_unrelieved"),
        },
        "smooth_spasm",
        "self_care",
    ),
    (
        "sudden bowel cramps with a stomach bug (2.2)",
        {
            "age": 28,
            "evidence": P(
                "loc_abdomen",
                "dehydration",
                "pain_moderate",
                "dur_minutes",
                "persist_days",
                "onset_sudden",
            ),
        },
        "smooth_spasm",
        "self_care",
    ),
    (
        "sudden severe belly pain (row 14)",
        {
            "age": 52,
            "evidence": P(
                "loc_abdomen", "pain_severe", "onset_sudden", "severe_unrelieved", "dur_long"
            ),
        },
        None,
        "emergency",
    ),
    (
        "chest wall cramp (row 24 / 15)",
        {"age": 55, "evidence": P("loc_chest", "tightness", "pain_moderate", "dur_seconds")},
        None,
        "urgent",
    ),
    (
        "dirty wound, tetanus not up to date, no spasm yet (row 19)",
        {"age": 70, "evidence": P("wound_recent", "loc_foot", "pain_mild")},
        None,
        "urgent",
    ),
    (
        "stiffness spreading after a wound (row 4)",
        {
            "age": 70,
            "evidence": P(
                "wound_recent", "loc_neck", "loc_back", "tightness", "pain_severe", "dur_long"
            ),
        },
        "skeletal_spasm",
        "emergency",
    ),
    (
        "leg cramp lasting over 15 minutes, not easing (row 18)",
        {
            "age": 50,
            "evidence": P("loc_calf", "dur_long", "pain_severe", "tightness", "severe_unrelieved"),
        },
        "skeletal_spasm",
        "urgent",
    ),
    (
        "frequent night cramps for months (row 35)",
        {
            "age": 66,
            "sex": "female",
            "evidence": P(
                "loc_calf",
                "trig_night",
                "dur_minutes",
                "pain_severe",
                "tightness",
                "visible_bulge",
                "freq_weekly",
                "persist_months",
            ),
        },
        "skeletal_spasm",
        "consult",
    ),
    (
        "occasional cramp, nothing else (row 38)",
        {
            "age": 40,
            "evidence": P(
                "loc_calf",
                "dur_seconds",
                "pain_moderate",
                "onset_sudden",
                "tightness",
                "freq_occasional",
                "persist_months",
            ),
        },
        "skeletal_spasm",
        "self_care",
    ),
    (
        "cramps after starting a new medicine (1.4)",
        {
            "age": 57,
            "evidence": P(
                "med_new",
                "loc_calf",
                "dur_minutes",
                "pain_moderate",
                "tightness",
                "trig_night",
                "persist_weeks",
                "freq_weekly",
            ),
        },
        "skeletal_spasm",
        "consult",
    ),
    (
        "cramps and confusion in the heat (row 12)",
        {
            "age": 68,
            "evidence": P(
                "loc_thigh", "loc_calf", "dehydration", "confusion", "pain_severe", "tightness"
            ),
        },
        None,
        "emergency",
    ),
    (
        "widespread cramps after vomiting (row 24)",
        {
            "age": 35,
            "evidence": P(
                "loc_widespread",
                "dehydration",
                "tightness",
                "pain_moderate",
                "dur_minutes",
                "persist_days",
            ),
        },
        None,
        "urgent",
    ),
    (
        "hemifacial spasm (row 33)",
        {
            "age": 58,
            "sex": "female",
            "evidence": P(
                "loc_eyelid", "loc_face", "dur_seconds", "pain_none", "freq_daily", "persist_months"
            ),
        },
        None,
        "consult",
    ),
    (
        "cramps on dialysis (1.2)",
        {
            "age": 64,
            "evidence": P(
                "hx_kidney_disease",
                "loc_calf",
                "dur_minutes",
                "pain_severe",
                "tightness",
                "freq_weekly",
                "persist_weeks",
            ),
        },
        "skeletal_spasm",
        "consult",
    ),
    (
        "new clonus without known cause (row 29)",
        {
            "age": 52,
            "evidence": P(
                "loc_foot",
                "loc_calf",
                "rhythmic",
                "stretch_triggered",
                "visible_jerking",
                "dur_seconds",
                "pain_none",
                "persist_weeks",
            ),
        },
        "clonus",
        "consult",
    ),
    (
        "stiff bent arm after stroke",
        {
            "age": 75,
            "evidence": P(
                "hx_stroke",
                "loc_arm",
                "loc_hand",
                "loc_shoulder",
                "resists_movement",
                "tightness",
                "dur_constant",
                "rom_limited",
                "pain_mild",
                "freq_daily",
                "persist_months",
            ),
        },
        "spasticity",
        "consult",
    ),
    (
        "stroke now: sudden one-sided weakness (row 7)",
        {"age": 77, "evidence": P("sudden_one_side", "loc_arm", "loc_hand")},
        None,
        "emergency",
    ),
    (
        "rhabdomyolysis after a spin class (row 9)",
        {
            "age": 30,
            "evidence": P(
                "loc_thigh",
                "trig_exercise",
                "pain_severe",
                "dark_urine",
                "weakness_episode",
                "dur_long",
            ),
        },
        None,
        "emergency",
    ),
    (
        "cold pale leg (row 1)",
        {"age": 80, "evidence": P("loc_foot", "limb_cold_pale", "pain_severe", "numbness")},
        None,
        "emergency",
    ),
    (
        "DVT with breathlessness (row 3)",
        {
            "age": 44,
            "evidence": P("loc_calf", "calf_swelling", "breathing_difficulty", "pain_moderate"),
        },
        None,
        "emergency",
    ),
    (
        "meningitis signs (neck stiffness + fever)",
        {"age": 19, "evidence": P("loc_neck", "neck_stiffness", "fever", "pain_moderate")},
        None,
        "emergency",
    ),
    (
        "eyelid twitch, few days, caffeine (row 38)",
        {
            "age": 24,
            "evidence": P(
                "loc_eyelid",
                "dur_flicker",
                "pain_none",
                "trig_caffeine",
                "high_caffeine",
                "poor_sleep",
                "freq_daily",
                "persist_days",
            ),
        },
        "fasciculation",
        "self_care",
    ),
    (
        "benign fasciculations in many places (row 32)",
        {
            "age": 29,
            "evidence": P(
                "loc_widespread",
                "loc_calf",
                "dur_flicker",
                "visible_flicker",
                "pain_none",
                "stress_anxiety",
                "persist_weeks",
            )
            + A("weakness_persistent", "muscle_wasting"),
        },
        "fasciculation",
        "consult",
    ),
    (
        "bowel cramps after meals for months",
        {
            "age": 33,
            "sex": "female",
            "evidence": P(
                "loc_abdomen",
                "trig_meals_bowel",
                "dur_minutes",
                "pain_moderate",
                "freq_weekly",
                "persist_months",
                "visible_none",
            ),
        },
        "smooth_spasm",
        "consult",
    ),
    (
        "typical period pain",
        {
            "age": 17,
            "sex": "female",
            "evidence": P(
                "loc_pelvis",
                "loc_back",
                "trig_menstruation",
                "pain_moderate",
                "dur_long",
                "freq_occasional",
                "persist_months",
            ),
        },
        "smooth_spasm",
        "self_care",
    ),
    (
        "young runner with exertional calf pain settling with rest (row 37)",
        {
            "age": 21,
            "evidence": P(
                "loc_calf",
                "trig_exercise",
                "trig_walking_rest",
                "tightness",
                "numbness",
                "dur_minutes",
                "pain_moderate",
                "freq_weekly",
                "persist_months",
            ),
        },
        None,
        "consult",
    ),
    (
        "CP child with stiff legs",
        {
            "age": 6,
            "evidence": P(
                "hx_cerebral_palsy",
                "loc_thigh",
                "loc_calf",
                "loc_foot",
                "resists_movement",
                "tightness",
                "rom_limited",
                "dur_constant",
                "pain_mild",
                "freq_daily",
                "persist_months",
            ),
        },
        "spasticity",
        "consult",
    ),
    # ---- rules kept to their context (issue 8); each pair checks both sides of the context
    (
        "trapped-wind belly cramps after a meal in a statin user (4.8 is about muscles; 2.2)",
        {
            "age": 66,
            "sex": "male",
            "evidence": P(
                "med_statin",
                "loc_abdomen",
                "trig_meals_bowel",
                "pain_mild",
                "dur_minutes",
                "freq_once",
                "persist_days",
            ),
        },
        None,
        "self_care",
    ),
    (
        "statin user with belly cramps and aching calves too (row 20)",
        {
            "age": 66,
            "sex": "male",
            "evidence": P(
                "med_statin",
                "loc_abdomen",
                "loc_calf",
                "pain_mild",
                "dur_minutes",
                "freq_weekly",
                "persist_weeks",
            ),
        },
        None,
        "urgent",
    ),
    (
        "monthly period pain that painkillers do not touch (row 36: R)",
        {
            "age": 29,
            "sex": "female",
            "evidence": P(
                "loc_pelvis",
                "loc_abdomen",
                "trig_menstruation",
                "pain_severe",
                "severe_unrelieved",
                "dur_long",
                "freq_occasional",
                "persist_months",
            )
            + A("pregnant", "onset_sudden", "fever"),
        },
        None,
        "consult",
    ),
    (
        "severe belly pain that painkillers do not touch, no period (2.2)",
        {
            "age": 29,
            "sex": "female",
            "evidence": P("loc_abdomen", "pain_severe", "severe_unrelieved", "dur_long")
            + A("trig_menstruation", "pregnant"),
        },
        None,
        "emergency",
    ),
    (
        "new pelvic pain at 19, not with periods (2.1: P, consider PID)",
        {
            "age": 19,
            "sex": "female",
            "evidence": P("loc_pelvis", "pain_moderate", "dur_long", "freq_daily", "persist_days")
            + A("trig_menstruation", "pregnant", "fever"),
        },
        None,
        "consult",
    ),
    (
        "pain far beyond the injury with numbness in a leg in a cast (3.3, row 2)",
        {
            "age": 27,
            "evidence": P(
                "limb_cast",
                "loc_calf",
                "loc_foot",
                "pain_severe",
                "pain_out_of_proportion",
                "numbness",
                "dur_constant",
                "persist_hours",
            ),
        },
        None,
        "emergency",
    ),
    (
        "severe unrelieved pain with pins and needles under a cast, version-1 words (3.3)",
        {
            "age": 45,
            "evidence": P(
                "limb_cast",
                "loc_arm",
                "loc_hand",
                "pain_severe",
                "severe_unrelieved",
                "numbness",
                "dur_constant",
            ),
        },
        None,
        "emergency",
    ),
    (
        "weak, cramping legs after days of diarrhoea on a water tablet (row 24, 4.3)",
        {
            "age": 74,
            "sex": "female",
            "evidence": P(
                "med_diuretic",
                "vomiting_diarrhoea",
                "loc_calf",
                "loc_thigh",
                "weakness_episode",
                "dur_minutes",
                "pain_moderate",
                "freq_daily",
                "persist_days",
            ),
        },
        None,
        "urgent",
    ),
    (
        "cramps with weakness after fluid loss on a water tablet, version-1 words (row 24)",
        {
            "age": 74,
            "sex": "female",
            "evidence": P(
                "med_diuretic",
                "dehydration",
                "loc_calf",
                "weakness_episode",
                "dur_minutes",
                "pain_moderate",
                "freq_daily",
                "persist_days",
            ),
        },
        None,
        "urgent",
    ),
    (
        "jolts only while dozing off, for months (9, row 38: hypnic jerks are benign)",
        {
            "age": 35,
            "evidence": P(
                "sleep_onset_only",
                "loc_thigh",
                "visible_jerking",
                "dur_flicker",
                "pain_none",
                "freq_occasional",
                "persist_months",
            ),
        },
        None,
        "self_care",
    ),
    (
        "belly cramps with a stomach bug (2.2: settles in days)",
        {
            "age": 30,
            "sex": "male",
            "evidence": P(
                "vomiting_diarrhoea",
                "loc_abdomen",
                "trig_meals_bowel",
                "pain_moderate",
                "dur_minutes",
                "freq_daily",
                "persist_days",
                "persist_hours",
            ),
        },
        None,
        "self_care",
    ),
]


@pytest.mark.parametrize(
    ("name", "case", "expected_type", "expected_triage"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_scenario(
    name: str, case: dict[str, Any], expected_type: str | None, expected_triage: str
) -> None:
    result = assess(case)
    assert result.triage == expected_triage, [f.id for f in result.fired]
    if expected_type is not None:
        assert result.type == expected_type, result.probabilities
