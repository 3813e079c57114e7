"""The symptom diary: episodes, daily context, statistics, trigger analysis.

Parts, one concept each:

* :mod:`~myotriage.diary.models` — the tables; :mod:`~myotriage.diary.db` — opening and
  migrating the database;
* :mod:`~myotriage.diary.validation` — checks for each field;
  :mod:`~myotriage.diary.imports` / :mod:`~myotriage.diary.exports` — CSV and JSON;
* :mod:`~myotriage.diary.analytics` and :mod:`~myotriage.diary.triggers` — the statistics;
* :mod:`~myotriage.diary.service` — :class:`DiaryService`, the only way in for the
  command line (:mod:`myotriage.diary_cli`), the web routes and the flows.

Storage and statistics only: assessing a stored case and building reports combine the
diary with the engine and the report, and live in :mod:`myotriage.flows`. The diary never
imports the engine, the report, the flows, the web app or the command line.

Nothing heavy is imported here, so the command line starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["DiaryService"]

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.diary.service import DiaryService


def __getattr__(name: str) -> Any:
    if name == "DiaryService":
        from myotriage.diary.service import DiaryService

        return DiaryService
    raise AttributeError(f"module 'myotriage.diary' has no attribute {name!r}")
