"""Choosing the interview's next question, and knowing when to stop.

A question is worth asking for three reasons, added into one score:

* **information gain** on the type distribution: the expected drop in entropy (nats) of
  P(type) once the answer is known, computed from the naive Bayes model itself;
* **the chance of raising the triage level**: the probability of each answer times the
  number of levels it would raise the triage by (rules, type floors and the "unclear"
  floor, exactly as :func:`myotriage.engine.triage.triage_level` decides them), weighted by
  ``RAISE_WEIGHT``;
* **closing open rules**: a triage rule above the current level is *open* while it could
  still fire, i.e. every part of it is present or still askable and no finding of its
  ``unless`` is present. Such a rule must be ruled
  out before the interview may stop, so questions whose answer is likely to rule out many
  open rules at once (the warning-sign lists) come first, weighted by ``CLOSE_WEIGHT``.

The interview stops when the level is ``emergency`` (nothing can be more urgent), when no
open rule is left, no rule that sets the level could still be switched off by an askable
finding of its ``unless`` **and** the type is settled (top posterior at least ``TYPE_CLEAR``, or no
question left could move it: best information gain below ``MIN_GAIN``) **and** no possible
answer to any one question left would raise the level through a type floor; or when
``MAX_QUESTIONS`` have been asked.

An open rule is checked on sets, not on probabilities: a red flag that could still raise
the level is asked however unlikely it is, so every level a rule decides (every emergency
and every urgent level) is never missed. The cautious type floors (a likely type that
deserves a doctor, or an unclear picture: at most ``consult``) are checked one answer ahead;
several unlikely answers together can still move them, which asking everything would be
the only way to exclude.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from myotriage.engine.case import Case
from myotriage.engine.inference import type_posterior
from myotriage.engine.model import LEVEL_RANK, CompiledRule, Model
from myotriage.engine.naming import name_type
from myotriage.knowledge.questions import Question, QuestionBank

__all__ = [
    "CLOSE_WEIGHT",
    "MAX_QUESTIONS",
    "MIN_GAIN",
    "RAISE_WEIGHT",
    "RISK_P",
    "TYPE_CLEAR",
    "Candidate",
    "Decision",
    "Selector",
]

#: The type counts as clear at this posterior.
TYPE_CLEAR = 0.85
#: Below this expected information gain (nats) no question could still change the type.
MIN_GAIN = 0.02
#: An answer more probable than this that would raise the level keeps the interview going
#: (0: any possible answer to any question left that would raise it).
RISK_P = 0.0
#: Never more questions than this (age and sex included).
MAX_QUESTIONS = 20
#: Score per expected level raised, and per open rule a question is expected to rule out.
RAISE_WEIGHT = 1.0
CLOSE_WEIGHT = 0.25

Vector = list[float]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question that could be asked next, with what it is expected to bring."""

    question: Question
    options: tuple[str, ...]
    gain: float  # expected information gain on the type (nats)
    raise_p: float  # probability that its answer raises the triage level
    raise_levels: float  # expected number of levels raised
    closes: float  # expected number of open rules it rules out
    touches_open: bool  # it asks about a finding of an open rule

    @property
    def score(self) -> float:
        return self.gain + RAISE_WEIGHT * self.raise_levels + CLOSE_WEIGHT * self.closes


@dataclass(frozen=True, slots=True)
class Decision:
    """The next question, or why the interview stops (``question`` is None then)."""

    question: Candidate | None
    reason: str  # "ask", "emergency", "settled", "limit" or "exhausted"
    level: int
    open_rules: tuple[str, ...]
    top_probability: float


def _entropy(values: Iterable[float]) -> float:
    return -sum(p * math.log(p) for p in values if p > 0.0)


def _normalise(acc: Vector) -> list[float]:
    top = max(acc)
    weights = [math.exp(a - top) for a in acc]
    total = sum(weights)
    return [w / total for w in weights]


class Selector:
    """Question selection for one knowledge base and one question bank (build once)."""

    def __init__(self, bank: QuestionBank, model: Model) -> None:
        self.bank = bank
        self.model = model
        kb = model.knowledge
        decision = kb.meta.decision
        self._caution = decision.caution_threshold
        self._unclear_rank = LEVEL_RANK[decision.unclear_triage]
        self._baseline = [LEVEL_RANK[kb.types[t].baseline_triage] for t in model.types]
        self._top_rank = max(LEVEL_RANK.values())
        by_finding: dict[str, list[CompiledRule]] = {}
        for cr in model.rules:
            for f in cr.mentioned:
                by_finding.setdefault(f, []).append(cr)
        self._rules_of = by_finding
        self._group_none: dict[str, Vector] = {}
        for q in bank.questions.values():
            if q.kind == "single":
                like = model.likelihood
                self._group_none[q.id] = [
                    math.log(max(1e-6, 1.0 - sum(like[f][i] for f in q.findings)))
                    for i in range(len(model.types))
                ]

    # ------------------------------------------------------------------ levels

    def _floor_rank(self, values: list[float], present: frozenset[str]) -> int:
        """The level the type distribution alone asks for (type floors and 'unclear')."""
        rank = 0
        for p, base in zip(values, self._baseline, strict=True):
            if base > rank and p >= self._caution:
                rank = base
        if present:
            describes = not present.isdisjoint(self.model.describing)
            if name_type(values, self.model, describes=describes)[1] == "unclear":
                rank = max(rank, self._unclear_rank)
        return rank

    def _rule_rank(self, present: frozenset[str], age: int | None, sex: str | None) -> int:
        return max((cr.rank for cr in self.model.rules if cr.fires(present, age, sex)), default=0)

    def level(self, case: Case) -> int:
        """The triage rank of ``case`` (0 = self_care … 3 = emergency), as the engine decides."""
        values = list(type_posterior(case, self.model).values)
        return max(
            self._rule_rank(case.present, case.age, case.sex),
            self._floor_rank(values, case.present),
        )

    # ------------------------------------------------------------------ what is still askable

    def askable(self, question: Question, case: Case, asked: frozenset[str]) -> tuple[str, ...]:
        """The options ``question`` would offer now (empty when it cannot be asked)."""
        if question.id in asked or question.ask != "adaptive" or question.safety_screen:
            return ()
        if case.sex is not None and case.sex in question.skip_if_sex:
            return ()
        answered = case.present | case.absent | case.unknown
        return tuple(f for f in question.findings if f not in answered)

    def _open_rules(self, case: Case, level: int, askable: frozenset[str]) -> list[CompiledRule]:
        """Rules above ``level`` that could still fire if askable findings turn out present."""
        present = case.present
        out = []
        for cr in self.model.rules:
            if cr.rank <= level:
                continue
            r = cr.rule
            if r.min_age is not None and (case.age is None or case.age < r.min_age):
                continue
            if r.max_age is not None and (case.age is None or case.age > r.max_age):
                continue
            if r.sex is not None and case.sex != r.sex:
                continue
            if not all(f in present or f in askable for f in cr.all_of):
                continue
            if cr.unless and not cr.unless.isdisjoint(present):
                continue  # closed: a finding of its `unless` context is present
            if all(
                not group.isdisjoint(present) or not group.isdisjoint(askable)
                for group in cr.any_of
            ):
                out.append(cr)
        return out

    # ------------------------------------------------------------------ scoring

    def _evaluate(
        self,
        question: Question,
        options: tuple[str, ...],
        case: Case,
        base: Vector,
        values: list[float],
        level: int,
        rule_rank: int,
        open_rules: list[CompiledRule],
        askable: frozenset[str],
    ) -> Candidate:
        m = self.model
        n = len(values)
        like = m.likelihood
        outcomes: list[tuple[float, frozenset[str], Vector]] = []  # (probability, present, acc)
        if question.kind == "single":
            none_vec = self._group_none[question.id]
            for f in options:
                lik = like[f]
                p = sum(values[i] * lik[i] for i in range(n))
                acc = [base[i] + m.log_present[f][i] for i in range(n)]
                outcomes.append((p, frozenset((f,)), acc))
            p_none = sum(values[i] * math.exp(none_vec[i]) for i in range(n))
            outcomes.append((p_none, frozenset(), [base[i] + none_vec[i] for i in range(n)]))
            gain = _entropy(values) - sum(p * _entropy(_normalise(acc)) for p, _, acc in outcomes)
        else:
            all_absent = list(base)
            none_lik = [1.0] * n
            gain = 0.0
            for f in options:
                lik = like[f]
                absent_vec = m.log_absent[f]
                for i in range(n):
                    all_absent[i] += absent_vec[i]
                    none_lik[i] *= 1.0 - lik[i]
                gain += self._boolean_gain(values, lik)
            gain = min(gain, _entropy(values))
            for f in options:
                lik = like[f]
                p = sum(values[i] * lik[i] * none_lik[i] / (1.0 - lik[i]) for i in range(n))
                acc = [all_absent[i] - m.log_absent[f][i] + m.log_present[f][i] for i in range(n)]
                outcomes.append((p, frozenset((f,)), acc))
            p_none = sum(values[i] * none_lik[i] for i in range(n))
            outcomes.append((p_none, frozenset(), all_absent))

        raise_p = 0.0
        raise_levels = 0.0
        present = case.present
        for p, extra, acc in outcomes:
            rank = rule_rank
            for f in extra:
                for cr in self._rules_of.get(f, ()):
                    if cr.rank > rank and cr.fires(present | extra, case.age, case.sex):
                        rank = cr.rank
            if rank < self._top_rank:
                rank = max(rank, self._floor_rank(_normalise(acc), present | extra))
            if rank > level:
                raise_p += p
                raise_levels += p * (rank - level)

        closes = 0.0
        touches = False
        option_set = frozenset(options)
        if open_rules:
            p_absent = {f: 1.0 - sum(values[i] * like[f][i] for i in range(n)) for f in options}
            for cr in open_rules:
                best = 0.0
                for f in cr.all_of:
                    if f in option_set:
                        touches = True
                        best = max(best, p_absent[f])
                for group in cr.any_of:
                    if not group.isdisjoint(present):
                        continue
                    still = group & askable
                    if still & option_set:
                        touches = True
                    if still and still <= option_set:
                        prob = 1.0
                        for f in still:
                            prob *= p_absent[f]
                        best = max(best, prob)
                closes += best
        return Candidate(question, options, gain, raise_p, raise_levels, closes, touches)

    @staticmethod
    def _boolean_gain(values: list[float], lik: list[float]) -> float:
        n = len(values)
        p_yes = sum(values[i] * lik[i] for i in range(n))
        if p_yes <= 0.0 or p_yes >= 1.0:
            return 0.0
        yes = [values[i] * lik[i] / p_yes for i in range(n)]
        no = [values[i] * (1.0 - lik[i]) / (1.0 - p_yes) for i in range(n)]
        return _entropy(values) - p_yes * _entropy(yes) - (1.0 - p_yes) * _entropy(no)

    # ------------------------------------------------------------------ the decision

    def decide(self, case: Case, asked: frozenset[str], asked_count: int) -> Decision:
        """The next question for ``case`` (after the safety screen), or why to stop."""
        posterior = type_posterior(case, self.model)
        values = list(posterior.values)
        base = list(posterior.log_prior)
        for _label, _choice, vec in posterior.terms:
            for i in range(len(base)):
                base[i] += vec[i]
        rule_rank = self._rule_rank(case.present, case.age, case.sex)
        level = max(rule_rank, self._floor_rank(values, case.present))
        top = max(values)

        def stop(reason: str, open_ids: tuple[str, ...] = ()) -> Decision:
            return Decision(None, reason, level, open_ids, top)

        if level >= self._top_rank:
            return stop("emergency")
        if asked_count >= MAX_QUESTIONS:
            return stop("limit")
        options_of: dict[str, tuple[str, ...]] = {}
        for q in self.bank.questions.values():
            opts = self.askable(q, case, asked)
            if opts:
                options_of[q.id] = opts
        if not options_of:
            return stop("exhausted")
        askable = frozenset(f for opts in options_of.values() for f in opts)
        open_rules = self._open_rules(case, level, askable)
        candidates = [
            self._evaluate(
                self.bank.questions[qid],
                opts,
                case,
                base,
                values,
                level,
                rule_rank,
                open_rules,
                askable,
            )
            for qid, opts in options_of.items()
        ]
        open_ids = tuple(cr.rule.id for cr in open_rules)
        # A rule that sets the level now but has an `unless` finding still askable may yet
        # be switched off by the answer; ask that before stopping, so the interview ends
        # where full information would (rules with `unless` are the only way down).
        unsettled = frozenset(
            f
            for cr in self.model.rules
            if cr.unless and cr.rank == rule_rank and cr.fires(case.present, case.age, case.sex)
            for f in cr.unless & askable
        )
        if open_rules:
            pool = [c for c in candidates if c.touches_open] or candidates
        elif unsettled:
            pool = [c for c in candidates if not unsettled.isdisjoint(c.options)] or candidates
        else:
            settled = top >= TYPE_CLEAR or max(c.gain for c in candidates) < MIN_GAIN
            at_risk = [c for c in candidates if c.raise_p > RISK_P]
            if settled and not at_risk:
                return stop("settled")
            pool = candidates if not settled else at_risk
        best = max(pool, key=lambda c: (c.score, -c.question.order))
        return Decision(best, "ask", level, open_ids, top)
