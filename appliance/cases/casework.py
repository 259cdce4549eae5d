"""Casework: the operations a caseworker performs, shared by the web app and the CLI.

Each function takes the store (and what else it needs) and does one thing: open a case, add
advice, draft, save a version. Permission checks and audit happen at the edges that call these.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import Any

from appliance.case import CaseDetails
from appliance.cases import status
from appliance.config import Settings
from appliance.documents import AdviceDocument
from appliance.drafting.pipeline import draft_plan
from appliance.drafting.plan import Draft
from appliance.drafting.stages import Progress, Stages, no_progress
from appliance.errors import ConsentRequired, InputError
from appliance.ingest.isolation import ParseLimits, ingest_isolated
from appliance.llm.base import LLM, RewritePolicy
from appliance.qa import QASettings, run_checks
from appliance.review import carryover, redraft
from appliance.review.diff import diff
from appliance.safeguards import audit
from appliance.store import Store, cases, documents, drafts, redrafts, reviews
from appliance.store.db import Connection
from appliance.store.documents import StoredDocument

MACHINE_NOTE = "Drafted by the appliance"
CARRIED_NOTE = "Your earlier changes carried over to the new draft"

DRAFT_ROOM = 4 * 1024 * 1024  # a draft version is well under this; the disk must have room for it


@dataclass(frozen=True)
class DraftOptions:
    rewrite: RewritePolicy | None = None  # None: what the model's manifest entry says
    qa: QASettings = field(default_factory=QASettings)


def create_case(store: Store, details: dict[str, Any], **kwargs: Any) -> int:
    with store.write() as conn:
        return cases.create(conn, details, **kwargs)


def add_document(
    store: Store,
    case_id: int,
    filename: str,
    data: bytes,
    settings: Settings,
    *,
    uploaded_by: int | None = None,
    require_consent: bool = True,
    cancel: threading.Event | None = None,
    by: audit.Actor | None = None,
    received_at: str | None = None,
) -> int:
    """Read and keep one advice document, read in a child process under the settings' limits.
    Raises an `InputError` with a message for the user (or `Cancelled`); nothing is stored for a
    file that cannot be read, and other documents are untouched. With `by`, the upload's audit
    record is written in the same transaction as the document: both are kept, or neither."""
    with store.read() as conn:
        case = cases.get(conn, case_id)
    if require_consent and not case.consent_recorded:
        raise ConsentRequired("Record the lawful basis and the date the family was informed before uploading advice.")
    store.check_room(len(data))
    doc = ingest_isolated(data, filename, parse_limits(settings), cancel)
    with store.write() as conn:
        existing = documents.find_by_hash(conn, case_id, doc.sha256)
        # the same file again: keep the first copy
        doc_id = existing if existing is not None else documents.add(conn, case_id, data, doc, uploaded_by, received_at)
        if by is not None:
            audit.append_by(conn, by, "document.upload", case_id=case_id, obj=f"document:{doc_id}")
    if by is not None:
        audit.write_anchor(store)
    return doc_id


def parse_limits(settings: Settings) -> ParseLimits:
    return ParseLimits(
        max_bytes=settings.max_upload_bytes,
        max_pages=settings.max_pages,
        memory_mb=settings.parse_memory_mb,
        cpu_seconds=settings.parse_cpu_seconds,
        wall_seconds=settings.parse_seconds,
        output_mb=settings.parse_output_mb,
    )


def remove_document(store: Store, case_id: int, document_id: int) -> StoredDocument:
    """Erase one document of the case: its bytes, passages and index entries go from the store (the
    file is then vacuumed); drafts already made keep what they quoted until the case is drafted again."""
    with store.write() as conn:
        doc = documents.get(conn, document_id)
        if doc.case_id != case_id:
            raise InputError("That document belongs to another case.")
        documents.delete(conn, document_id)
        documents.optimize_index(conn)
    store.vacuum()
    return doc


def ensure_draftable(store: Store, case_id: int) -> None:
    with store.read() as conn:
        case = cases.get(conn, case_id)
    if case.status == "signed_off":
        raise InputError("This plan is signed off. A manager can reopen it before it is drafted again.")
    if case.status == "closed":
        raise InputError("This case is closed.")


def case_documents(store: Store, case_id: int) -> list[AdviceDocument]:
    with store.read() as conn:
        return documents.advice_documents(conn, case_id)


def draft_options(settings: Settings) -> DraftOptions:
    return DraftOptions(
        qa=QASettings(stale_months=settings.advice_stale_months, vague_terms=tuple(settings.vague_terms))
    )


def draft_and_check(
    case: CaseDetails, docs: list[AdviceDocument], llm: LLM | None, options: DraftOptions, stages: Stages | None = None
) -> Draft:
    """The draft plan with its QA flags and the time each stage took."""
    stages = stages or Stages()
    draft = draft_plan(case, docs, llm, rewrite=options.rewrite, stages=stages)
    with stages.stage("qa", 0.94, "Running the quality-assurance checks"):
        draft = draft.with_flags(run_checks(draft, docs, options.qa))
    stages.report("done", 1.0, "Draft ready")
    return replace(draft, stats={"timings": stages.rounded(), **draft.stats})


def draft_case(
    store: Store,
    case_id: int,
    llm: LLM | None,
    options: DraftOptions,
    *,
    created_by: int | None = None,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> tuple[int, Draft]:
    """Draft the plan from every document of the case, run the QA checks on it and save it as a
    new version. Drafting again keeps the caseworker's changes (`appliance.review.redraft`): the
    appliance's draft is saved as it is, then a version with the changes carried over."""
    store.check_room(DRAFT_ROOM)
    with store.read() as conn:
        details = cases.get(conn, case_id).details()
    docs = case_documents(store, case_id)
    draft = draft_and_check(details, docs, llm, options, Stages(progress, cancel))
    with store.write() as conn:
        previous = drafts.load(conn, case_id) if drafts.exists(conn, case_id) else None
        base = drafts.latest_machine(conn, case_id)
        version = drafts.save(conn, case_id, draft, note=MACHINE_NOTE, created_by=created_by, machine=True)
        if previous is not None:
            version, draft = _carry_over(conn, case_id, base, previous[1], (version, draft), docs, options, created_by)
        if cases.get(conn, case_id).status == "advice_gathering":
            status.move(conn, case_id, "drafted")
    return version.version, draft


def _carry_over(
    conn: Connection,
    case_id: int,
    base_version: int | None,
    previous: Draft,
    made: tuple[drafts.Version, Draft],
    docs: list[AdviceDocument],
    options: DraftOptions,
    created_by: int | None,
) -> tuple[drafts.Version, Draft]:
    """The caseworker's changes since the last draft, carried into the new one and saved; what was
    carried and what waits for the caseworker is recorded with the version."""
    version, new = made
    base = drafts.load(conn, case_id, base_version)[1] if base_version is not None else previous
    merged = redraft.merge(base, previous, new)
    final = new
    if merged.outcomes:
        final = merged.draft.with_flags(run_checks(merged.draft, docs, options.qa))
        version = drafts.save(conn, case_id, final, note=CARRIED_NOTE, created_by=created_by)
    redrafts.save(conn, case_id, version.version, carryover.record(merged, previous, final))
    for section in {change.section for change in diff(previous, final)}:
        reviews.unmark_reviewed(conn, case_id, section)  # what changed needs checking again
    return version, final
