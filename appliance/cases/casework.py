"""Casework: the operations a caseworker performs, shared by the web app and the CLI.

Each function takes the store (and what else it needs) and does one thing: open a case, add
advice, draft, save a version. Permission checks and audit happen at the edges that call these.
"""

from __future__ import annotations

import threading
from typing import Any

from appliance.config import Settings
from appliance.drafting.pipeline import CaseDocument, DraftOptions, Progress, draft_plan
from appliance.drafting.plan import Draft, DraftDocument
from appliance.errors import ConsentRequired
from appliance.ingest import ingest
from appliance.llm.base import LLM
from appliance.qa import QASettings
from appliance.store import Store, cases, documents, drafts


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
) -> int:
    """Read and keep one advice document. Raises an `InputError` with a message for the user;
    nothing is stored for a file that cannot be read, and other documents are untouched."""
    with store.read() as conn:
        case = cases.get(conn, case_id)
    if require_consent and not case.consent_recorded:
        raise ConsentRequired("Record the lawful basis and the date the family was informed before uploading advice.")
    doc = ingest(data, filename, max_bytes=settings.max_upload_bytes, max_pages=settings.max_pages)
    with store.write() as conn:
        existing = documents.find_by_hash(conn, case_id, doc.sha256)
        if existing is not None:
            return existing  # the same file again: keep the first copy
        return documents.add(conn, case_id, data, doc, uploaded_by)


def case_documents(store: Store, case_id: int) -> list[CaseDocument]:
    out = []
    with store.read() as conn:
        for n, row in enumerate(documents.for_case(conn, case_id), start=1):
            record = DraftDocument(
                id=f"D{n}",
                filename=row.filename,
                advice_type=row.advice_type,
                author_role=row.author_role,
                author_name=row.author_name,
                date=row.advice_date,
                pages=row.pages,
                store_id=row.id,
            )
            out.append(CaseDocument(record, tuple(documents.passages(conn, row.id))))
    return out


def draft_options(settings: Settings) -> DraftOptions:
    return DraftOptions(
        qa=QASettings(stale_months=settings.advice_stale_months, vague_terms=tuple(settings.vague_terms))
    )


def draft_case(
    store: Store,
    case_id: int,
    llm: LLM | None,
    options: DraftOptions,
    *,
    created_by: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[int, Draft]:
    """Draft the plan from every document of the case and save it as a new version."""
    with store.read() as conn:
        details = cases.get(conn, case_id).details()
    docs = case_documents(store, case_id)
    kwargs: dict[str, Any] = {"options": options, "cancel": cancel}
    if progress is not None:
        kwargs["progress"] = progress
    draft = draft_plan(details, docs, llm, **kwargs)
    with store.write() as conn:
        version = drafts.save(conn, case_id, draft, note="Drafted by the appliance", created_by=created_by)
        if cases.get(conn, case_id).status == "advice_gathering":
            cases.update(conn, case_id, status="drafted")
    return version.version, draft
