"""Drafting a case: start (drafting again is confirmed first: it says which of the caseworker's
changes will be carried over), watch progress, cancel, export."""

from __future__ import annotations

import re
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from appliance import review
from appliance.cases import caselist, casework
from appliance.errors import NotFound
from appliance.export import docx_export, json_export
from appliance.review.redraft import caseworker_changes
from appliance.store import documents, drafts
from appliance.store.cases import Case
from server.deps import CaseDep, CaseWorker, CurrentUser, StateDep, record_action
from server.routes.pages import redirect, render

STAGES = {
    "": "Waiting",
    "routing": "Finding the evidence",
    "generation": "Writing the plan",
    "grounding": "Checking statements against their sources",
    "qa": "Quality checks",
    "done": "Done",
}

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _job_json(job: object) -> dict[str, object]:
    from dataclasses import asdict

    data = asdict(job)  # type: ignore[call-overload]
    data["elapsed"] = round(float(data["elapsed"]), 1)
    data["percent"] = round(float(data["progress"]) * 100)
    data["stage_label"] = STAGES.get(str(data["stage"]), str(data["stage"]))
    return data  # type: ignore[no-any-return]


@router.get("/cases/{case_id}/redraft")
def redraft_page(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    """Before drafting again: what the caseworker changed, which will be carried into the new draft."""
    with state.store.read() as conn:
        if not drafts.exists(conn, case.id):
            return redirect(f"/cases/{case.id}")
        latest_meta, latest = drafts.load(conn, case.id)
        base_version = drafts.latest_machine(conn, case.id)
        base = drafts.load(conn, case.id, base_version)[1] if base_version else latest
        stored = {d.id: d.filename for d in documents.for_case(conn, case.id)}
    drafted = {d.store_id for d in latest.documents}
    context = {
        "case": case,
        "version": latest_meta.version,
        "changes": caseworker_changes(base, latest),
        "added": sorted(name for i, name in stored.items() if i not in drafted),
        "removed": sorted(d.filename for d in latest.documents if d.store_id not in stored),
    }
    return render(request, "redraft.html", context)


@router.post("/cases/{case_id}/draft")
def start_draft(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    casework.ensure_draftable(state.store, case.id)
    job = state.queue.active_for_case(case.id)
    job_id = job.id if job else state.queue.submit(case.id, user.id)
    record_action(request, state, user, "draft.start", case_id=case.id, obj=f"job:{job_id}")
    return redirect(f"/cases/{case.id}/jobs/{job_id}")


@router.get("/cases/{case_id}/jobs/{job_id}")
def job_page(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, job_id: str) -> Response:
    job = state.queue.status(job_id)
    if job is None or job.case_id != case.id:
        raise NotFound("No such draft job.")
    summary = caselist.summarise(case, date.today())
    return render(request, "job.html", {"case": case, "job": job, "data": _job_json(job), "summary": summary})


@router.get("/api/jobs/{job_id}")
def job_status(state: StateDep, user: CurrentUser, job_id: str) -> Response:
    job = state.queue.status(job_id)
    if job is None:
        raise NotFound("No such draft job.")
    from server.deps import case_for_user

    case_for_user(job.case_id, user, state)
    return JSONResponse(_job_json(job))


@router.post("/cases/{case_id}/jobs/{job_id}/cancel")
def cancel_job(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, job_id: str) -> Response:
    job = state.queue.status(job_id)
    if job is None or job.case_id != case.id:
        raise NotFound("No such draft job.")
    state.queue.cancel(job_id)
    record_action(request, state, user, "draft.cancel", case_id=case.id, obj=f"job:{job_id}")
    return redirect(f"/cases/{case.id}")


@router.get("/cases/{case_id}/draft.docx")
def export_docx(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    version: int | None = None,
    copy: docx_export.Copy = "family",
) -> Response:
    """The family copy (as the family receives it), or the caseworker copy with citations and QA."""
    meta, draft = review.load(state.store, case.id, version)
    record_action(request, state, user, "export.docx", case_id=case.id, obj=f"version:{meta.version}:{copy}")
    name = f"{export_name(case)}-v{meta.version}-{copy}.docx"
    data = docx_export.render(draft, copy, state.settings.docx_template)
    return Response(data, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/cases/{case_id}/draft.json")
def export_json(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, version: int | None = None
) -> Response:
    meta, draft = review.load(state.store, case.id, version)
    record_action(request, state, user, "export.json", case_id=case.id, obj=f"version:{meta.version}")
    name = f"{export_name(case)}-v{meta.version}.json"
    return JSONResponse(json_export.to_json(draft), headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/cases/{case_id}/drafts")
def versions_redirect(case: CaseDep, user: CaseWorker) -> Response:
    return redirect(f"/cases/{case.id}/draft")


def export_name(case: Case) -> str:
    """Export files are named by the LA reference people know the case by ("WC/EHC/25/0037" gives
    draft-ehc-plan-WC-EHC-25-0037), the internal number only where there is none."""
    ref = re.sub(r"[^A-Za-z0-9]+", "-", case.la_reference or "").strip("-")[:60]
    return f"draft-ehc-plan-{ref or f'case-{case.id}'}"
