"""Requests that need a second person: an account that can see case content, and a move between
teams. Who may decide them is `appliance.safeguards.duties`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from appliance.errors import NotFound
from appliance.store.cases import now
from appliance.store.db import Connection

ApprovalKind = Literal["account", "team_move"]
ApprovalStatus = Literal["pending", "approved", "rejected"]


@dataclass(frozen=True)
class Approval:
    id: int
    kind: ApprovalKind
    user_id: int
    role: str
    team: str  # the team the account joins, or moves to
    from_team: str | None
    requested_by: str
    requested_at: str
    status: ApprovalStatus
    decided_by: str | None
    decided_at: str | None
    username: str = ""


SELECT = "SELECT a.*, u.username FROM approvals a JOIN users u ON u.id = a.user_id"


def create(
    conn: Connection, kind: ApprovalKind, user_id: int, role: str, team: str, from_team: str | None, by: str
) -> int:
    cur = conn.execute(
        "INSERT INTO approvals (kind, user_id, role, team, from_team, requested_by, requested_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (kind, user_id, role, team, from_team, by, now()),
    )
    return int(cur.lastrowid)


def get(conn: Connection, approval_id: int) -> Approval:
    row = conn.execute(f"{SELECT} WHERE a.id = ?", (approval_id,)).fetchone()
    if row is None:
        raise NotFound("No such request.")
    return Approval(**dict(row))


def pending(conn: Connection) -> list[Approval]:
    rows = conn.execute(f"{SELECT} WHERE a.status = 'pending' ORDER BY a.id").fetchall()
    return [Approval(**dict(r)) for r in rows]


def pending_for_user(conn: Connection, user_id: int) -> list[Approval]:
    rows = conn.execute(f"{SELECT} WHERE a.status = 'pending' AND a.user_id = ?", (user_id,)).fetchall()
    return [Approval(**dict(r)) for r in rows]


def decide(conn: Connection, approval_id: int, status: ApprovalStatus, by: str) -> None:
    conn.execute(
        "UPDATE approvals SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'",
        (status, by, now(), approval_id),
    )
