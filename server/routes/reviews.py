"""Annual reviews: start a review on a case (the current plan imported or the signed-off one),
add the review evidence, propose the amendments (in the draft queue), record the decision with
the notice, the family's representations and the responses, finalise the amended plan, and the
team's reviews due this term or overdue. Every action is audited."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from appliance.amendments.model import NEXT_PHASES, REVIEW_TYPE_LABELS, REVIEW_TYPES, ReviewDetails, as_review_type
from appliance.cases import review_decisions, reviewing
from appliance.cases.casework import draft_options
from appliance.cases.review_page import due_reviews, review_page
from appliance.errors import InputError, NotFound
from appliance.export import notice_docx, plan_docx
from appliance.ingest.doctype import ADVICE_LABELS
from appliance.store import annual_reviews, drafts
from appliance.store.cases import Case
from appliance.store.users import User
from server.deps import CaseDep, CaseWorker, StateDep, record_action
from server.routes.pages import redirect, render

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
Text = Annotated[str, Form()]
Files = Annotated[list[UploadFile], File()]


def _options(state: StateDep) -> reviewing.ReviewOptions:
    return reviewing.ReviewOptions(qa=draft_options(state.settings).qa)


def _date(value: str, what: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"Enter {what} as a date.") from None


def _review(state: StateDep, case: Case, review_id: int) -> annual_reviews.ReviewRecord:
    with state.store.read() as conn:
        rec = annual_reviews.get(conn, review_id)
    if rec.case_id != case.id:
        raise NotFound("No such review for this case.")
    return rec


def _audit(
    request: Request, state: StateDep, user: User, case: Case, action: str, review_id: int, **kw: object
) -> None:
    record_action(request, state, user, action, case_id=case.id, obj=f"review:{review_id}", **kw)


def _page(request: Request, state: StateDep, case: Case, review_id: int, error: str | None = None) -> Response:
    page = review_page(state.store, review_id, _options(state), date.today())
    with state.store.read() as conn:
        versions = drafts.versions(conn, case.id)
    context = {
        "case": case,
        "page": page,
        "labels": REVIEW_TYPE_LABELS,
        "advice_labels": ADVICE_LABELS,
        "job": state.queue.active_for_case(case.id),
        "blockers": review_decisions.notice_blockers(state.store, review_id, _options(state)) if page.proposal else [],
        "latest": versions[-1].version if versions else None,
        "error": error,
    }
    return render(request, "review.html", context, status_code=400 if error else 200)


async def _uploads(
    request: Request, state: StateDep, user: User, case: Case, review_id: int, files: list[UploadFile], plan: bool
) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    add = reviewing.import_plan if plan else reviewing.add_evidence
    for f in files:
        name = (f.filename or "document").replace("/", "_").replace("\\", "_")[:200]
        data = await f.read(state.settings.max_upload_bytes + 1)
        try:
            doc_id = await run_in_threadpool(
                add, state.store, review_id, name, data, state.settings, uploaded_by=user.id, require_consent=True
            )
        except InputError as exc:
            results.append({"filename": name, "ok": False, "message": str(exc)})
            continue
        results.append({"filename": name, "ok": True})
        _audit(request, state, user, case, "review.plan" if plan else "review.evidence", review_id,
               detail={"document": doc_id})  # fmt: skip
    return results


@router.get("/reviews")
def reviews_due(request: Request, state: StateDep, user: CaseWorker) -> Response:
    rows = due_reviews(state.store, user.team, date.today())
    record_action(request, state, user, "review.list")
    return render(request, "reviews.html", {"rows": rows})


@router.get("/cases/{case_id}/reviews/new")
def new_review(request: Request, user: CaseWorker, case: CaseDep) -> Response:
    context = {"case": case, "types": REVIEW_TYPES, "labels": REVIEW_TYPE_LABELS, "phases": NEXT_PHASES, "form": {}}
    return render(request, "review_new.html", context)


@router.post("/cases/{case_id}/reviews")
async def start_review(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    meeting_date: Text,
    review_type: Text,
    next_phase: Annotated[str, Form()] = "",
    plan_issued: Annotated[str, Form()] = "",
    plan_source: Annotated[str, Form()] = "import",
    plan: Annotated[list[UploadFile] | None, File()] = None,
) -> Response:
    meeting = _date(meeting_date, "the date of the review meeting")
    if meeting is None or review_type not in REVIEW_TYPES:
        raise InputError("Enter the date of the review meeting and choose the type of review.")
    issued = _date(plan_issued, "the date the current plan was issued")
    phase = next_phase if next_phase in NEXT_PHASES else None
    details = ReviewDetails(as_review_type(review_type), meeting, phase, issued)
    review_id = await run_in_threadpool(reviewing.start, state.store, case.id, details, user.id)
    _audit(request, state, user, case, "review.start", review_id, detail={"type": review_type})
    if plan_source == "signed_off":
        await run_in_threadpool(
            reviewing.plan_from_version, state.store, review_id, state.settings, uploaded_by=user.id
        )
        _audit(request, state, user, case, "review.plan", review_id, detail={"from": "signed-off version"})
    elif plan:
        await _uploads(request, state, user, case, review_id, [f for f in plan if f.filename], plan=True)
    return redirect(f"/cases/{case.id}/reviews/{review_id}")


@router.get("/cases/{case_id}/reviews/{review_id}")
def review(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int) -> Response:
    _review(state, case, review_id)
    response = _page(request, state, case, review_id)
    _audit(request, state, user, case, "review.view", review_id)
    return response


@router.post("/cases/{case_id}/reviews/{review_id}/documents")
async def upload(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int, files: Files,
    role: Annotated[str, Form()] = "evidence",
) -> Response:  # fmt: skip
    _review(state, case, review_id)
    results = await _uploads(request, state, user, case, review_id, files, plan=role == "plan")
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"results": results})
    failed = [f"{r['filename']}: {r['message']}" for r in results if not r["ok"]]
    return _page(request, state, case, review_id, error="; ".join(failed) or None)


@router.post("/cases/{case_id}/reviews/{review_id}/propose")
def propose(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int) -> Response:
    _review(state, case, review_id)
    job = state.queue.active_for_case(case.id)
    job_id = job.id if job else state.queue.submit(case.id, user.id, review_id=review_id)
    _audit(request, state, user, case, "review.propose", review_id, detail={"job": job_id})
    return redirect(f"/cases/{case.id}/jobs/{job_id}")


@router.post("/cases/{case_id}/reviews/{review_id}/decision")
def decision(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int, decision: Text, reason: Text,
    notice_date: Annotated[str, Form()] = "",
) -> Response:  # fmt: skip
    _review(state, case, review_id)
    try:
        notice = _date(notice_date, "the date of the notice")
        review_decisions.decide(state.store, review_id, decision, reason, notice, user, _options(state))
    except InputError as exc:
        return _page(request, state, case, review_id, error=str(exc))
    _audit(request, state, user, case, "review.decision", review_id, detail={"decision": decision})
    return redirect(f"/cases/{case.id}/reviews/{review_id}#decision")


@router.post("/cases/{case_id}/reviews/{review_id}/representations")
def representation(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int, from_whom: Text, text: Text,
    received_on: Annotated[str, Form()] = "", statement_id: Annotated[str, Form()] = "",
) -> Response:  # fmt: skip
    _review(state, case, review_id)
    try:
        received = _date(received_on, "the date it was received")
        rep = review_decisions.add_representation(
            state.store, review_id, from_whom, text, received, statement_id.strip() or None, user
        )
    except InputError as exc:
        return _page(request, state, case, review_id, error=str(exc))
    _audit(request, state, user, case, "review.representation", review_id, detail={"representation": rep})
    return redirect(f"/cases/{case.id}/reviews/{review_id}#representations")


@router.post("/cases/{case_id}/reviews/{review_id}/representations/{representation_id}")
def response_to(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int, representation_id: int,
    response: Text, reason: Annotated[str, Form()] = "",
) -> Response:  # fmt: skip
    _review(state, case, review_id)
    try:
        review_decisions.respond(state.store, review_id, representation_id, response, reason, user)
    except InputError as exc:
        return _page(request, state, case, review_id, error=str(exc))
    _audit(request, state, user, case, "review.response", review_id,
           detail={"representation": representation_id, "response": response})  # fmt: skip
    return redirect(f"/cases/{case.id}/reviews/{review_id}#representations")


@router.post("/cases/{case_id}/reviews/{review_id}/finalise")
def finalise(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int, declaration: Text = ""
) -> Response:
    _review(state, case, review_id)
    try:
        declared = declaration == "yes"
        version = review_decisions.finalise(state.store, review_id, user, _options(state), declared=declared)
    except InputError as exc:
        return _page(request, state, case, review_id, error=str(exc))
    _audit(request, state, user, case, "review.finalise", review_id, detail={"version": version})
    return redirect(f"/cases/{case.id}/reviews/{review_id}#final")


@router.get("/cases/{case_id}/reviews/{review_id}/notice.docx")
def notice(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int) -> Response:
    _review(state, case, review_id)
    proposal = reviewing.load(state.store, review_id, _options(state))
    _audit(request, state, user, case, "review.export.notice", review_id)
    name = f"amendment-notice-case-{case.id}-review-{review_id}.docx"
    return Response(notice_docx.render(proposal), media_type=DOCX,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip


@router.get("/cases/{case_id}/reviews/{review_id}/amended.json")
def amended_json(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int) -> Response:
    _review(state, case, review_id)
    proposal = reviewing.load(state.store, review_id, _options(state))
    _audit(request, state, user, case, "review.export.json", review_id)
    name = f"amended-plan-case-{case.id}-review-{review_id}.json"
    return JSONResponse(proposal.to_json(), headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/cases/{case_id}/reviews/{review_id}/final.docx")
def final_plan(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, review_id: int) -> Response:
    rec = _review(state, case, review_id)
    if rec.final_version is None:
        raise NotFound("The amended plan has not been finalised yet.")
    with state.store.read() as conn:
        _, draft = drafts.load(conn, case.id, rec.final_version)
    _audit(request, state, user, case, "review.export.final", review_id, detail={"version": rec.final_version})
    body = plan_docx.render_plan(draft, f"Final amended plan, version {rec.final_version}")
    name = f"final-amended-plan-case-{case.id}-v{rec.final_version}.docx"
    return Response(body, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="{name}"'})
