"""What each redraft did with the caseworker's earlier changes (`appliance.review.redraft`): kept as
JSON beside the version it made, and updated as the caseworker carries the rest over."""

from __future__ import annotations

import json
from typing import Any

from appliance.store.cases import now
from appliance.store.db import Connection


def save(conn: Connection, case_id: int, version: int, summary: dict[str, Any]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO redrafts (case_id, version, created_at, summary) VALUES (?, ?, ?, ?)",
        (case_id, version, now(), json.dumps(summary)),
    )


def latest(conn: Connection, case_id: int) -> tuple[int, dict[str, Any]] | None:
    """The newest redraft of the case: the version it made and its summary."""
    row = conn.execute(
        "SELECT version, summary FROM redrafts WHERE case_id = ? ORDER BY version DESC LIMIT 1", (case_id,)
    ).fetchone()
    return (int(row[0]), json.loads(row[1])) if row else None
