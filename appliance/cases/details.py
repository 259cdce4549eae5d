"""Correcting a case: the child's details and who the case is assigned to. Every change keeps the
values it replaced (`store.case_changes`), so earlier details are never lost."""

from __future__ import annotations

from typing import Any

from appliance.errors import InputError
from appliance.store import Store, case_changes, cases
from appliance.store.case_changes import CaseChange

EDITABLE = (
    "child_name",
    "preferred_name",
    "date_of_birth",
    "date_of_birth_unknown",
    "year_group",
    "la_reference",
    "request_date",
    "request_date_unknown",
    "assigned_to",
)


def update_details(store: Store, case_id: int, values: dict[str, Any], by: int | None) -> list[str]:
    """Save the fields of `values` that differ from the case; the names of those that changed."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with store.write() as conn:
        case = cases.get(conn, case_id)
        if case.status == "closed":
            raise InputError("This case is closed; undo the closure to change its details.")
        changed = {k: v for k, v in values.items() if getattr(case, k) != v}
        if not changed:
            return []
        previous = {k: getattr(case, k) for k in changed}
        cases.update(conn, case_id, **changed)
        case_changes.add(conn, case_id, by, previous, changed)
    return sorted(changed)


def history(store: Store, case_id: int) -> list[CaseChange]:
    """Every change to the case's details, newest first, with the values it replaced."""
    with store.read() as conn:
        return case_changes.for_case(conn, case_id)
