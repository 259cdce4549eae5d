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
from appliance.errors import ConsentRequired
from appliance.ingest import ingest
from appliance.llm.base import LLM, RewritePolicy
from appliance.qa import QASettings, run_checks
from appliance.store import Store, cases, documents, drafts


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
    new version."""
    with store.read() as conn:
        details = cases.get(conn, case_id).details()
    docs = case_documents(store, case_id)
    draft = draft_and_check(details, docs, llm, options, Stages(progress, cancel))
    with store.write() as conn:
        version = drafts.save(conn, case_id, draft, note="Drafted by the appliance", created_by=created_by)
        if cases.get(conn, case_id).status == "advice_gathering":
            status.move(conn, case_id, "drafted")
    return version.version, draft
