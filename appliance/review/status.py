"""Case status: the stages a case moves through, the 20-week deadline, and who may move it."""

from __future__ import annotations

from datetime import date, timedelta

from appliance.errors import InputError, PermissionDenied
from appliance.store import cases
from appliance.store.db import Connection

DEADLINE_DAYS = 140  # SEND Regulations 2014 reg 13(2): the final plan within 20 weeks of the request
STATUS_LABELS = {
    "advice_gathering": "Advice gathering",
    "drafted": "Drafted",
    "in_review": "In review",
    "signed_off": "Signed off",
    "closed": "Closed",
}
TRANSITIONS: dict[str, frozenset[str]] = {
    "advice_gathering": frozenset({"drafted", "closed"}),
    "drafted": frozenset({"in_review", "closed"}),
    "in_review": frozenset({"signed_off", "closed"}),
    "signed_off": frozenset({"in_review", "closed"}),  # a manager reopens a plan for changes
    "closed": frozenset(),
}


class PlanSignedOff(InputError):
    """The plan is signed off; it changes only after a manager reopens it."""


def deadline(request_date: str | None) -> date | None:
    if not request_date:
        return None
    try:
        return date.fromisoformat(request_date) + timedelta(days=DEADLINE_DAYS)
    except ValueError:
        return None


def days_left(request_date: str | None, today: date) -> int | None:
    due = deadline(request_date)
    return None if due is None else (due - today).days


def move(conn: Connection, case_id: int, to: str) -> None:
    current = cases.get(conn, case_id).status
    if current == to:
        return
    if to not in TRANSITIONS.get(current, frozenset()):
        raise InputError(f"A case that is {STATUS_LABELS[current].lower()} cannot become {STATUS_LABELS[to].lower()}.")
    cases.update(conn, case_id, status=to)


def start_review(conn: Connection, case_id: int) -> None:
    """The first reviewing action on a drafted case puts it in review; signed-off plans are frozen."""
    status = cases.get(conn, case_id).status
    if status == "signed_off":
        raise PlanSignedOff("This plan is signed off. A manager can reopen it for changes.")
    if status == "closed":
        raise InputError("This case is closed.")
    if status == "drafted":
        cases.update(conn, case_id, status="in_review")


def require_manager(role: str) -> None:
    if role != "manager":
        raise PermissionDenied("Only a manager can sign off or reopen a plan.")
