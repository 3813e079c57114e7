"""A snapshot of the interview's behaviour, to prove that making a step cheaper changed no
question asked and no result.

For every public spec case, ``SAMPLED`` sampled people (``case_sampling``) and every story of
``tests/data/texts/*.yaml`` (the interview started from the parsed words, the person being the
story's coded findings), the simulated interview's questions in order, its stop reason, the
final triage and a digest of the whole final step (its JSON form, keys sorted) are stored.
Like ``outputs_snapshot.json`` it belongs to one knowledge base (its fingerprint, here of every
data file, questions and lexicon included, is stored with it). Regenerate it only when a
change of behaviour is intended, from the code that is to be trusted::

    .venv/bin/python -m tests.engine.interview_snapshot
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import orjson
import yaml

from myotriage.engine.case import parse_case
from myotriage.engine.case_sampling import sample_cases
from myotriage.engine.interview import simulate_interview
from myotriage.engine.text.parser import parse_text
from myotriage.knowledge.loader import Knowledge, load_knowledge

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).parent / "data" / "interview_snapshot.json"
DATA = ROOT / "src" / "myotriage" / "knowledge" / "data"
TEXTS = ROOT / "tests" / "data" / "texts"
SAMPLED = 300
SEED = 20261126


def knowledge_fingerprint() -> str:
    """A digest of every knowledge data file the runs read (the interview reads the questions
    and lexicon; not the second reader's weights: the runs start from the parse alone)."""
    digest = hashlib.sha256()
    for path in sorted(DATA.glob("*.yaml")):
        if path.name == "reader.en.yaml":
            continue
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def interview_runs(kb: Knowledge) -> list[tuple[str, dict[str, Any], list[dict[str, str]] | None]]:
    """(name, case, words' evidence or None) for every run the snapshot holds, in order."""
    spec = ROOT / "spec" / "cases"
    runs: list[tuple[str, dict[str, Any], list[dict[str, str]] | None]] = []
    for name in ("public.json", "public-v2.json"):
        for case in json.loads((spec / name).read_text()):
            plain = {k: v for k, v in case.items() if k != "expected"}
            runs.append((f"{name}:{case['id']}", plain, None))
    for case in sample_cases(SAMPLED, seed=SEED, knowledge=kb):
        runs.append((case["id"], case, None))
    for path in sorted(TEXTS.glob("*.yaml")):
        for story in yaml.safe_load(path.read_text()):
            case: dict[str, Any] = {
                "evidence": [{"id": f, "choice": c} for f, c in story["findings"].items()]
            }
            for key in ("age", "sex"):
                if story.get(key) is not None:
                    case[key] = story[key]
            words = parse_text(story["text"], kb).evidence()
            runs.append((f"{path.name}:{story['id']}", case, words))
    return runs


def summarise(kb: Knowledge, case: dict[str, Any], words: list[dict[str, str]] | None) -> list[Any]:
    """[questions asked, stop reason, triage, digest of the final step] for one run."""
    step, questions = simulate_interview(parse_case(case, kb), evidence=words)
    body = orjson.dumps(step, option=orjson.OPT_SORT_KEYS)
    return [
        questions,
        step.get("stop_reason"),
        step["assessment"]["triage"],
        hashlib.sha256(body).hexdigest()[:16],
    ]


def main() -> None:
    kb = load_knowledge()
    runs = {name: summarise(kb, case, words) for name, case, words in interview_runs(kb)}
    SNAPSHOT.write_text(
        json.dumps(
            {"knowledge": knowledge_fingerprint(), "runs": runs}, indent=None, separators=(",", ":")
        )
        + "\n"
    )
    print(f"wrote {len(runs)} runs to {SNAPSHOT}")


if __name__ == "__main__":
    main()
