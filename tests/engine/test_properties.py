"""Properties of the engine that must hold for every valid case (hypothesis)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from myotriage.engine.assessment import assess
from myotriage.knowledge.loader import load_knowledge
from myotriage.knowledge.schema import TRIAGE_ORDER

KB = load_knowledge()
FINDINGS = sorted(KB.findings)
RED_FLAGS = sorted(f.id for f in KB.findings.values() if f.red_flag)
RANK = {level: i for i, level in enumerate(TRIAGE_ORDER)}


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    chosen = draw(st.lists(st.sampled_from(FINDINGS), unique=True, max_size=18))
    evidence = []
    present_groups: set[str] = set()
    for finding_id in chosen:
        choice = draw(st.sampled_from(["present", "present", "absent", "unknown"]))
        finding = KB.findings[finding_id]
        if choice == "present" and finding.kind == "single":
            if finding.group in present_groups:
                choice = "absent"
            present_groups.add(finding.group)
        evidence.append({"id": finding_id, "choice": choice})
    case: dict[str, Any] = {"evidence": evidence}
    if draw(st.booleans()):
        case["age"] = draw(st.integers(0, 120))
    if draw(st.booleans()):
        case["sex"] = draw(st.sampled_from(["female", "male", "other"]))
    return case


@settings(max_examples=300, deadline=None)
@given(cases())
def test_probabilities_sum_to_one(case: dict[str, Any]) -> None:
    result = assess(case)
    assert abs(sum(result.probabilities.values()) - 1) < 1e-9
    assert abs(sum(result.categories.values()) - 1) < 1e-9
    assert all(0 <= p <= 1 for p in result.probabilities.values())
    assert result.category in ("spasm", "twitch", "unclear")
    if result.type != "unclear":
        assert KB.types[result.type].family == result.category


@settings(max_examples=300, deadline=None)
@given(cases(), st.sampled_from(RED_FLAGS))
def test_adding_a_red_flag_never_lowers_triage(case: dict[str, Any], flag: str) -> None:
    before = assess(case)
    evidence = [e for e in case["evidence"] if e["id"] != flag] + [
        {"id": flag, "choice": "present"}
    ]
    after = assess({**case, "evidence": evidence})
    assert RANK[after.triage] >= RANK[before.triage]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(RED_FLAGS))
def test_every_red_flag_alone_asks_for_at_least_a_consultation(flag: str) -> None:
    result = assess({"evidence": [{"id": flag, "choice": "present"}]})
    assert RANK[result.triage] >= 1, flag


@settings(max_examples=200, deadline=None)
@given(cases(), st.randoms(use_true_random=False))
def test_order_of_evidence_does_not_matter(case: dict[str, Any], rng: Any) -> None:
    shuffled = list(case["evidence"])
    rng.shuffle(shuffled)
    a = assess(case)
    b = assess({**case, "evidence": shuffled})
    assert (a.category, a.type, a.triage) == (b.category, b.type, b.triage)
    assert a.probabilities == b.probabilities  # exactly: the engine sums in a fixed order


@settings(max_examples=200, deadline=None)
@given(cases(), st.lists(st.sampled_from(FINDINGS), unique=True, max_size=10))
def test_unknown_equals_unlisted(case: dict[str, Any], extra: list[str]) -> None:
    listed = {e["id"] for e in case["evidence"]}
    with_unknown = case["evidence"] + [
        {"id": f, "choice": "unknown"} for f in extra if f not in listed
    ]
    a = assess(case).to_dict()
    b = assess({**case, "evidence": with_unknown}).to_dict()
    for key in (
        "category",
        "type",
        "triage",
        "probabilities",
        "rules_fired",
        "not_ruled_out",
        "causes",
    ):
        assert a[key] == b[key], key


@settings(max_examples=100, deadline=None)
@given(cases())
def test_deterministic_and_json_serialisable(case: dict[str, Any]) -> None:
    first = json.dumps(assess(case).to_dict(), sort_keys=True)
    assert first == json.dumps(assess(case).to_dict(), sort_keys=True)
    assert json.loads(first)["knowledge_version"] == KB.version


@settings(max_examples=200, deadline=None)
@given(cases())
def test_unknown_alone_never_raises_triage(case: dict[str, Any]) -> None:
    """Turning every unknown into unlisted gives the same level: unknowns never raise it."""
    known = [e for e in case["evidence"] if e["choice"] != "unknown"]
    assert assess(case).triage == assess({**case, "evidence": known}).triage


@settings(max_examples=200, deadline=None)
@given(cases())
def test_every_conclusion_is_explained(case: dict[str, Any]) -> None:
    out = assess(case).to_dict()
    levels = [r["level"] for r in out["rules_fired"]]
    if out["triage"] != "self_care":
        assert out["triage"] in levels  # the level comes from a rule or floor that says why
    for level in levels:
        assert RANK[level] <= RANK[out["triage"]]
    for cause in out["causes"]:
        assert cause["findings"] or cause["score"] > 0
    if out["triage"] == "emergency":
        assert all(a["kind"] == "now" for a in out["advice"])
