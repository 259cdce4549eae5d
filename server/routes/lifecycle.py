"""Closing a case (a manager's decision): it starts the retention period, after which the
DPO erases the case."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from appliance.safeguards import lifecycle
from server.deps import CaseDep, Manager, StateDep, record_action
from server.routes.pages import redirect

router = APIRouter()


@router.post("/cases/{case_id}/close")
def close_case(request: Request, state: StateDep, user: Manager, case: CaseDep) -> Response:
    until = lifecycle.close_case(state.store, case.id, state.settings.retention_years)
    record_action(request, state, user, "case.close", case_id=case.id, detail={"retention_until": until})
    return redirect(f"/cases/{case.id}")


@router.post("/cases/{case_id}/close/undo")
def reopen_case(request: Request, state: StateDep, user: Manager, case: CaseDep) -> Response:
    lifecycle.reopen_case(state.store, case.id)
    record_action(request, state, user, "case.reopen", case_id=case.id)
    return redirect(f"/cases/{case.id}")
