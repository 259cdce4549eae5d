"""The case status machine: the moves allowed, the one refused, and the 20-week deadline."""

from __future__ import annotations

from datetime import date

import pytest

from appliance.cases import casework, status
from appliance.errors import InputError
from appliance.store import Store, cases


def _status(store: Store, case_id: int) -> str:
    with store.read() as conn:
        return cases.get(conn, case_id).status


def test_a_case_moves_only_along_the_allowed_transitions(store: Store) -> None:
    case_id = casework.create_case(store, {"child_name": "Amy Lane"})
    moves: list[status.CaseStatus] = [
        "drafted",
        "in_review",
        "signed_off",
        "in_review",
        "in_review",
        "closed",
        "drafted",
    ]
    seen = []
    with store.write() as conn:
        for to in moves:
            status.move(conn, case_id, to)
            seen.append(cases.get(conn, case_id).status)
    assert seen == moves
    with store.write() as conn, pytest.raises(InputError, match="A case that is drafted cannot become signed off"):
        status.move(conn, case_id, "signed_off")
    assert _status(store, case_id) == "drafted"


def test_every_status_can_be_closed_and_a_closure_undone_to_where_the_plan_stands() -> None:
    assert all("closed" in status.TRANSITIONS[s] for s in status.STATUS_LABELS if s != "closed")
    assert status.TRANSITIONS["closed"] == frozenset({"advice_gathering", "drafted"})
    assert set(status.TRANSITIONS) == set(status.STATUS_LABELS)


def test_the_store_changes_status_only_through_the_machine(store: Store) -> None:
    case_id = casework.create_case(store, {"child_name": "Amy Lane"})
    with store.write() as conn, pytest.raises(ValueError, match="status"):
        cases.update(conn, case_id, status="signed_off")
    assert _status(store, case_id) == "advice_gathering"


def test_deadline_is_twenty_weeks_after_the_request() -> None:
    assert status.deadline("2025-01-10") == date(2025, 5, 30)
    assert status.deadline(None) is None and status.deadline("not a date") is None
    assert status.days_left("2025-01-10", date(2025, 5, 31)) == -1
