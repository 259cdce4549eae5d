"""The audit table: records appended and read back. The hash chain that makes them tamper-evident
is `appliance.safeguards.audit`'s; here are only the queries."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from appliance.store.db import Connection

FIELDS = ("at", "actor", "role", "action", "case_id", "object", "detail", "ip")  # what a record's hash covers
COLUMNS = f"id, {', '.join(FIELDS)}, hash"


@dataclass(frozen=True)
class Query:
    actor: str | None = None
    action: str | None = None  # the action, or the family of actions it starts ("sign_in" finds "sign_in.failed")
    case_id: int | None = None
    since: str | None = None  # ISO date or timestamp, inclusive
    until: str | None = None  # ISO date or timestamp, inclusive of that whole day
    limit: int | None = 500
    actions: tuple[str, ...] = ()  # only these actions (the DPO's "separation of duties" view)


def insert(conn: Connection, record: Mapping[str, Any], prev_hash: str, digest: str) -> None:
    conn.execute(
        f"INSERT INTO audit ({', '.join(FIELDS)}, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (*[record[k] for k in FIELDS], prev_hash, digest),
    )


def newest(conn: Connection) -> tuple[int, str] | None:
    """The newest record's id and hash; None while the audit is empty."""
    row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def anchored_head(conn: Connection) -> tuple[int, str] | None:
    """The head kept in the store (`audit_head`, moved forward by a trigger): its id and hash."""
    row = conn.execute("SELECT last_id, hash FROM audit_head").fetchone()
    return (int(row[0]), str(row[1])) if row else None


ANCHOR_SETTING = "audit_anchor_written"


def anchor_written(conn: Connection) -> bool:
    """Whether the anchor file beside the store has ever been written: from then on, a missing
    file fails verification instead of switching that check off."""
    return conn.execute("SELECT 1 FROM settings WHERE name = ?", (ANCHOR_SETTING,)).fetchone() is not None


def mark_anchor_written(conn: Connection) -> None:
    conn.execute("INSERT OR IGNORE INTO settings (name, value) VALUES (?, '1')", (ANCHOR_SETTING,))


def hash_of(conn: Connection, record_id: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit WHERE id = ?", (record_id,)).fetchone()
    return str(row[0]) if row else None


def in_order(conn: Connection) -> Iterator[dict[str, Any]]:
    """Every record, every column, oldest first (read as it is walked)."""
    for row in conn.execute("SELECT * FROM audit ORDER BY id"):
        yield dict(row)


def recorded_since(conn: Connection, after_id: int, case_id: int, actor: str) -> bool:
    """Whether `actor` has a record about the case newer than record `after_id`."""
    row = conn.execute(
        "SELECT 1 FROM audit WHERE id > ? AND case_id = ? AND actor = ? LIMIT 1", (after_id, case_id, actor)
    ).fetchone()
    return row is not None


def count_from_address(conn: Connection, action: str, ip: str, since: str) -> int:
    """How many `action` records came from `ip` at or after `since` (ISO)."""
    row = conn.execute("SELECT COUNT(*) FROM audit WHERE action = ? AND ip = ? AND at >= ?", (action, ip, since))
    return int(row.fetchone()[0])


def failures_since_success(conn: Connection, actor: str, ip: str | None, since: str) -> list[str]:
    """When each wrong password for `actor` (from `ip`, or from anywhere when None) was given,
    newest first, since their last sign-in (from there) and not before `since`."""
    where, params = ("AND ip = ?", [ip]) if ip is not None else ("", [])
    last = conn.execute(
        f"SELECT COALESCE(MAX(id), 0) FROM audit WHERE action = 'sign_in' AND actor = ? {where}",  # noqa: S608
        (actor, *params),
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT at FROM audit WHERE action = 'sign_in.failed' AND actor = ? AND id > ? AND at >= ? "  # noqa: S608
        f"{where} AND detail LIKE '%wrong password%' ORDER BY id DESC LIMIT 64",
        (actor, last, since, *params),
    )
    return [str(r[0]) for r in rows.fetchall()]


def _where(query: Query) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.actor:
        clauses.append("actor = ?")
        params.append(query.actor)
    if query.action:
        clauses.append("(action = ? OR action LIKE ?)")
        params += [query.action, query.action + ".%"]
    if query.actions:
        clauses.append(f"action IN ({', '.join('?' * len(query.actions))})")
        params += list(query.actions)
    if query.case_id is not None:
        clauses.append("case_id = ?")
        params.append(query.case_id)
    if query.since:
        clauses.append("at >= ?")
        params.append(query.since)
    if query.until:
        clauses.append("at < ?")
        params.append(query.until + "\uffff")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search(conn: Connection, query: Query) -> list[dict[str, Any]]:
    """The newest matching records first."""
    where, params = _where(query)
    limit = f" LIMIT {int(query.limit)}" if query.limit else ""
    sql = f"SELECT {COLUMNS} FROM audit{where} ORDER BY id DESC{limit}"  # noqa: S608
    return [dict(r) for r in conn.execute(sql, params).fetchall()]


def for_case(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    """Every record about the case, oldest first."""
    rows = conn.execute(f"SELECT {COLUMNS} FROM audit WHERE case_id = ? ORDER BY id", (case_id,))  # noqa: S608
    return [dict(r) for r in rows.fetchall()]
