"""Earlier case details: every change to a child's details keeps the values it replaced."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from appliance.store.cases import now
from appliance.store.db import Connection


@dataclass(frozen=True)
class CaseChange:
    changed_at: str
    changed_by: str | None  # the username, for display
    previous: dict[str, Any]  # only the fields that changed
    current: dict[str, Any]


def add(
    conn: Connection, case_id: int, changed_by: int | None, previous: dict[str, Any], current: dict[str, Any]
) -> None:
    conn.execute(
        "INSERT INTO case_changes (case_id, changed_by, changed_at, previous, current) VALUES (?, ?, ?, ?, ?)",
        (case_id, changed_by, now(), json.dumps(previous), json.dumps(current)),
    )


def for_case(conn: Connection, case_id: int) -> list[CaseChange]:
    """The case's changes, newest first."""
    rows = conn.execute(
        "SELECT c.changed_at, u.username, c.previous, c.current FROM case_changes c "
        "LEFT JOIN users u ON u.id = c.changed_by WHERE c.case_id = ? ORDER BY c.id DESC",
        (case_id,),
    ).fetchall()
    return [CaseChange(r[0], r[1], json.loads(r[2]), json.loads(r[3])) for r in rows]
