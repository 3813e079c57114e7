"""Choosing the interview's next question, and knowing when to stop.

A question is worth asking for three reasons, added into one score:

* **information gain** on the conditions: the expected drop in entropy (nats) of
  P(condition) once the answer is known, computed from the naive Bayes model itself;
* **the chance of raising the triage level**: the probability of each answer times the
  number of levels it would raise the triage by (rules and the conditions' levels, through
  the same functions :func:`myotriage.engine.triage.decide_rank` uses), weighted by
  ``raise_weight``;
* **closing open rules**: a triage rule above the current level is *open* while it could
  still fire, i.e. every part of it is present or still askable and no finding of its
  ``unless`` is present. Such a rule must be ruled
  out before the interview may stop, so questions whose answer is likely to rule out many
  open rules at once (the warning-sign lists) come first, weighted by ``close_weight``.

The interview stops when the level is ``emergency`` (nothing can be more urgent), when no
open rule is left, no rule that sets the level could still be switched off by an askable
finding of its ``unless`` **and** the picture is settled (the leading condition at least
``clear``, or no question left could move it: best information gain below ``min_gain``)
**and** no possible answer to any one question left would raise the level through the
conditions, nor would "no" to every finding left, "yes" to any one of them and "no" to the
rest, nor the answers of people drawn from the current posterior (many answers together can
move the posterior where no single one would); or when ``max_questions`` have been asked.
The settings live in the knowledge base's decision settings (``meta.yaml``,
``decision.interview``).

After a person's story (``story``) the tick lists of :mod:`myotriage.engine.story_check` have
asked every red flag an open rule still needs; the interview then also stops, once no rule is
open, when "no" to everything still open (follow-ups included) would give the level reached
and at most ``story_risk_p`` of ``story_samples`` people drawn from the posterior would get a
higher one: what a story leaves unsaid is most likely absent, and the one-answer-ahead and
"any drawn person" checks above would otherwise ask the whole bank after every short story.

An open rule is checked on sets, not on probabilities: a red flag that could still raise
the level is asked however unlikely it is, so every level a rule decides (every emergency
and every urgent level) is never missed. The levels the conditions ask for are checked one
answer ahead; several unlikely answers together can still move them, which asking
everything would be the only way to exclude.
"""

from __future__ import annotations

import functools
import zlib
from dataclasses import dataclass, replace

import numpy as np

from myotriage.engine.case import Case, make_case
from myotriage.engine.conditions import evidence_terms, log_score, normalise
from myotriage.engine.model import CompiledRule, Model
from myotriage.engine.triage import (
    condition_rank,
    condition_ranks,
    conditions_level,
    decide_rank,
    rule_rank,
)
from myotriage.knowledge.questions import Question, QuestionBank

__all__ = ["Candidate", "Decision", "Selector"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question that could be asked next, with what it is expected to bring."""

    question: Question
    options: tuple[str, ...]
    gain: float  # expected information gain on the conditions (nats)
    raise_p: float  # probability that its answer raises the triage level
    raise_levels: float  # expected number of levels raised
    lower_p: float  # probability that its answer lowers a level the conditions set
    closes: float  # expected number of open rules it rules out
    touches_open: bool  # it asks about a finding of an open rule
    score: float


@dataclass(frozen=True, slots=True)
class Decision:
    """The next question, or why the interview stops (``question`` is None then)."""

    question: Candidate | None
    reason: str  # "ask", "emergency", "settled", "limit" or "exhausted"
    level: int
    open_rules: tuple[str, ...]
    top_probability: float


def _entropy(values: np.ndarray) -> float:
    p = values[values > 0.0]
    return float(-np.sum(p * np.log(p)))


def _boolean_gains(
    values: np.ndarray, lik: np.ndarray, p_yes: np.ndarray, entropy: float
) -> list[float]:
    """``Selector._boolean_gain`` of every row of ``lik`` (each finding's likelihoods), the
    yes and no posteriors of all of them as the rows of two matrices (the same numbers)."""
    p = [float(x) for x in p_yes]
    inside = [k for k, x in enumerate(p) if 0.0 < x < 1.0]
    out = [0.0] * len(p)
    if not inside:
        return out
    chosen = lik[inside]
    chance = p_yes[inside][:, None]
    yes = _entropy_rows(values * chosen / chance)
    no = _entropy_rows(values * (1.0 - chosen) / (1.0 - chance))
    for k, e_yes, e_no in zip(inside, yes, no, strict=True):
        out[k] = entropy - p[k] * e_yes - (1.0 - p[k]) * e_no
    return out


def _normalise_rows(accs: np.ndarray) -> np.ndarray:
    """:func:`normalise` of every row at once (the same numbers: each row is reduced along
    its own contiguous axis, as a single vector is)."""
    weights = np.exp(accs - accs.max(axis=1, keepdims=True))
    return weights / weights.sum(axis=1, keepdims=True)


def _entropy_rows(posteriors: np.ndarray) -> list[float]:
    """:func:`_entropy` of every row: at once when no probability is zero (the same terms
    summed in the same order), else row by row (zeros are left out of the sum)."""
    if (posteriors > 0.0).all():
        return [float(e) for e in -np.sum(posteriors * np.log(posteriors), axis=1)]
    return [_entropy(row) for row in posteriors]


#: The rank from which one unsaid "yes" is worth asking about after a story (urgent: see a
#: doctor today); a "yes" that would only make it worth a routine visit is left to the
#: draws from the posterior.
_SEE_A_DOCTOR_TODAY = 2


class Selector:
    """Question selection for one knowledge base and one question bank (build once)."""

    def __init__(self, bank: QuestionBank, model: Model) -> None:
        self.bank = bank
        self.model = model
        self.tables = model.conditions
        self.settings = model.knowledge.meta.decision.interview
        self.max_questions = self.settings.max_questions
        self._top_rank = len(model.level_thresholds) - 1
        by_finding: dict[str, list[CompiledRule]] = {}
        for cr in model.rules:
            for f in cr.mentioned:
                by_finding.setdefault(f, []).append(cr)
        self._rules_of = by_finding
        index = self.tables.finding_index
        self._index = index
        self._group_none: dict[str, np.ndarray] = {
            q.id: self.tables.log_none_of(tuple(sorted(index[f] for f in q.findings)))
            for q in bank.questions.values()
            if q.kind == "single"
        }

    # ------------------------------------------------------------------ levels

    def level(self, case: Case) -> int:
        """The triage rank of ``case`` (0 = self_care … 3 = emergency), as the engine decides."""
        return decide_rank(self.model, case)

    # ------------------------------------------------------------------ what is still askable

    def askable(self, question: Question, case: Case, asked: frozenset[str]) -> tuple[str, ...]:
        """The options ``question`` would offer now (empty when it cannot be asked)."""
        if question.id in asked or question.ask != "adaptive" or question.safety_screen:
            return ()
        if case.sex is not None and case.sex in question.skip_if_sex:
            return ()
        answered = case.present | case.absent | case.unknown
        for earlier in question.after:  # a follow-up waits for what it refines
            if earlier not in asked and not answered.issuperset(
                self.bank.questions[earlier].findings
            ):
                return ()
        implied = self._implied_by(case.present)
        return tuple(f for f in question.findings if f not in answered and f not in implied)

    def emergency_may_lift(self, case: Case, asked: frozenset[str]) -> bool:
        """Whether an emergency is set only by rules that an answer may still switch off.

        A rule with ``unless`` (sudden severe belly pain, unless it comes with a period) is
        the only way a level comes down; while a finding of its ``unless`` can still be asked,
        the interview asks it rather than stopping where full information would not. The
        emergency stands when any emergency rule firing has no such finding left.

        An emergency that no rule sets rests on the conditions' probabilities alone (a new
        antidepressant and twitching: serotonin syndrome cannot be ruled out yet). No red flag
        has been told, so the interview goes on while a question is left: the answers decide,
        and the selector stops as soon as nothing still to ask could bring the level down."""
        top = self._top_rank
        firing = [
            cr
            for cr in self.model.rules
            if cr.rank >= top and cr.fires(case.present, case.age, case.sex)
        ]
        if not firing:
            return any(self.askable(q, case, asked) for q in self.bank.questions.values())
        if any(not cr.unless for cr in firing):
            return False
        findings = self.model.knowledge.findings
        askable = {
            f
            for q in self.bank.questions.values()
            for f in self.askable(q, case, asked)
            if case.sex is None or not findings[f].sexes or case.sex in findings[f].sexes
        }
        if any(cr.unless.isdisjoint(askable) for cr in firing):
            return False
        return conditions_level(self.model, case)[0] < top

    def _implied_by(self, present: frozenset[str]) -> frozenset[str]:
        """Findings that present ones imply (already known: not asked again)."""
        implied_by = self.tables.implied_by
        return frozenset().union(*[implied_by[f] for f in present if f in implied_by])

    def _open_rules(self, case: Case, level: int, askable: frozenset[str]) -> list[CompiledRule]:
        """Rules above ``level`` that could still fire if askable findings turn out present."""
        present = case.present
        out = []
        for cr in self.model.rules:
            if cr.rank <= level:
                continue
            if not cr.within_limits(case.age, case.sex):
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
        base: np.ndarray,
        values: np.ndarray,
        level: int,
        rule_level: int,
        open_rules: list[CompiledRule],
        askable: frozenset[str],
        entropy: float,
    ) -> Candidate:
        t = self.tables
        index = self._index
        rows = [index[f] for f in options]
        lik = t.likelihood[rows]  # (k, C)
        p_yes = lik @ values  # (k,)
        # Every answer's log score as one row (element by element the same sums as one
        # answer at a time), and their posteriors normalised row by row.
        probs: list[float]
        if question.kind == "single":
            none_vec = self._group_none[question.id]
            probs = [float(p) for p in p_yes]
            probs.append(float(np.exp(none_vec) @ values))
            accs = np.vstack((base[None, :] + t.log_present[rows], (base + none_vec)[None, :]))
            posteriors = _normalise_rows(accs)
            gain = entropy - sum(
                p * e for p, e in zip(probs, _entropy_rows(posteriors), strict=True)
            )
        else:
            log_absent = t.log_absent[rows]
            all_absent = base + log_absent.sum(axis=0)
            none_lik = np.exp(log_absent.sum(axis=0))
            gain = 0.0
            for term in _boolean_gains(values, lik, p_yes, entropy):
                gain += term
            gain = min(gain, entropy)
            probs = [
                float((values * lik[k] * none_lik / (1.0 - lik[k])).sum())
                for k in range(len(options))
            ]
            probs.append(float(none_lik @ values))
            accs = np.vstack(
                ((all_absent[None, :] - log_absent) + t.log_present[rows], all_absent[None, :])
            )
            posteriors = _normalise_rows(accs)
        extras = [frozenset((f,)) for f in options]
        extras.append(frozenset())
        by_conditions = condition_ranks(self.model, posteriors)
        outcomes = zip(probs, extras, by_conditions, strict=True)

        raise_p = 0.0
        raise_levels = 0.0
        lower_p = 0.0
        present = case.present
        for p, extra, conditions_rank in outcomes:
            rank = rule_level
            for f in extra:
                for cr in self._rules_of.get(f, ()):
                    if cr.rank > rank and cr.fires(present | extra, case.age, case.sex):
                        rank = cr.rank
            if rank < self._top_rank:
                rank = max(rank, conditions_rank)
            if rank > level:
                raise_p += p
                raise_levels += p * (rank - level)
            elif rank < level:
                lower_p += p

        closes = 0.0
        touches = False
        option_set = frozenset(options)
        if open_rules:
            p_absent = {f: 1.0 - float(p_yes[k]) for k, f in enumerate(options)}
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
        s = self.settings
        score = gain + s.raise_weight * raise_levels + s.close_weight * closes
        return Candidate(
            question, options, gain, raise_p, raise_levels, lower_p, closes, touches, score
        )

    def _rank_if_rest_answered(
        self, case: Case, askable: frozenset[str], values: np.ndarray
    ) -> int:
        """The highest level the answers still to come could lead to: "no" to everything
        left, "yes" to any one finding and "no" to the rest, and ``lookahead_samples`` people
        drawn from the current posterior answering everything left (a condition from the
        posterior, then each finding from its likelihood). Many answers together can move the
        posterior where no single one would. The draws are seeded by the case, so the same
        answers always lead to the same questions."""
        t = self.tables
        present, absent, known_groups = evidence_terms(case, t)
        base = log_score(t, t.log_prior(case.age, case.sex), present, absent, known_groups)
        rows, group_rows, none_of = self._split(askable)
        all_no, flips = self._one_yes_scores(base, rows, group_rows, none_of)
        rank = condition_rank(self.model, normalise(all_no))
        for acc_one in flips:
            if rank >= self._top_rank:
                return rank
            rank = max(rank, condition_rank(self.model, normalise(acc_one)))
        samples = self.settings.lookahead_samples
        if not samples or rank >= self._top_rank:
            return rank
        posterior = self._drawn_posteriors(case, rows, group_rows, none_of, base, values, samples)
        for row in posterior:
            rank = max(rank, condition_rank(self.model, row))
            if rank >= self._top_rank:
                break
        return rank

    def _one_yes_scores(
        self,
        base: np.ndarray,
        rows: list[int],
        group_rows: list[list[int]],
        none_of: list[np.ndarray],
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """The log scores of "no" to every finding of ``rows`` and ``group_rows`` (see
        :meth:`_split`), and of "yes" to each one of them in turn with "no" to the rest."""
        t = self.tables
        lp, la = t.log_present[rows], t.log_absent[rows]  # (A, C)
        all_no = base + la.sum(axis=0) + sum(none_of, np.zeros_like(base))
        flips = [all_no - la[k] + lp[k] for k in range(len(rows))]
        for r, none_vec in zip(group_rows, none_of, strict=True):
            flips += [all_no - none_vec + t.log_present[i] for i in r]
        return all_no, flips

    def _single_yes_raises(self, rest: frozenset[str], base: np.ndarray, level: int) -> bool:
        """Whether "yes" to one finding of ``rest``, with "no" to the others, would give a
        level above ``level`` and at least a same-day visit (through the conditions; rules
        are checked set-based elsewhere). ``base``: the log score of the case as it is."""
        _all_no, flips = self._one_yes_scores(base, *self._split(rest))
        for acc in flips:
            rank = condition_rank(self.model, normalise(acc))
            if rank > level and rank >= _SEE_A_DOCTOR_TODAY:
                return True
        return False

    def _split(
        self, findings: frozenset[str]
    ) -> tuple[list[int], list[list[int]], list[np.ndarray]]:
        """``findings`` as the rows of the yes/no findings and, per one-answer group, the
        rows of its members and the log likelihood of "none of them"."""
        t = self.tables
        index = self._index
        single = t.single_group_of
        booleans = sorted(f for f in findings if f not in single)
        groups: dict[str, list[str]] = {}
        for f in sorted(findings):
            if f in single:
                groups.setdefault(single[f], []).append(f)
        group_rows = [[index[f] for f in members] for members in groups.values()]
        none_of = [t.log_none_of(tuple(sorted(r))) for r in group_rows]
        return [index[f] for f in booleans], group_rows, none_of

    def _drawn_posteriors(
        self,
        case: Case,
        rows: list[int],
        group_rows: list[list[int]],
        none_of: list[np.ndarray],
        base: np.ndarray,
        values: np.ndarray,
        samples: int,
    ) -> np.ndarray:
        """The posteriors of ``samples`` people drawn from ``values`` (a condition, then each
        finding of ``rows`` and one member or none of each group from its likelihood) once
        they have answered all of them. Seeded by the case, so the same answers always lead
        to the same questions."""
        t = self.tables
        lp, la = t.log_present[rows], t.log_absent[rows]  # (A, C)
        seed = zlib.crc32(repr((case.age, case.sex, sorted(case.evidence))).encode())
        rng = np.random.default_rng(seed)
        drawn = rng.choice(len(values), size=samples, p=values)
        lik = t.likelihood[rows][:, drawn].T  # (S, A)
        yes = rng.random(lik.shape) < lik
        acc = base + yes @ lp + (~yes) @ la  # (S, C)
        for r, none_vec in zip(group_rows, none_of, strict=True):
            member_lik = t.likelihood[r][:, drawn].T  # (S, m)
            u = rng.random(samples)[:, None]
            chosen = (u < np.cumsum(member_lik, axis=1)).argmax(axis=1)
            hit = u[:, 0] < member_lik.sum(axis=1)
            acc += np.where(hit[:, None], t.log_present[np.array(r)[chosen]], none_vec[None, :])
        weights = np.exp(acc - acc.max(axis=1, keepdims=True))
        posterior: np.ndarray = weights / weights.sum(axis=1, keepdims=True)
        return posterior

    def _still_open(self, case: Case, asked: frozenset[str]) -> frozenset[str]:
        """Every finding the interview could still ask, follow-ups included (those that wait
        for the question they refine): what "the rest" is once the person has told their
        story."""
        out: set[str] = set()
        for q in self.bank.questions.values():
            if q.after:
                q = replace(q, after=())
            out.update(self.askable(q, case, asked))
        return frozenset(out)

    def story_settled(self, case: Case, asked: frozenset[str], level: int) -> bool:
        """After a story (its tick lists asked, no open rule left): whether the level is
        settled. A person tells what they have; what the story left unsaid is most likely
        absent. So the level stands when it is what "no" to everything still open would
        give (neither lower, which would be over-triage, nor higher), and at most
        ``story_risk_p`` of the people drawn from the posterior, answering everything still
        open (``story_samples`` of them), would get a higher level through the conditions.
        Rules are not sampled: the
        caller checks that none is open, set-based, so every red flag a rule uses has been
        asked."""
        rest = self._still_open(case, asked)
        if rest:
            everything = [*case.evidence, *((f, "absent") for f in sorted(rest))]
            if decide_rank(self.model, make_case(None, case.age, case.sex, everything)) != level:
                return False
            if self.settings.story_single_yes:
                t = self.tables
                present, absent, groups = evidence_terms(case, t)
                base = log_score(t, t.log_prior(case.age, case.sex), present, absent, groups)
                if self._single_yes_raises(rest, base, level):
                    return False
        samples = self.settings.story_samples
        if not rest or not samples:
            return True
        t = self.tables
        present, absent, groups = evidence_terms(case, t)
        base = log_score(t, t.log_prior(case.age, case.sex), present, absent, groups)
        rows, group_rows, none_of = self._split(rest)
        posterior = self._drawn_posteriors(
            case, rows, group_rows, none_of, base, normalise(base), samples
        )
        higher = sum(rank > level for rank in condition_ranks(self.model, posterior))
        return higher <= self.settings.story_risk_p * samples

    # ------------------------------------------------------------------ the decision

    def decide(
        self, case: Case, asked: frozenset[str], asked_count: int, *, story: bool = False
    ) -> Decision:
        """The next question for ``case`` (after the safety screen), or why to stop.

        ``story``: the interview started from the person's own words, which already told
        what it is like; it then stops once the level is settled, without also asking to
        make the picture clear, and as soon as :meth:`story_settled` holds with no rule
        open (the set-based checks on rules stay the same).

        Cached: answering a question checks the state's pending question, which is the
        decision the previous step made for the same case (the decision depends only on
        these arguments; ``case`` compares its evidence in order, as the sums use it)."""
        return _decided(self, case, asked, asked_count, story)

    def _decide(self, case: Case, asked: frozenset[str], asked_count: int, story: bool) -> Decision:
        t = self.tables
        present_idx, absent_idx, groups = evidence_terms(case, t)
        base = log_score(t, t.log_prior(case.age, case.sex), present_idx, absent_idx, groups)
        values = normalise(base)
        rule_level = rule_rank(self.model, case.present, case.age, case.sex)
        # The engine's decision (decide_rank), reusing the posterior and the rules' level
        # just computed; only present red flags need the posterior again, per subset.
        if case.present & self.model.red_flags:
            by_conditions = conditions_level(self.model, case)[0]
        else:
            by_conditions = condition_rank(self.model, values)
        level = max(rule_level, by_conditions)
        top = float(values.max())

        def stop(reason: str, open_ids: tuple[str, ...] = ()) -> Decision:
            return Decision(None, reason, level, open_ids, top)

        if level >= self._top_rank and not self.emergency_may_lift(case, asked):
            return stop("emergency")
        if asked_count >= self.max_questions:
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
        entropy = _entropy(values)
        candidates = [
            self._evaluate(
                self.bank.questions[qid],
                opts,
                case,
                base,
                values,
                level,
                rule_level,
                open_rules,
                askable,
                entropy,
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
            if cr.unless and cr.rank == rule_level and cr.fires(case.present, case.age, case.sex)
            for f in cr.unless & askable
        )
        s = self.settings
        # After a story: settled once no rule is open and the unsaid answers would not move
        # the level (see story_settled); otherwise on as without a story.
        if story and not open_rules and not unsettled and self.story_settled(case, asked, level):
            return stop("settled")
        if open_rules:
            pool = [c for c in candidates if c.touches_open] or candidates
        elif unsettled:
            pool = [c for c in candidates if not unsettled.isdisjoint(c.options)] or candidates
        else:
            settled = (
                (story and level <= rule_level)
                or top >= s.clear
                or max(c.gain for c in candidates) < s.min_gain
            )
            at_risk = [c for c in candidates if c.raise_p > s.risk_p]
            if settled and not at_risk:
                # A level the conditions set (above the rules') may come down with the
                # answers still to come: ask what is likely to settle it, so the interview
                # ends where full information would.
                lowering = [c for c in candidates if c.lower_p >= s.lower_p]
                if level > rule_level and lowering:
                    best = max(lowering, key=lambda c: (c.lower_p, -c.question.order))
                    return Decision(best, "ask", level, open_ids, top)
                # (after a story, "no" to the rest includes the follow-ups still to come:
                # story_settled, which did not hold, is the check)
                if not story and self._rank_if_rest_answered(case, askable, values) <= level:
                    return stop("settled")
                at_risk = candidates  # answers together would still raise it
            pool = candidates if not settled else at_risk
        best = max(pool, key=lambda c: (c.score, -c.question.order))
        return Decision(best, "ask", level, open_ids, top)


@functools.lru_cache(maxsize=2048)
def _decided(
    selector: Selector, case: Case, asked: frozenset[str], asked_count: int, story: bool
) -> Decision:
    return selector._decide(case, asked, asked_count, story)
