"""The diary pages: overview with charts and triggers, add an episode, log the day, PDF, sharing.

Every route takes the signed-in person from :data:`PagePerson` and reads and
writes only through the diary service with that person's owner string, so there
is no way to name somebody else's diary from here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from myotriage.diary.validation import DAY_FIELDS, LOCATIONS
from myotriage.errors import InvalidInputError, NotFoundError
from myotriage.web import charts, interview_flow
from myotriage.web.deps import Ctx, PagePerson, RowId
from myotriage.web.downloads import report_pdf_download
from myotriage.web.limits import check_web_date, check_web_start
from myotriage.web.pages.forms import read_form
from myotriage.web.pages.render import render
from myotriage.web.service import diary_owner
from myotriage.web.sharing import share_report

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

DURATIONS = [
    ("", "I don't know"),
    ("5", "A few seconds"),
    ("30", "Up to a minute"),
    ("120", "1 to 3 minutes"),
    ("600", "3 to 15 minutes"),
    ("1800", "15 to 60 minutes"),
    ("7200", "More than an hour"),
]
COMMON_TRIGGERS = [
    "night",
    "exercise",
    "stress",
    "caffeine",
    "poor sleep",
    "dehydration",
    "alcohol",
    "sitting still",
]
DAY_INPUTS = [
    ("sleep_h", "Sleep last night (hours)", "0.5", "for example 7.5"),
    ("caffeine_mg", "Caffeine (mg)", "10", "a cup of coffee is about 80 to 100 mg"),
    ("stress", "Stress (0 to 10)", "1", "0 = calm, 10 = worst"),
    ("exercise_min", "Exercise (minutes)", "5", "walking counts"),
    ("alcohol_units", "Alcohol (units)", "0.5", "a small glass of wine is about 1.5 units"),
    ("water_l", "Water (litres)", "0.1", "all drinks except alcohol"),
]
NOTICES = {
    "episode": "Episode saved.",
    "day": "Day saved.",
    "deleted": "Episode deleted.",
    "saved-check": "Your check was saved as an episode.",
    "revoked": "Share withdrawn.",
}


@router.get("/diary", response_class=HTMLResponse)
def diary_home(request: Request, user: PagePerson, ctx: Ctx, saved: str = "") -> HTMLResponse:
    owner = diary_owner(user.id)
    stats = ctx.diary.stats(owner=owner)
    pains = {k: v for k, v in stats.pain.items() if v}
    return render(
        request,
        "diary.html",
        stats=stats,
        assessment=ctx.diary.assessment(owner=owner, stats=stats) if stats.episodes else None,
        episodes=ctx.diary.list_episodes(owner=owner, limit=20),
        week_chart=charts.week_chart(stats),
        hour_chart=charts.hour_chart(stats),
        locations=charts.count_bars(stats.by_location, LOCATIONS),
        pains=charts.count_bars(pains),
        location_names=LOCATIONS,
        shares=ctx.web.list_own_shares(owner_id=user.id),
        audit=ctx.web.audit_for_owner(owner_id=user.id),
        notice=NOTICES.get(saved, ""),
    )


def _episode_form(
    request: Request, form: dict[str, Any], errors: dict[str, str], status: int = 200
) -> HTMLResponse:
    return render(
        request,
        "episode_form.html",
        status_code=status,
        form=form,
        errors=errors,
        locations=LOCATIONS,
        durations=DURATIONS,
        common_triggers=COMMON_TRIGGERS,
    )


@router.get("/diary/episode", response_class=HTMLResponse)
def episode_new(request: Request, user: PagePerson) -> HTMLResponse:
    return _episode_form(request, {"triggers": []}, {})


@router.post("/diary/episode", response_class=HTMLResponse)
async def episode_create(request: Request, user: PagePerson, ctx: Ctx) -> Response:
    form = await read_form(request)
    values: dict[str, Any] = form.as_dict(
        "location", "pain", "duration_s", "start", "type", "notes"
    )
    values["triggers"] = form.getlist("triggers")
    if not values["location"]:
        return _episode_form(request, values, {"location": "choose where it was"}, 422)
    try:
        if values["start"]:
            check_web_start(values["start"])
        ctx.diary.create_episode(
            owner=diary_owner(user.id),
            location=values["location"],
            start=values["start"] or None,
            duration_s=values["duration_s"] or None,
            pain=values["pain"] or None,
            type=values["type"] or None,
            triggers=values["triggers"],
            notes=values["notes"] or None,
        )
    except InvalidInputError as exc:
        return _episode_form(request, values, {exc.field: exc.problem}, 422)
    return RedirectResponse("/diary?saved=episode", status_code=303)


@router.post("/diary/episodes/{episode_id}/delete")
async def episode_delete(
    request: Request, episode_id: RowId, user: PagePerson, ctx: Ctx
) -> Response:
    await read_form(request)
    ctx.diary.delete_episode(owner=diary_owner(user.id), episode_id=episode_id)
    return RedirectResponse("/diary?saved=deleted", status_code=303)


def _day_form(
    request: Request, form: dict[str, Any], errors: dict[str, str], status: int = 200
) -> HTMLResponse:
    return render(
        request, "day_form.html", status_code=status, form=form, errors=errors, fields=DAY_INPUTS
    )


@router.get("/diary/day", response_class=HTMLResponse)
def day_new(request: Request, user: PagePerson, ctx: Ctx) -> HTMLResponse:
    today = date.today().isoformat()
    form: dict[str, Any] = {"day": today}
    try:
        existing = ctx.diary.get_day(owner=diary_owner(user.id), day=today)
        form |= {name: getattr(existing, name) for name in DAY_FIELDS}
    except NotFoundError:
        pass
    return _day_form(request, form, {})


@router.post("/diary/day", response_class=HTMLResponse)
async def day_save(request: Request, user: PagePerson, ctx: Ctx) -> Response:
    form = await read_form(request)
    values: dict[str, Any] = form.as_dict("day", *DAY_FIELDS)
    given = {name: values[name] for name in DAY_FIELDS if values[name]}
    try:
        check_web_date(values["day"], "day")
        ctx.diary.set_day(owner=diary_owner(user.id), day=values["day"], **given)
    except InvalidInputError as exc:
        return _day_form(request, values, {exc.field: exc.problem}, 422)
    return RedirectResponse("/diary?saved=day", status_code=303)


@router.get("/diary/report.pdf")
def report_pdf(user: PagePerson, ctx: Ctx) -> Response:
    return report_pdf_download(ctx.diary.report_pdf(owner=diary_owner(user.id)))


@router.post("/diary/share", response_class=HTMLResponse)
async def share_create(request: Request, user: PagePerson, ctx: Ctx) -> HTMLResponse:
    await read_form(request)
    code, _share = ctx.web.create_share(owner_id=user.id, report=share_report(ctx, user))
    return render(request, "share_created.html", code=code)


@router.post("/diary/shares/{share_id}/revoke")
async def share_revoke(request: Request, share_id: RowId, user: PagePerson, ctx: Ctx) -> Response:
    await read_form(request)
    ctx.web.revoke_share(owner_id=user.id, share_id=share_id)
    return RedirectResponse("/diary?saved=revoked", status_code=303)


@router.post("/diary/save-check")
async def save_check(request: Request, user: PagePerson, ctx: Ctx) -> Response:
    """Keep a finished check as an episode (with its case, so the diary can reassess it)."""
    form = await read_form(request)
    outcome = interview_flow.result(ctx.state_signer, form.get("state"))
    case = outcome.get("case")
    if not isinstance(case, dict):
        raise InvalidInputError("state", "this check has no answers to save")
    present = [e["id"] for e in case.get("evidence", []) if e.get("choice") == "present"]
    location = next((f for f in present if f in LOCATIONS), "loc_widespread")
    assessment = outcome.get("assessment") or {}
    type_id = assessment.get("type") if assessment.get("type") in ctx.knowledge.types else None
    ctx.diary.create_episode(owner=diary_owner(user.id), location=location, type=type_id, case=case)
    return RedirectResponse("/diary?saved=saved-check", status_code=303)
