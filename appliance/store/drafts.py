"""Draft versions: every save is a new version; nothing is overwritten."""

from __future__ import annotations

import json
from dataclasses import dataclass

from appliance.drafting.plan import Draft
from appliance.errors import NotFound
from appliance.store.cases import now
from appliance.store.db import Connection


@dataclass(frozen=True)
class Version:
    id: int
    case_id: int
    version: int
    note: str | None
    created_by: int | None
    created_at: str


def save(
    conn: Connection,
    case_id: int,
    draft: Draft,
    *,
    note: str | None = None,
    created_by: int | None = None,
    machine: bool = False,
) -> Version:
    """A new version; `machine` marks the appliance's own draft, before anyone changed it."""
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM drafts WHERE case_id = ?", (case_id,)).fetchone()
    version = int(row[0]) + 1
    stamp = now()
    cur = conn.execute(
        "INSERT INTO drafts (case_id, version, content, note, created_by, created_at, machine) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, version, json.dumps(draft.to_json()), note, created_by, stamp, int(machine)),
    )
    return Version(int(cur.lastrowid), case_id, version, note, created_by, stamp)


def versions(conn: Connection, case_id: int) -> list[Version]:
    rows = conn.execute(
        "SELECT id, case_id, version, note, created_by, created_at FROM drafts WHERE case_id = ? ORDER BY version",
        (case_id,),
    ).fetchall()
    return [Version(**dict(r)) for r in rows]


def exists(conn: Connection, case_id: int) -> bool:
    """Whether the case has a draft yet."""
    return conn.execute("SELECT 1 FROM drafts WHERE case_id = ? LIMIT 1", (case_id,)).fetchone() is not None


def latest_machine(conn: Connection, case_id: int) -> int | None:
    """The newest version the appliance drafted, as it drafted it (the base of the caseworker's changes)."""
    row = conn.execute("SELECT MAX(version) FROM drafts WHERE case_id = ? AND machine = 1", (case_id,)).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def load(conn: Connection, case_id: int, version: int | None = None) -> tuple[Version, Draft]:
    if version is None:
        row = conn.execute(
            "SELECT * FROM drafts WHERE case_id = ? ORDER BY version DESC LIMIT 1", (case_id,)
        ).fetchone()
    else:
        row = conn.execute("SELECT * FROM drafts WHERE case_id = ? AND version = ?", (case_id, version)).fetchone()
    if row is None:
        raise NotFound("No draft yet for this case.")
    meta = Version(row["id"], row["case_id"], row["version"], row["note"], row["created_by"], row["created_at"])
    return meta, Draft.from_json(json.loads(row["content"]))
