"""FHIR export: a collection Bundle that fhir.resources accepts, with the diary's content."""

from __future__ import annotations

import json
from pathlib import Path

from fhir.resources.bundle import Bundle

from myotriage.diary.service import DiaryService
from myotriage.flows.assessment import record_episode
from myotriage.flows.report import export, fhir_bundle
from myotriage.knowledge.loader import load_knowledge

CASE = {
    "evidence": [
        {"id": "loc_eyelid", "choice": "present"},
        {"id": "dur_flicker", "choice": "present"},
        {"id": "pain_none", "choice": "present"},
    ]
}


def test_bundle_has_the_assessment_and_one_observation_per_episode(tmp_path: Path) -> None:
    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    kb = load_knowledge()
    record_episode(
        service,
        owner="p",
        knowledge=kb,
        case=CASE,
        location="eyelid",
        start="2026-03-01T07:30+01:00",
    )
    service.create_episode(
        owner="p",
        location="calf",
        start="2026-03-02T23:00+01:00",
        pain=7,
        duration_s=90,
        type="skeletal_spasm",
        triggers="coffee",
        notes="after a late espresso",
    )
    text = export(service, owner="p", format="fhir", knowledge=kb)
    bundle = Bundle.model_validate_json(text)  # validates every resource again
    assert bundle.type == "collection"
    document = json.loads(text)
    kinds = [e["resource"]["resourceType"] for e in document["entry"]]
    assert kinds == ["QuestionnaireResponse", "RiskAssessment", "Observation", "Observation"]
    answers = {i["linkId"]: i["answer"][0] for i in document["entry"][0]["resource"]["item"]}
    assert answers["loc_eyelid"]["valueCoding"]["code"] == "present"
    assert answers["result.triage"]["valueString"] == "self_care"
    calf = document["entry"][3]["resource"]
    assert calf["effectiveDateTime"].startswith("2026-03-02T23:00:00")
    assert calf["bodySite"]["coding"][0]["code"] == "loc_calf"
    components = {c["code"]["text"]: c for c in calf["component"]}
    assert components["Pain severity, 0-10 numeric rating"]["valueInteger"] == 7
    assert components["Duration"]["valueQuantity"]["value"] == 90
    assert "espresso" in calf["note"][0]["text"]
    # Full URLs are stable, so exporting twice gives the same references.
    again = json.loads(export(service, owner="p", format="fhir", knowledge=kb))
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in document["entry"]]
    service.close()


def test_empty_diary_is_an_empty_bundle(tmp_path: Path) -> None:
    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    bundle = fhir_bundle(service, owner="nobody", knowledge=load_knowledge())
    assert bundle["resourceType"] == "Bundle" and bundle.get("entry", []) == []
    service.close()


CLOT = {
    "evidence": [
        {"id": "loc_calf", "choice": "present"},
        {"id": "calf_swelling", "choice": "present"},
        {"id": "dur_constant", "choice": "present"},
    ]
}


def test_a_risk_assessment_predicts_each_shown_condition_with_icd10(tmp_path: Path) -> None:
    from fhir.resources.riskassessment import RiskAssessment

    from myotriage.flows.assessment import diary_assessment

    service = DiaryService(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    kb = load_knowledge()
    record_episode(
        service, owner="p", knowledge=kb, case=CLOT, location="calf", start="2026-03-01T07:30+01:00"
    )
    assessment = diary_assessment(service, owner="p", knowledge=kb)
    assert assessment is not None
    document = json.loads(export(service, owner="p", format="fhir", knowledge=kb))
    kinds = [e["resource"]["resourceType"] for e in document["entry"]]
    assert kinds == ["QuestionnaireResponse", "RiskAssessment", "Observation"]
    risk = document["entry"][1]["resource"]
    RiskAssessment.model_validate(risk)  # the resource on its own, too
    assert risk["basis"][0]["reference"] == document["entry"][0]["fullUrl"]
    predictions = risk["prediction"]
    shown = assessment["conditions"]
    assert len(predictions) == len(shown) >= 1
    for prediction, condition in zip(predictions, shown, strict=True):
        coding = prediction["outcome"]["coding"][0]
        assert coding["system"] == "http://hl7.org/fhir/sid/icd-10-cm"
        assert coding["code"] == kb.conditions[condition["id"]].icd10.code
        assert prediction["outcome"]["text"] == condition["name"]
        assert abs(prediction["probabilityDecimal"] - condition["probability"]) < 1e-6
        assert 0 <= prediction["probabilityDecimal"] <= 1
    probabilities = [p["probabilityDecimal"] for p in predictions]
    assert probabilities == sorted(probabilities, reverse=True)
    assert any(assessment["summary"] == note["text"] for note in risk["note"])
    service.close()
