"""Sign-in sessions. Only a hash of the session token is stored, never the token."""

from __future__ import annotations

from dataclasses import dataclass

from appliance.store.cases import now
from appliance.store.db import Connection


@dataclass(frozen=True)
class Session:
    token_hash: str
    user_id: int
    csrf_token: str
    created_at: str
    last_seen: str
    ip: str | None


def create(conn: Connection, token_hash: str, user_id: int, csrf_token: str, ip: str | None) -> None:
    stamp = now()
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen, ip) VALUES (?, ?, ?, ?, ?, ?)",
        (token_hash, user_id, csrf_token, stamp, stamp, ip),
    )


def get(conn: Connection, token_hash: str) -> Session | None:
    row = conn.execute("SELECT * FROM sessions WHERE token_hash = ?", (token_hash,)).fetchone()
    return Session(**dict(row)) if row else None


def touch(conn: Connection, token_hash: str) -> None:
    conn.execute("UPDATE sessions SET last_seen = ? WHERE token_hash = ?", (now(), token_hash))


def delete(conn: Connection, token_hash: str) -> None:
    conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))


def delete_for_user(conn: Connection, user_id: int, *, keep: str = "") -> None:
    """End every session of the user, except the one whose token hash is `keep`."""
    conn.execute("DELETE FROM sessions WHERE user_id = ? AND token_hash != ?", (user_id, keep))


def delete_expired(conn: Connection, idle_cut: str, absolute_cut: str) -> int:
    """Delete the sessions last seen before `idle_cut` or started before `absolute_cut` (ISO);
    how many there were."""
    cur = conn.execute("DELETE FROM sessions WHERE last_seen < ? OR created_at < ?", (idle_cut, absolute_cut))
    return int(cur.rowcount)
