"""The audit log: append-only and hash-chained, so an edited or deleted record is detectable.

Each record holds who, what, which case, when and from where, never document text. Its hash
covers its fields and the previous record's hash. The head of the chain (the newest record's id
and hash) is anchored twice, so that deleting the newest records is detectable too: in the
`audit_head` row, which a trigger moves forward with every insert, and in a small file beside the
store (`<store>.audit-head`), rewritten after each record. `python -m appliance audit head`
prints the head so the DPO can keep a copy outside the box and check it later with
`audit verify --head ID:HASH`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from appliance.store import Store
from appliance.store import audit as audit_rows
from appliance.store.audit import FIELDS
from appliance.store.audit import Query as Query  # the DPO's search, re-exported for the callers of `search`
from appliance.store.cases import now
from appliance.store.db import Connection

log = logging.getLogger(__name__)
GENESIS = "0" * 64
CSV_COLUMNS = ("id", *FIELDS, "hash")


def _digest(prev_hash: str, record: dict[str, Any]) -> str:
    payload = json.dumps({k: record.get(k) for k in FIELDS}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + payload).encode("utf-8")).hexdigest()


def append(
    conn: Connection,
    action: str,
    *,
    actor: str | None = None,
    role: str | None = None,
    case_id: int | None = None,
    obj: str | None = None,
    detail: dict[str, Any] | None = None,
    ip: str | None = None,
) -> None:
    newest = audit_rows.newest(conn)
    prev = newest[1] if newest else GENESIS
    record = {
        "at": now(),
        "actor": actor,
        "role": role,
        "action": action,
        "case_id": case_id,
        "object": obj,
        "detail": json.dumps(detail, sort_keys=True) if detail else None,
        "ip": ip,
    }
    audit_rows.insert(conn, record, prev, _digest(prev, record))


@dataclass(frozen=True)
class Actor:
    """Who does something that is audited in the same transaction as the thing itself."""

    username: str | None
    role: str | None = None
    ip: str | None = None


def append_by(conn: Connection, by: Actor, action: str, **kwargs: Any) -> None:
    append(conn, action, actor=by.username, role=by.role, ip=by.ip, **kwargs)


def record(store: Store, action: str, **kwargs: Any) -> None:
    with store.write() as conn:
        append(conn, action, **kwargs)
    write_anchor(store)


# ---------------------------------------------------------------------------- the head
@dataclass(frozen=True)
class Head:
    id: int
    hash: str

    def __str__(self) -> str:
        return f"{self.id}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        number, _, digest = text.strip().partition(":")
        if not number.isdigit() or len(digest) != 64:
            raise ValueError("a head is written ID:HASH (the output of `audit head`)")
        return cls(int(number), digest.lower())


def head(store: Store) -> Head:
    with store.read() as conn:
        newest = audit_rows.newest(conn)
    return Head(*newest) if newest else Head(0, GENESIS)


def recorded_since(store: Store, mark: Head, case_id: int, actor: str) -> bool:
    """Whether `actor` has added a record about the case since the head was `mark`."""
    with store.read() as conn:
        return audit_rows.recorded_since(conn, mark.id, case_id, actor)


def anchor_path(store: Store) -> Path | None:
    return None if store.path == ":memory:" else Path(store.path + ".audit-head")


def write_anchor(store: Store) -> None:
    """Rewrite the anchor file with the current head (atomically; owner-only)."""
    path = anchor_path(store)
    if path is None:
        return
    tmp = path.with_name(path.name + ".new")
    with store.read() as conn:  # requests record concurrently: one writer of the temp file at a time
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(str(head(store)) + "\n")
            os.replace(tmp, path)
        except OSError:  # a full disk: the file keeps an older head, which verification accepts
            log.warning("the audit anchor file could not be rewritten")
            return
        if not audit_rows.anchor_written(conn):
            with store.write() as marking:
                audit_rows.mark_anchor_written(marking)


def read_anchor(store: Store) -> Head | None:
    path = anchor_path(store)
    if path is None or not path.exists():
        return None
    return Head.parse(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------- verification
@dataclass(frozen=True)
class Verification:
    ok: bool
    records: int
    first_bad: int | None = None
    reason: str = ""
    head: Head | None = None


def _walk_chain(conn: Connection) -> Verification:
    prev, count, expected_id = GENESIS, 0, None
    for row in audit_rows.in_order(conn):
        count += 1
        if expected_id is not None and row["id"] != expected_id:
            return Verification(False, count, row["id"], f"record {expected_id} is missing")
        if row["prev_hash"] != prev:
            return Verification(False, count, row["id"], "the chain is broken before this record")
        if _digest(prev, row) != row["hash"]:
            return Verification(False, count, row["id"], "this record was altered")
        prev = row["hash"]
        expected_id = row["id"] + 1
    return Verification(True, count, head=Head(expected_id - 1 if expected_id else 0, prev))


def _hash_at(conn: Connection, record_id: int) -> str | None:
    if record_id == 0:
        return GENESIS
    return audit_rows.hash_of(conn, record_id)


def _check_anchor(conn: Connection, chain: Verification, anchor: Head, name: str) -> Verification:
    assert chain.head is not None
    if anchor.id > chain.head.id:
        return Verification(
            False,
            chain.records,
            anchor.id,
            f"records after {chain.head.id} were deleted (the {name} says {anchor.id})",
        )
    if _hash_at(conn, anchor.id) != anchor.hash:
        return Verification(False, chain.records, anchor.id, f"record {anchor.id} differs from the {name}")
    return chain


def verify(
    store: Store, expected: Head | None = None, *, anchor_file: bool = True, integrity: bool = False
) -> Verification:
    """Walk the chain, then check it reaches the heads anchored in the store, in the anchor file
    (unless `anchor_file` is False: a backup being checked has none beside it) and (when given)
    one the DPO recorded earlier. With `integrity`, first check every page of the store file
    (SQLCipher's page authentication and SQLite's integrity check; slower on a large store)."""
    if integrity and (problems := store.integrity_problems()):
        return Verification(False, 0, None, "the store file is damaged: " + "; ".join(problems[:3]))
    with store.read() as conn:
        chain = _walk_chain(conn)
        if not chain.ok:
            return chain
        kept = audit_rows.anchored_head(conn)
        anchors = [(Head(*kept) if kept else Head(1 << 62, GENESIS), "head kept in the store")]
        file_anchor = read_anchor(store)
        if file_anchor is not None:
            anchors.append((file_anchor, "anchor file"))
        elif anchor_file and anchor_path(store) is not None and audit_rows.anchor_written(conn):
            return Verification(
                False,
                chain.records,
                None,
                f"the anchor file {anchor_path(store)} is missing (it has been written before)",
            )
        if expected is not None:
            anchors.append((expected, "head you recorded"))
        for anchor, name in anchors:
            chain = _check_anchor(conn, chain, anchor, name)
            if not chain.ok:
                return chain
    return chain


# ---------------------------------------------------------------------------- search and export
def search(store: Store, query: Query) -> list[dict[str, Any]]:
    """The newest matching records first."""
    with store.read() as conn:
        return audit_rows.search(conn, query)


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_safe(row.get(k)) for k in CSV_COLUMNS})
    return buffer.getvalue()


def _csv_safe(value: Any) -> Any:
    # A cell starting with = + - @ runs as a formula when the CSV is opened in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
