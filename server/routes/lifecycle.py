"""Closing a case (withdrawn, no plan, moved away, the plan issued, or created in error): a
caseworker or manager closes it, which starts the retention period after which the DPO erases
it. A manager erases a case closed as created in error straight away."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from appliance.errors import InputError
from appliance.safeguards import lifecycle
from server.deps import CaseDep, CaseWorker, Manager, StateDep, client_ip, record_action
from server.routes.pages import redirect, render

router = APIRouter()


def _close_page(request: Request, case: CaseDep, errors: dict[str, str], chosen: str = "") -> Response:
    context = {"case": case, "reasons": lifecycle.CLOSE_REASONS, "errors": errors, "chosen": chosen}
    return render(request, "case_close.html", context, status_code=400 if errors else 200)


@router.get("/cases/{case_id}/close")
def close_page(request: Request, user: CaseWorker, case: CaseDep) -> Response:
    return _close_page(request, case, {})


@router.post("/cases/{case_id}/close")
async def close_case(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    form = await request.form()
    reason = str(form.get("reason") or "")
    if reason not in lifecycle.CLOSE_REASONS:
        return _close_page(request, case, {"reason": "Choose why the case is being closed"})
    if state.queue.active_for_case(case.id) is not None:
        raise InputError("A draft is being made for this case; cancel it before closing the case.")
    until = lifecycle.close_case(state.store, case.id, state.settings.retention_years, reason=reason)
    detail = {"retention_until": until, "reason": reason}
    record_action(request, state, user, "case.close", case_id=case.id, detail=detail)
    return redirect(f"/cases/{case.id}", "case-closed")


@router.post("/cases/{case_id}/close/undo")
def reopen_case(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    lifecycle.reopen_case(state.store, case.id)
    record_action(request, state, user, "case.reopen", case_id=case.id)
    return redirect(f"/cases/{case.id}", "case-reopened")


@router.post("/cases/{case_id}/erase")
async def erase_case(request: Request, state: StateDep, user: Manager, case: CaseDep) -> Response:
    form = await request.form()
    if str(form.get("confirm") or "").strip() != str(case.id):
        raise InputError(f"To erase case {case.id}, type its number ({case.id}) in the confirmation box.")
    await run_in_threadpool(
        lifecycle.erase_mistaken_case, state.store, case.id, actor=user.username, role=user.role, ip=client_ip(request)
    )
    return redirect("/", "case-erased")
