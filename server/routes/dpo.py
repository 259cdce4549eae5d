"""The DPO's pages: the audit (search, CSV export, verification), the offline check, the cases'
lifecycle (retention, erasure, subject access) and, with a recorded reason, a case's content."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel

from appliance.errors import InputError
from appliance.safeguards import audit, duties, lifecycle, offline_report
from appliance.store import cases, documents, drafts
from server.deps import DPO, StateDep, client_ip, record_action
from server.routes.pages import redirect, render

router = APIRouter(prefix="/dpo")
MAX_REASON = 500


def _reason(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InputError("Give the reason for this action; it is kept in the audit.")
    return text[:MAX_REASON]


@router.get("")
def home(request: Request, state: StateDep, user: DPO) -> Response:
    verification = audit.verify(state.store)
    due = lifecycle.due_for_erasure(state.store)
    with state.store.read() as conn:
        total = cases.count(conn)
    since = (datetime.now(UTC) - timedelta(days=30)).isoformat(timespec="seconds")
    recent = audit.search(state.store, audit.Query(since=since, actions=tuple(sorted(duties.DUTY_ACTIONS)), limit=None))
    context = {
        "verification": verification,
        "due": due,
        "total": total,
        "duty_events": len(recent),
        "waiting": len(duties.waiting_for(state.store, user)),
    }
    return render(request, "dpo_home.html", context)


class AuditFilter(BaseModel):
    """The DPO's audit search, shared by the page and its CSV export."""

    actor: str = ""
    action: str = ""
    case_id: str = ""
    since: str = ""
    until: str = ""
    duties: str = ""  # only account actions that need watching (separation of duties)

    def query(self, limit: int | None) -> audit.Query:
        for value in (self.since, self.until):
            if value:
                try:
                    date.fromisoformat(value[:10])
                except ValueError:
                    raise InputError(f"{value} is not a date (use YYYY-MM-DD).") from None
        return audit.Query(
            actor=self.actor.strip() or None,
            action=self.action.strip() or None,
            case_id=int(self.case_id) if self.case_id.strip().isdigit() else None,
            since=self.since or None,
            until=self.until or None,
            limit=limit,
            actions=tuple(sorted(duties.DUTY_ACTIONS)) if self.duties else (),
        )


Filter = Annotated[AuditFilter, Query()]


@router.get("/audit")
def audit_page(request: Request, state: StateDep, user: DPO, search: Filter) -> Response:
    query = search.query(500)
    rows = audit.search(state.store, query)
    record_action(request, state, user, "audit.search", detail={"results": len(rows)})
    context = {"rows": rows, "form": search.model_dump(), "limit": query.limit, "duty_actions": duties.DUTY_ACTIONS}
    return render(request, "dpo_audit.html", context)


@router.get("/audit.csv")
def audit_csv(request: Request, state: StateDep, user: DPO, search: Filter) -> Response:
    rows = list(reversed(audit.search(state.store, search.query(None))))
    record_action(request, state, user, "audit.export", detail={"records": len(rows)})
    name = f"audit-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}.csv"
    return Response(
        audit.to_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.get("/offline")
async def offline_page(request: Request, state: StateDep, user: DPO) -> Response:
    checks = await run_in_threadpool(offline_report.run_checks, state.settings, state.store)
    record_action(request, state, user, "offline.check", detail={"passed": offline_report.passed(checks)})
    return render(request, "dpo_offline.html", {"checks": checks, "passed": offline_report.passed(checks)})


@router.get("/cases")
def cases_page(request: Request, state: StateDep, user: DPO, due: bool = False, erased: int | None = None) -> Response:
    today = datetime.now(UTC).date()
    records = lifecycle.due_for_erasure(state.store, today) if due else lifecycle.case_records(state.store)
    return render(
        request,
        "dpo_cases.html",
        {
            "records": records,
            "due_only": due,
            "today": today.isoformat(),
            "erased": erased,
            "reasons": lifecycle.ERASURE_REASONS,
        },
    )


@router.post("/cases/{case_id}/view")
def view_case(
    request: Request, state: StateDep, user: DPO, case_id: int, reason: Annotated[str, Form()] = ""
) -> Response:
    why = _reason(reason)
    with state.store.read() as conn:
        case = cases.get(conn, case_id)
        docs = documents.for_case(conn, case_id)
        versions = drafts.versions(conn, case_id)
    record_action(request, state, user, "case.view.dpo", case_id=case_id, detail={"reason": why})
    return render(request, "dpo_case.html", {"case": case, "documents": docs, "versions": versions, "reason": why})


@router.post("/cases/{case_id}/export")
def subject_access(
    request: Request, state: StateDep, user: DPO, case_id: int, reason: Annotated[str, Form()] = ""
) -> Response:
    why = _reason(reason)
    data = lifecycle.subject_access_export(state.store, case_id)
    record_action(
        request,
        state,
        user,
        "case.subject_access",
        case_id=case_id,
        detail={"reason": why, "bytes": len(data)},
    )
    name = f"subject-access-case-{case_id}-{datetime.now(UTC).strftime('%Y%m%d')}.zip"
    return Response(
        data, media_type="application/zip", headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.post("/cases/{case_id}/erase")
async def erase(
    request: Request,
    state: StateDep,
    user: DPO,
    case_id: int,
    reason: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> Response:
    if confirm.strip() != str(case_id):
        raise InputError(f"To erase case {case_id}, type its number ({case_id}) in the confirmation box.")
    job = state.queue.active_for_case(case_id)
    if job is not None:
        state.queue.cancel(job.id)
    await run_in_threadpool(
        lifecycle.erase_case,
        state.store,
        case_id,
        reason,
        actor=user.username,
        role=user.role,
        ip=client_ip(request),
    )
    return redirect(f"/dpo/cases?erased={case_id}")


@router.post("/retention/erase")
async def erase_due(request: Request, state: StateDep, user: DPO, confirm: Annotated[str, Form()] = "") -> Response:
    due = lifecycle.due_for_erasure(state.store)
    if confirm != "erase" or not due:
        raise InputError("Tick the box to confirm erasing every case past its retention date.")
    for record in due:
        await run_in_threadpool(
            lifecycle.erase_case,
            state.store,
            record.id,
            "retention_expired",
            actor=user.username,
            role=user.role,
            ip=client_ip(request),
        )
    return redirect("/dpo/cases?due=true")
