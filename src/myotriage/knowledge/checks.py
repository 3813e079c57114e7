"""Checks across the knowledge files, run after each file passed its schema.

Like pgmpy's ``check_model``: the engine will not run on a knowledge base whose
parts do not fit together. Every failure names the file, the entry and the problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from myotriage.errors import KnowledgeError
from myotriage.knowledge.taxonomy import FAMILY_OF, TYPE_IDS

if TYPE_CHECKING:
    from myotriage.knowledge.loader import Knowledge

__all__ = ["check_knowledge"]


def _unknown(names: Iterable[str], known: Iterable[str]) -> list[str]:
    known_set = set(known)
    return sorted({n for n in names if n not in known_set})


def _require(file: str, entry: str, what: str, names: Iterable[str], known: Iterable[str]) -> None:
    missing = _unknown(names, known)
    if missing:
        raise KnowledgeError(file, entry, f"unknown {what}: {', '.join(missing)}")


def check_knowledge(kb: Knowledge) -> None:
    """Raise :class:`KnowledgeError` at the first part that does not fit."""
    sources = kb.source_ids
    findings = kb.findings

    missing_types = [t for t in TYPE_IDS if t not in kb.types]
    if missing_types:
        raise KnowledgeError("types.yaml", "", f"missing type(s): {', '.join(missing_types)}")
    for t in kb.types.values():
        if t.family != FAMILY_OF[t.id]:
            raise KnowledgeError(
                "types.yaml", t.id, f"family must be '{FAMILY_OF[t.id]}', got '{t.family}'"
            )
        _require("types.yaml", t.id, "source", t.sources, sources)

    kinds: dict[str, str] = {}
    for f in findings.values():
        previous = kinds.setdefault(f.group, f.kind)
        if previous != f.kind and "boolean" not in (previous, f.kind):
            raise KnowledgeError(
                "findings.yaml", f.id, f"group '{f.group}' mixes kinds {previous} and {f.kind}"
            )
        _require("findings.yaml", f.id, "finding in relevant_when", f.relevant_when, findings)
        _require("findings.yaml", f.id, "finding in implies", f.implies, findings)
        _require("findings.yaml", f.id, "source", f.sources, sources)
    for group, members in kb.groups().items():
        singles = [m for m in members if m.kind == "single"]
        if not singles:
            continue
        for type_id in TYPE_IDS:
            total = sum(m.likelihood_of(type_id) for m in singles)
            if total > 1.0 + 1e-9:
                raise KnowledgeError(
                    "findings.yaml",
                    singles[0].id,
                    f"the members of single group '{group}' sum to {total:.3f} for {type_id};"
                    " at most one applies, so they must sum to 1 or less",
                )

    groups = {f.group for f in findings.values()}
    unknown_groups = sorted(set(kb.meta.decision.describing_groups) - groups)
    if unknown_groups:
        raise KnowledgeError(
            "meta.yaml",
            "decision",
            f"unknown group(s) in describing_groups: {', '.join(unknown_groups)}",
        )
    for d in kb.differences.values():
        _require("differences.yaml", d.id, "finding", d.findings, findings)
        _require("differences.yaml", d.id, "source", d.sources, sources)
    for c in kb.causes.values():
        _require("causes.yaml", c.id, "finding", c.findings, findings)
        _require("causes.yaml", c.id, "source", c.sources, sources)
    for r in kb.rules.values():
        names = [n for item in r.requires for n in ([item] if isinstance(item, str) else item)]
        _require("triage_rules.yaml", r.id, "finding", names, findings)
        _require("triage_rules.yaml", r.id, "finding in unless", r.unless, findings)
        never = sorted(set(r.unless) & {item for item in r.requires if isinstance(item, str)})
        if never:
            raise KnowledgeError(
                "triage_rules.yaml",
                r.id,
                f"unless names a finding the rule requires, so it never fires: {', '.join(never)}",
            )
        _require("triage_rules.yaml", r.id, "source", r.sources, sources)
        if any(isinstance(item, list) and not item for item in r.requires):
            raise KnowledgeError("triage_rules.yaml", r.id, "an empty 'any of' list never holds")
    for a in kb.advice.values():
        _require("advice.yaml", a.id, "cause", a.causes, kb.causes)
        _require("advice.yaml", a.id, "finding", [*a.findings, *a.requires_any], findings)
        named = any(a.id in c.advice for c in kb.conditions.values())
        if not (a.always or a.types or a.causes or a.findings or a.levels or named):
            raise KnowledgeError(
                "advice.yaml",
                a.id,
                "advice applies to nothing: give always, types, causes, findings or levels,"
                " or list it under a condition",
            )
        _require("advice.yaml", a.id, "source", a.sources, sources)
    for test in kb.tests.values():
        _require("tests.yaml", test.id, "cause", test.causes, kb.causes)
        _require("tests.yaml", test.id, "finding", test.findings, findings)
        _require("tests.yaml", test.id, "rule", test.rules, kb.rules)
        _require("tests.yaml", test.id, "source", test.sources, sources)
    for g in kb.guide.values():
        _require("guide.yaml", g.id, "source", g.sources, sources)
    _check_conditions(kb)


def _check_conditions(kb: Knowledge) -> None:
    """Conditions name known findings, advice, tests, causes and sources; the members of a
    single group they list leave room for the others (sum at most 1)."""
    findings = kb.findings
    for c in kb.conditions.values():
        file = "conditions.yaml"
        _require(file, c.id, "finding", c.likelihood, findings)
        _require(file, c.id, "advice", c.advice, kb.advice)
        _require(file, c.id, "test", c.tests, kb.tests)
        _require(file, c.id, "cause", c.causes, kb.causes)
        _require(file, c.id, "source", c.sources, kb.source_ids)
        totals: dict[str, float] = {}
        for finding_id, p in c.likelihood.items():
            finding = findings[finding_id]
            if finding.kind == "single":
                totals[finding.group] = totals.get(finding.group, 0.0) + p
        for group, total in totals.items():
            if total > 1.0 + 1e-9:
                raise KnowledgeError(
                    file,
                    c.id,
                    f"the members of single group '{group}' sum to {total:.3f};"
                    " at most one applies, so they must sum to 1 or less",
                )
    types_without = [t for t in TYPE_IDS if not any(c.type == t for c in kb.conditions.values())]
    if kb.conditions and types_without:
        raise KnowledgeError(
            "conditions.yaml", "", f"no condition of type(s): {', '.join(types_without)}"
        )
