"""Closing a case (a manager's decision): it starts the retention period, after which the
DPO erases the case."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from appliance import audit, lifecycle
from server.deps import CaseDep, Manager, StateDep, client_ip
from server.routes.pages import redirect

router = APIRouter()


@router.post("/cases/{case_id}/close")
def close_case(request: Request, state: StateDep, user: Manager, case: CaseDep) -> Response:
    until = lifecycle.close_case(state.store, case.id, state.settings.retention_years)
    audit.record(
        state.store,
        "case.close",
        actor=user.username,
        role=user.role,
        case_id=case.id,
        detail={"retention_until": until},
        ip=client_ip(request),
    )
    return redirect(f"/cases/{case.id}")


@router.post("/cases/{case_id}/close/undo")
def reopen_case(request: Request, state: StateDep, user: Manager, case: CaseDep) -> Response:
    lifecycle.reopen_case(state.store, case.id)
    audit.record(
        state.store,
        "case.reopen",
        actor=user.username,
        role=user.role,
        case_id=case.id,
        ip=client_ip(request),
    )
    return redirect(f"/cases/{case.id}")
