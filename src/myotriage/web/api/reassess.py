"""Re-triage after a knowledge update, over the API: a person's own diary, a clinic's shares.

The server's knowledge base may be newer than the one that assessed a stored case;
these endpoints run the stored cases again with it and list those whose level went
up (see :mod:`myotriage.flows.reassess`). A clinician only re-runs the cases in the
snapshots shared with them, never the person's live diary. For a whole database, run
``myotriage diary reassess`` (in parallel over processes).
"""

from __future__ import annotations

from typing import Any

from myotriage.diary.stored_cases import StoredCase
from myotriage.flows.reassess import reassess_cases, reassess_diaries
from myotriage.web.deps import ClinicianUser, Ctx, DiaryOwner
from myotriage.web.jsonbody import api_router

__all__ = ["router"]

router = api_router(tags=["re-triage"])


@router.get("/diary/reassess")
def reassess_own(owner: DiaryOwner, ctx: Ctx) -> dict[str, Any]:
    """This person's stored cases assessed with an older knowledge base, run again now.

    ``raised`` lists the episodes (``ref``) whose level is more urgent today.
    """
    summary = reassess_diaries(ctx.engine, ctx.knowledge, owner=owner)
    return summary.to_dict()


@router.get("/clinic/reassess")
def reassess_clinic(user: ClinicianUser, ctx: Ctx) -> dict[str, Any]:
    """The cases behind the reports shared with this clinician, run again with today's
    knowledge; ``raised`` lists the shares (``ref``) whose level is more urgent now."""
    stored = []
    patients: dict[int, str] = {}
    for share in ctx.web.list_clinic_shares(clinician_id=user.id):
        assessment = share.report.get("assessment")
        case = assessment.get("assessed_case") if isinstance(assessment, dict) else None
        if not isinstance(case, dict) or assessment is None:
            continue
        if assessment.get("knowledge_version") == ctx.knowledge.version:
            continue
        patients[share.id] = str(share.report.get("patient") or "")
        stored.append(
            StoredCase(
                episode_id=share.id,
                owner=f"share:{share.id}",
                start=share.redeemed_at or share.created_at,
                case=case,
                triage=str(assessment.get("triage") or "") or None,
                knowledge_version=assessment.get("knowledge_version"),
            )
        )
    result = reassess_cases(stored, ctx.knowledge).finish().to_dict()
    for item in result["raised"]:
        item["patient"] = patients.get(item["ref"], "")
    return result
