"""What reviewers decided: flag decisions (accept / dismiss with a reason) and sections marked
reviewed. Both are kept per case, beside the draft versions, and name who decided."""

from __future__ import annotations

from dataclasses import dataclass

from appliance.store.cases import now
from appliance.store.db import Connection


@dataclass(frozen=True)
class FlagDecision:
    flag_key: str
    decision: str  # accepted | dismissed | overridden
    reason: str | None
    decided_by: str | None  # the username, for display
    decided_at: str


@dataclass(frozen=True)
class SectionReview:
    section: str
    reviewed_by: str | None
    reviewed_at: str


def decide(
    conn: Connection, case_id: int, flag_key: str, decision: str, reason: str | None, user_id: int | None
) -> None:
    conn.execute(
        "INSERT INTO flag_decisions (case_id, flag_key, decision, reason, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, flag_key) DO UPDATE SET "
        "decision = excluded.decision, reason = excluded.reason, decided_by = excluded.decided_by, "
        "decided_at = excluded.decided_at",
        (case_id, flag_key, decision, reason, user_id, now()),
    )


def undecide(conn: Connection, case_id: int, flag_key: str) -> None:
    conn.execute("DELETE FROM flag_decisions WHERE case_id = ? AND flag_key = ?", (case_id, flag_key))


def decisions(conn: Connection, case_id: int) -> dict[str, FlagDecision]:
    rows = conn.execute(
        "SELECT d.flag_key, d.decision, d.reason, u.username, d.decided_at FROM flag_decisions d "
        "LEFT JOIN users u ON u.id = d.decided_by WHERE d.case_id = ?",
        (case_id,),
    ).fetchall()
    return {r[0]: FlagDecision(r[0], r[1], r[2], r[3], r[4]) for r in rows}


def mark_reviewed(conn: Connection, case_id: int, section: str, user_id: int | None) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO section_reviews (case_id, section, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?)",
        (case_id, section, user_id, now()),
    )


def unmark_reviewed(conn: Connection, case_id: int, section: str) -> None:
    conn.execute("DELETE FROM section_reviews WHERE case_id = ? AND section = ?", (case_id, section))


def section_reviews(conn: Connection, case_id: int) -> dict[str, SectionReview]:
    rows = conn.execute(
        "SELECT r.section, u.username, r.reviewed_at FROM section_reviews r "
        "LEFT JOIN users u ON u.id = r.reviewed_by WHERE r.case_id = ?",
        (case_id,),
    ).fetchall()
    return {r[0]: SectionReview(r[0], r[1], r[2]) for r in rows}


def usernames(conn: Connection, user_ids: set[int]) -> dict[int, str]:
    """Who made each version, for the history; unknown ids are left out."""
    if not user_ids:
        return {}
    marks = ", ".join("?" * len(user_ids))
    rows = conn.execute(f"SELECT id, username FROM users WHERE id IN ({marks})", tuple(user_ids))  # noqa: S608
    return {int(r[0]): str(r[1]) for r in rows.fetchall()}
