"""Annual reviews of a case's plan: the meeting and review type, the current plan's document and
the review evidence, the proposal (which draft version holds it and how it relates to the current
plan), the decision with the amendment notice, the family's representations, and the final plan.

Every row carries its case id, so erasing a case and a subject access export find them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from appliance.errors import NotFound
from appliance.store.cases import now
from appliance.store.db import Connection

ReviewStatus = Literal["evidence", "proposed", "decided", "finalised", "closed"]
DocumentRole = Literal["plan", "evidence"]
COLUMNS = (
    "id, case_id, review_type, meeting_date, next_phase, plan_issued, today, status, amendment, proposal_version, "
    "decision, decision_reason, decided_by, decided_at, notice_date, final_version, created_by, created_at"
)
FIELDS = tuple(c.strip() for c in COLUMNS.split(","))


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    case_id: int
    review_type: str
    meeting_date: str
    next_phase: str | None
    plan_issued: str | None
    today: str | None
    status: str
    amendment: dict[str, Any] | None
    proposal_version: int | None
    decision: str | None
    decision_reason: str | None
    decided_by: int | None
    decided_at: str | None
    notice_date: str | None
    final_version: int | None
    created_by: int | None
    created_at: str

    @property
    def open(self) -> bool:
        return self.status in ("evidence", "proposed", "decided")


@dataclass(frozen=True)
class Representation:
    id: int
    review_id: int
    received_on: str | None
    from_whom: str
    text: str
    statement_id: str | None
    response: str | None  # accepted | revised
    response_reason: str | None
    recorded_at: str


def _record(row: Any) -> ReviewRecord:
    data = dict(row)
    data["amendment"] = json.loads(data["amendment"]) if data["amendment"] else None
    return ReviewRecord(**data)


def create(conn: Connection, case_id: int, details: dict[str, str | None], created_by: int | None) -> int:
    cur = conn.execute(
        "INSERT INTO annual_reviews (case_id, review_type, meeting_date, next_phase, plan_issued, today, status, "
        "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'evidence', ?, ?)",
        (
            case_id,
            details["review_type"],
            details["meeting_date"],
            details.get("next_phase"),
            details.get("plan_issued"),
            details.get("today"),
            created_by,
            now(),
        ),
    )
    return int(cur.lastrowid)


def get(conn: Connection, review_id: int) -> ReviewRecord:
    row = conn.execute(f"SELECT {COLUMNS} FROM annual_reviews WHERE id = ?", (review_id,)).fetchone()  # noqa: S608
    if row is None:
        raise NotFound("No such review.")
    return _record(row)


def for_case(conn: Connection, case_id: int) -> list[ReviewRecord]:
    sql = f"SELECT {COLUMNS} FROM annual_reviews WHERE case_id = ? ORDER BY id"  # noqa: S608
    rows = conn.execute(sql, (case_id,)).fetchall()
    return [_record(r) for r in rows]


def open_for_case(conn: Connection, case_id: int) -> ReviewRecord | None:
    return next((r for r in reversed(for_case(conn, case_id)) if r.open), None)


def for_team(conn: Connection, team: str) -> list[tuple[ReviewRecord, str, int | None]]:
    """Every review of the team's cases with the child's name and year group."""
    rows = conn.execute(
        f"SELECT {', '.join('r.' + f for f in FIELDS)}, c.child_name, c.year_group "  # noqa: S608
        "FROM annual_reviews r JOIN cases c ON c.id = r.case_id WHERE c.team = ? ORDER BY r.meeting_date",
        (team,),
    ).fetchall()
    n = len(FIELDS)
    return [(_record({f: r[i] for i, f in enumerate(FIELDS)}), r[n], r[n + 1]) for r in rows]


def update(conn: Connection, review_id: int, **values: Any) -> None:
    allowed = {
        "status",
        "proposal_version",
        "notice_date",
        "final_version",
        "review_type",
        "meeting_date",
        "next_phase",
    }
    unknown = set(values) - allowed
    if unknown:
        raise ValueError(f"unknown review fields: {sorted(unknown)}")
    if values:
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE annual_reviews SET {sets} WHERE id = ?", (*values.values(), review_id))  # noqa: S608


def save_amendment(conn: Connection, review_id: int, amendment: dict[str, Any]) -> None:
    conn.execute("UPDATE annual_reviews SET amendment = ? WHERE id = ?", (json.dumps(amendment), review_id))


def decide(
    conn: Connection, review_id: int, decision: str, reason: str, user_id: int | None, notice_date: str | None
) -> None:
    conn.execute(
        "UPDATE annual_reviews SET decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?, "
        "notice_date = ?, status = 'decided' WHERE id = ?",
        (decision, reason, user_id, now(), notice_date, review_id),
    )


def attach(conn: Connection, review_id: int, case_id: int, document_id: int, role: DocumentRole) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO review_documents (review_id, case_id, document_id, role) VALUES (?, ?, ?, ?)",
        (review_id, case_id, document_id, role),
    )


def detach_plans(conn: Connection, review_id: int) -> None:
    """Forget the review's current plan document (another one replaces it; the file stays)."""
    conn.execute("DELETE FROM review_documents WHERE review_id = ? AND role = 'plan'", (review_id,))


def documents(conn: Connection, review_id: int) -> list[tuple[int, DocumentRole]]:
    rows = conn.execute(
        "SELECT document_id, role FROM review_documents WHERE review_id = ? ORDER BY document_id", (review_id,)
    ).fetchall()
    return [(int(r[0]), r[1]) for r in rows]


def add_representation(
    conn: Connection,
    review_id: int,
    case_id: int,
    *,
    received_on: str | None,
    from_whom: str,
    text: str,
    statement_id: str | None,
    user_id: int | None,
) -> int:
    cur = conn.execute(
        "INSERT INTO review_representations (review_id, case_id, received_on, from_whom, text, statement_id, "
        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (review_id, case_id, received_on, from_whom, text, statement_id, user_id, now()),
    )
    return int(cur.lastrowid)


def respond(conn: Connection, representation_id: int, response: str, reason: str, user_id: int | None) -> None:
    conn.execute(
        "UPDATE review_representations SET response = ?, response_reason = ?, responded_by = ?, responded_at = ? "
        "WHERE id = ?",
        (response, reason, user_id, now(), representation_id),
    )


def representations(conn: Connection, review_id: int) -> list[Representation]:
    rows = conn.execute(
        "SELECT id, review_id, received_on, from_whom, text, statement_id, response, response_reason, recorded_at "
        "FROM review_representations WHERE review_id = ? ORDER BY id",
        (review_id,),
    ).fetchall()
    return [Representation(**dict(r)) for r in rows]
