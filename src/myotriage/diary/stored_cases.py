"""Reading every stored case back, in batches: what re-triage after a knowledge update needs.

Each episode that came with a case keeps the case, the assessment it got and the
version of the knowledge base that made it. :func:`iter_stored_cases` walks them in
id order, one batch per query (keyset pagination: ``WHERE id > last ORDER BY id
LIMIT n``), so memory stays bounded by the batch size however many millions of rows
there are, and no transaction is held open between batches.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, or_, select

from myotriage.diary.db import read_connection
from myotriage.diary.models import episodes

__all__ = ["StoredCase", "iter_stored_cases"]


@dataclass(frozen=True)
class StoredCase:
    """One episode's stored case and the triage it was given, with which knowledge."""

    episode_id: int
    owner: str
    start: datetime
    case: dict[str, Any]
    triage: str | None
    knowledge_version: str | None


def iter_stored_cases(
    engine: Engine,
    *,
    batch_size: int = 500,
    owner: str | None = None,
    not_version: str | None = None,
) -> Iterator[list[StoredCase]]:
    """Batches of stored cases in episode-id order.

    ``owner`` keeps to one diary; ``not_version`` skips cases already assessed with that
    knowledge version (their level cannot have changed). Rows whose stored case is not
    a JSON object are skipped: they cannot be assessed again.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    columns = (
        episodes.c.id,
        episodes.c.owner,
        episodes.c.start_at,
        episodes.c.case_json,
        episodes.c.assessment_json,
        episodes.c.knowledge_version,
    )
    last = 0
    while True:
        query = select(*columns).where(episodes.c.id > last, episodes.c.case_json.is_not(None))
        if owner is not None:
            query = query.where(episodes.c.owner == owner)
        if not_version is not None:
            query = query.where(
                or_(
                    episodes.c.knowledge_version.is_(None),
                    episodes.c.knowledge_version != not_version,
                )
            )
        with read_connection(engine) as connection:
            rows = connection.execute(query.order_by(episodes.c.id).limit(batch_size)).all()
        if not rows:
            return
        last = rows[-1][0]
        batch = [
            StoredCase(
                episode_id=row[0],
                owner=row[1],
                start=row[2],
                case=dict(row[3]),
                triage=_triage(row[4]),
                knowledge_version=row[5],
            )
            for row in rows
            if isinstance(row[3], dict)
        ]
        if batch:
            yield batch


def _triage(assessment: Any) -> str | None:
    if isinstance(assessment, dict) and isinstance(assessment.get("triage"), str):
        return str(assessment["triage"])
    return None
