"""Compiled rules: ``unless`` keeps a rule from firing, and closes it in the interview."""

from __future__ import annotations

from myotriage.engine.assessment import assess
from myotriage.engine.case import parse_case
from myotriage.engine.model import compile_model
from myotriage.engine.question_selection import Selector
from myotriage.knowledge.loader import load_knowledge
from myotriage.knowledge.questions import load_questions

KB = load_knowledge()
MODEL = compile_model(KB)
RULE = next(cr for cr in MODEL.rules if cr.rule.id == "long_leg_cramp")


def _present(*ids: str) -> dict[str, object]:
    return {"evidence": [{"id": i, "choice": "present"} for i in ids]}


def test_the_rule_under_test_has_an_unless_context() -> None:
    assert "relief_stretch" in RULE.unless  # the data this test relies on


def test_a_rule_does_not_fire_when_a_finding_of_its_unless_is_present() -> None:
    present = frozenset({"loc_calf", "dur_long", "pain_severe"})
    assert RULE.fires(present, None, None)
    assert not RULE.fires(present | {"relief_stretch"}, None, None)
    fired = [f.id for f in assess(_present(*present, "relief_stretch")).fired]
    assert "long_leg_cramp" not in fired
    assert "long_leg_cramp" in [f.id for f in assess(_present(*present)).fired]


def test_unless_findings_absent_or_unknown_do_not_stop_the_rule() -> None:
    case = _present("loc_calf", "dur_long", "pain_severe")
    case["evidence"] += [{"id": "relief_stretch", "choice": "unknown"}]  # type: ignore[operator]
    assert "long_leg_cramp" in [f.id for f in assess(case).fired]


def test_an_open_rule_is_closed_once_an_unless_finding_is_present() -> None:
    selector = Selector(load_questions(KB), MODEL)
    asked = frozenset({selector.bank.screen.id})
    open_case = parse_case(_present("loc_calf", "pain_moderate"), KB)
    assert "long_leg_cramp" in selector.decide(open_case, asked, 1).open_rules
    closed = parse_case(_present("loc_calf", "pain_moderate", "relief_stretch"), KB)
    assert "long_leg_cramp" not in selector.decide(closed, asked, 1).open_rules
