"""How few questions the interview needs, and whether it is ever less safe than asking all.

Runs the interview simulation (``spec/CASES.md``: a listed finding is answered with
its choice, an unlisted one ``absent``) on the public cases and on people drawn from the
knowledge base itself (``myotriage.engine.case_sampling``: a type from the priors, findings
from the likelihoods, a random red flag at a low rate, a few "don't know" answers), and
compares each result with the full-information assessment (``assess`` on the case with
every unlisted finding absent).

    .venv/bin/python benchmarks/interview_efficiency.py [--people 400] [--seed 1] [--write-docs]

``--write-docs`` puts the figures into ``docs/interview.md`` between its figure markers.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = ROOT / "spec" / "cases" / "public.json"
DOC = ROOT / "docs" / "interview.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
LEVELS = ("self_care", "consult", "urgent", "emergency")
RANK = {level: i for i, level in enumerate(LEVELS)}


def _measure(cases: list[dict[str, Any]]) -> dict[str, Any]:
    from myotriage.engine.assessment import assess
    from myotriage.engine.case import parse_case
    from myotriage.engine.case_sampling import full_information_case
    from myotriage.engine.interview import simulate_interview
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    counts: list[int] = []
    by_level: dict[str, list[int]] = {level: [] for level in LEVELS}
    agree = over = 0
    under: list[str] = []
    step_ms: list[float] = []
    for case in cases:
        began = time.perf_counter()
        step, questions = simulate_interview(parse_case(case, kb))
        step_ms.append((time.perf_counter() - began) * 1000 / max(1, len(questions)))
        full = assess(full_information_case(case, kb), kb).triage
        got = step["assessment"]["triage"]
        counts.append(len(questions))
        by_level[full].append(len(questions))
        if got == full:
            agree += 1
        elif RANK[got] > RANK[full]:
            over += 1
        else:
            under.append(f"{case.get('id')}: {got} < {full}")
    return {
        "cases": len(cases),
        "median": statistics.median(counts) if counts else 0,
        "mean": statistics.mean(counts) if counts else 0,
        "max": max(counts, default=0),
        "agree": agree,
        "over": over,
        "under": under,
        "by_level": {
            level: (len(v), statistics.median(v) if v else 0) for level, v in by_level.items()
        },
        "step_ms_median": statistics.median(step_ms) if step_ms else 0.0,
        "step_ms_max": max(step_ms, default=0.0),
    }


def _table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    out = [
        "| cases | n | median questions | mean | max | same triage as full information"
        " | higher | lower (under-triage) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r in rows:
        n = r["cases"]
        out.append(
            f"| {name} | {n} | {r['median']:g} | {r['mean']:.1f} | {r['max']} |"
            f" {r['agree']} ({r['agree'] / max(1, n):.0%}) | {r['over']} | {len(r['under'])} |"
        )
    return "\n".join(out)


def _levels(rows: list[tuple[str, dict[str, Any]]]) -> str:
    out = [
        "| full-information triage | " + " | ".join(name for name, _ in rows) + " |",
        "| --- | " + " | ".join("---:" for _ in rows) + " |",
    ]
    for level in LEVELS:
        cells = []
        for _, r in rows:
            n, median = r["by_level"][level]
            cells.append(f"{median:g} (n={n})" if n else "-")
        out.append(f"| {level} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=400, help="generated people (default 400)")
    parser.add_argument("--seed", type=int, default=1, help="seed for the generated people")
    parser.add_argument("--write-docs", action="store_true", help=f"update {DOC.name}")
    args = parser.parse_args(argv)

    from myotriage.engine.case_sampling import sample_cases
    from myotriage.knowledge.loader import load_knowledge
    from myotriage.knowledge.questions import load_questions

    kb = load_knowledge()
    never = frozenset(
        f for q in load_questions(kb).questions.values() if q.ask == "never" for f in q.findings
    )
    public = json.loads(PUBLIC.read_text()) if PUBLIC.exists() else []
    people = sample_cases(args.people, seed=args.seed, knowledge=kb, skip=never)
    red_flags = {f.id for f in kb.findings.values() if f.red_flag}
    calm = [
        c
        for c in people
        if not any(e["choice"] == "present" and e["id"] in red_flags for e in c["evidence"])
    ]
    rows = [
        ("public", _measure(public)),
        (f"generated (seed {args.seed})", _measure(people)),
        ("generated, no red flag", _measure(calm)),
        ("all", _measure(public + people)),
    ]
    overall = rows[-1][1]
    text = "\n\n".join(
        [
            _table(rows),
            "Median questions by the full-information triage level:",
            _levels(rows[:3]),
            f"Time per question (selection and bookkeeping, one core): median"
            f" {overall['step_ms_median']:.1f} ms, slowest interview's average"
            f" {overall['step_ms_max']:.1f} ms. Knowledge base {kb.version}.",
        ]
    )
    print(text)
    for name, r in rows:
        for line in r["under"]:
            print(f"UNDER-TRIAGE ({name}): {line}", file=sys.stderr)
    if args.write_docs:
        doc = DOC.read_text()
        if START not in doc or END not in doc:
            print(f"{DOC} has no figure markers", file=sys.stderr)
            return 1
        head, rest = doc.split(START, 1)
        _, tail = rest.split(END, 1)
        command = (
            f"`.venv/bin/python benchmarks/interview_efficiency.py --people {args.people}"
            f" --seed {args.seed} --write-docs`"
        )
        DOC.write_text(f"{head}{START}\nMeasured with {command}:\n\n{text}\n{END}{tail}")
    return 1 if overall["under"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
