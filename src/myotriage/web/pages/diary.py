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

from myotriage.diary.trigger_words import trigger_sentence
from myotriage.diary.validation import DAY_FIELDS, LOCATIONS
from myotriage.errors import InvalidInputError, NotFoundError
from myotriage.flows import assessment as assessing
from myotriage.flows import report as reporting
from myotriage.web import charts, interview_flow, time_zones
from myotriage.web.deps import Ctx, PageDiaryOwner, PagePerson, RowId
from myotriage.web.diary_forms import check_day_form, check_episode_form
from myotriage.web.downloads import report_pdf_download
from myotriage.web.pages.forms import read_form
from myotriage.web.pages.render import render
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
    "edited": "Episode changed.",
    "day": "Day saved.",
    "deleted": "Episode deleted.",
    "restored": "Episode put back.",
    "saved-check": "Your check was saved as an episode.",
    "revoked": "Share withdrawn.",
}
#: The cookie that holds a just-deleted episode, so "Undo" can put it back.
#: Pain bar labels: a bare "3" next to a count of 4 reads as a pair of numbers.
PAIN_NAMES = {str(n): f"{n} out of 10" for n in range(11)} | {"unknown": "not given"}
UNDO_COOKIE = "myotriage_undo"
UNDO_MAX_CHARS = 3800


@router.get("/diary", response_class=HTMLResponse)
def diary_home(
    request: Request, user: PagePerson, owner: PageDiaryOwner, ctx: Ctx, saved: str = ""
) -> HTMLResponse:
    stats = ctx.diary.stats(owner=owner)
    pains = {k: v for k, v in stats.pain.items() if v}
    zone = time_zones.chosen(request)
    triggers = sorted(stats.triggers, key=lambda t: (not t.flagged, not t.enough_data))
    undo = saved == "deleted" and _load_undo(request, ctx) is not None
    return render(
        request,
        "diary.html",
        zone=zone,
        local=lambda moment: time_zones.local_text(moment, zone),
        trigger_lines=[(t, trigger_sentence(t)) for t in triggers],
        undo=undo,
        stats=stats,
        assessment=assessing.diary_assessment(
            ctx.diary, owner=owner, knowledge=ctx.knowledge, stats=stats
        )
        if stats.episodes
        else None,
        episodes=ctx.diary.list_episodes(owner=owner, limit=20),
        week_chart=charts.week_chart(stats.per_week),
        hour_chart=charts.hour_chart(stats.by_hour),
        locations=charts.count_bars(stats.by_location, LOCATIONS),
        pains=charts.count_bars(pains, PAIN_NAMES),
        location_names=LOCATIONS,
        shares=ctx.web.list_own_shares(owner_id=user.id),
        audit=ctx.web.audit_for_owner(owner_id=user.id),
        notice=NOTICES.get(saved, ""),
    )


def _episode_form(
    request: Request,
    form: dict[str, Any],
    errors: dict[str, str],
    status: int = 200,
    *,
    action: str = "/diary/episode",
    editing: bool = False,
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
        zones=time_zones.choices(form.get("zone")),
        action=action,
        editing=editing,
    )


def _read_episode(request: Request, form: Any) -> dict[str, Any]:
    values: dict[str, Any] = form.as_dict(
        "location", "pain", "duration_s", "start", "type", "notes", "zone"
    )
    values["triggers"] = form.getlist("triggers")
    values["zone"] = values["zone"] or time_zones.chosen(request)
    return values


def _with_zone(values: dict[str, Any], errors: dict[str, str]) -> dict[str, Any] | None:
    """The diary's arguments, with the start as an aware time in the chosen zone."""
    clean, problems = check_episode_form(values)
    errors |= problems
    zone = values.get("zone") or ""
    if not time_zones.is_zone(zone):
        errors["zone"] = "Choose your time zone from the list."
    if errors:
        return None
    if clean.get("start"):
        clean["start"] = time_zones.aware(clean["start"], zone)
    return clean


@router.get("/diary/episode", response_class=HTMLResponse)
def episode_new(request: Request, user: PagePerson) -> HTMLResponse:
    zone = time_zones.chosen(request)
    return _episode_form(request, {"triggers": [], "zone": zone}, {})


@router.post("/diary/episode", response_class=HTMLResponse)
async def episode_create(request: Request, owner: PageDiaryOwner, ctx: Ctx) -> Response:
    form = await read_form(request)
    values = _read_episode(request, form)
    errors: dict[str, str] = {}
    clean = _with_zone(values, errors)
    if clean is None:
        return _episode_form(request, values, errors, 422)
    ctx.diary.create_episode(owner=owner, **clean)
    response = RedirectResponse("/diary?saved=episode", status_code=303)
    time_zones.remember(request, response, values["zone"])
    return response


@router.get("/diary/episodes/{episode_id}/edit", response_class=HTMLResponse)
def episode_edit(
    request: Request, episode_id: RowId, owner: PageDiaryOwner, ctx: Ctx
) -> HTMLResponse:
    episode = ctx.diary.get_episode(owner=owner, episode_id=episode_id)
    zone = time_zones.chosen(request)
    start = time_zones.in_zone(episode.start, zone)
    form = {
        "location": episode.location,
        "pain": "" if episode.pain is None else str(episode.pain),
        "duration_s": "" if episode.duration_s is None else str(episode.duration_s),
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "type": episode.type or "",
        "notes": episode.notes,
        "triggers": episode.triggers,
        "zone": zone,
    }
    action = f"/diary/episodes/{episode_id}/edit"
    return _episode_form(request, form, {}, action=action, editing=True)


@router.post("/diary/episodes/{episode_id}/edit", response_class=HTMLResponse)
async def episode_update(
    request: Request, episode_id: RowId, owner: PageDiaryOwner, ctx: Ctx
) -> Response:
    form = await read_form(request)
    values = _read_episode(request, form)
    errors: dict[str, str] = {}
    clean = _with_zone(values, errors)
    if clean is None:
        action = f"/diary/episodes/{episode_id}/edit"
        return _episode_form(request, values, errors, 422, action=action, editing=True)
    ctx.diary.update_episode(owner=owner, episode_id=episode_id, **clean)
    response = RedirectResponse("/diary?saved=edited", status_code=303)
    time_zones.remember(request, response, values["zone"])
    return response


@router.get("/diary/episodes/{episode_id}/delete", response_class=HTMLResponse)
def episode_delete_ask(
    request: Request, episode_id: RowId, owner: PageDiaryOwner, ctx: Ctx
) -> HTMLResponse:
    """Ask before deleting (a page of its own, so it works without JavaScript)."""
    episode = ctx.diary.get_episode(owner=owner, episode_id=episode_id)
    zone = time_zones.chosen(request)
    return render(
        request,
        "episode_delete.html",
        episode=episode,
        when=time_zones.local_text(episode.start, zone),
        where=LOCATIONS.get(episode.location, episode.location),
    )


@router.post("/diary/episodes/{episode_id}/delete")
async def episode_delete(
    request: Request, episode_id: RowId, owner: PageDiaryOwner, ctx: Ctx
) -> Response:
    await read_form(request)
    episode = ctx.diary.get_episode(owner=owner, episode_id=episode_id)
    case = ctx.diary.episode_case(owner=owner, episode_id=episode_id)
    ctx.diary.delete_episode(owner=owner, episode_id=episode_id)
    response = RedirectResponse("/diary?saved=deleted", status_code=303)
    kept = {
        "location": episode.location,
        "start": episode.start.isoformat(),
        "duration_s": episode.duration_s,
        "pain": episode.pain,
        "type": episode.type,
        "triggers": episode.triggers,
        "notes": episode.notes,
        "case": case,
    }
    token = ctx.check_signer.dumps({"undo": kept, "owner": owner})
    if len(token) <= UNDO_MAX_CHARS:
        response.set_cookie(
            UNDO_COOKIE, token, httponly=True, samesite="lax", path="/diary", max_age=15 * 60
        )
    return response


def _load_undo(request: Request, ctx: Any) -> dict[str, Any] | None:
    from itsdangerous import BadSignature

    token = request.cookies.get(UNDO_COOKIE)
    if not token or len(token) > UNDO_MAX_CHARS:
        return None
    try:
        data = ctx.check_signer.loads(token)
    except (BadSignature, ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("undo"), dict) else None


@router.post("/diary/undo")
async def episode_undo(request: Request, owner: PageDiaryOwner, ctx: Ctx) -> Response:
    """Put back the episode just deleted (kept for 15 minutes in a signed cookie)."""
    await read_form(request)
    data = _load_undo(request, ctx)
    if data is None or data.get("owner") != owner:
        raise InvalidInputError("undo", "there is nothing to undo (it is more than 15 minutes ago)")
    assessing.record_episode(ctx.diary, owner=owner, knowledge=ctx.knowledge, **data["undo"])
    response = RedirectResponse("/diary?saved=restored", status_code=303)
    response.delete_cookie(UNDO_COOKIE, httponly=True, samesite="lax", path="/diary")
    return response


def _day_form(
    request: Request, form: dict[str, Any], errors: dict[str, str], status: int = 200
) -> HTMLResponse:
    return render(
        request, "day_form.html", status_code=status, form=form, errors=errors, fields=DAY_INPUTS
    )


@router.get("/diary/day", response_class=HTMLResponse)
def day_new(request: Request, owner: PageDiaryOwner, ctx: Ctx) -> HTMLResponse:
    today = date.today().isoformat()
    form: dict[str, Any] = {"day": today}
    try:
        existing = ctx.diary.get_day(owner=owner, day=today)
        form |= {name: getattr(existing, name) for name in DAY_FIELDS}
    except NotFoundError:
        pass
    return _day_form(request, form, {})


@router.post("/diary/day", response_class=HTMLResponse)
async def day_save(request: Request, owner: PageDiaryOwner, ctx: Ctx) -> Response:
    form = await read_form(request)
    values: dict[str, Any] = form.as_dict("day", *DAY_FIELDS)
    given, errors = check_day_form(values)
    if errors:
        return _day_form(request, values, errors, 422)
    ctx.diary.set_day(owner=owner, day=values["day"], **given)
    return RedirectResponse("/diary?saved=day", status_code=303)


@router.get("/diary/report.pdf")
def report_pdf(user: PagePerson, owner: PageDiaryOwner, ctx: Ctx) -> Response:
    pdf = reporting.report_pdf(
        ctx.diary,
        owner=owner,
        knowledge=ctx.knowledge,
        name=user.display_name or None,
    )
    return report_pdf_download(pdf)


@router.post("/diary/report.pdf")
async def report_pdf_for(
    request: Request, user: PagePerson, owner: PageDiaryOwner, ctx: Ctx
) -> Response:
    """The report with who it is about, as the person wants it shown (name or initials, year)."""
    form = await read_form(request)
    name = form.get("name")[:80] or user.display_name or None
    born_text = form.get("born")
    born: int | None = None
    if born_text:
        if not born_text.isdigit() or not 1900 <= int(born_text) <= date.today().year:
            raise InvalidInputError("born", "year of birth must be a year such as 1968")
        born = int(born_text)
    pdf = reporting.report_pdf(
        ctx.diary, owner=owner, knowledge=ctx.knowledge, name=name, born=born
    )
    return report_pdf_download(pdf)


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
async def save_check(request: Request, owner: PageDiaryOwner, ctx: Ctx) -> Response:
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
    assessing.record_episode(
        ctx.diary, owner=owner, knowledge=ctx.knowledge, case=case, location=location, type=type_id
    )
    return RedirectResponse("/diary?saved=saved-check", status_code=303)
