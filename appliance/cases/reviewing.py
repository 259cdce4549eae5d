"""Review casework: the operations of an annual review, shared by the web app and the CLI.

Start a review on a case (meeting date and review type), bring in the current plan (an imported
.docx or .pdf, or the plan the appliance drafted and a manager signed off), add the review
evidence, propose the amendments (saved as the case's next draft version, so the ordinary review
tools edit it), record the decision with the notice, the family's representations and the
responses, and finalise the amended plan. Permission checks and the audit happen at the edges.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from appliance.amendments.checks import review_checks
from appliance.amendments.contract import Proposal, reconcile
from appliance.amendments.evidence import review_type
from appliance.amendments.model import Amendment, ReviewDetails, as_decision
from appliance.amendments.propose import ReviewCase, propose
from appliance.case import DETAIL_FIELDS
from appliance.cases import casework
from appliance.cases.casedetails import infer_details
from appliance.cases.status import move
from appliance.config import Settings
from appliance.documents import AdviceDocument
from appliance.drafting.stages import Progress, Stages, no_progress
from appliance.errors import InputError, NotFound
from appliance.export.plan_docx import render_plan
from appliance.llm.base import LLM, RewritePolicy
from appliance.qa import QASettings
from appliance.qa.decisions import apply_decisions
from appliance.review.flags import decisions_of
from appliance.store import Store, annual_reviews, cases, documents, drafts
from appliance.store.annual_reviews import ReviewRecord
from appliance.store.db import Connection

NEEDS_A_REASON = ("PROVISION_REDUCED", "CHANGE_UNEVIDENCED")


@dataclass(frozen=True)
class ReviewOptions:
    rewrite: RewritePolicy | None = None
    qa: QASettings = field(default_factory=QASettings)


def review_options(settings: Settings, review: ReviewDetails | None = None) -> ReviewOptions:
    qa = QASettings(
        stale_months=settings.advice_stale_months,
        vague_terms=tuple(settings.vague_terms),
        today=review.today if review else None,
    )
    return ReviewOptions(qa=qa)


def details_of(record: ReviewRecord) -> ReviewDetails:
    return ReviewDetails.from_json(
        {
            "review_type": record.review_type,
            "meeting_date": record.meeting_date,
            "next_phase": record.next_phase,
            "plan_issued": record.plan_issued,
            "today": record.today,
        }
    )


def open_case(store: Store, details: dict[str, Any]) -> int:
    known = {k: v for k, v in details.items() if k in DETAIL_FIELDS}
    return casework.create_case(store, {**known, "child_name": details.get("child_name") or "Unknown"})


def start(store: Store, case_id: int, review: ReviewDetails, created_by: int | None) -> int:
    with store.write() as conn:
        case = cases.get(conn, case_id)
        if case.status == "closed":
            raise InputError("This case is closed.")
        if annual_reviews.open_for_case(conn, case_id) is not None:
            raise InputError("This case already has a review in progress.")
        values = {k: v for k, v in review.to_json().items()}
        return annual_reviews.create(conn, case_id, values, created_by)


def record(store: Store, review_id: int) -> ReviewRecord:
    with store.read() as conn:
        return annual_reviews.get(conn, review_id)


def import_plan(
    store: Store,
    review_id: int,
    filename: str,
    data: bytes,
    settings: Settings,
    *,
    uploaded_by: int | None = None,
    require_consent: bool = False,
) -> int:
    """The current plan as the LA issued it: read and kept like advice, typed as the existing plan."""
    rec = record(store, review_id)
    doc_id = casework.add_document(
        store, rec.case_id, filename, data, settings, uploaded_by=uploaded_by, require_consent=require_consent
    )
    with store.write() as conn:
        annual_reviews.detach_plans(conn, review_id)
        _retype(conn, doc_id, "existing_plan")
        annual_reviews.attach(conn, review_id, rec.case_id, doc_id, "plan")
    return doc_id


def plan_from_version(store: Store, review_id: int, settings: Settings, *, uploaded_by: int | None = None) -> int:
    """The plan the appliance drafted and a manager signed off, as the current plan: its latest
    signed-off version, written out as a plan document and read back like any LA's plan."""
    rec = record(store, review_id)
    with store.read() as conn:
        case = cases.get(conn, rec.case_id)
        if case.status != "signed_off":
            raise InputError("This case has no signed-off plan: import the current plan instead.")
        meta, draft = drafts.load(conn, rec.case_id)
    name = f"Final EHC plan - version {meta.version}.docx"
    return import_plan(store, review_id, name, render_plan(draft, f"Final plan, version {meta.version}"), settings,
                       uploaded_by=uploaded_by)  # fmt: skip


def add_evidence(
    store: Store,
    review_id: int,
    filename: str,
    data: bytes,
    settings: Settings,
    *,
    uploaded_by: int | None = None,
    require_consent: bool = False,
) -> int:
    rec = record(store, review_id)
    doc_id = casework.add_document(
        store, rec.case_id, filename, data, settings, uploaded_by=uploaded_by, require_consent=require_consent
    )
    with store.write() as conn:
        annual_reviews.attach(conn, review_id, rec.case_id, doc_id, "evidence")
        doc = next(d for d in documents.advice_documents(conn, rec.case_id) if d.record.store_id == doc_id)
        typed = review_type(doc)
        if typed != doc.advice_type:
            _retype(conn, doc_id, typed)
    return doc_id


def _retype(conn: Connection, document_id: int, advice_type: Any) -> None:
    row = documents.get(conn, document_id)
    documents.update_details(
        conn,
        document_id,
        advice_type=advice_type,
        author_role=row.author_role,
        author_name=row.author_name,
        advice_date=row.advice_date,
    )


def review_documents(conn: Connection, review_id: int) -> tuple[AdviceDocument, list[AdviceDocument]]:
    """(the current plan, the review evidence), numbered D1, D2 ... with the plan first."""
    rec = annual_reviews.get(conn, review_id)
    roles = dict(annual_reviews.documents(conn, review_id))
    docs = [d for d in documents.advice_documents(conn, rec.case_id) if d.record.store_id in roles]
    plans = [d for d in docs if roles[d.record.store_id or 0] == "plan"]
    if not plans:
        raise InputError("Add the current plan before proposing amendments.")
    ordered = plans[:1] + [d for d in docs if roles[d.record.store_id or 0] == "evidence"]
    return_docs = [replace(d, record=replace(d.record, id=f"D{n}")) for n, d in enumerate(ordered, start=1)]
    return return_docs[0], return_docs[1:]


def complete_details(store: Store, case_id: int, review_id: int, given: dict[str, Any]) -> None:
    """Case details the folder's case.json does not give, read from the review evidence (never from
    the old plan, whose year group is a year out of date)."""
    with store.read() as conn:
        _, evidence = review_documents(conn, review_id)
    merged = infer_details(evidence, given)
    with store.write() as conn:
        cases.update(conn, case_id, **{k: v for k, v in merged.items() if k in DETAIL_FIELDS})


def propose_review(
    store: Store,
    review_id: int,
    llm: LLM | None,
    options: ReviewOptions,
    *,
    created_by: int | None = None,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> tuple[int, Proposal]:
    """Propose the amendments and save them as the case's next draft version."""
    with store.read() as conn:
        rec = annual_reviews.get(conn, review_id)
        details = cases.get(conn, rec.case_id).details()
        plan, evidence = review_documents(conn, review_id)
    if not evidence:
        raise InputError("Add the review evidence (the school's report, advice, views) before proposing amendments.")
    rc = ReviewCase(details, details_of(rec), plan, tuple(evidence))
    proposal = propose(rc, llm, rewrite=options.rewrite, qa=options.qa, stages=Stages(progress, cancel))
    review = details_of(rec)
    with store.write() as conn:
        note = f"Proposed amendments: review of {review.meeting_date:%d %B %Y}"
        version = drafts.save(conn, rec.case_id, proposal.draft, note=note, created_by=created_by)
        annual_reviews.save_amendment(conn, review_id, proposal.amendment.to_store())
        annual_reviews.update(conn, review_id, status="proposed", proposal_version=version.version)
        status = cases.get(conn, rec.case_id).status
        if status == "advice_gathering":
            move(conn, rec.case_id, "drafted")
        elif status == "signed_off":
            move(conn, rec.case_id, "in_review")
    return version.version, proposal


def load(store: Store, review_id: int, options: ReviewOptions, version: int | None = None) -> Proposal:
    """The proposal as it stands (the latest version of the plan, edits included), with its flags
    checked again today and the caseworker's decisions on them."""
    with store.read() as conn:
        rec = annual_reviews.get(conn, review_id)
        if rec.amendment is None:
            raise NotFound("No amendments have been proposed in this review yet.")
        _, draft = drafts.load(conn, rec.case_id, version)
        plan, evidence = review_documents(conn, review_id)
        decided = decisions_of(conn, rec.case_id)
    amendment = _with_record(Amendment.from_store(rec.amendment), rec)
    amendment = reconcile(draft, amendment)
    flags = review_checks(draft, amendment, [plan, *evidence], options.qa)
    return Proposal(draft.with_flags(apply_decisions(flags, decided)), amendment)


def recheck(store: Store, review_id: int, options: ReviewOptions, user_id: int | None) -> None:
    """Save the proposal checked again, as a new version, when its flags have changed since it was
    saved: the clock moves on and a decision meets a deadline, without any edit to the plan."""
    with store.read() as conn:
        rec = annual_reviews.get(conn, review_id)
        _, draft = drafts.load(conn, rec.case_id)
        plan, evidence = review_documents(conn, review_id)
    if rec.amendment is None:
        return
    amendment = reconcile(draft, _with_record(Amendment.from_store(rec.amendment), rec))
    flags = review_checks(draft, amendment, [plan, *evidence], options.qa)
    if {f.key for f in flags} != {f.key for f in draft.flags}:
        with store.write() as conn:
            drafts.save(conn, rec.case_id, draft.with_flags(flags), note="Checked again", created_by=user_id)


def _with_record(amendment: Amendment, rec: ReviewRecord) -> Amendment:
    notice = date.fromisoformat(rec.notice_date) if rec.notice_date else None
    return replace(amendment, decision=as_decision(rec.decision), decision_reason=rec.decision_reason,
                   notice_date=notice)  # fmt: skip
