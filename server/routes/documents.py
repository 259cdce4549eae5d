"""A case's advice documents: upload, correct the detected details, read one, remove one."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from appliance import review
from appliance.cases import casework
from appliance.errors import Cancelled, DiskFull, InputError, NotFound
from appliance.ingest.doctype import ADVICE_LABELS, as_advice_type
from appliance.ingest.guard import check_size, clean_filename
from appliance.safeguards import audit
from appliance.store import cases, documents
from appliance.store.cases import Case
from appliance.store.documents import StoredDocument
from appliance.store.users import User
from server import uploads
from server.deps import CaseDep, CaseWorker, StateDep, client_ip, record_action
from server.forms import parse_date
from server.routes.cases import _case_page
from server.routes.pages import redirect, render

router = APIRouter()


def _document(state: StateDep, case: Case, document_id: int) -> StoredDocument:
    with state.store.read() as conn:
        doc = documents.get(conn, document_id)
    if doc.case_id != case.id:
        raise NotFound("No such document in this case.")
    return doc


def _result(state: StateDep, name: str, doc_id: int) -> dict[str, Any]:
    with state.store.read() as conn:
        row = documents.get(conn, doc_id)
    return {
        "filename": name,
        "ok": True,
        "document_id": doc_id,
        "advice_type": ADVICE_LABELS.get(row.advice_type, row.advice_type),
        "author_role": row.author_role,
        "advice_date": row.advice_date,
    }


@router.post("/cases/{case_id}/documents")
async def upload(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    """Each file on its own: one that cannot be read is reported and does not stop the others.
    The session and CSRF token are checked (dependencies) before the body is read; see
    server/uploads.py."""
    results = []
    for sent in await uploads.read_uploads(request, state.settings.max_upload_bytes):
        if not sent.filename:
            continue  # the file box was sent empty
        result = await _upload_one(request, state, user, case, sent)
        results.append(result)
        if result.get("cancelled"):
            break
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"results": results})
    if results and all(r["ok"] for r in results):
        return redirect(f"/cases/{case.id}#documents", "uploaded")
    with state.store.read() as conn:
        fresh = cases.get(conn, case.id)
    failed = [f"{r['filename']}: {r['message']}" for r in results if not r["ok"]]
    errors = {"files": " ".join(failed) if failed else "Choose a file to upload"}
    return _case_page(request, state, fresh, 400, upload_results=results, errors=errors)


async def _upload_one(
    request: Request, state: StateDep, user: User, case: Case, sent: uploads.UploadedFile
) -> dict[str, Any]:
    name = clean_filename(sent.filename)
    by = audit.Actor(user.username, user.role, client_ip(request))

    def read(cancel: threading.Event) -> int:
        check_size(sent.size, state.settings.max_upload_bytes)
        return casework.add_document(
            state.store, case.id, name, bytes(sent.data), state.settings, uploaded_by=user.id, cancel=cancel, by=by
        )

    try:
        doc_id = await uploads.run_cancellable(request, read)
    except (InputError, Cancelled, DiskFull) as exc:
        record_action(request, state, user, "document.rejected", case_id=case.id, detail={"reason": type(exc).__name__})
        return {"filename": name, "ok": False, "message": str(exc), "cancelled": isinstance(exc, Cancelled)}
    return _result(state, name, doc_id)


@router.post("/cases/{case_id}/documents/{document_id}/info")
async def document_info(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, document_id: int
) -> Response:
    doc = _document(state, case, document_id)
    form = await request.form()
    chosen = as_advice_type(str(form.get("advice_type") or ""))
    also_text = str(form.get("also_advice_type") or "")
    also = as_advice_type(also_text) if also_text else None
    when = parse_date(form, f"advice_date_{doc.id}", "Date of the advice", today=date.today())
    errors = {}
    if chosen is None:
        errors[f"type-{doc.id}"] = "Choose an advice type from the list"
    if also_text and also is None:
        errors[f"also-{doc.id}"] = "Choose a second advice type from the list, or none"
    if when.error:
        errors[when.anchor] = when.error
    if errors or chosen is None:
        return _case_page(request, state, case, 400, errors=errors, open_document=doc.id, document_dates={doc.id: when})
    with state.store.write() as conn:
        documents.update_details(
            conn,
            doc.id,
            advice_type=chosen,
            also_advice_type=also,
            author_role=" ".join(str(form.get("author_role") or "").split())[:200] or None,
            author_name=" ".join(str(form.get("author_name") or "").split())[:200] or None,
            advice_date=when.value.isoformat() if when.value else None,
        )
    record_action(request, state, user, "document.edit", case_id=case.id, obj=f"document:{doc.id}")
    return redirect(f"/cases/{case.id}#documents", "document-saved")


@router.get("/cases/{case_id}/documents/{document_id}")
def document_page(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, document_id: int, p: int | None = None
) -> Response:
    """The whole document, with the passages the latest draft cites marked, and what it does not use."""
    doc = _document(state, case, document_id)
    with state.store.read() as conn:
        passages = documents.passages(conn, document_id)
    used = None
    try:
        _, draft = review.load(state.store, case.id)
    except NotFound:
        draft = None
    if draft is not None:
        used = next((u for u in review.usage(state.store, draft) if u.record.store_id == doc.id), None)
    record_action(request, state, user, "document.view", case_id=case.id, obj=f"document:{document_id}")
    context = {"case": case, "doc": doc, "passages": passages, "highlight": p, "used": used}
    return render(request, "document.html", context)


@router.get("/cases/{case_id}/documents/{document_id}/remove")
def remove_page(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, document_id: int) -> Response:
    doc = _document(state, case, document_id)
    return render(request, "document_remove.html", {"case": case, "doc": doc, "errors": {}})


@router.post("/cases/{case_id}/documents/{document_id}/remove")
async def remove_document(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, document_id: int
) -> Response:
    doc = _document(state, case, document_id)
    form = await request.form()
    if str(form.get("confirm") or "") != "yes":
        errors = {"confirm": "Tick the box to confirm the document should be removed"}
        return render(request, "document_remove.html", {"case": case, "doc": doc, "errors": errors}, status_code=400)
    if state.queue.active_for_case(case.id) is not None:
        raise InputError(
            "A draft is being made from this case's advice; wait for it to finish, then remove the document."
        )
    await run_in_threadpool(casework.remove_document, state.store, case.id, doc.id)
    detail = {"advice_type": doc.advice_type, "pages": doc.pages}
    record_action(request, state, user, "document.remove", case_id=case.id, obj=f"document:{doc.id}", detail=detail)
    return redirect(f"/cases/{case.id}#documents", "document-removed")
