"""The case status machine: the stages a case moves through, the moves allowed between them, and
the 20-week deadline. `move` is the one way a case changes status: `store.cases.set_status` is
called from here and nowhere else.

A case is drafted, reviewed and signed off (a manager may reopen a signed-off plan for changes);
any case can be closed, and undoing a closure (`lifecycle.reopen_case`) takes it back to
advice gathering, or to drafted when it has a draft.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from appliance.errors import InputError
from appliance.store import cases
from appliance.store.db import Connection

CaseStatus = Literal["advice_gathering", "drafted", "in_review", "signed_off", "closed"]
STATUS_LABELS: dict[CaseStatus, str] = {
    "advice_gathering": "Advice gathering",
    "drafted": "Drafted",
    "in_review": "In review",
    "signed_off": "Signed off",
    "closed": "Closed",
}
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    "advice_gathering": frozenset({"drafted", "closed"}),
    "drafted": frozenset({"in_review", "closed"}),
    "in_review": frozenset({"signed_off", "closed"}),
    "signed_off": frozenset({"in_review", "closed"}),  # a manager reopens a plan for changes
    "closed": frozenset({"advice_gathering", "drafted"}),  # a closure undone, back to where the plan stands
}
DEADLINE_DAYS = 140  # SEND Regulations 2014 reg 13(2): the final plan within 20 weeks of the request
# The draft goes to the family by week 16, leaving their 15 days to comment and the consultation
# with schools before the final plan at week 20 (SEND Code of Practice 9.41, 9.77).
DRAFT_DAYS = 112


def move(conn: Connection, case_id: int, to: CaseStatus) -> None:
    """Move the case to `to`; staying where it is is allowed, any move not in TRANSITIONS is not."""
    current = cases.get(conn, case_id).status
    if current == to:
        return
    if to not in TRANSITIONS[current]:
        raise InputError(f"A case that is {STATUS_LABELS[current].lower()} cannot become {STATUS_LABELS[to].lower()}.")
    cases.set_status(conn, case_id, to)


def _after(request_date: str | None, days: int) -> date | None:
    if not request_date:
        return None
    try:
        return date.fromisoformat(request_date) + timedelta(days=days)
    except ValueError:
        return None


def deadline(request_date: str | None) -> date | None:
    """The final plan's due date: 20 weeks after the request."""
    return _after(request_date, DEADLINE_DAYS)


def draft_due(request_date: str | None) -> date | None:
    """When the draft should go to the family: 16 weeks after the request."""
    return _after(request_date, DRAFT_DAYS)


def days_left(request_date: str | None, today: date) -> int | None:
    due = deadline(request_date)
    return None if due is None else (due - today).days
