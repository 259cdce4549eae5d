"""Cases: the child's details, the lawful basis recorded for processing them, and status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from appliance.case import DETAIL_FIELDS, CaseDetails
from appliance.errors import NotFound
from appliance.store.db import Connection

STATUSES = ("advice_gathering", "drafted", "in_review", "signed_off", "closed")


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
    status: str
    lawful_basis: str | None
    family_informed_on: str | None
    created_by: int | None
    created_at: str
    closed_at: str | None
    retention_until: str | None

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
    return Case(**data)


def create(
    conn: Connection,
    details: dict[str, Any],
    *,
    team: str = "default",
    created_by: int | None = None,
    lawful_basis: str | None = None,
    family_informed_on: str | None = None,
) -> int:
    values = [details.get(k) for k in DETAIL_FIELDS]
    cur = conn.execute(
        f"INSERT INTO cases ({', '.join(DETAIL_FIELDS)}, team, created_by, created_at, lawful_basis, "  # noqa: S608
        f"family_informed_on) VALUES ({', '.join('?' * len(DETAIL_FIELDS))}, ?, ?, ?, ?, ?)",
        (*values, team, created_by, now(), lawful_basis, family_informed_on),
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


def update(conn: Connection, case_id: int, **values: Any) -> None:
    allowed = set(DETAIL_FIELDS) | {
        "status",
        "lawful_basis",
        "family_informed_on",
        "team",
        "closed_at",
        "retention_until",
    }
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"unknown case fields: {sorted(unknown)}")
    if values:
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE cases SET {sets} WHERE id = ?", (*values.values(), case_id))  # noqa: S608


def delete(conn: Connection, case_id: int) -> None:
    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
