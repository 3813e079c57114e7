"""The signed-in person's diary over the API. Every call is scoped to that person's owner id.

The busiest routes (recording an episode, listing episodes, the statistics) are ``async``
and hand their database work to the thread pool themselves: FastAPI runs a plain ``def``
route in one thread hop and then checks its return value in a second one, and each hop
costs about 40 microseconds of CPU and a wait for the GIL.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Path, Query, Response
from starlette.concurrency import run_in_threadpool

from myotriage.diary.schemas import Day, DiaryStats, Episode
from myotriage.errors import InvalidInputError
from myotriage.flows import assessment as assessing
from myotriage.flows import report as reporting
from myotriage.web.api.schemas import DayIn, EpisodeIn, EpisodePatch
from myotriage.web.deps import DiaryDep, DiaryOwner, KnowledgeDep, RowId
from myotriage.web.downloads import download, report_pdf_download
from myotriage.web.jsonbody import api_router

__all__ = ["router"]

router = api_router(prefix="/diary", tags=["diary"])

#: A date filter: from 2000 to 2100 (like episode starts; far-off dates only make huge charts).
DiaryDate = Annotated[dt.date, Query(ge=dt.date(2000, 1, 1), le=dt.date(2100, 12, 31))]
DayPath = Annotated[dt.date, Path(ge=dt.date(2000, 1, 1), le=dt.date(2100, 12, 31))]

_PDF: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/pdf": {}}, "description": "the report as PDF"}
}


@router.get("/episodes")
async def list_episodes(
    owner: DiaryOwner,
    diary: DiaryDep,
    since: DiaryDate | None = None,
    until: DiaryDate | None = None,
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0, le=10_000_000),
) -> list[Episode]:
    """Episodes, newest first."""
    return await run_in_threadpool(
        diary.list_episodes, owner=owner, since=since, until=until, limit=limit, offset=offset
    )


@router.post("/episodes", status_code=201)
async def create_episode(
    body: EpisodeIn, owner: DiaryOwner, diary: DiaryDep, knowledge: KnowledgeDep
) -> Episode:
    """Record an episode (``case``, when given, is assessed and kept with it)."""
    fields = body.model_dump()
    return await run_in_threadpool(
        assessing.record_episode, diary, owner=owner, knowledge=knowledge, **fields
    )


@router.get("/episodes/{episode_id}", responses={404: {}})
def get_episode(episode_id: RowId, owner: DiaryOwner, diary: DiaryDep) -> Episode:
    return diary.get_episode(owner=owner, episode_id=episode_id)


@router.patch("/episodes/{episode_id}", responses={404: {}})
def update_episode(
    episode_id: RowId, body: EpisodePatch, owner: DiaryOwner, diary: DiaryDep
) -> Episode:
    changes = body.model_dump(exclude_unset=True)
    for required in ("location", "start"):
        if required in changes and changes[required] is None:
            raise InvalidInputError(required, "cannot be cleared; give a value or leave it out")
    return diary.update_episode(owner=owner, episode_id=episode_id, **changes)


@router.delete("/episodes/{episode_id}", status_code=204, responses={404: {}})
def delete_episode(episode_id: RowId, owner: DiaryOwner, diary: DiaryDep) -> Response:
    diary.delete_episode(owner=owner, episode_id=episode_id)
    return Response(status_code=204)


@router.get("/days")
def list_days(
    owner: DiaryOwner,
    diary: DiaryDep,
    since: DiaryDate | None = None,
    until: DiaryDate | None = None,
) -> list[Day]:
    """Recorded days, oldest first."""
    return diary.list_days(owner=owner, since=since, until=until)


@router.put("/days/{day}")
def set_day(day: DayPath, body: DayIn, owner: DiaryOwner, diary: DiaryDep) -> Day:
    """Record (or change) a day's context."""
    return diary.set_day(owner=owner, day=day, **body.model_dump(exclude_unset=True))


@router.get("/days/{day}", responses={404: {}})
def get_day(day: DayPath, owner: DiaryOwner, diary: DiaryDep) -> Day:
    return diary.get_day(owner=owner, day=day)


@router.delete("/days/{day}", status_code=204, responses={404: {}})
def delete_day(day: DayPath, owner: DiaryOwner, diary: DiaryDep) -> Response:
    diary.delete_day(owner=owner, day=day)
    return Response(status_code=204)


@router.get("/stats")
async def stats(
    owner: DiaryOwner,
    diary: DiaryDep,
    since: DiaryDate | None = None,
    until: DiaryDate | None = None,
) -> DiaryStats:
    """Counts, patterns, and the trigger analysis."""
    return await run_in_threadpool(diary.stats, owner=owner, since=since, until=until)


@router.get("/assessment")
def assessment(
    owner: DiaryOwner, diary: DiaryDep, knowledge: KnowledgeDep
) -> dict[str, Any] | None:
    """The latest stored case re-assessed with what the diary adds (null if nothing to assess)."""
    return assessing.diary_assessment(diary, owner=owner, knowledge=knowledge)


@router.get("/report.pdf", response_class=Response, responses=_PDF)
def report_pdf(
    owner: DiaryOwner, diary: DiaryDep, knowledge: KnowledgeDep, since: DiaryDate | None = None
) -> Response:
    """The doctor's report as PDF."""
    pdf = reporting.report_pdf(diary, owner=owner, knowledge=knowledge, since=since)
    return report_pdf_download(pdf)


@router.get("/fhir")
def fhir(owner: DiaryOwner, diary: DiaryDep, knowledge: KnowledgeDep) -> dict[str, Any]:
    """A FHIR R5 Bundle: the latest assessment and one Observation per episode."""
    return reporting.fhir_bundle(diary, owner=owner, knowledge=knowledge)


@router.get("/export", response_class=Response)
def export(
    owner: DiaryOwner,
    diary: DiaryDep,
    knowledge: KnowledgeDep,
    format: reporting.ExportFormat = "json",
) -> Response:
    """The whole diary as a download."""
    text = reporting.export(diary, owner=owner, format=format, knowledge=knowledge)
    media = "text/csv" if format.endswith("csv") else "application/json"
    name = f"myotriage-diary.{'csv' if format.endswith('csv') else 'json'}"
    return download(text, filename=name, media_type=f"{media}; charset=utf-8")
