"""How far apart two careful coders are, beside the parser: the yardstick for its precision.

A second coder coded each round's unseen stories again from their texts alone, with the
writers' coding rules: ``fresh32``-``fresh34`` in round 9 (``tests/data/second_coder/
fresh32-34.yaml``), ``fresh35``-``fresh37`` in round 10 (``fresh35-37.yaml``), ``fresh38``-
``fresh40`` in round 11 (``fresh38-40.yaml``), ``fresh41``-``fresh43`` in round 12
(``fresh41-43.yaml``), ``fresh47``-``fresh49`` in round 13 (``fresh47-49.yaml``), ``fresh50``-
``fresh52`` in round 14 (``fresh50-52.yaml``), ``fresh53``-``fresh55`` in round 15
(``fresh53-55.yaml``), ``fresh56``-``fresh58`` in round 16 (``fresh56-58.yaml``). For each file
this prints the second coder's present-finding precision and recall against the writers'
findings, the parser's on the same stories, and the parser's precision against what either
coder coded present and its recall of what both coded present.

    .venv/bin/python benchmarks/coder_agreement.py
"""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests" / "data" / "texts"
SECOND = ROOT / "tests" / "data" / "second_coder"

Coding = dict[str, dict[str, str]]


def score(pred: Coding, ref: Coding) -> tuple[float, float, int]:
    """Micro precision and recall of ``present`` and the red flags of ``ref`` missed."""
    from myotriage.knowledge.loader import load_knowledge

    red = {f.id for f in load_knowledge().findings.values() if f.red_flag}
    tp = n_pred = n_ref = missed = 0
    for story, p in pred.items():
        r = ref[story]
        n_pred += sum(c == "present" for c in p.values())
        n_ref += sum(c == "present" for c in r.values())
        tp += sum(1 for f, c in p.items() if c == "present" and r.get(f) == "present")
        missed += sum(
            1 for f, c in r.items() if c == "present" and f in red and p.get(f) != "present"
        )
    return tp / n_pred, tp / n_ref, missed


def main() -> None:
    for path in sorted(SECOND.glob("fresh*-*.yaml")):
        first, last = path.stem.removeprefix("fresh").split("-")
        compare(path, tuple(f"fresh{n}" for n in range(int(first), int(last) + 1)))
        print()


def compare(path: Path, parts: tuple[str, ...]) -> None:
    """The agreement figures for one second coder's file over the gold ``parts``."""
    from myotriage.engine.text import parse_text
    from myotriage.knowledge.loader import load_knowledge

    kb = load_knowledge()
    gold: Coding = {}
    texts: dict[str, str] = {}
    for part in parts:
        for s in yaml.safe_load((TEXTS / f"{part}.yaml").read_text()):
            gold[s["id"]] = {f: c for f, c in s["findings"].items() if f in kb.findings}
            texts[s["id"]] = s["text"]
    second: Coding = {
        s["id"]: {f: c for f, c in (s["findings"] or {}).items() if f in kb.findings}
        for s in yaml.safe_load(path.read_text())
    }
    parser: Coding = {i: {f.id: f.choice for f in parse_text(texts[i], kb).stated} for i in second}
    gold = {i: gold[i] for i in second}
    print(f"{len(second)} stories ({', '.join(parts)})")
    for name, pred, ref in (
        ("second coder against the writers", second, gold),
        ("parser against the writers", parser, gold),
        ("parser against the second coder", parser, second),
    ):
        p, r, m = score(pred, ref)
        print(f"{name}: precision {p:.3f}, recall {r:.3f}, red flags of the reference missed {m}")
    either = {
        i: {
            f: "present"
            for f in set(gold[i]) | set(second[i])
            if "present" in (gold[i].get(f), second[i].get(f))
        }
        for i in gold
    }
    both = {i: {f: c for f, c in gold[i].items() if second[i].get(f) == c} for i in gold}
    p_either, _, _ = score(parser, either)
    _, r_both, m_both = score(parser, both)
    print(
        f"parser: precision against what either coder coded present {p_either:.3f};"
        f" recall of what both coded present {r_both:.3f} (red flags both coded missed {m_both})"
    )


if __name__ == "__main__":
    main()
