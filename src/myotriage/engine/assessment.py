"""The assessment: one pure, deterministic function from a case to everything we conclude.

    >>> result = assess({"id": "demo", "evidence": [
    ...     {"id": "loc_calf", "choice": "present"},
    ...     {"id": "calf_swelling", "choice": "present"}]})
    >>> result.triage
    'urgent'
    >>> result.to_dict()["knowledge_version"] == result.knowledge_version
    True

Every conclusion carries what it rests on: the type its probabilities and the findings
that pushed toward or away from it, the triage every rule that fired, each cause its
findings, each piece of advice and each test the ids that made it apply.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

import numpy as np

from myotriage.engine.batch import decide_batch, gc_paused
from myotriage.engine.case import Case, parse_case
from myotriage.engine.causes import LikelyCause, rank_causes
from myotriage.engine.conditions import (
    GROUPS,
    ConditionPosterior,
    condition_posterior,
    evidence_terms,
)
from myotriage.engine.model import LEVEL_RANK, Model, compile_model
from myotriage.engine.naming import family_probabilities, family_rows, name_type
from myotriage.engine.recommend import Recommendation, Selection, select_advice, select_tests
from myotriage.engine.triage import (
    FiredRule,
    _from_rule,
    conditions_reason,
    not_ruled_out,
    triage_level,
    watch_for,
)
from myotriage.knowledge.loader import Knowledge, load_knowledge
from myotriage.knowledge.schema import TRIAGE_ORDER
from myotriage.knowledge.wording import lower_first
from myotriage.plain_numbers import probability_label

__all__ = ["Assessment", "RankedCondition", "assess", "assess_many"]


class RankedCondition(NamedTuple):
    """A condition of the result, with its probability and the usual level it warrants."""

    id: str
    probability: float
    level: str
    position: int  # in the knowledge base's order (for explanations)


class Assessment:
    """What the engine concludes for one case; ``to_dict`` is the JSON form.

    Immutable by convention. What every caller needs (the level and its reasons, the type
    and its probabilities, the posterior over conditions) is decided when the assessment is
    made, for a whole batch at once in :func:`assess_many`; what only a full report needs
    (causes, advice, tests, red flags not asked about, the conditions not ruled out) is
    computed from those on first access and kept, by the same functions either way, so the
    value read is the same whenever it is read.
    """

    def __init__(
        self,
        case: Case,
        model: Model,
        *,
        category: str,
        type: str,  # noqa: A002 - the field's name in the JSON form
        triage: str,
        confidence: str,
        probabilities: dict[str, float],
        categories: dict[str, float],
        order: np.ndarray,
        values: np.ndarray,
        log_prior: np.ndarray,
        fired: tuple[FiredRule, ...],
        posterior: ConditionPosterior | None = None,
    ) -> None:
        self.case = case
        self.model = model
        self.knowledge: Knowledge = model.knowledge
        self.category = category
        self.type = type
        self.triage = triage
        self.confidence = confidence
        self.probabilities = probabilities  # the six types and "other"
        self.categories = categories
        self.order = order  # the conditions' positions, most probable first
        self.values = values  # P(condition | case), in the knowledge base's order
        self.log_prior = log_prior
        self.fired = fired
        if posterior is not None:
            self.__dict__["posterior"] = posterior

    @functools.cached_property
    def posterior(self) -> ConditionPosterior:
        """The posterior with the evidence terms it came from (for explanations)."""
        tables = self.model.conditions
        terms = evidence_terms(self.case, tables)
        return ConditionPosterior(self.values, self.log_prior, *terms, tables)

    @functools.cached_property
    def leading(self) -> tuple[str, ...]:
        """The conditions whose advice, tests and causes are shown."""
        ids = self.model.conditions.ids
        return tuple(ids[i] for i in self._above) or (ids[int(self.order[0])],)

    @property
    def _above(self) -> list[int]:
        """Positions of the conditions at least ``leading_threshold`` probable, best first."""
        threshold = self.knowledge.meta.decision.leading_threshold
        return self.order[: int(np.count_nonzero(self.values >= threshold))].tolist()

    @functools.cached_property
    def watch(self) -> tuple[tuple[str, float], ...]:
        """More urgent conditions than the triage that are not ruled out."""
        return watch_for(self.values, self.model, LEVEL_RANK[self.triage])

    @functools.cached_property
    def not_ruled_out(self) -> tuple[tuple[str, int], ...]:
        """Red flags that matter here but were not answered, with the level each would set."""
        return tuple(not_ruled_out(self.case, self.model))

    @functools.cached_property
    def causes(self) -> tuple[LikelyCause, ...]:
        ids = self.model.conditions.ids
        weights = {ids[i]: float(self.values[i]) for i in self._above}
        return tuple(rank_causes(self.case, self.probabilities, self.knowledge, conditions=weights))

    @functools.cached_property
    def _leading_types(self) -> frozenset[str]:
        tables = self.model.conditions
        return frozenset(tables.type_of[tables.position[c]] for c in self.leading) & frozenset(
            self.knowledge.types
        )

    @functools.cached_property
    def advice_selection(self) -> Selection:
        kb = self.knowledge
        tables = self.model.conditions
        threshold = kb.meta.decision.mention_threshold
        suppress = bool(np.any(tables.suppress_self_care & (self.values >= threshold)))
        return select_advice(
            kb,
            level=self.triage,
            relevant_types=self._leading_types,
            cause_ids=frozenset(c.id for c in self.causes),
            present=self.case.present,
            conditions=frozenset(self.leading),
            sex=self.case.sex,
            suppress_self_care=suppress,
        )

    @functools.cached_property
    def tests_selection(self) -> Selection:
        return select_tests(
            self.knowledge,
            relevant_types=self._leading_types,
            cause_ids=frozenset(c.id for c in self.causes),
            present=self.case.present,
            fired_rule_ids=frozenset(f.id for f in self.fired),
            conditions=frozenset(self.leading) | frozenset(cid for cid, _ in self.watch),
        )

    @property
    def advice(self) -> list[Recommendation]:
        """The advice that applies, each with the ids that made it apply."""
        return self.advice_selection.recommendations()

    @property
    def tests(self) -> list[Recommendation]:
        """Tests a doctor may consider, each with the ids that made it relevant."""
        return self.tests_selection.recommendations()

    @property
    def conditions(self) -> tuple[RankedCondition, ...]:
        """Every condition, most probable first (built when asked for: most callers of a
        batch never need all 65)."""
        return self.top_conditions(len(self.order))

    def top_conditions(self, count: int) -> tuple[RankedCondition, ...]:
        """The ``count`` most probable conditions."""
        tables = self.model.conditions
        values = self.values
        return tuple(
            RankedCondition(
                tables.ids[i], float(values[i]), TRIAGE_ORDER[tables.level_rank[i]], int(i)
            )
            for i in self.order[:count].tolist()
        )

    @property
    def top_condition(self) -> RankedCondition:
        return self.top_conditions(1)[0]

    def explain(self, condition: RankedCondition) -> tuple[tuple[str, str, float], ...]:
        """(finding, choice, weight) for ``condition``, largest effect first: the
        log-likelihood ratio of each answer for it against the other conditions (weighted
        by their prior)."""
        return self.explain_positions([condition.position])[0]

    def explain_positions(self, positions: list[int]) -> list[tuple[tuple[str, str, float], ...]]:
        """:meth:`explain` for the conditions at ``positions``, the evidence gathered once."""
        labels, choices, weights, orders = self._weights(positions)
        return [
            tuple([(labels[t], choices[t], row[t]) for t in order])
            for row, order in zip(weights, orders, strict=True)
        ]

    def _weights(
        self, positions: list[int]
    ) -> tuple[list[str], list[str], list[list[float]], list[list[int]]]:
        """(term labels, their choices, per condition the weight of each term, and per
        condition the terms largest effect first)."""
        post = self.posterior
        tables = self.model.conditions
        names = tables.finding_ids
        labels = [names[i] for i in post.present] + [names[i] for i in post.absent]
        labels += ["+".join(names[i] for i in g) for g in post.absent_groups]
        if not labels:
            return [], [], [[] for _ in positions], [[] for _ in positions]
        f_count = len(names)
        matrix = tables.yes_no[[*post.present, *[f_count + i for i in post.absent]]]
        if post.absent_groups:
            none_of = [np.exp(tables.log_none_of(g)) for g in post.absent_groups]
            matrix = np.vstack([matrix, *none_of])
        others = tables.others_prior(self.case.age, self.case.sex)
        weights = np.array([np.log(matrix[:, j] / (matrix @ others[j])) for j in positions])
        choices = ["present"] * len(post.present)
        choices += ["absent"] * (len(labels) - len(choices))
        # Largest effect first, then by label (labels are unique within a case).
        by_label = np.empty(len(labels))
        by_label[sorted(range(len(labels)), key=labels.__getitem__)] = np.arange(len(labels))
        # Rounded: equal effects tie exactly whatever the last bits the CPU's arithmetic gives.
        effect = -np.round(np.abs(weights), 9)
        orders = np.lexsort((np.broadcast_to(by_label, weights.shape), effect), axis=-1)
        return labels, choices, weights.tolist(), orders.tolist()

    @property
    def explanation(self) -> tuple[tuple[str, str, float], ...]:
        """The explanation of the most probable condition."""
        return self.explain(self.top_condition)

    @property
    def information(self) -> float:
        """How far the answers moved the posterior from the prior (nats)."""
        return self.posterior.information()

    @property
    def id(self) -> str | None:
        return self.case.id

    @property
    def knowledge_version(self) -> str:
        return self.knowledge.version

    @property
    def red_flags(self) -> tuple[FiredRule, ...]:
        return tuple(f for f in self.fired if f.red_flag)

    @property
    def uncertainty(self) -> str:
        """A plain sentence saying how sure the engine is, and why not more."""
        top = float(self.values[self.order[0]])
        if top >= 0.8:
            return ""
        if self.case.present.isdisjoint(self.model.describing):
            return (
                "Nothing was said about the contraction itself, so what it is cannot be told;"
                " the list below shows what fits best so far."
            )
        if top < 0.35:
            return (
                "Your answers fit several conditions about equally; a doctor can tell them apart."
            )
        return "Other conditions are still possible; more answers would make this clearer."

    @property
    def summary(self) -> str:
        """One sentence that never contradicts the triage: what it most likely is, and the
        dangerous alternative when it drove the level or is not ruled out."""
        return self._summary(self.top_conditions(4))

    def _summary(self, shown: tuple[RankedCondition, ...]) -> str:
        """:attr:`summary` from the first four of ``shown`` (the most probable conditions)."""
        kb = self.knowledge
        first, *others = shown[:4]
        top = kb.conditions[first.id]
        text = f"Most likely {lower_first(top.name)} ({probability_label(first.probability)})"
        urgent = [
            c
            for c in others
            if LEVEL_RANK[c.level] > LEVEL_RANK[first.level]
            and LEVEL_RANK[c.level] >= LEVEL_RANK[self.triage]
            and c.probability >= kb.meta.decision.mention_threshold
        ]
        if urgent:
            other = kb.conditions[urgent[0].id]
            when = kb.meta.triage_levels[self.triage].rule_out
            return f"{text}, but {lower_first(other.name)} must be ruled out {when}."
        return text + "."

    def to_dict(self) -> dict[str, Any]:
        kb = self.knowledge
        findings = kb.findings
        level_text = kb.meta.triage_levels[self.triage]
        static = _static_parts(kb)
        shown = self.top_conditions(max(5, len(self.leading)))
        labels, choices, weights, orders = self._weights([c.position for c in shown])
        leading = frozenset(self.leading)
        condition_static = _condition_parts(kb)
        return {
            "id": self.case.id,
            "category": self.category,
            "type": self.type,
            "type_name": kb.types[self.type].name if self.type in kb.types else "Unclear",
            "triage": self.triage,
            "triage_label": level_text.label,
            "triage_meaning": level_text.meaning,
            "summary": self._summary(shown),
            "confidence": self.confidence,
            "uncertainty": self.uncertainty,
            "conditions": [
                _condition_dict(
                    c, condition_static[c.position], leading, labels, choices, row, order
                )
                for c, row, order in zip(shown, weights, orders, strict=True)
            ],
            "probabilities": {
                "types": {t: round(p, 4) for t, p in self.probabilities.items()},
                "categories": {c: round(p, 4) for c, p in self.categories.items()},
            },
            "red_flags": [f.to_dict() for f in self.red_flags],
            "rules_fired": [f.to_dict() for f in self.fired],
            "not_ruled_out": [
                {"id": f, "question": findings[f].question, "could_raise_to": TRIAGE_ORDER[rank]}
                for f, rank in self.not_ruled_out
            ],
            "conditions_not_ruled_out": [
                {
                    "id": cid,
                    "name": kb.conditions[cid].name,
                    "probability": round(p, 4),
                    "level": kb.conditions[cid].usual_level,
                }
                for cid, p in self.watch
            ],
            "causes": [c.to_dict() for c in self.causes],
            "advice": [{**static["advice"][r.id], "because": list(r.because)} for r in self.advice],
            "tests": [{**static["tests"][r.id], "because": list(r.because)} for r in self.tests],
            "explanation": {
                "condition": shown[0].id,
                "findings": [
                    {
                        "finding": labels[t],
                        "choice": choices[t],
                        "weight": _rounded(weights[0][t], 3),
                    }
                    for t in orders[0]
                ],
                "triage": [f.id for f in self.fired],
            },
            "knowledge_version": kb.version,
            "disclaimer": kb.meta.disclaimer,
        }


def _condition_dict(
    c: RankedCondition,
    static: tuple[str, str, str, str, str],
    leading: frozenset[str],
    labels: list[str],
    choices: list[str],
    weights: list[float],
    order: list[int],
) -> dict[str, Any]:
    """One condition of the JSON form, with the answers for and against it (the first four
    and three terms, largest effect first, that weigh at least 0.3 either way)."""
    name, type_id, icd10, summary, what_to_do = static
    for_: list[dict[str, str]] = []
    against: list[dict[str, str]] = []
    for t in order:
        w = weights[t]
        if w >= 0.3:
            if len(for_) < 4:
                for_.append({"finding": labels[t], "choice": choices[t]})
        elif w <= -0.3:
            if len(against) < 3:
                against.append({"finding": labels[t], "choice": choices[t]})
        else:
            break  # the terms come largest effect first: the rest weigh less than 0.3
    return {
        "id": c.id,
        "name": name,
        "type": type_id,
        "probability": round(c.probability, 4),
        "level": c.level,
        "icd10": icd10,
        "summary": summary,
        "what_to_do": what_to_do,
        "leading": c.id in leading,
        "for": for_,
        "against": against,
    }


@functools.lru_cache(maxsize=8)
def _condition_parts(kb: Knowledge) -> tuple[tuple[str, str, str, str, str], ...]:
    """Per condition (in the knowledge base's order), the parts of its JSON form that do not
    depend on the case: name, type, ICD-10 code, summary and what to do."""
    return tuple(
        (c.name, c.type, c.icd10.code, c.summary, c.what_to_do) for c in kb.conditions.values()
    )


@functools.lru_cache(maxsize=8)
def _static_parts(kb: Knowledge) -> dict[str, dict[str, dict[str, Any]]]:
    """The parts of advice and test entries that do not depend on the case, built once.

    Each output entry is a fresh dict (these are copied into it); nested lists are tuples so
    nothing shared can be changed through an output.
    """
    advice = {
        a.id: {
            "id": a.id,
            "kind": a.kind,
            "text": a.text,
            "evidence": a.evidence,
            "evidence_note": a.evidence_note,
            "sources": tuple(a.sources),
        }
        for a in kb.advice.values()
    }
    tests = {
        t.id: {"id": t.id, "name": t.name, "category": t.category, "what": t.what, "why": t.why}
        for t in kb.tests.values()
    }
    return {"advice": advice, "tests": tests}


def _confidence(top: float) -> str:
    if top >= 0.8:
        return "high"
    if top >= 0.5:
        return "moderate"
    return "low"


def assess(case: Any, knowledge: Knowledge | None = None) -> Assessment:
    """Assess one case (a dict in the spec's format, or a parsed :class:`Case`)."""
    kb = knowledge or load_knowledge()
    model: Model = compile_model(kb)
    parsed = parse_case(case, kb)
    return _conclude(parsed, condition_posterior(parsed, model.conditions), model)


def _tie_safe(values: np.ndarray) -> np.ndarray:
    """Probabilities rounded far below what is shown, so that conditions equally likely in
    exact arithmetic keep the knowledge base's order on every CPU (the last bits of sums
    differ between BLAS kernels and would otherwise decide their order)."""
    return np.round(values, 12)


def _rounded(value: float, digits: int) -> float:
    """``round`` without a negative zero (``-0.0`` would read differently in the JSON)."""
    return round(value, digits) + 0.0


def _conclude(parsed: Case, posterior: ConditionPosterior, model: Model) -> Assessment:
    """Everything the engine concludes from a case and its posterior over conditions."""
    values = posterior.values
    groups = (values @ model.conditions.group_matrix).tolist()
    category, type_id = name_type(
        groups, model, describes=not parsed.present.isdisjoint(model.describing)
    )
    order = np.argsort(-_tie_safe(values), kind="stable")
    triage = triage_level(parsed, model, posterior)
    return Assessment(
        parsed,
        model,
        category=category,
        type=type_id,
        triage=triage.level,
        confidence=_confidence(float(values[order[0]])),
        probabilities=dict(zip(GROUPS, groups, strict=True)),
        categories=family_probabilities(groups, model),
        order=order,
        values=values,
        log_prior=posterior.log_prior,
        fired=triage.fired,
        posterior=posterior,
    )


def assess_many(cases: list[Any], knowledge: Knowledge | None = None) -> list[Assessment]:
    """Assess a list of cases; a bad case raises with its index in the field name.

    The posteriors, the rules and the levels of the whole list are decided together, as
    array operations (:mod:`myotriage.engine.batch`); then each assessment is assembled.
    The results are those of :func:`assess` on each case, several times faster.
    """
    kb = knowledge or load_knowledge()
    model = compile_model(kb)
    with gc_paused():
        return _assess_parsed(
            [parse_case(case, kb, where=f"[{index}].") for index, case in enumerate(cases)], model
        )


def _assess_parsed(parsed: list[Case], model: Model) -> list[Assessment]:
    out: list[Assessment] = []
    rules = model.rules
    # A rule without alternatives always fires with the same evidence: the same FiredRule.
    fixed = [None if cr.alternatives else _from_rule(cr, cr.required) for cr in rules]
    for chunk in decide_batch(parsed, model):
        start = len(out)
        # One case at a time, as _conclude does: the same sums to the last bit.
        group_matrix = model.conditions.group_matrix
        group_values = np.array([row @ group_matrix for row in chunk.values])
        groups = group_values.tolist()
        families = family_rows(group_values, model)
        orders = np.argsort(-_tie_safe(chunk.values), axis=1, kind="stable")
        tops = chunk.values[np.arange(len(orders)), orders[:, 0]].tolist()
        describes = chunk.describes.tolist()
        rule_ranks = chunk.rule_rank.tolist()
        condition_ranks = chunk.condition_rank.tolist()
        for row, case in enumerate(parsed[start : start + len(orders)]):
            present = case.present
            fired = [
                fixed[p] or _from_rule(rules[p], rules[p].evidence_for(present))
                for p in chunk.fired[row]
            ]
            rank = rule_ranks[row]
            if condition_ranks[row] > rank:
                rank = condition_ranks[row]
                fired.append(
                    conditions_reason(model, case, rank, chunk.condition_values[start + row])
                )
            g = groups[row]
            category, type_id = name_type(
                g, model, describes=describes[row], families=families[row]
            )
            out.append(
                Assessment(
                    case,
                    model,
                    category=category,
                    type=type_id,
                    triage=TRIAGE_ORDER[rank],
                    confidence=_confidence(tops[row]),
                    probabilities=dict(zip(GROUPS, g, strict=True)),
                    categories=families[row],
                    order=orders[row],
                    values=chunk.values[row],
                    log_prior=chunk.log_prior[row],
                    fired=tuple(fired),
                )
            )
    return out
