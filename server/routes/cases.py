"""Cases and their advice documents."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from appliance.cases import caselist, casework
from appliance.cases.review_page import next_step
from appliance.cases.status import STATUS_LABELS
from appliance.errors import InputError
from appliance.ingest.doctype import ADVICE_LABELS, ADVICE_TYPES, as_advice_type
from appliance.store import annual_reviews, cases, documents, drafts
from server.deps import CaseDep, CaseWorker, StateDep, record_action
from server.routes.pages import redirect, render

router = APIRouter()
DEFAULT_LAWFUL_BASIS = (
    "UK GDPR Art 6(1)(e) and 9(2)(g): statutory EHC needs assessment (Children and Families Act 2014)"
)


def _int_or_none(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.lstrip("-").isdigit() else None


def _date_or_none(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(f"{value} is not a date (use YYYY-MM-DD).") from None


@router.get("/")
def home(request: Request, state: StateDep, user: CaseWorker, q: str = "", status: str = "", due: str = "") -> Response:
    status = status if status in STATUS_LABELS else ""
    due = due if due in ("overdue", "soon") else ""
    rows = caselist.case_list(state.store, user.team, date.today(), query=q.strip()[:100], status=status, due=due)
    return render(
        request,
        "cases.html",
        {
            "cases": rows,
            "q": q,
            "status": status,
            "due": due,
            "statuses": STATUS_LABELS,
            "filtered": bool(q or status or due),
        },
    )


@router.get("/cases/new")
def new_case_page(request: Request, user: CaseWorker) -> Response:
    return render(request, "case_new.html", {"form": {"lawful_basis": DEFAULT_LAWFUL_BASIS}, "errors": {}})


@router.post("/cases")
def create_case(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    child_name: Annotated[str, Form()] = "",
    date_of_birth: Annotated[str, Form()] = "",
    year_group: Annotated[str, Form()] = "",
    request_date: Annotated[str, Form()] = "",
    la_reference: Annotated[str, Form()] = "",
    lawful_basis: Annotated[str, Form()] = "",
    family_informed_on: Annotated[str, Form()] = "",
) -> Response:
    form = {
        "child_name": child_name,
        "date_of_birth": date_of_birth,
        "year_group": year_group,
        "request_date": request_date,
        "la_reference": la_reference,
        "lawful_basis": lawful_basis,
        "family_informed_on": family_informed_on,
    }
    errors: dict[str, str] = {}
    if not child_name.strip():
        errors["child_name"] = "Enter the child's full name."
    dates: dict[str, str | None] = {}
    for key in ("date_of_birth", "request_date", "family_informed_on"):
        try:
            dates[key] = _date_or_none(form[key])
        except InputError as exc:
            errors[key] = str(exc)
    if errors:
        return render(request, "case_new.html", {"errors": errors, "form": form}, status_code=400)
    details = {
        "child_name": child_name.strip(),
        "preferred_name": child_name.strip().split()[0],
        "date_of_birth": dates["date_of_birth"],
        "year_group": _int_or_none(year_group),
        "request_date": dates["request_date"],
        "la_reference": la_reference.strip() or None,
    }
    case_id = casework.create_case(
        state.store,
        details,
        team=user.team,
        created_by=user.id,
        lawful_basis=lawful_basis.strip() or None,
        family_informed_on=dates["family_informed_on"],
    )
    record_action(request, state, user, "case.create", case_id=case_id)
    return redirect(f"/cases/{case_id}")


def _case_page(request: Request, state: StateDep, case: cases.Case, **extra: object) -> Response:
    with state.store.read() as conn:
        docs = documents.for_case(conn, case.id)
        versions = drafts.versions(conn, case.id)
        reviews = annual_reviews.for_case(conn, case.id)
    review_next = next_step(reviews[-1], case.child_name, case.year_group, date.today()) if reviews else None
    missing = caselist.missing_advice((d.advice_type for d in docs), case.year_group)
    job = state.queue.active_for_case(case.id)
    return render(
        request,
        "case.html",
        {
            "case": case,
            "summary": caselist.summarise(case, date.today()),
            "documents": docs,
            "versions": versions,
            "missing": missing,
            "job": job,
            "reviews": reviews,
            "review_next": review_next,
            "advice_types": ADVICE_TYPES,
            "advice_labels": ADVICE_LABELS,
            **extra,
        },
    )


@router.get("/cases/{case_id}")
def case_page(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    record_action(request, state, user, "case.view", case_id=case.id)
    return _case_page(request, state, case)


@router.post("/cases/{case_id}/consent")
def record_consent(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    lawful_basis: Annotated[str, Form()],
    family_informed_on: Annotated[str, Form()],
) -> Response:
    if not lawful_basis.strip():
        raise InputError("Enter the lawful basis for processing the child's data.")
    informed = _date_or_none(family_informed_on)
    if informed is None:
        raise InputError("Enter the date the family was informed.")
    with state.store.write() as conn:
        cases.update(conn, case.id, lawful_basis=lawful_basis.strip(), family_informed_on=informed)
    record_action(request, state, user, "case.consent", case_id=case.id)
    return redirect(f"/cases/{case.id}")


@router.post("/cases/{case_id}/documents")
async def upload(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, files: Annotated[list[UploadFile], File()]
) -> Response:
    results = []
    for upload_file in files:
        name = (upload_file.filename or "document").replace("/", "_").replace("\\", "_")[:200]
        data = await upload_file.read(state.settings.max_upload_bytes + 1)
        try:
            doc_id = await run_in_threadpool(
                casework.add_document, state.store, case.id, name, data, state.settings, uploaded_by=user.id
            )
        except InputError as exc:
            results.append({"filename": name, "ok": False, "message": str(exc)})
            record_action(
                request, state, user, "document.rejected", case_id=case.id, detail={"reason": type(exc).__name__}
            )
            continue
        with state.store.read() as conn:
            row = documents.get(conn, doc_id)
        results.append(
            {
                "filename": name,
                "ok": True,
                "document_id": doc_id,
                "advice_type": ADVICE_LABELS.get(row.advice_type, row.advice_type),
                "author_role": row.author_role,
                "advice_date": row.advice_date,
            }
        )
        record_action(request, state, user, "document.upload", case_id=case.id, obj=f"document:{doc_id}")
    if "application/json" in request.headers.get("accept", ""):
        from fastapi.responses import JSONResponse

        return JSONResponse({"results": results})
    with state.store.read() as conn:
        fresh = cases.get(conn, case.id)
    return _case_page(request, state, fresh, upload_results=results)


@router.post("/cases/{case_id}/documents/{document_id}/info")
def document_info(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    document_id: int,
    advice_type: Annotated[str, Form()],
    author_role: Annotated[str, Form()] = "",
    author_name: Annotated[str, Form()] = "",
    advice_date: Annotated[str, Form()] = "",
) -> Response:
    chosen = as_advice_type(advice_type)
    if chosen is None:
        raise InputError("Choose an advice type from the list.")
    with state.store.write() as conn:
        doc = documents.get(conn, document_id)
        if doc.case_id != case.id:
            raise InputError("That document belongs to another case.")
        documents.update_details(
            conn,
            document_id,
            advice_type=chosen,
            author_role=author_role.strip() or None,
            author_name=author_name.strip() or None,
            advice_date=_date_or_none(advice_date),
        )
    record_action(request, state, user, "document.edit", case_id=case.id, obj=f"document:{document_id}")
    return redirect(f"/cases/{case.id}#documents")


@router.get("/cases/{case_id}/documents/{document_id}")
def document_page(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, document_id: int, p: int | None = None
) -> Response:
    with state.store.read() as conn:
        doc = documents.get(conn, document_id)
        if doc.case_id != case.id:
            raise InputError("That document belongs to another case.")
        passages = documents.passages(conn, document_id)
    record_action(request, state, user, "document.view", case_id=case.id, obj=f"document:{document_id}")
    return render(request, "document.html", {"case": case, "doc": doc, "passages": passages, "highlight": p})
