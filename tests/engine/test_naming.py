"""Naming the family and the type (engine/naming.py), shared by the assessment and the interview."""

from __future__ import annotations

from typing import Any

from myotriage.engine.assessment import assess


def _case(*present: str) -> dict[str, Any]:
    return {"evidence": [{"id": f, "choice": "present"} for f in present]}


def test_red_flags_alone_name_no_type_but_keep_their_level() -> None:
    result = assess(_case("chest_pain", "breathing_difficulty"))
    assert (result.category, result.type, result.triage) == ("unclear", "unclear", "emergency")
    assert result.uncertainty.startswith("Nothing was said about the contraction itself")


def test_history_and_medicines_alone_name_no_type() -> None:
    result = assess(_case("hx_diabetes", "med_statin"))
    assert result.type == "unclear"
    assert result.uncertainty.startswith("Nothing was said about the contraction itself")


def test_look_alikes_leading_name_no_type() -> None:
    # an urge to move the legs at rest in the evening: restless legs, a look-alike (other)
    result = assess(_case("loc_calf", "urge_to_move", "trig_rest", "trig_night"))
    assert result.conditions[0].id == "restless_legs"
    assert result.probabilities["other"] > 0.5
    assert (result.category, result.type) == ("unclear", "unclear")


def test_one_describing_finding_is_enough_when_it_is_telling() -> None:
    result = assess(_case("dur_flicker", "visible_flicker", "chest_pain"))
    assert (result.category, result.type) == ("twitch", "fasciculation")
    assert result.triage == "emergency"
