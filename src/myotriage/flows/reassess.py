"""Re-triage after a knowledge update: run stored cases again and find the levels that went up.

Every stored assessment keeps the version of the knowledge base that made it. When
the knowledge changes (a new red flag, a stricter rule), a case someone stored last
month may now deserve a more urgent level, and that person (or their clinic) should
hear about it. :func:`reassess_diaries` walks every stored case that an older
knowledge version assessed, assesses it again with ``knowledge``, and reports those
whose level went up (never silently: a level that went down is only counted).

Memory stays bounded: cases are read in batches (:mod:`myotriage.diary.stored_cases`)
and at most two batches per process are in flight. With ``processes > 1`` the
batches are assessed in parallel by a :class:`~concurrent.futures.ProcessPoolExecutor`
(started with ``spawn``, so it is safe from a threaded server too); each process
loads the knowledge base once, from the same directory as ``knowledge``.

Nothing is written: the stored assessment stays what the person was told at the
time, so this can run against a read replica, and twice without harm.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from myotriage.diary.stored_cases import StoredCase, iter_stored_cases
from myotriage.errors import MyotriageError
from myotriage.knowledge.schema import TRIAGE_ORDER

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from myotriage.knowledge.loader import Knowledge

__all__ = ["Raised", "ReassessSummary", "reassess_cases", "reassess_diaries"]

_RANK: dict[str, int] = {level: rank for rank, level in enumerate(TRIAGE_ORDER)}


@dataclass(frozen=True)
class Raised:
    """A stored case whose level is more urgent with the current knowledge.

    ``ref`` is the id of the row the case came from (an episode, or a clinic's share).
    """

    ref: int
    owner: str
    start: datetime
    before: str
    after: str
    knowledge_before: str | None
    knowledge_after: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "owner": self.owner,
            "start": self.start.isoformat(),
            "before": self.before,
            "after": self.after,
            "knowledge_before": self.knowledge_before,
            "knowledge_after": self.knowledge_after,
        }


@dataclass
class ReassessSummary:
    """What a re-triage run found; ``raised`` is sorted most urgent first, then oldest."""

    knowledge_version: str
    checked: int = 0
    same: int = 0
    lowered: int = 0
    unreadable: int = 0
    raised: list[Raised] = field(default_factory=list)

    def add(self, other: ReassessSummary) -> None:
        self.checked += other.checked
        self.same += other.same
        self.lowered += other.lowered
        self.unreadable += other.unreadable
        self.raised.extend(other.raised)

    def finish(self) -> ReassessSummary:
        self.raised.sort(key=lambda r: (-_RANK[r.after], r.start, r.ref))
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "knowledge_version": self.knowledge_version,
            "checked": self.checked,
            "same": self.same,
            "lowered": self.lowered,
            "unreadable": self.unreadable,
            "raised": [r.to_dict() for r in self.raised],
        }


def reassess_cases(cases: Iterable[StoredCase], knowledge: Knowledge) -> ReassessSummary:
    """Assess ``cases`` again with ``knowledge``, in this process."""
    from myotriage.engine.assessment import assess
    from myotriage.engine.case import parse_case

    summary = ReassessSummary(knowledge_version=knowledge.version)
    for stored in cases:
        summary.checked += 1
        try:
            case = {k: v for k, v in stored.case.items() if k != "expected"}
            level = assess(parse_case(case, knowledge), knowledge).triage
        except MyotriageError:  # the case no longer fits the knowledge: say how many
            summary.unreadable += 1
            continue
        before = _RANK.get(stored.triage or "", -1)
        if _RANK[level] > before:
            summary.raised.append(
                Raised(
                    ref=stored.episode_id,
                    owner=stored.owner,
                    start=stored.start,
                    before=stored.triage or "none",
                    after=level,
                    knowledge_before=stored.knowledge_version,
                    knowledge_after=knowledge.version,
                )
            )
        elif _RANK[level] < before:
            summary.lowered += 1
        else:
            summary.same += 1
    return summary


def reassess_diaries(
    engine: Engine,
    knowledge: Knowledge,
    *,
    processes: int = 1,
    batch_size: int = 500,
    owner: str | None = None,
    include_current: bool = False,
) -> ReassessSummary:
    """Re-assess the stored cases in ``engine``'s diary with ``knowledge``.

    Cases already assessed with ``knowledge``'s version are skipped unless
    ``include_current``; ``owner`` keeps to one diary.
    """
    if processes < 1:
        raise ValueError("processes must be at least 1")
    batches = iter_stored_cases(
        engine,
        batch_size=batch_size,
        owner=owner,
        not_version=None if include_current else knowledge.version,
    )
    total = ReassessSummary(knowledge_version=knowledge.version)
    for part in _assess_batches(batches, knowledge, processes):
        total.add(part)
    return total.finish()


def _assess_batches(
    batches: Iterator[list[StoredCase]], knowledge: Knowledge, processes: int
) -> Iterator[ReassessSummary]:
    if processes == 1:
        for batch in batches:
            yield reassess_cases(batch, knowledge)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=processes,
        mp_context=context,
        initializer=_load_knowledge,
        initargs=(str(knowledge.directory),),
    ) as pool:
        pending: deque[Future[ReassessSummary]] = deque()
        for batch in batches:
            pending.append(pool.submit(_reassess_in_worker, batch))
            if len(pending) >= 2 * processes:  # bounded: never more than this in memory
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


_worker_knowledge: Knowledge | None = None


def _load_knowledge(directory: str) -> None:
    global _worker_knowledge
    from myotriage.knowledge.loader import load_knowledge

    _worker_knowledge = load_knowledge(directory)


def _reassess_in_worker(batch: list[StoredCase]) -> ReassessSummary:
    assert _worker_knowledge is not None, "the pool's initializer loads the knowledge"
    return reassess_cases(batch, _worker_knowledge)
