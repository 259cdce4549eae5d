"""Drafting jobs: one row per job the queue ran or is running, so a job's outcome outlives the
worker's memory of it (after a restart, the job page still says how it ended)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from appliance.store.cases import now
from appliance.store.db import Connection

if TYPE_CHECKING:
    from appliance.cases.jobs import JobStatus  # the queue sits above the store


@dataclass(frozen=True)
class JobRecord:
    id: str
    case_id: int
    kind: str
    status: JobStatus
    stage: str | None
    progress: float
    message: str | None
    draft_id: int | None  # the draft version made, when done
    created_by: int | None
    created_at: str
    started_at: str | None
    finished_at: str | None


def create(conn: Connection, job_id: str, case_id: int, created_by: int | None, kind: str = "draft") -> None:
    """A new job, queued."""
    conn.execute(
        "INSERT INTO jobs (id, case_id, kind, status, created_by, created_at) VALUES (?, ?, ?, 'queued', ?, ?)",
        (job_id, case_id, kind, created_by, now()),
    )


def update(
    conn: Connection,
    job_id: str,
    *,
    status: JobStatus,
    stage: str,
    progress: float,
    message: str,
    draft_id: int | None,
    finished: bool,
) -> None:
    """Record where the job stands; the first update stamps its start, a finished one its end."""
    stamp = now()
    conn.execute(
        "UPDATE jobs SET status = ?, stage = ?, progress = ?, message = ?, draft_id = ?, "
        "started_at = COALESCE(started_at, ?), finished_at = ? WHERE id = ?",
        (status, stage, progress, message, draft_id, stamp, stamp if finished else None, job_id),
    )


def get(conn: Connection, job_id: str) -> JobRecord | None:
    row = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    return None if row is None else JobRecord(**dict(row))


def interrupt_unfinished(conn: Connection, message: str) -> list[JobRecord]:
    """Mark every job still queued or running as interrupted: called at start-up, when no job
    can be running, so these were left by a process that died (kill -9, power cut)."""
    rows = conn.execute("SELECT * FROM jobs WHERE status IN ('queued', 'running')").fetchall()
    conn.execute(
        "UPDATE jobs SET status = 'interrupted', message = ?, finished_at = ? WHERE status IN ('queued', 'running')",
        (message, now()),
    )
    return [JobRecord(**dict(r)) for r in rows]


def latest_for_case(conn: Connection, case_id: int) -> JobRecord | None:
    row = conn.execute(
        "SELECT * FROM jobs WHERE case_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1", (case_id,)
    ).fetchone()
    return None if row is None else JobRecord(**dict(row))
