"""How few questions the interview needs, and whether it is ever less safe than asking all.

Runs the interview simulation (``spec/CASES.md``: a listed finding is answered with
its choice, an unlisted one ``absent``) on the public cases and on people drawn from the
knowledge base itself (``myotriage.engine.case_sampling``: a type from the priors, findings
from the likelihoods, a random red flag at a low rate, a few "don't know" answers), and
compares each result with the full-information assessment (``assess`` on the case with
every unlisted finding absent).

    .venv/bin/python benchmarks/interview_efficiency.py [--people 400] [--seed 1] [--write-docs]
    .venv/bin/python benchmarks/interview_efficiency.py --step-cpu [--people 100]

``--write-docs`` puts the figures into ``docs/interview.md`` between its figure markers.
``--step-cpu`` only measures the server CPU of one step (``start_interview`` or
``answer_question``, as ``POST /api/v1/interview`` runs them) over the public cases and
``--people`` sampled people, twice: with the engine's caches as one process keeps them, and
with them emptied before every step (every answer served by another worker than the step
before). A baseline loop (a million additions) is timed in the same run, before and after;
compare runs by the ratio to it. To time other code (the code before a change, say), run this
script with ``PYTHONPATH=<that src>``.
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


def baseline_ms() -> float:
    """A fixed amount of pure-Python work (a million additions), in CPU milliseconds."""
    start = time.process_time()
    total = 0
    for i in range(1_000_000):
        total += i
    return (time.process_time() - start) * 1e3


def _empty_caches() -> None:
    """Forget what the engine remembers between steps (the cache of decisions is there only
    in the code that has it)."""
    from myotriage.engine import question_selection, story_check

    for module, name in ((question_selection, "_decided"), (story_check, "_options")):
        cache = getattr(module, name, None)
        if cache is not None:
            cache.cache_clear()


def step_cpu(cases: list[dict[str, Any]], *, cold: bool) -> tuple[float, int]:
    """Mean CPU milliseconds of one interview step over the simulated interviews of ``cases``
    (only the steps themselves are timed, not the simulated person's answers)."""
    from myotriage.engine.case import parse_case
    from myotriage.engine.interview import (
        _replay,
        _simulated_answer,
        answer_question,
        start_interview,
    )
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    spent = 0.0
    steps = 0
    for raw in cases:
        case = parse_case(raw, kb)
        if cold:
            _empty_caches()
        began = time.process_time()
        step = start_interview(age=case.age, sex=case.sex)
        spent += time.process_time() - began
        steps += 1
        while not step["done"]:
            qid = step["question"]["id"]
            answer = _simulated_answer(_replay(step["state"]), qid, case)
            if cold:
                _empty_caches()
            began = time.process_time()
            step = answer_question(step["state"], qid, answer)
            spent += time.process_time() - began
            steps += 1
    return spent * 1e3 / max(1, steps), steps


def _step_cpu_report(cases: list[dict[str, Any]]) -> str:
    step_cpu(cases[:5], cold=False)  # load the knowledge and compile it first
    before = baseline_ms()
    warm, steps = step_cpu(cases, cold=False)
    cold, _ = step_cpu(cases, cold=True)
    after = baseline_ms()
    return (
        f"CPU per interview step over {steps} steps ({len(cases)} interviews): "
        f"{warm:.2f} ms with the caches one process keeps, {cold:.2f} ms with them emptied "
        f"before every step; baseline loop {before:.0f} ms before, {after:.0f} ms after"
    )


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
    parser.add_argument(
        "--step-cpu", action="store_true", help="only the CPU of one step (see above)"
    )
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
    if args.step_cpu:
        print(_step_cpu_report(public + people))
        return 0
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
