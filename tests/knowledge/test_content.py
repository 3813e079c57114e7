"""Checks on the educational and advice content of the knowledge base.

The schema and the cross-file checks catch broken structure; these tests catch content mistakes
a schema cannot see: a seed difference or cause left out, a type with no advice, a caution with
no evidence behind it, a guide section missing, or a sentence copied from the seed guide.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import Any, TypeVar

import pytest
import yaml
from pydantic import BaseModel

from myotriage.knowledge.loader import DATA_DIR, _validate_entries, load_knowledge
from myotriage.knowledge.schema import (
    TRIAGE_ORDER,
    TYPE_IDS,
    Advice,
    Cause,
    Difference,
    GuideSection,
    MedicalTest,
)
from tests.conftest import SPEC
from tests.knowledge import seed_copy

FINDINGS_TSV = SPEC / "findings.tsv"
#: Findings the project adds on top of the spec's findings.tsv.
PROJECT_FINDINGS = {"diary_frequent_persistent"}

DIFFERENCE_IDS = (
    "pain_duration",
    "tightness",
    "range_of_motion",
    "visible_movement",
    "pain_response",
    "weakness",
    "muscle_groups",
)
CAUSE_IDS = (
    "nerve_damage",
    "dehydration_electrolytes",
    "strain_injury",
    "poor_circulation",
    "medication",
    "stress_anxiety",
    "neurological_condition",
    "fatigue_caffeine",
    "hormonal_menstrual",
    "digestive",
    "metabolic_condition",
    "idiopathic_age",
)
GUIDE_IDS = (
    "overview",
    "spasms",
    "twitches",
    "differences",
    "causes",
    "harmful",
    "seek_care",
    "diagnosis",
    "prevention",
    "living_with",
    "not_a_diagnosis",
)
TEST_IDS = (
    "history",
    "examination",
    "electrolytes_kidney",
    "magnesium",
    "calcium_bone",
    "creatine_kinase",
    "thyroid",
    "glucose_hba1c",
    "liver_function",
    "pregnancy_test",
    "urinalysis",
    "ecg",
    "emg_ncs",
    "mri_brain_spine",
    "ankle_brachial_index",
    "arterial_duplex",
    "venous_ultrasound_ddimer",
    "compartment_pressure",
    "pelvic_ultrasound",
)

M = TypeVar("M", bound=BaseModel)


def _load(name: str, model: type[M]) -> dict[str, M]:
    return _validate_entries(DATA_DIR / name, model)


@pytest.fixture(scope="module")
def differences() -> dict[str, Difference]:
    return _load("differences.yaml", Difference)


@pytest.fixture(scope="module")
def causes() -> dict[str, Cause]:
    return _load("causes.yaml", Cause)


@pytest.fixture(scope="module")
def advice() -> dict[str, Advice]:
    return _load("advice.yaml", Advice)


@pytest.fixture(scope="module")
def tests_kb() -> dict[str, MedicalTest]:
    return _load("tests.yaml", MedicalTest)


@pytest.fixture(scope="module")
def guide() -> dict[str, GuideSection]:
    return _load("guide.yaml", GuideSection)


@pytest.fixture(scope="module")
def finding_ids() -> set[str]:
    """Every finding id the spec allows, plus the project's own."""
    with FINDINGS_TSV.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["id"] for row in rows} | PROJECT_FINDINGS


@pytest.fixture(scope="module")
def source_ids() -> set[str]:
    raw = yaml.safe_load((DATA_DIR / "meta.yaml").read_text(encoding="utf-8"))
    return {s["id"] for s in raw["sources"]}


# --- differences -------------------------------------------------------------------------------


def test_all_seven_differences_in_the_seed_order(differences: dict[str, Difference]) -> None:
    assert tuple(differences) == DIFFERENCE_IDS


def test_each_difference_contrasts_the_two_families(differences: dict[str, Difference]) -> None:
    for d in differences.values():
        assert d.findings, d.id
        assert d.spasm.strip() and d.twitch.strip(), d.id
        assert d.spasm != d.twitch, d.id
        assert "seed" in d.sources, d.id


# --- causes ------------------------------------------------------------------------------------


def test_every_seed_cause_is_present(causes: dict[str, Cause]) -> None:
    assert set(CAUSE_IDS) <= set(causes)


def test_every_cause_can_reach_the_display_threshold(causes: dict[str, Cause]) -> None:
    """A cause whose weights can never add up to 1.0 would never be shown to anyone."""
    for c in causes.values():
        best = sum(c.findings.values()) + max(c.types.values(), default=0.0)
        assert best >= 1.0, f"{c.id} can reach at most {best:.2f}"


def test_decisive_findings_point_to_their_cause(causes: dict[str, Cause]) -> None:
    """Findings that name a cause outright must be enough on their own to show it."""
    decisive = {
        "med_statin": "medication",
        "hx_multiple_sclerosis": "neurological_condition",
        "hx_als": "neurological_condition",
        "dehydration": "dehydration_electrolytes",
        "strain_injury": "strain_injury",
        "hx_pad": "poor_circulation",
        "hx_neuropathy": "nerve_damage",
        "stress_anxiety": "stress_anxiety",
        "trig_menstruation": "hormonal_menstrual",
        "trig_meals_bowel": "digestive",
        "hx_kidney_disease": "metabolic_condition",
    }
    for finding, cause in decisive.items():
        assert causes[cause].findings.get(finding, 0.0) >= 1.0, (finding, cause)


def test_type_links_of_causes(causes: dict[str, Cause]) -> None:
    assert causes["poor_circulation"].types.get("ischemic_spasm", 0.0) >= 1.0
    assert "smooth_spasm" in causes["hormonal_menstrual"].types
    assert "smooth_spasm" in causes["digestive"].types
    assert "fasciculation" in causes["fatigue_caffeine"].types


# --- ids used across files ---------------------------------------------------------------------


def _findings_used(
    differences: dict[str, Difference],
    causes: dict[str, Cause],
    advice: dict[str, Advice],
    tests_kb: dict[str, MedicalTest],
) -> Iterator[tuple[str, str]]:
    for d in differences.values():
        yield from ((f"differences.yaml:{d.id}", f) for f in d.findings)
    for c in causes.values():
        yield from ((f"causes.yaml:{c.id}", f) for f in c.findings)
    for a in advice.values():
        yield from ((f"advice.yaml:{a.id}", f) for f in a.findings)
    for t in tests_kb.values():
        yield from ((f"tests.yaml:{t.id}", f) for f in t.findings)


def test_every_finding_id_exists(
    differences: dict[str, Difference],
    causes: dict[str, Cause],
    advice: dict[str, Advice],
    tests_kb: dict[str, MedicalTest],
    finding_ids: set[str],
) -> None:
    unknown = [
        (where, f)
        for where, f in _findings_used(differences, causes, advice, tests_kb)
        if f not in finding_ids
    ]
    assert not unknown


def test_every_source_and_cause_reference_exists(
    differences: dict[str, Difference],
    causes: dict[str, Cause],
    advice: dict[str, Advice],
    tests_kb: dict[str, MedicalTest],
    guide: dict[str, GuideSection],
    source_ids: set[str],
) -> None:
    entries: list[Difference | Cause | Advice | MedicalTest | GuideSection] = [
        *differences.values(),
        *causes.values(),
        *advice.values(),
        *tests_kb.values(),
        *guide.values(),
    ]
    bad_sources = [(e.id, s) for e in entries for s in e.sources if s not in source_ids]
    assert not bad_sources
    users: list[Advice | MedicalTest] = [*advice.values(), *tests_kb.values()]
    bad_causes = [(e.id, c) for e in users for c in e.causes if c not in causes]
    assert not bad_causes


# --- advice ------------------------------------------------------------------------------------


def test_every_type_has_self_care_and_longer_term_advice(advice: dict[str, Advice]) -> None:
    for type_id in TYPE_IDS:
        kinds = {a.kind for a in advice.values() if type_id in a.types}
        assert "self_care" in kinds, f"no self_care advice names {type_id}"
        assert kinds & {"prevention", "living_with"}, f"no prevention/living_with for {type_id}"


def test_every_triage_level_says_what_to_do_now(advice: dict[str, Advice]) -> None:
    for level in TRIAGE_ORDER:
        assert any(a.kind == "now" and level in a.levels for a in advice.values()), level
    emergency = [a for a in advice.values() if a.kind == "now" and "emergency" in a.levels]
    assert any("emergency services" in a.text for a in emergency)


def test_every_cause_has_some_advice(advice: dict[str, Advice]) -> None:
    named = {c for a in advice.values() for c in a.causes}
    assert set(CAUSE_IDS) <= named, sorted(set(CAUSE_IDS) - named)


def test_cautions_state_their_evidence(advice: dict[str, Advice]) -> None:
    cautions = [a for a in advice.values() if a.kind == "caution"]
    assert len(cautions) >= 4
    for a in cautions:
        assert a.evidence in {"against", "weak", "moderate", "expert"}, a.id
        assert a.evidence_note.strip(), a.id


def test_supplements_and_quinine_are_labelled_honestly(advice: dict[str, Advice]) -> None:
    magnesium = [a for a in advice.values() if a.kind == "caution" and "agnesium" in a.text]
    assert magnesium and all(a.evidence == "against" for a in magnesium)
    assert any("-0.52 to 0.55" in a.evidence_note for a in magnesium)
    quinine = [a for a in advice.values() if a.kind == "caution" and "uinine" in a.text]
    assert quinine
    for a in quinine:  # whoever may be pregnant is warned; men are not told about pregnancy
        may_be_pregnant = not a.sexes or "female" in a.sexes
        assert ("pregnan" in a.text) == may_be_pregnant, a.id


def test_seed_prevention_tips_with_their_evidence(advice: dict[str, Advice]) -> None:
    general = {a.id: a for a in advice.values() if a.kind == "prevention" and a.always}
    assert general["prev_hydration"].evidence == "expert"
    assert general["prev_stretching"].evidence == "weak"
    for tip in ("prev_diet", "prev_posture", "prev_stress"):
        assert tip in general


def test_trial_based_labels_carry_numbers(advice: dict[str, Advice]) -> None:
    """A strong, moderate or 'against' label must be backed by the figures it rests on."""
    for a in advice.values():
        if a.evidence in {"strong", "moderate", "against"}:
            assert re.search(r"\d", a.evidence_note), a.id


def test_advice_ids_are_prefixed_by_kind(advice: dict[str, Advice]) -> None:
    prefix = {
        "now": "now_",
        "self_care": "sc_",
        "prevention": "prev_",
        "living_with": "lw_",
        "caution": "caution_",
    }
    for a in advice.values():
        assert a.id.startswith(prefix[a.kind]), a.id


# --- tests a doctor may order ------------------------------------------------------------------


def test_medical_tests_listed(tests_kb: dict[str, MedicalTest]) -> None:
    assert set(TEST_IDS) <= set(tests_kb)
    assert tests_kb["history"].always and tests_kb["examination"].always


def test_each_medical_test_says_when_it_applies(tests_kb: dict[str, MedicalTest], kb: Any) -> None:
    named = {test_id for c in kb.conditions.values() for test_id in c.tests}
    for t in tests_kb.values():
        assert not t.rules, f"{t.id}: rule ids are not settled; use types/causes/findings"
        if not t.always:
            assert t.types or t.causes or t.findings or t.id in named, t.id


def test_every_type_has_a_relevant_test(tests_kb: dict[str, MedicalTest]) -> None:
    for type_id in TYPE_IDS:
        assert any(type_id in t.types for t in tests_kb.values()), type_id


def test_ck_is_relevant_to_statins_weakness_and_dark_urine(
    tests_kb: dict[str, MedicalTest],
) -> None:
    ck = tests_kb["creatine_kinase"]
    assert {"med_statin", "dark_urine", "weakness_persistent"} <= set(ck.findings)


# --- guide -------------------------------------------------------------------------------------


def test_guide_covers_every_section(guide: dict[str, GuideSection]) -> None:
    assert tuple(guide) == GUIDE_IDS
    for g in guide.values():
        assert g.paragraphs, g.id


def test_guide_sentences_are_short(guide: dict[str, GuideSection]) -> None:
    """Written for a worried person on a phone: no sentence over 30 words."""
    for g in guide.values():
        for paragraph in g.paragraphs:
            for sentence in _sentences(paragraph):
                assert len(sentence.split()) <= 30, (g.id, sentence)


def test_disclaimer_says_not_a_diagnosis(guide: dict[str, GuideSection]) -> None:
    text = " ".join(guide["not_a_diagnosis"].paragraphs).lower()
    assert "not a diagnosis" in text
    assert "emergency services" in text


def test_seek_care_keeps_the_seed_points_and_emergency_signs(
    guide: dict[str, GuideSection],
) -> None:
    points = " ".join(guide["seek_care"].points).lower()
    for word in ("weakness", "breathing", "pain", "looks different", "emergency"):
        assert word in points, word


# --- no copying of the seed --------------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+|•", text) if s.strip()]


def _user_texts(
    differences: dict[str, Difference],
    causes: dict[str, Cause],
    advice: dict[str, Advice],
    tests_kb: dict[str, MedicalTest],
    guide: dict[str, GuideSection],
) -> Iterator[tuple[str, str]]:
    for g in guide.values():
        for text in [*g.paragraphs, *g.points]:
            yield f"guide:{g.id}", text
    for d in differences.values():
        yield f"differences:{d.id}", f"{d.spasm} {d.twitch}"
    for c in causes.values():
        yield f"causes:{c.id}", c.explanation
    for a in advice.values():
        yield f"advice:{a.id}", a.text
    for t in tests_kb.values():
        yield f"tests:{t.id}", f"{t.what} {t.why}"


def test_no_sentence_is_copied_from_the_seed(
    differences: dict[str, Difference],
    causes: dict[str, Cause],
    advice: dict[str, Advice],
    tests_kb: dict[str, MedicalTest],
    guide: dict[str, GuideSection],
) -> None:
    """No run of eight words of our text is a run of the seed (by its stored fingerprints)."""
    seed = seed_copy.stored()
    assert len(seed) > 1000  # the fingerprints are there
    copied = [
        (where, window)
        for where, text in _user_texts(differences, causes, advice, tests_kb, guide)
        for window in seed_copy.windows(text)
        if seed_copy.fingerprint(window) in seed
    ]
    assert not copied


def test_the_seed_fingerprints_are_those_of_the_seed() -> None:
    """Whenever the seed is here, the stored fingerprints are exactly its own."""
    text = seed_copy.seed_text()
    if text is None:  # a clone outside the workspace: the fingerprints are all there is
        return
    assert seed_copy.stored() == seed_copy.fingerprints(text), (
        "the seed changed: run `.venv/bin/python -m tests.knowledge.seed_copy`"
    )


def test_copy_check_would_catch_a_copied_sentence() -> None:
    """The normalisation must not hide a copy behind punctuation, case or what surrounds it."""
    seed = "Muscle twitches, although sometimes startling, do not cause much discomfort."
    ours = (
        "Good to know: MUSCLE TWITCHES although sometimes startling do not cause much discomfort!"
    )
    found = seed_copy.fingerprints(ours) & seed_copy.fingerprints(seed)
    assert found
    assert not seed_copy.fingerprints("Twitches can startle you but they rarely hurt at all.") & (
        seed_copy.fingerprints(seed)
    )


# --- the whole knowledge base ------------------------------------------------------------------


def test_the_knowledge_base_loads_with_these_files() -> None:
    kb = load_knowledge()
    assert set(DIFFERENCE_IDS) <= set(kb.differences)
    assert set(CAUSE_IDS) <= set(kb.causes)
    assert set(GUIDE_IDS) <= set(kb.guide)
    assert set(kb.findings) >= PROJECT_FINDINGS
