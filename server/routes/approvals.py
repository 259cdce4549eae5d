"""Approving what an admin asked for: an account that can see case content, or a move between
teams (appliance/safeguards/duties.py). A DPO decides any request; a manager those about their
own team."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from appliance.errors import InputError
from appliance.safeguards import duties
from appliance.store.users import User
from server.deps import StateDep, client_ip, require_roles
from server.routes.pages import redirect, render

router = APIRouter(prefix="/approvals")
Approver = Annotated[User, require_roles("manager", "dpo")]


@router.get("")
def approvals_page(request: Request, state: StateDep, user: Approver, decided: str = "") -> Response:
    waiting = duties.waiting_for(state.store, user)
    return render(request, "approvals.html", {"waiting": waiting, "decided": decided[:100]})


@router.post("/{approval_id}")
def decide(
    request: Request, state: StateDep, user: Approver, approval_id: int, decision: Annotated[str, Form()] = ""
) -> Response:
    if decision not in ("approve", "reject"):
        raise InputError("Choose whether to approve or reject the request.")
    done = duties.decide(state.store, approval_id, decision == "approve", by=user, ip=client_ip(request))
    return redirect(f"/approvals?decided={done.status}")
