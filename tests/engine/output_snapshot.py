"""A snapshot of the engine's outputs for a fixed, varied set of cases, to prove that making the
engine faster changed no result.

The cases are sampled people (``case_sampling``) made more varied on purpose, because sampled
cases list only present and unknown findings: some get every other finding ``absent`` (full
information, so the "none of these" groups and the implied-absent slips count), some a random
part of the rest absent, some lose their age or sex, and some get two to six extra red flags
(beyond four, the triage uses the full set and the empty set only). The public spec cases
come first.

The snapshot holds, per case, a digest of the full JSON form (``to_dict``, keys sorted) and,
to read a failure, its triage and first condition. It belongs to one knowledge base: its
fingerprint (a digest of the data files the engine reads) is stored with it. Regenerate it
only when a change of outputs is intended (a knowledge change, say), from the code that is
to be trusted::

    .venv/bin/python -m tests.engine.output_snapshot
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path
from typing import Any

import orjson

from myotriage.engine.assessment import assess_many
from myotriage.engine.case_sampling import full_information_case, sample_cases
from myotriage.knowledge.loader import Knowledge, load_knowledge

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).parent / "data" / "outputs_snapshot.json"
DATA = ROOT / "src" / "myotriage" / "knowledge" / "data"
#: Data files the assessment does not read (the interview's questions, the story lexicon).
_NOT_READ = frozenset(
    {"lexicon.en.yaml", "questions.en.yaml", "questions.yaml", "guide.yaml", "reader.en.yaml"}
)
SAMPLED = 2000
SEED = 20261126


def knowledge_fingerprint() -> str:
    """A digest of the knowledge data files the assessment reads."""
    digest = hashlib.sha256()
    for path in sorted(DATA.glob("*.yaml")):
        if path.name in _NOT_READ:
            continue
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def snapshot_cases(kb: Knowledge) -> list[dict[str, Any]]:
    """The public cases, then ``SAMPLED`` varied sampled ones (the same for the same knowledge)."""
    spec = ROOT / "spec" / "cases"
    public = [
        {k: v for k, v in case.items() if k != "expected"}
        for name in ("public.json", "public-v2.json")
        for case in json.loads((spec / name).read_text())
    ]
    rng = random.Random(SEED)
    red_flags = sorted(f.id for f in kb.findings.values() if f.red_flag)
    out = list(public)
    for case in sample_cases(SAMPLED, seed=SEED, knowledge=kb):
        roll = rng.random()
        if roll < 0.25:
            case = full_information_case(case, kb)
        elif roll < 0.5:
            listed = {item["id"] for item in case["evidence"]}
            rest = [f for f in kb.findings if f not in listed]
            extra = rng.sample(rest, rng.randint(1, min(40, len(rest))))
            case["evidence"] += [{"id": f, "choice": "absent"} for f in extra]
        if rng.random() < 0.15:
            choices = {item["id"]: item["choice"] for item in case["evidence"]}
            flags = [f for f in red_flags if choices.get(f) != "present"]
            choices.update(dict.fromkeys(rng.sample(flags, rng.randint(2, 6)), "present"))
            case["evidence"] = [{"id": f, "choice": c} for f, c in choices.items()]
        if rng.random() < 0.1:
            del case["age"]
        if rng.random() < 0.1:
            del case["sex"]
        out.append(case)
    return out


def digest(result: dict[str, Any]) -> str:
    """A digest of one assessment's JSON form (the bytes a program reading it gets)."""
    return hashlib.sha256(orjson.dumps(result, option=orjson.OPT_SORT_KEYS)).hexdigest()[:20]


def summarise(results: list[dict[str, Any]]) -> list[list[str]]:
    """(digest, triage, first condition) per result."""
    return [[digest(r), r["triage"], r["conditions"][0]["id"]] for r in results]


def main() -> None:
    kb = load_knowledge()
    cases = snapshot_cases(kb)
    results = [a.to_dict() for a in assess_many(cases, kb)]
    SNAPSHOT.write_text(
        json.dumps(
            {
                "knowledge_version": kb.version,
                "knowledge_fingerprint": knowledge_fingerprint(),
                "cases": len(cases),
                "results": summarise(results),
            },
            indent=0,
        )
        + "\n"
    )
    print(f"wrote {SNAPSHOT} ({len(cases)} cases)")


if __name__ == "__main__":
    main()
