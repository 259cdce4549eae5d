"""The audit log: append-only and hash-chained, so an edited or deleted record is detectable.

Each record holds who, what, which case, when and from where, never document text. Its hash
covers its fields and the previous record's hash.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from appliance.store import Store
from appliance.store.cases import now
from appliance.store.db import Connection

GENESIS = "0" * 64
FIELDS = ("at", "actor", "role", "action", "case_id", "object", "detail", "ip")


def _digest(prev_hash: str, record: dict[str, Any]) -> str:
    payload = json.dumps({k: record.get(k) for k in FIELDS}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def append(conn: Connection, action: str, *, actor: str | None = None, role: str | None = None,
           case_id: int | None = None, obj: str | None = None, detail: dict[str, Any] | None = None,
           ip: str | None = None) -> None:  # fmt: skip
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    record = {"at": now(), "actor": actor, "role": role, "action": action, "case_id": case_id, "object": obj,
              "detail": json.dumps(detail, sort_keys=True) if detail else None, "ip": ip}  # fmt: skip
    conn.execute(
        "INSERT INTO audit (at, actor, role, action, case_id, object, detail, ip, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*[record[k] for k in FIELDS], prev, _digest(prev, record)),
    )


def record(store: Store, action: str, **kwargs: Any) -> None:
    with store.write() as conn:
        append(conn, action, **kwargs)


@dataclass(frozen=True)
class Verification:
    ok: bool
    records: int
    first_bad: int | None = None
    reason: str = ""


def verify(store: Store) -> Verification:
    prev = GENESIS
    count = 0
    expected_id = None
    with store.read() as conn:
        for row in conn.execute("SELECT * FROM audit ORDER BY id"):
            count += 1
            if expected_id is not None and row["id"] != expected_id:
                return Verification(False, count, row["id"], f"record {expected_id} is missing")
            if row["prev_hash"] != prev:
                return Verification(False, count, row["id"], "the chain is broken before this record")
            if _digest(prev, dict(row)) != row["hash"]:
                return Verification(False, count, row["id"], "this record was altered")
            prev = row["hash"]
            expected_id = row["id"] + 1
    return Verification(True, count)
