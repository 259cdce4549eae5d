"""What each reviewing action passes first: the first one puts a drafted case in review, a
signed-off plan is frozen, and only a manager signs off or reopens a plan."""

from __future__ import annotations

from appliance.cases import status
from appliance.errors import InputError, PermissionDenied
from appliance.store import cases
from appliance.store.db import Connection


class PlanSignedOff(InputError):
    """The plan is signed off; it changes only after a manager reopens it."""


def start_review(conn: Connection, case_id: int) -> None:
    """The first reviewing action on a drafted case puts it in review; signed-off plans are frozen."""
    current = cases.get(conn, case_id).status
    if current == "signed_off":
        raise PlanSignedOff("This plan is signed off. A manager can reopen it for changes.")
    if current == "closed":
        raise InputError("This case is closed.")
    if current == "drafted":
        status.move(conn, case_id, "in_review")


def require_manager(role: str) -> None:
    if role != "manager":
        raise PermissionDenied("Only a manager can sign off or reopen a plan.")
