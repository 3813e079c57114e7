"""Sharing with a clinic: a person makes one-time codes; a clinician redeems them.

A clinician can only list and read shares whose code they redeemed; every
redemption and every read is recorded in the audit trail.
"""

from __future__ import annotations

from fastapi import HTTPException, Request, Response

from myotriage.errors import InvalidInputError
from myotriage.web.api.schemas import NoInput, RedeemIn, ShareCreated
from myotriage.web.clientip import client_address
from myotriage.web.deps import ClinicianUser, Ctx, PersonUser, RowId
from myotriage.web.jsonbody import api_router
from myotriage.web.service import AuditEntry, Share
from myotriage.web.sharing import share_report

__all__ = ["router"]

router = api_router(tags=["sharing"])


@router.post("/shares", status_code=201)
def create_share(user: PersonUser, ctx: Ctx, body: NoInput | None = None) -> ShareCreated:
    """Snapshot the latest assessment and diary summary behind a one-time code.

    Send it as JSON (``{}`` or no body, with ``Content-Type: application/json``)."""
    code, share = ctx.web.create_share(owner_id=user.id, report=share_report(ctx, user))
    return ShareCreated(code=code, share_id=share.id, expires_at=share.expires_at)


@router.get("/shares")
def list_shares(user: PersonUser, ctx: Ctx) -> list[Share]:
    """The shares this person made."""
    return ctx.web.list_own_shares(owner_id=user.id)


@router.delete("/shares/{share_id:int}", status_code=204, responses={404: {}})
def revoke_share(share_id: RowId, user: PersonUser, ctx: Ctx) -> Response:
    """Withdraw a share; the clinic no longer sees it."""
    ctx.web.revoke_share(owner_id=user.id, share_id=share_id)
    return Response(status_code=204)


@router.get("/shares/audit")
def share_audit(user: PersonUser, ctx: Ctx) -> list[AuditEntry]:
    """Every clinic access to this person's shares."""
    return ctx.web.audit_for_owner(owner_id=user.id)


@router.post("/clinic/redeem", responses={429: {}})
def redeem(body: RedeemIn, request: Request, user: ClinicianUser, ctx: Ctx) -> Share:
    """Enter a patient's code: the shared report becomes visible to this clinician."""
    keys = (f"ip:{client_address(request)}", f"clinician:{user.id}")
    if ctx.code_limiter.blocked(*keys) > 0:
        raise HTTPException(429, "too many wrong codes, try later")
    try:
        return ctx.web.redeem_share(clinician_id=user.id, code=body.code)
    except InvalidInputError:
        ctx.code_limiter.fail(*keys)
        raise


@router.get("/clinic/shares")
def clinic_shares(user: ClinicianUser, ctx: Ctx) -> list[Share]:
    """Reports shared with this clinician, most urgent first."""
    return ctx.web.list_clinic_shares(clinician_id=user.id)


@router.get("/clinic/shares/{share_id}", responses={404: {}})
def clinic_share(share_id: RowId, user: ClinicianUser, ctx: Ctx) -> Share:
    """One shared report (the read is recorded in the audit trail)."""
    return ctx.web.get_clinic_share(clinician_id=user.id, share_id=share_id)


@router.get("/clinic/audit")
def clinic_audit(user: ClinicianUser, ctx: Ctx) -> list[AuditEntry]:
    """This clinician's own access log."""
    return ctx.web.audit_for_clinician(clinician_id=user.id)
