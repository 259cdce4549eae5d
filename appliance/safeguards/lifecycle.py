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

from appliance.cases import status
from appliance.errors import InputError
from appliance.safeguards import audit
from appliance.store import Store, cases, documents, drafts
from appliance.store import audit as audit_rows
from appliance.store.cases import CaseRecord
from appliance.store.db import Connection

ERASURE_REASONS = {
    "retention_expired": "The retention period has ended",
    "erasure_request": "A request for erasure was upheld",
    "created_in_error": "The case was created in error",
}
# Why a caseworker or manager closed a case; a case closed as created in error may be erased by a
# manager straight away, every other closed case waits for its retention date and the DPO.
CLOSE_REASONS = {
    "plan_issued": "The final plan was issued",
    "withdrawn": "The request was withdrawn",
    "not_assessed": "The local authority decided not to assess, or not to issue a plan",
    "moved_away": "The child moved to another local authority",
    "created_in_error": "Created in error, or a duplicate of another case",
}
KEPT_TABLES = {"audit", "cases"}  # the audit is never erased; the case row goes last


@dataclass(frozen=True)
class Erasure:
    case_id: int
    rows: dict[str, int]


def retention_date(closed_on: date, years: int) -> date:
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:  # 29 February
        return closed_on.replace(year=closed_on.year + years, day=28)


def close_case(
    store: Store, case_id: int, retention_years: int, *, on: date | None = None, reason: str = "plan_issued"
) -> str:
    """Close the case for `reason` (a key of CLOSE_REASONS) and set the date it becomes due for
    erasure; that date, ISO."""
    if reason not in CLOSE_REASONS:
        raise InputError("Choose why the case is being closed.", field="reason")
    closed = on or datetime.now(UTC).date()
    until = retention_date(closed, retention_years).isoformat()
    with store.write() as conn:
        status.move(conn, case_id, "closed")
        cases.update(conn, case_id, closed_at=closed.isoformat(), retention_until=until, closed_reason=reason)
    return until


def reopen_case(store: Store, case_id: int) -> None:
    """Undo a closure: the case is no longer due for erasure."""
    with store.write() as conn:
        if cases.get(conn, case_id).status != "closed":
            raise InputError("This case is not closed.")
        status.move(conn, case_id, "drafted" if drafts.exists(conn, case_id) else "advice_gathering")
        cases.update(conn, case_id, closed_at=None, retention_until=None, closed_reason=None)


def case_records(store: Store, *, due_on: date | None = None) -> list[CaseRecord]:
    """Every case (or those whose retention date is on or before `due_on`), oldest first."""
    with store.read() as conn:
        return cases.records(conn, due_on=due_on.isoformat() if due_on else None)


def due_for_erasure(store: Store, today: date | None = None) -> list[CaseRecord]:
    return case_records(store, due_on=today or datetime.now(UTC).date())


# ---------------------------------------------------------------------------- erasure
def case_tables(conn: Connection) -> list[str]:
    """Tables holding rows of a case (a `case_id` column), except the audit and cases."""
    return [name for name in cases.tables_with_case_id(conn) if name not in KEPT_TABLES]


def erase_case(
    store: Store,
    case_id: int,
    reason: str,
    *,
    actor: str | None,
    role: str | None = None,
    ip: str | None = None,
) -> Erasure:
    """Delete every trace of the case, then vacuum. Audited, with row counts and no content.
    Erasure never depends on the case's drafting jobs: a job a dead process left "running" is
    erased with the rest, and a live one can no longer save a draft for a case that is gone."""
    if reason not in ERASURE_REASONS:
        raise InputError("Choose why the case is being erased.")
    with store.write() as conn:
        cases.get(conn, case_id)
        rows = {}
        for table in case_tables(conn):
            rows[table] = cases.delete_rows_in(conn, table, case_id)
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


def erase_mistaken_case(store: Store, case_id: int, *, actor: str | None, role: str | None, ip: str | None) -> Erasure:
    """A manager erases a case closed as created in error (a duplicate, the wrong child) without
    waiting for its retention date; any other case waits for the DPO."""
    with store.read() as conn:
        case = cases.get(conn, case_id)
    if case.status != "closed" or case.closed_reason != "created_in_error":
        raise InputError("Only a case closed as created in error can be erased now; the DPO erases the others.")
    return erase_case(store, case_id, "created_in_error", actor=actor, role=role, ip=ip)


def scrub(store: Store) -> None:
    """Rebuild the full-text index (its segments keep deleted terms until merged) and vacuum."""
    with store.write() as conn:
        documents.optimize_index(conn)
    store.vacuum()


# ---------------------------------------------------------------------------- subject access
def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9 ._()-]+", "_", name).strip(" .") or "document"
    return cleaned[:120]


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
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
        rows = cases.rows_in(conn, table, case_id)
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
