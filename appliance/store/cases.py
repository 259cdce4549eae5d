"""Cases: the child's details, the lawful basis recorded for processing them, and status; and
every table's rows of a case, for erasure and subject access."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from appliance.case import DETAIL_FIELDS, CaseDetails
from appliance.errors import NotFound
from appliance.store.db import Connection

if TYPE_CHECKING:
    from appliance.cases.status import CaseStatus  # the status machine sits above the store


@dataclass(frozen=True)
class Case:
    id: int
    child_name: str
    preferred_name: str | None
    date_of_birth: str | None
    year_group: int | None
    request_date: str | None
    la_reference: str | None
    hearing_impairment: bool | None
    vision_impairment: bool | None
    team: str
    status: CaseStatus
    lawful_basis: str | None
    family_informed_on: str | None
    created_by: int | None
    created_at: str
    closed_at: str | None
    retention_until: str | None
    date_of_birth_unknown: bool = False  # recorded as not known, rather than left out
    request_date_unknown: bool = False
    assigned_to: int | None = None  # the caseworker responsible
    closed_reason: str | None = None

    def details(self) -> CaseDetails:
        """The case as `case.schema.json` describes it."""
        return CaseDetails(**{k: getattr(self, k) for k in DETAIL_FIELDS})

    @property
    def consent_recorded(self) -> bool:
        return bool(self.lawful_basis and self.family_informed_on)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row(row: Any) -> Case:
    data = dict(row)
    for flag in ("hearing_impairment", "vision_impairment"):
        data[flag] = None if data[flag] is None else bool(data[flag])
    for flag in ("date_of_birth_unknown", "request_date_unknown"):
        data[flag] = bool(data[flag])
    return Case(**data)


def create(
    conn: Connection,
    details: dict[str, Any],
    *,
    team: str = "default",
    created_by: int | None = None,
    lawful_basis: str | None = None,
    family_informed_on: str | None = None,
    date_of_birth_unknown: bool = False,
    request_date_unknown: bool = False,
    assigned_to: int | None = None,
) -> int:
    """A new case, assigned to `assigned_to` (or to whoever created it)."""
    values = [details.get(k) for k in DETAIL_FIELDS]
    cur = conn.execute(
        f"INSERT INTO cases ({', '.join(DETAIL_FIELDS)}, team, created_by, created_at, lawful_basis, "  # noqa: S608
        "family_informed_on, date_of_birth_unknown, request_date_unknown, assigned_to) "
        f"VALUES ({', '.join('?' * len(DETAIL_FIELDS))}, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            *values,
            team,
            created_by,
            now(),
            lawful_basis,
            family_informed_on,
            int(date_of_birth_unknown),
            int(request_date_unknown),
            assigned_to if assigned_to is not None else created_by,
        ),
    )
    return int(cur.lastrowid)


def get(conn: Connection, case_id: int) -> Case:
    row = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound("No such case.")
    return _row(row)


def list_cases(conn: Connection, team: str | None = None) -> list[Case]:
    if team is None:
        rows = conn.execute("SELECT * FROM cases ORDER BY request_date IS NULL, request_date, id").fetchall()
    else:
        rows = conn.execute(
            "SELECT * FROM cases WHERE team = ? ORDER BY request_date IS NULL, request_date, id", (team,)
        ).fetchall()
    return [_row(r) for r in rows]


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0])


def update(conn: Connection, case_id: int, **values: Any) -> None:
    """Change the case's details; its status changes only through `appliance.cases.status.move`."""
    allowed = set(DETAIL_FIELDS) | {
        "lawful_basis",
        "family_informed_on",
        "team",
        "closed_at",
        "retention_until",
        "closed_reason",
        "date_of_birth_unknown",
        "request_date_unknown",
        "assigned_to",
    }
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"unknown case fields: {sorted(unknown)}")
    if values:
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE cases SET {sets} WHERE id = ?", (*values.values(), case_id))  # noqa: S608


def set_status(conn: Connection, case_id: int, status: CaseStatus) -> None:
    """Low level: only `appliance.cases.status.move` calls this, after checking the move is allowed."""
    conn.execute("UPDATE cases SET status = ? WHERE id = ?", (status, case_id))


def delete(conn: Connection, case_id: int) -> None:
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))


# ---------------------------------------------------------------------------- what the DPO sees
@dataclass(frozen=True)
class CaseRecord:
    """What the DPO sees of a case: identifiers and dates, no content."""

    id: int
    la_reference: str | None
    team: str
    status: CaseStatus
    created_at: str
    closed_at: str | None
    retention_until: str | None
    lawful_basis_recorded: bool
    documents: int


def records(conn: Connection, *, due_on: str | None = None) -> list[CaseRecord]:
    """Every case (or those whose retention date is on or before `due_on`, ISO), oldest first."""
    sql = (
        "SELECT c.id, c.la_reference, c.team, c.status, c.created_at, c.closed_at, c.retention_until, "
        "c.lawful_basis IS NOT NULL AND c.family_informed_on IS NOT NULL, "
        "(SELECT COUNT(*) FROM documents d WHERE d.case_id = c.id) FROM cases c"
    )
    params: tuple[Any, ...] = ()
    if due_on is not None:
        sql += " WHERE c.retention_until IS NOT NULL AND c.retention_until <= ?"
        params = (due_on,)
    rows = conn.execute(sql + " ORDER BY c.id", params).fetchall()
    return [CaseRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), int(r[8])) for r in rows]


# ---------------------------------------------------------------------------- every table's rows of a case
def tables_with_case_id(conn: Connection) -> list[str]:
    """Every table with a `case_id` column, by name (later migrations' tables included)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [name for name in names if any(col[1] == "case_id" for col in conn.execute(f'PRAGMA table_info("{name}")'))]


def _case_table(conn: Connection, table: str) -> str:
    # The table name goes into the SQL text, so it must be one of the store's own tables.
    if table not in tables_with_case_id(conn):
        raise ValueError(f"{table!r} is not a table of case rows")
    return table


def rows_in(conn: Connection, table: str, case_id: int) -> list[dict[str, Any]]:
    """The case's rows in `table`, every column."""
    name = _case_table(conn, table)
    rows = conn.execute(f'SELECT * FROM "{name}" WHERE case_id = ?', (case_id,)).fetchall()  # noqa: S608
    return [dict(r) for r in rows]


def delete_rows_in(conn: Connection, table: str, case_id: int) -> int:
    """Delete the case's rows in `table`; how many there were."""
    name = _case_table(conn, table)
    return int(conn.execute(f'DELETE FROM "{name}" WHERE case_id = ?', (case_id,)).rowcount)  # noqa: S608
