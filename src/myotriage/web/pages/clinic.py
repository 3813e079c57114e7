"""The clinic pages: enter a patient's one-time code, see shared reports most urgent first.

A clinician sees exactly the shares whose codes they redeemed; every redemption
and every view is written to the audit trail, which the patient can read too.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from myotriage.errors import InvalidInputError
from myotriage.web import charts
from myotriage.web.clientip import client_address
from myotriage.web.deps import Ctx, PageClinician, RowId
from myotriage.web.pages.forms import read_form
from myotriage.web.pages.render import render

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _clinic_page(
    request: Request,
    user: PageClinician,
    ctx: Ctx,
    *,
    error: str = "",
    notice: str = "",
    status: int = 200,
) -> HTMLResponse:
    return render(
        request,
        "clinic.html",
        status_code=status,
        shares=ctx.web.list_clinic_shares(clinician_id=user.id),
        audit=ctx.web.audit_for_clinician(clinician_id=user.id),
        error=error,
        notice=notice,
    )


@router.get("/clinic", response_class=HTMLResponse)
def clinic_home(request: Request, user: PageClinician, ctx: Ctx) -> HTMLResponse:
    return _clinic_page(request, user, ctx)


@router.post("/clinic/redeem", response_class=HTMLResponse)
async def clinic_redeem(request: Request, user: PageClinician, ctx: Ctx) -> Response:
    form = await read_form(request)
    keys = (f"ip:{client_address(request)}", f"clinician:{user.id}")
    if ctx.code_limiter.blocked(*keys) > 0:
        return _clinic_page(
            request, user, ctx, error="Too many wrong codes. Try again later.", status=429
        )
    try:
        share = ctx.web.redeem_share(clinician_id=user.id, code=form.get("code"))
    except InvalidInputError as exc:
        ctx.code_limiter.fail(*keys)
        return _clinic_page(request, user, ctx, error=f"Code: {exc.problem}.", status=422)
    who = share.report.get("patient") or "a patient"
    return _clinic_page(request, user, ctx, notice=f"Received the report of {who}.")


@router.get("/clinic/shares/{share_id}", response_class=HTMLResponse)
def clinic_share(request: Request, share_id: RowId, user: PageClinician, ctx: Ctx) -> HTMLResponse:
    share = ctx.web.get_clinic_share(clinician_id=user.id, share_id=share_id)
    report = share.report
    per_week, by_hour = report.get("per_week"), report.get("by_hour")
    return render(
        request,
        "clinic_share.html",
        share=share,
        r=report,
        a=report.get("assessment"),
        case=report.get("case"),
        week_chart=charts.week_chart(per_week) if per_week else None,
        hour_chart=charts.hour_chart(by_hour) if by_hour and any(by_hour) else None,
    )
