"""Sign-offs: which version a manager signed off, when, and the declaration they confirmed."""

from __future__ import annotations

from dataclasses import dataclass

from appliance.store.cases import now
from appliance.store.db import Connection


@dataclass(frozen=True)
class SignOff:
    version: int
    signed_by: str | None  # the username, for display
    signed_at: str
    declaration: str


def add(conn: Connection, case_id: int, version: int, user_id: int | None, declaration: str) -> SignOff:
    stamp = now()
    conn.execute(
        "INSERT INTO sign_offs (case_id, version, signed_by, signed_at, declaration) VALUES (?, ?, ?, ?, ?)",
        (case_id, version, user_id, stamp, declaration),
    )
    return latest(conn, case_id) or SignOff(version, None, stamp, declaration)


def latest(conn: Connection, case_id: int) -> SignOff | None:
    row = conn.execute(
        "SELECT s.version, u.username, s.signed_at, s.declaration FROM sign_offs s "
        "LEFT JOIN users u ON u.id = s.signed_by WHERE s.case_id = ? ORDER BY s.id DESC LIMIT 1",
        (case_id,),
    ).fetchone()
    return SignOff(int(row[0]), row[1], row[2], row[3]) if row else None
