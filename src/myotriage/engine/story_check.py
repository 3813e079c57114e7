"""After a story: one tick list of what the story left open that could still raise the level.

A person who tells their story has already said most of what matters, and rarely denies
the red flags they do not have ("no chest pain, no breathlessness" is uncommon). Asked
question by question, those red flags still cost 6 to 8 questions, one tick list per theme.
Instead, after the safety screen, the interview asks once::

    "Does any of this also apply to you?"  (tick every one that fits; none is fine)

Its options are chosen so that "none of these" settles everything the interview must settle
before it may stop, by the same set-based rules as question by question:

* for every **open rule** (a triage rule above the current level that could still fire),
  findings whose absence closes it: one finding of its ``all_of``, or every askable member of
  one of its ``any_of`` groups. Among the ways to close the open rules, a small set is chosen
  greedily, preferring yes/no findings (a member of a one-answer group such as "how long" is
  only used when nothing else closes the rule), so the list stays short;
* every askable finding whose "yes" alone would raise the level through the conditions.

* what the story said that would give a **lower** level than its opposite ("both legs" can
  make a calf cramp self-care): a parser can read words wrongly, so such findings are not
  taken as settled but put on the list to confirm (:func:`words_to_confirm`). A finding
  whose opposite is not more urgent stays settled. A red flag the story denies is confirmed
  too: a denial can be misread ("no idea why, but there was blood" read as no blood), and
  taken as settled it would never be asked. It costs options on a list that is asked anyway,
  not questions (on 1,036 gold stories the questions asked did not change).
* what the story said that gives a **higher** level than its opposite without being a red
  flag ("twitching all over", "pain about 5/10"): a misread word must not send a person up a
  level, so it is confirmed too. A red flag read from the words is never held back (it counts
  as answered), and nothing is held back when the story is an emergency: it ends at once, and
  its result counts every word.

Nothing is skipped because it seems unlikely: a red flag that could raise the level is on
the list however improbable, so a red flag the parser missed ("my foot went white") is still
asked, and the simulated person of ``spec/CASES.md`` answers each option from the case.
Whatever is ticked re-opens the usual question-by-question selection; the rest count as
absent, exactly as if each had been answered "no" in its own question.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import replace

from myotriage.engine.case import Case, make_case
from myotriage.engine.conditions import evidence_terms, log_score, normalise
from myotriage.engine.question_selection import Selector
from myotriage.engine.triage import condition_rank

__all__ = [
    "MAX_OPTIONS",
    "STORY_CHECK_ID",
    "STORY_CHECK_MORE_IDS",
    "STORY_CONFIRM_ID",
    "settled_by_words",
    "story_check_options",
    "story_confirm_options",
    "words_to_confirm",
]

#: The id of the story's tick list in the interview state (not a question of questions.yaml).
STORY_CHECK_ID = "story_check"
#: The ids of the next tick lists, when the first could not hold everything.
STORY_CHECK_MORE_IDS = ("story_check_2", "story_check_3", "story_check_4")
#: At most this many options in one tick list: what the story makes most likely comes first,
#: the rest in the next "any of these?" list. A story that settles little leaves about 60
#: findings to rule out below `consult` (26 red flags and the facts the rules use: medicines,
#: diagnoses, places); 25 a list asks them in three lists rather than four (20, the longest
#: list of questions.yaml, needed four), the same options in fewer screens.
MAX_OPTIONS = 25
#: The id of the last check before stopping: what the words said that the answers since make
#: matter (its opposite would now be more urgent), asked once to confirm.
STORY_CONFIRM_ID = "story_confirm"

# A member of a one-answer group ("more than three weeks ago") reads badly out of its
# question, so the greedy choice counts it as this many yes/no findings.
_SINGLE_COST = 4.0


def _closers(
    cr_all_of: frozenset[str],
    cr_any_of: tuple[frozenset[str], ...],
    present: frozenset[str],
    askable: frozenset[str],
) -> list[frozenset[str]]:
    """The sets of findings whose absence closes one open rule."""
    out = [frozenset((f,)) for f in sorted(cr_all_of) if f not in present and f in askable]
    for group in cr_any_of:
        if group.isdisjoint(present):
            still = group & askable
            if still:
                out.append(still)
    return out


Words = tuple[tuple[str, str], ...]


def settled_by_words(words: Words, selector: Selector) -> dict[str, str]:
    """The evidence ``words`` settle: what they say, and for a one-answer group with a
    present member, the other members absent (as answering that question would)."""
    findings = selector.model.knowledge.findings
    evidence = dict(words)
    for fid, choice in words:
        finding = findings[fid]
        if choice == "present" and finding.kind == "single":
            for other in findings.values():
                if other.group == finding.group and other.id not in evidence:
                    evidence[other.id] = "absent"
    return evidence


def _flipped(evidence: dict[str, str], fid: str, selector: Selector) -> dict[str, str]:
    """``evidence`` with the opposite answer for ``fid``."""
    out = dict(evidence)
    if out[fid] == "present":
        out[fid] = "absent"
        return out
    out[fid] = "present"
    finding = selector.model.knowledge.findings[fid]
    if finding.kind == "single":
        for other in selector.model.knowledge.findings.values():
            if other.group == finding.group and other.id != fid:
                out[other.id] = "absent"
    return out


@functools.lru_cache(maxsize=512)
def words_to_confirm(
    selector: Selector, words: Words, age: int | None, sex: str | None
) -> frozenset[str]:
    """What the story said whose opposite answer would be more urgent: with the rest left
    open, or with the rest answered "no" (the story taken as complete). These are asked
    again in the tick list rather than taken from the words."""
    everything = selector.model.knowledge.findings
    evidence = settled_by_words(words, selector)

    def rank(ev: dict[str, str], rest_absent: bool) -> int:
        items = list(ev.items())
        if rest_absent:
            items += [(f, "absent") for f in everything if f not in ev]
        return selector.level(make_case(None, age, sex, items))

    return _to_confirm(selector, evidence, _checkable(words), dict(words), rank)


def _to_confirm(
    selector: Selector,
    evidence: dict[str, str],
    candidates: list[str],
    told: dict[str, str],
    rank: Callable[[dict[str, str], bool], int],
) -> frozenset[str]:
    """The candidates whose opposite answer is more urgent, and the present ones that are no
    red flag whose opposite is less urgent, unless the level is already an emergency (which
    ends the interview at once: nothing is held back)."""
    found = _more_urgent_if_flipped(selector, evidence, candidates, rank)
    red = selector.model.red_flags
    raising = [f for f in candidates if told[f] == "present" and f not in red]
    if raising and rank(evidence, False) < len(selector.model.level_thresholds) - 1:
        found |= _more_urgent_if_flipped(selector, evidence, raising, rank, lower=True)
        found |= _more_urgent_if_both_flipped(selector, evidence, raising, found, rank)
    return found


def _more_urgent_if_both_flipped(
    selector: Selector,
    evidence: dict[str, str],
    candidates: list[str],
    found: frozenset[str],
    rank: Callable[[dict[str, str], bool], int],
) -> frozenset[str]:
    """Pairs of the story's words (no red flags) whose opposite answers together give a more
    urgent level where neither does alone: misread words can lower the level together ("my
    period is late" read as period cramps, "on and off" as less than weekly). Both are
    confirmed."""
    base = {rest: rank(evidence, rest) for rest in (False, True)}
    out: set[str] = set()
    for i, first in enumerate(candidates):
        for second in candidates[i + 1 :]:
            if {first, second} <= found | out:
                continue
            flipped = _flipped(_flipped(evidence, first, selector), second, selector)
            if any(rank(flipped, rest) > base[rest] for rest in (False, True)):
                out |= {first, second}
    return frozenset(out)


def _checkable(words: Words) -> list[str]:
    """The story's findings that may be confirmed: all of them, a red flag it denies too (a
    misread denial must not settle a red flag; a present red flag only ever raises, and
    :func:`_to_confirm` never holds it back)."""
    return [f for f, _c in words]


def _more_urgent_if_flipped(
    selector: Selector,
    evidence: dict[str, str],
    candidates: list[str],
    rank: Callable[[dict[str, str], bool], int],
    *,
    lower: bool = False,
) -> frozenset[str]:
    """The candidates whose opposite answer gives a more urgent level (``lower``: a less
    urgent one), with the rest left open or answered "no".

    ``lower`` is for what the words read that raises the level without being a red flag
    ("pain about 5/10", "twitching all over"): a misread word must not send a person up a
    level, so it is confirmed in the tick list like a word that lowers it. A red flag read
    from the words is never held back: it counts as answered (issue 12)."""
    base = {rest: rank(evidence, rest) for rest in (False, True)}
    out = set()
    for fid in candidates:
        flipped = _flipped(evidence, fid, selector)
        for rest in (False, True):
            moved = rank(flipped, rest)
            if (moved < base[rest]) if lower else (moved > base[rest]):
                out.add(fid)
                break
    return frozenset(out)


def story_confirm_options(
    selector: Selector, case: Case, words: Words, confirm: frozenset[str]
) -> tuple[str, ...]:
    """Before stopping: what the words said (and no answer has changed since) whose opposite
    would now be more urgent, or, for a word that is no red flag, less urgent, given
    everything answered so far. The answers can make a finding matter that did not at the
    start ("both legs" after a long flight; "in the evenings" once the rest is known)."""
    evidence = dict(case.evidence)
    everything = selector.model.knowledge.findings
    told = dict(words)
    candidates = [f for f in _checkable(words) if f not in confirm and evidence.get(f) == told[f]]
    if not candidates:
        return ()

    def rank(ev: dict[str, str], rest_absent: bool) -> int:
        items = list(ev.items())
        if rest_absent:
            items += [(f, "absent") for f in everything if f not in ev]
        return selector.level(make_case(None, case.age, case.sex, items))

    found = _to_confirm(selector, evidence, candidates, told, rank)
    return tuple(f for f in candidates if f in found)


def story_check_options(
    selector: Selector, case: Case, asked: frozenset[str], confirm: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The findings of the story's tick list for ``case`` (empty: nothing to ask), in the
    order of the questions they belong to; ``confirm``: story findings to ask again.
    Cached: every step of the interview replays the state, which asks this again."""
    return _options(selector, case, asked, confirm)


@functools.lru_cache(maxsize=1024)
def _options(
    selector: Selector, case: Case, asked: frozenset[str], confirm: frozenset[str]
) -> tuple[str, ...]:
    model = selector.model
    bank = selector.bank
    top = len(model.level_thresholds) - 1
    level = selector.level(case)
    if level >= top:
        return ()
    home: dict[str, tuple[int, int]] = {}
    for q in bank.questions.values():
        # A follow-up ("more than two weeks?" after "how long?") can be ticked on its own: a
        # rule that needs it must be closed by the list, not left open because its question
        # has not come (a flickering eyelid and no word of how long).
        for position, f in enumerate(selector.askable(replace(q, after=()), case, asked)):
            home[f] = (q.order, position)
    if not home:
        return ()
    askable = frozenset(home)
    single = model.conditions.single_group_of

    present = case.present
    rules = selector._open_rules(case, level, askable)
    ways = [_closers(cr.all_of, tuple(cr.any_of), present, askable) for cr in rules]
    chosen = set(confirm & askable) | _greedy_closers(ways, askable, confirm & askable, single)
    # Findings whose "yes" alone would raise the level through the conditions.
    t = model.conditions
    present_idx, absent_idx, groups = evidence_terms(case, t)
    base = log_score(t, t.log_prior(case.age, case.sex), present_idx, absent_idx, groups)
    for f in sorted(askable - chosen):
        if f in single:
            continue
        i = t.finding_index[f]
        if condition_rank(model, normalise(base + t.log_present[i])) > level:
            chosen.add(f)
    # The words to confirm first, then the red flags, each the most likely given the story
    # first; a list longer than MAX_OPTIONS is cut, and what is left comes in the next list.
    values = normalise(base)
    likely = {f: float(t.likelihood[t.finding_index[f]] @ values) for f in chosen}
    red = model.red_flags
    ranked = sorted(chosen, key=lambda f: (f not in confirm, f not in red, -likely[f], home[f]))
    return tuple(sorted(ranked[:MAX_OPTIONS], key=lambda f: home[f]))


def _greedy_closers(
    ways: list[list[frozenset[str]]],
    askable: frozenset[str],
    start: frozenset[str],
    single: Mapping[str, str],
) -> set[str]:
    """Findings chosen greedily so that every open rule has one way closed: each round the
    set that closes most rules per cost (ties: the cheaper, then the first in name order).

    Sets of findings are bit masks here (bit i: the i-th askable finding in name order, so
    a mask's bits in increasing order are its names sorted): this runs at every step of an
    interview after a story, and set operations on frozensets were most of its time."""
    names = sorted(askable)
    bit = {f: 1 << i for i, f in enumerate(names)}

    def mask(findings: frozenset[str]) -> int:
        out = 0
        for f in findings:
            out |= bit[f]
        return out

    def bits(m: int) -> tuple[int, ...]:
        out = []
        while m:
            low = m & -m
            out.append(low.bit_length() - 1)
            m ^= low
        return tuple(out)

    single_mask = mask(frozenset(f for f in askable if f in single))
    chosen = mask(start)
    masks = [[mask(c) for c in w] for w in ways if w]
    uncovered = [w for w in masks if not any(c & ~chosen == 0 for c in w)]
    while uncovered:
        # For each set still needed, the rules (by position) it would close.
        closing: dict[int, set[int]] = {}
        for j, w in enumerate(uncovered):
            for c in w:
                closing.setdefault(c & ~chosen, set()).add(j)
        candidates = sorted(closing, key=bits)
        best: tuple[tuple[float, float], int] | None = None
        for new in candidates:
            if new & (new - 1) == 0:  # one finding: only itself is inside it
                closes = len(closing[new])
            else:
                outside = ~new
                closed: set[int] = set()
                for r, rules in closing.items():
                    if r & outside == 0:
                        closed |= rules
                closes = len(closed)
            n_single = (new & single_mask).bit_count()
            price = _SINGLE_COST * n_single + float(new.bit_count() - n_single)
            key = (closes / price, -price)
            if best is None or key > best[0]:
                best = (key, new)
        assert best is not None
        chosen |= best[1]
        uncovered = [w for w in uncovered if not any(c & ~chosen == 0 for c in w)]
    return {f for f in names if chosen & bit[f]}
