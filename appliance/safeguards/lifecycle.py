"""The life of a case's data: closure and retention, erasure, and subject access.

Erasure deletes every row that belongs to the case from every table that has a `case_id`
(documents and their passages and full-text index, drafts, flag decisions, reviews, jobs, and
whatever later migrations add), then rebuilds the full-text index and vacuums the file so no
free page keeps a copy. The audit keeps its records about the case (they hold no content) and
gains one saying who erased it, when and why.
"""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from typing import Any

from appliance.errors import InputError
from appliance.safeguards import audit
from appliance.store import Store, cases, documents
from appliance.store import audit as audit_rows
from appliance.store.db import Connection

ERASURE_REASONS = {
    "retention_expired": "The retention period has ended",
    "erasure_request": "A request for erasure was upheld",
    "created_in_error": "The case was created in error",
}
KEPT_TABLES = {"audit", "cases"}  # the audit is never erased; the case row goes last


@dataclass(frozen=True)
class CaseRecord:
    """What the DPO sees of a case: identifiers and dates, no content."""

    id: int
    la_reference: str | None
    team: str
    status: str
    created_at: str
    closed_at: str | None
    retention_until: str | None
    lawful_basis_recorded: bool
    documents: int


@dataclass(frozen=True)
class Erasure:
    case_id: int
    rows: dict[str, int]


def retention_date(closed_on: date, years: int) -> date:
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:  # 29 February
        return closed_on.replace(year=closed_on.year + years, day=28)


def close_case(store: Store, case_id: int, retention_years: int, *, on: date | None = None) -> str:
    """Close the case and set the date it becomes due for erasure; that date, ISO."""
    closed = on or datetime.now(UTC).date()
    until = retention_date(closed, retention_years).isoformat()
    with store.write() as conn:
        cases.get(conn, case_id)
        cases.update(conn, case_id, status="closed", closed_at=closed.isoformat(), retention_until=until)
    return until


def reopen_case(store: Store, case_id: int) -> None:
    """Undo a closure: the case is no longer due for erasure."""
    with store.write() as conn:
        if cases.get(conn, case_id).status != "closed":
            raise InputError("This case is not closed.")
        has_draft = conn.execute("SELECT 1 FROM drafts WHERE case_id = ? LIMIT 1", (case_id,)).fetchone()
        cases.update(
            conn,
            case_id,
            status="drafted" if has_draft else "advice_gathering",
            closed_at=None,
            retention_until=None,
        )


def case_records(store: Store, *, due_on: date | None = None) -> list[CaseRecord]:
    """Every case (or those whose retention date is on or before `due_on`), oldest first."""
    sql = (
        "SELECT c.id, c.la_reference, c.team, c.status, c.created_at, c.closed_at, c.retention_until, "
        "c.lawful_basis IS NOT NULL AND c.family_informed_on IS NOT NULL, "
        "(SELECT COUNT(*) FROM documents d WHERE d.case_id = c.id) FROM cases c"
    )
    params: tuple[Any, ...] = ()
    if due_on is not None:
        sql += " WHERE c.retention_until IS NOT NULL AND c.retention_until <= ?"
        params = (due_on.isoformat(),)
    with store.read() as conn:
        rows = conn.execute(sql + " ORDER BY c.id", params).fetchall()
    return [CaseRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), int(r[8])) for r in rows]


def due_for_erasure(store: Store, today: date | None = None) -> list[CaseRecord]:
    return case_records(store, due_on=today or datetime.now(UTC).date())


# ---------------------------------------------------------------------------- erasure
def case_tables(conn: Connection) -> list[str]:
    """Tables holding rows of a case (a `case_id` column), except the audit and cases."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [
        name
        for name in names
        if name not in KEPT_TABLES and any(col[1] == "case_id" for col in conn.execute(f'PRAGMA table_info("{name}")'))
    ]


def _busy(conn: Connection, case_id: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM jobs WHERE case_id = ? AND status IN ('queued', 'running') LIMIT 1", (case_id,)
    ).fetchone()
    return row is not None


def erase_case(
    store: Store,
    case_id: int,
    reason: str,
    *,
    actor: str | None,
    role: str | None = None,
    ip: str | None = None,
) -> Erasure:
    """Delete every trace of the case, then vacuum. Audited, with row counts and no content."""
    if reason not in ERASURE_REASONS:
        raise InputError("Choose why the case is being erased.")
    with store.write() as conn:
        cases.get(conn, case_id)
        if _busy(conn, case_id):
            raise InputError("A draft is being made for this case; cancel it before erasing the case.")
        rows = {}
        for table in case_tables(conn):
            cur = conn.execute(f'DELETE FROM "{table}" WHERE case_id = ?', (case_id,))  # noqa: S608
            rows[table] = int(cur.rowcount)
        cases.delete(conn, case_id)
        audit.append(
            conn,
            "case.erase",
            actor=actor,
            role=role,
            case_id=case_id,
            ip=ip,
            detail={"reason": reason, "rows": {k: v for k, v in rows.items() if v}},
        )
    audit.write_anchor(store)
    scrub(store)
    return Erasure(case_id, rows)


def scrub(store: Store) -> None:
    """Rebuild the full-text index (its segments keep deleted terms until merged) and vacuum."""
    with store.write() as conn:
        conn.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
    store.vacuum()


# ---------------------------------------------------------------------------- subject access
def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9 ._()-]+", "_", name).strip(" .") or "document"
    return cleaned[:120]


def _jsonable(row: Any) -> dict[str, Any]:
    out = {}
    for key, value in dict(row).items():
        out[key] = base64.b64encode(value).decode("ascii") if isinstance(value, bytes | memoryview) else value
    return out


def _write_json(archive: zipfile.ZipFile, name: str, data: Any) -> None:
    archive.writestr(name, json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _add_documents(archive: zipfile.ZipFile, conn: Connection, case_id: int) -> None:
    listing = []
    for n, doc in enumerate(documents.for_case(conn, case_id), start=1):
        stem = f"documents/{n:02d}-{_safe_name(doc.filename)}"
        archive.writestr(stem, documents.content(conn, doc.id))
        passages = [asdict(p) for p in documents.passages(conn, doc.id)]
        _write_json(archive, f"{stem}.passages.json", passages)
        listing.append({**asdict(doc), "file_in_archive": stem})
    _write_json(archive, "documents.json", listing)


def _add_tables(archive: zipfile.ZipFile, conn: Connection, case_id: int) -> None:
    for table in case_tables(conn):
        if table == "documents":
            continue  # the originals and their metadata are written above
        rows = conn.execute(f'SELECT * FROM "{table}" WHERE case_id = ?', (case_id,)).fetchall()  # noqa: S608
        if table == "drafts":
            for row in rows:
                data = {**_jsonable(row), "content": json.loads(row["content"])}
                _write_json(archive, f"drafts/version-{row['version']}.json", data)
        elif rows:
            _write_json(archive, f"records/{table}.json", [_jsonable(r) for r in rows])


README = """Subject access export from the EHCP drafting appliance

case.json         the case: the child's details, lawful basis, dates and status
documents/        every advice document as uploaded, with the passages read from it
documents.json    what the appliance recorded about each document
drafts/           every version of the draft plan
records/          other records about the case (review decisions, drafting jobs, ...)
audit.csv         every audit record about the case: who did what, when, from where
"""


def subject_access_export(store: Store, case_id: int) -> bytes:
    """One zip archive, built in memory, of everything held about the case's child."""
    buffer = io.BytesIO()
    with store.read() as conn, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        case = cases.get(conn, case_id)
        archive.writestr("README.txt", README)
        _write_json(archive, "case.json", asdict(case))
        _add_documents(archive, conn, case_id)
        _add_tables(archive, conn, case_id)
        archive.writestr("audit.csv", audit.to_csv(audit_rows.for_case(conn, case_id)))
    return buffer.getvalue()
