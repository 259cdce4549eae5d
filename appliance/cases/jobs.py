"""The draft queue: worker threads in front of the model, first in first out, with live progress
and cancellation. Web requests never wait on the model. One worker for the in-process model;
several for a model server with parallel slots (`workers`)."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal, TypedDict, Unpack

from appliance.cases import casework, reviewing
from appliance.cases.casework import DraftOptions
from appliance.config import Settings
from appliance.errors import ApplianceError, Cancelled
from appliance.llm.base import LLM, model_notice
from appliance.store import Store, jobs

log = logging.getLogger(__name__)

JobStatus = Literal["queued", "running", "done", "failed", "cancelled", "interrupted"]
FINISHED: frozenset[JobStatus] = frozenset({"done", "failed", "cancelled", "interrupted"})
INTERRUPTED = (
    "Interrupted: the appliance stopped while this draft was being made, and nothing of it was saved. "
    "Draft again from the case page."
)


@dataclass(frozen=True)
class Job:
    id: str
    case_id: int
    status: JobStatus
    stage: str = ""
    progress: float = 0.0
    message: str = ""
    elapsed: float = 0.0
    position: int = 0  # place in the queue while queued (1 = next)
    version: int | None = None  # the draft version made, when done
    review_id: int | None = None  # a review's proposal, not a new draft

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


class _Changes(TypedDict, total=False):
    status: JobStatus
    stage: str
    progress: float
    message: str
    elapsed: float
    position: int
    version: int | None


class JobQueue:
    def __init__(
        self,
        store: Store,
        llm: LLM | None,
        options: DraftOptions,
        on_finish: Callable[[Job], None] | None = None,
        *,
        workers: int = 1,
    ) -> None:
        self.store = store
        self.llm = llm
        self.options = options
        self.on_finish = on_finish
        self._queue: deque[str] = deque()
        self._jobs: dict[str, Job] = {}
        self._owners: dict[str, int | None] = {}
        self._cancel: dict[str, threading.Event] = {}
        self._started: dict[str, float] = {}
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._stop = False
        with store.write() as conn:  # nothing runs yet: what the store says is running was left by a dead process
            self.interrupted = jobs.interrupt_unfinished(conn, INTERRUPTED)
        self._workers = [
            threading.Thread(target=self._run, name=f"draft-worker-{n}", daemon=True) for n in range(max(1, workers))
        ]
        for worker in self._workers:
            worker.start()

    def submit(self, case_id: int, user_id: int | None = None, *, review_id: int | None = None) -> str:
        """Queue a draft of the case's plan, or with `review_id` the proposal of that review."""
        job_id = uuid.uuid4().hex
        with self.store.write() as conn:
            jobs.create(conn, job_id, case_id, user_id, kind="review" if review_id else "draft")
        with self._wake:
            self._jobs[job_id] = Job(job_id, case_id, "queued", message="Waiting for the model", review_id=review_id)
            self._owners[job_id] = user_id
            self._cancel[job_id] = threading.Event()
            self._queue.append(job_id)
            self._wake.notify()
        return job_id

    def status(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                return self._stored(job_id)
            if job.status == "queued":
                job = replace(job, position=list(self._queue).index(job_id) + 1)
            elif job.status == "running":
                job = replace(job, elapsed=time.monotonic() - self._started[job_id])
            return job

    def counts(self) -> dict[str, int]:
        """How many drafts are waiting and running (for monitoring)."""
        with self._lock:
            running = sum(j.status == "running" for j in self._jobs.values())
            return {"queued": len(self._queue), "running": running, "workers": len(self._workers)}

    def active_for_case(self, case_id: int) -> Job | None:
        with self._lock:
            ids = [j.id for j in self._jobs.values() if j.case_id == case_id and not j.finished]
        return self.status(ids[-1]) if ids else None

    def cancel(self, job_id: str) -> bool:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None or job.finished:
                return False
            self._cancel[job_id].set()
            if job.status == "queued":
                self._queue.remove(job_id)
                self._set(job_id, status="cancelled", message="Cancelled before it started")
        if job.status == "queued":
            self._persist(job_id)
        return True

    def shutdown(self) -> None:
        with self._wake:
            self._stop = True
            for event in self._cancel.values():
                event.set()
            self._wake.notify_all()
        for worker in self._workers:
            worker.join(timeout=30)

    # ------------------------------------------------------------------ worker
    def _set(self, job_id: str, **values: Unpack[_Changes]) -> None:
        self._jobs[job_id] = replace(self._jobs[job_id], **values)

    def _persist(self, job_id: str) -> None:
        job = self._jobs[job_id]
        with self.store.write() as conn:
            jobs.update(
                conn,
                job_id,
                status=job.status,
                stage=job.stage,
                progress=job.progress,
                message=job.message,
                draft_id=job.version,
                finished=job.finished,
            )

    def _stored(self, job_id: str) -> Job | None:
        with self.store.read() as conn:
            row = jobs.get(conn, job_id)
        if row is None:
            return None
        return Job(
            row.id, row.case_id, row.status, row.stage or "", row.progress, row.message or "", version=row.draft_id
        )

    def _next(self) -> str | None:
        with self._wake:
            while not self._queue and not self._stop:
                self._wake.wait()
            if self._stop:
                return None
            job_id = self._queue.popleft()
            self._started[job_id] = time.monotonic()
            self._set(job_id, status="running", message="Starting", position=0)
            return job_id

    def _run(self) -> None:
        while (job_id := self._next()) is not None:
            self._persist(job_id)
            self._draft(job_id)
            self._persist(job_id)
            if self.on_finish is not None:
                try:
                    self.on_finish(self._jobs[job_id])
                except Exception:
                    log.exception("on_finish failed for job %s", job_id)

    def _draft(self, job_id: str) -> None:
        job = self._jobs[job_id]

        def progress(stage: str, fraction: float, message: str) -> None:
            with self._lock:
                self._set(job_id, stage=stage, progress=fraction, message=message)

        owner, cancel = self._owners.get(job_id), self._cancel[job_id]
        try:
            if job.review_id is not None:
                options = reviewing.ReviewOptions(rewrite=self.options.rewrite, qa=self.options.qa)
                version, proposal = reviewing.propose_review(
                    self.store, job.review_id, self.llm, options, created_by=owner, progress=progress, cancel=cancel
                )
                draft = proposal.draft
            else:
                version, draft = casework.draft_case(
                    self.store, job.case_id, self.llm, self.options, created_by=owner, progress=progress, cancel=cancel
                )
        except Cancelled:
            with self._lock:
                self._set(job_id, status="cancelled", message="Cancelled")
        except ApplianceError as exc:
            with self._lock:
                self._set(job_id, status="failed", message=str(exc))
        except Exception:
            log.exception("draft job %s failed", job_id)
            with self._lock:
                self._set(job_id, status="failed", message="The draft failed; the error has been logged.")
        else:
            with self._lock:
                self._set(
                    job_id,
                    status="done",
                    progress=1.0,
                    message=ready_message(
                        "Proposal ready" if job.review_id is not None else "Draft ready", draft.stats.get("llm") or {}
                    ),
                    version=version,
                    elapsed=time.monotonic() - self._started[job_id],
                )


def ready_message(ready: str, llm_stats: dict[str, Any]) -> str:
    """ "Draft ready", and what the model could not write, when it could not."""
    notice = model_notice(llm_stats)
    return f"{ready}. {notice}" if notice else ready


def draft_workers(settings: Settings, llm: LLM | None) -> int:
    """Drafts run at once: one in front of the in-process model (it writes one statement at a
    time); for a model server EHCP_DRAFT_WORKERS, else as many as it serves at once."""
    if llm is None or llm.info.parallel <= 1:
        return 1
    return settings.draft_workers or llm.info.parallel
