"""FHIR export: a Bundle (``collection``) built and validated with ``fhir.resources`` (R5).

* one ``QuestionnaireResponse`` for the latest assessment: each finding the person
  answered is an item (``linkId`` = the finding id, answer coded present / absent /
  unknown), followed by the assessment's result (category, type, triage, knowledge
  version) as text items;
* one ``RiskAssessment`` for the same assessment, based on that response: one ``prediction``
  per condition the assessment shows, its ``outcome`` coded with the condition's ICD-10-CM code
  (system ``http://hl7.org/fhir/sid/icd-10-cm``: the knowledge's codes are the US clinical
  modification's, several of which WHO ICD-10 does not have) and named in plain words, with
  ``probabilityDecimal`` (0 to 1) and the level the condition usually needs as its
  ``qualitativeRisk`` text; the triage and the one-sentence summary are its ``note``;
* one ``Observation`` per episode: when it began, the body region, and components
  for pain (LOINC 72514-3, 0-10 numeric rating), duration (UCUM seconds) and type.

Codes of our own use ``urn:myotriage:*`` systems, so nothing claims a standard
code it is not.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from myotriage.errors import MyotriageError

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.knowledge.loader import Knowledge
    from myotriage.report.input import FhirEpisode

__all__ = ["build_bundle"]

_FINDINGS = "urn:myotriage:finding"
_CHOICES = "urn:myotriage:choice"
_QUESTIONNAIRE = "urn:myotriage:questionnaire:case"
_ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
_LEVELS = "urn:myotriage:triage-level"
_NAMESPACE = uuid.UUID("5b8c1d4e-7a2f-4c61-9e0b-3d6f8a1c2e47")


def _full_url(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '/'.join(parts))}"


def _questionnaire_response(assessment: Mapping[str, Any]) -> dict[str, Any]:
    case = assessment.get("assessed_case") or {}
    items: list[dict[str, Any]] = [
        {
            "linkId": item["id"],
            "answer": [{"valueCoding": {"system": _CHOICES, "code": item["choice"]}}],
        }
        for item in case.get("evidence", [])
    ]
    for key in ("category", "type", "triage", "knowledge_version"):
        if assessment.get(key):
            items.append(
                {
                    "linkId": f"result.{key}",
                    "text": key,
                    "answer": [{"valueString": str(assessment[key])}],
                }
            )
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "questionnaire": _QUESTIONNAIRE,
        "authored": assessment.get("case_recorded_at") or datetime.now(UTC).isoformat(),
        "item": items,
    }
    return resource


def _risk_assessment(
    assessment: Mapping[str, Any], basis: str, kb: Knowledge
) -> dict[str, Any] | None:
    """The conditions of the assessment as predictions (none shown: no resource)."""
    from myotriage.knowledge.wording import level_label

    known = kb.conditions
    labels = {cid: c.icd10.label for cid, c in known.items()}
    predictions = [
        {
            "outcome": {
                "coding": [
                    {
                        "system": _ICD10,
                        "code": c["icd10"],
                        **({"display": labels[c["id"]]} if c.get("id") in labels else {}),
                    }
                ],
                "text": c["name"],
            },
            "probabilityDecimal": round(float(c["probability"]), 4),
            "qualitativeRisk": {
                "coding": [{"system": _LEVELS, "code": c["level"]}],
                "text": f"Usually needs: {level_label(kb, c['level'])}",
            },
        }
        for c in assessment.get("conditions") or []
    ]
    if not predictions:
        return None
    notes = [
        text
        for text in (
            assessment.get("summary"),
            f"Triage: {assessment.get('triage_label') or assessment.get('triage')}",
        )
        if text
    ]
    return {
        "resourceType": "RiskAssessment",
        "status": "final",
        "subject": {"display": "the person who kept this diary"},
        "occurrenceDateTime": assessment.get("case_recorded_at") or datetime.now(UTC).isoformat(),
        "basis": [{"reference": basis}],
        "method": {
            "coding": [
                {
                    "system": "urn:myotriage:knowledge",
                    "code": str(assessment.get("knowledge_version") or "unknown"),
                }
            ],
            "text": "myotriage: a probability over conditions from the answers given",
        },
        "prediction": predictions,
        "note": [{"text": text} for text in notes],
    }


def _observation(episode: FhirEpisode, location_names: Mapping[str, str]) -> dict[str, Any]:
    components: list[dict[str, Any]] = []
    if episode.pain is not None:
        components.append(
            {
                "code": {
                    "coding": [{"system": "http://loinc.org", "code": "72514-3"}],
                    "text": "Pain severity, 0-10 numeric rating",
                },
                "valueInteger": int(episode.pain),
            }
        )
    if episode.duration_s is not None:
        components.append(
            {
                "code": {"coding": [{"system": _FINDINGS, "code": "duration"}], "text": "Duration"},
                "valueQuantity": {
                    "value": int(episode.duration_s),
                    "unit": "s",
                    "system": "http://unitsofmeasure.org",
                    "code": "s",
                },
            }
        )
    if episode.type:
        components.append(
            {
                "code": {"coding": [{"system": _FINDINGS, "code": "type"}], "text": "Type"},
                "valueCodeableConcept": {
                    "coding": [{"system": "urn:myotriage:type", "code": episode.type}]
                },
            }
        )
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "code": {
            "coding": [{"system": "urn:myotriage:observation", "code": "episode"}],
            "text": "Involuntary muscle contraction episode (spasm, cramp or twitch)",
        },
        "effectiveDateTime": episode.start.isoformat(),
        "bodySite": {
            "coding": [{"system": _FINDINGS, "code": episode.location}],
            "text": location_names.get(episode.location, episode.location),
        },
    }
    if components:
        resource["component"] = components
    notes = "; ".join(x for x in (", ".join(episode.triggers), episode.notes) if x)
    if notes:
        resource["note"] = [{"text": notes}]
    return resource


def build_bundle(
    *,
    owner: str,
    episodes: Sequence[FhirEpisode],
    assessment: Mapping[str, Any] | None,
    location_names: Mapping[str, str],
    knowledge: Knowledge,
) -> dict[str, Any]:
    """The diary as a validated FHIR R5 Bundle, returned as JSON-ready data.

    ``episodes`` oldest first (each start in the offset it was recorded in);
    ``location_names`` gives each body region's words; ``knowledge`` the words of the
    conditions' codes and levels (the base the assessment was made with).
    """
    from fhir.resources.bundle import Bundle
    from pydantic import ValidationError

    entries = []
    if assessment is not None:
        response_url = _full_url(owner, "assessment")
        entries.append({"fullUrl": response_url, "resource": _questionnaire_response(assessment)})
        risk = _risk_assessment(assessment, response_url, knowledge)
        if risk is not None:
            entries.append({"fullUrl": _full_url(owner, "risk"), "resource": risk})
    for episode in episodes:
        entries.append(
            {
                "fullUrl": _full_url(owner, "episode", str(episode.id)),
                "resource": _observation(episode, location_names),
            }
        )
    document = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": datetime.now(UTC).isoformat(),
        "entry": entries,
    }
    try:
        bundle = Bundle.model_validate(document)
    except ValidationError as exc:  # a bug here, not a user error, but say so clearly
        first = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3]
        )
        raise MyotriageError(f"the FHIR export failed validation: {first}") from None
    result: dict[str, Any] = bundle.model_dump(mode="json", exclude_none=True)
    return result
