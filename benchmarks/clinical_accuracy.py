"""Clinical accuracy of the engine on sets of cases with expected results.

For each set: triage exact, under- and over-triage, emergencies caught, type, category, and
condition top-1 and top-3 (``expected.condition``: one id or a list of acceptable ids). The
expected values are only the oracle: the engine never sees them (``expected`` is dropped
before a case is assessed).

    python benchmarks/clinical_accuracy.py                 # the public sets, our scenarios, the held-out set
    python benchmarks/clinical_accuracy.py cases.json -v   # any file of cases; -v lists the misses

Our own scenarios (``tests/engine/data/condition_scenarios.yaml``) use ``expect`` with
``condition_top3`` and ``triage``; they are converted to the spec's shape. The held-out set
(``tests/engine/data/heldout_v2_cases.json``, 125 cases) is in the spec's case format, written from
the clinical reference before the engine was measured on it; each case names the reference section
behind its expectation (``reference``), which the engine never reads either.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LEVELS = ("self_care", "consult", "urgent", "emergency")


def _load(path: Path) -> list[dict[str, Any]]:
    if path.suffix in (".yaml", ".yml"):
        import yaml

        out = []
        for s in yaml.safe_load(path.read_text()):
            case = {k: s[k] for k in ("id", "age", "sex") if k in s}
            case["evidence"] = [{"id": f, "choice": c} for f, c in s["evidence"].items()]
            expect = s.get("expect", {})
            case["expected"] = {
                k: v
                for k, v in {
                    "triage": expect.get("triage"),
                    "condition": expect.get("condition_top3"),
                }.items()
                if v
            }
            out.append(case)
        return out
    return list(json.loads(path.read_text()))


def _matches(got: str, want: str | list[str]) -> bool:
    return got in want if isinstance(want, list) else got == want


def evaluate(cases: list[dict[str, Any]], verbose: bool = False) -> dict[str, Any]:
    from myotriage.engine.assessment import assess

    counts: dict[str, list[int]] = {}
    misses: list[str] = []

    def tally(key: str, ok: bool) -> None:
        hit_total = counts.setdefault(key, [0, 0])
        hit_total[0] += int(ok)
        hit_total[1] += 1

    for case in cases:
        expected = case.get("expected", {})
        result = assess({k: v for k, v in case.items() if k != "expected"})
        top = [c.id for c in result.conditions[:3]]
        if "triage" in expected:
            got, want = LEVELS.index(result.triage), LEVELS.index(expected["triage"])
            tally("triage exact", got == want)
            tally("under-triage", got < want)
            tally("over-triage", got > want)
            if want == 3:
                tally("emergencies caught", got == 3)
            if got != want:
                misses.append(
                    f"{case.get('id')}: triage {result.triage}, expected {expected['triage']}"
                )
        for key in ("type", "category"):
            if key in expected:
                ok = getattr(result, key) == expected[key]
                tally(key, ok)
                if not ok:
                    misses.append(
                        f"{case.get('id')}: {key} {getattr(result, key)}, expected {expected[key]}"
                    )
        if "condition" in expected:
            want = expected["condition"]
            ok1 = _matches(top[0], want)
            tally("condition top-1", ok1)
            ok3 = any(_matches(c, want) for c in top)
            tally("condition top-3", ok3)
            if not ok1:
                where = "not in the first three" if not ok3 else "not first"
                misses.append(f"{case.get('id')}: conditions {top}, expected {want} ({where})")
    report = {k: {"hit": h, "of": n, "share": round(h / n, 3)} for k, (h, n) in counts.items()}
    if verbose:
        for m in misses:
            print("   ", m)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    files = args.files or [
        ROOT / "spec" / "cases" / "public.json",
        ROOT / "spec" / "cases" / "public-v2.json",
        ROOT / "tests" / "engine" / "data" / "condition_scenarios.yaml",
        ROOT / "tests" / "engine" / "data" / "heldout_v2_cases.json",
    ]
    files = [f if f.exists() else ROOT.parent / "shared" / "spec" / "cases" / f.name for f in files]
    everything = {}
    for path in files:
        if not args.json:
            print(f"{path.name} ({len(_load(path))} cases)")
        report = evaluate(_load(path), verbose=args.verbose and not args.json)
        everything[path.name] = report
        if not args.json:
            for key, row in report.items():
                print(f"  {key:20s} {row['hit']:4d}/{row['of']:<4d} {row['share']:.1%}")
    if args.json:
        print(json.dumps(everything, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
