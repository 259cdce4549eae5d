"""Cases: the list, a new case, a case's page, correcting the child's details, and the lawful basis."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from appliance.cases import caselist, casework, details
from appliance.cases.review_page import next_step
from appliance.cases.status import STATUS_LABELS
from appliance.ingest.doctype import ADVICE_LABELS, ADVICE_TYPES
from appliance.safeguards.lifecycle import CLOSE_REASONS
from appliance.store import annual_reviews, cases, documents, drafts, jobs, users
from appliance.store.cases import Case
from server.deps import CaseDep, CaseWorker, Manager, StateDep, record_action
from server.forms import DateInput, case_form, informed_date
from server.routes.pages import redirect, render

router = APIRouter()
DEFAULT_LAWFUL_BASIS = (
    "UK GDPR Art 6(1)(e) and 9(2)(g): statutory EHC needs assessment (Children and Families Act 2014)"
)


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
            "closed": caselist.closed_count(state.store, user.team) if status != "closed" else 0,
        },
    )


@router.get("/queue")
def signoff_queue(request: Request, state: StateDep, user: Manager) -> Response:
    """The manager's queue: plans awaiting sign-off, with their caseworker and deadline."""
    items = caselist.signoff_queue(state.store, user.team, date.today())
    return render(request, "queue.html", {"items": items})


def _form_page(
    request: Request,
    template: str,
    form: dict[str, Any],
    dates: dict[str, DateInput],
    errors: dict[str, str],
    **extra: Any,
) -> Response:
    return render(
        request,
        template,
        {"form": form, "dates": dates, "errors": errors, **extra},
        status_code=400 if errors else 200,
    )


@router.get("/cases/new")
def new_case_page(request: Request, user: CaseWorker) -> Response:
    dates = {n: DateInput(n) for n in ("date_of_birth", "request_date", "family_informed_on")}
    return _form_page(request, "case_new.html", {"lawful_basis": DEFAULT_LAWFUL_BASIS}, dates, {})


@router.post("/cases")
async def create_case(request: Request, state: StateDep, user: CaseWorker) -> Response:
    today = date.today()
    form = await request.form()
    parsed = case_form(form, today)
    informed = informed_date(form, today, required=False)
    parsed.dates["family_informed_on"] = informed
    if informed.error:
        parsed.errors[informed.anchor] = informed.error
    if parsed.errors:
        return _form_page(request, "case_new.html", parsed.raw, parsed.dates, parsed.errors)
    values = dict(parsed.values)
    unknown = {k: values.pop(k) for k in ("date_of_birth_unknown", "request_date_unknown")}
    lawful_basis = " ".join(str(form.get("lawful_basis") or "").split())[:500] or None
    case_id = casework.create_case(
        state.store,
        values,
        team=user.team,
        created_by=user.id,
        lawful_basis=lawful_basis,
        family_informed_on=informed.value.isoformat() if informed.value else None,
        **unknown,
    )
    record_action(request, state, user, "case.create", case_id=case_id)
    return redirect(f"/cases/{case_id}")


def _case_page(request: Request, state: StateDep, case: Case, status_code: int = 200, **extra: Any) -> Response:
    history = details.history(state.store, case.id)
    people = {case.assigned_to} | {c.previous.get("assigned_to") for c in history}
    with state.store.read() as conn:
        docs = documents.for_case(conn, case.id)
        versions = drafts.versions(conn, case.id)
        names = users.display_names(conn, {i for i in people if isinstance(i, int)})
        reviews = annual_reviews.for_case(conn, case.id)
    review_next = next_step(reviews[-1], case.child_name, case.year_group, date.today()) if reviews else None
    missing = caselist.missing_advice((t for d in docs for t in d.advice_types), case.year_group)
    with state.store.read() as conn:
        last = jobs.latest_for_case(conn, case.id)
    context = {
        "case": case,
        "summary": caselist.summarise(case, date.today(), names.get(case.assigned_to or -1)),
        "documents": docs,
        "versions": versions,
        "missing": missing,
        "job": state.queue.active_for_case(case.id),
        "interrupted": last if last and last.status == "interrupted" else None,
        "advice_types": ADVICE_TYPES,
        "advice_labels": ADVICE_LABELS,
        "history": history,
        "reviews": reviews,
        "review_next": review_next,
        "names": names,
        "close_reasons": CLOSE_REASONS,
        "consent_dates": {"family_informed_on": DateInput("family_informed_on")},
        "errors": {},
        **extra,
    }
    return render(request, "case.html", context, status_code=status_code)


@router.get("/cases/{case_id}")
def case_page(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    record_action(request, state, user, "case.view", case_id=case.id)
    return _case_page(request, state, case)


def _details_form(case: Case) -> tuple[dict[str, Any], dict[str, DateInput]]:
    form = {
        "child_name": case.child_name,
        "preferred_name": case.preferred_name or "",
        "year_group": "" if case.year_group is None else str(case.year_group),
        "la_reference": case.la_reference or "",
        "assigned_to": str(case.assigned_to or ""),
        "date_of_birth_unknown": "yes" if case.date_of_birth_unknown else "",
        "request_date_unknown": "yes" if case.request_date_unknown else "",
    }
    dates = {n: DateInput.of(n, getattr(case, n)) for n in ("date_of_birth", "request_date")}
    return form, dates


def _team(state: StateDep, case: Case) -> list[users.User]:
    with state.store.read() as conn:
        return users.team_members(conn, case.team)


@router.get("/cases/{case_id}/details")
def details_page(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    form, dates = _details_form(case)
    return _form_page(request, "case_details.html", form, dates, {}, case=case, team=_team(state, case))


@router.post("/cases/{case_id}/details")
async def save_details(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    form = await request.form()
    parsed = case_form(form, date.today())
    team = _team(state, case)
    assigned = str(form.get("assigned_to") or "")
    if assigned:
        if assigned not in {str(m.id) for m in team}:
            parsed.errors["assigned_to"] = "Choose a caseworker from the team"
        parsed.values["assigned_to"] = int(assigned) if assigned.isdigit() else None
    if parsed.errors:
        return _form_page(request, "case_details.html", parsed.raw, parsed.dates, parsed.errors, case=case, team=team)
    changed = details.update_details(state.store, case.id, parsed.values, user.id)
    if not changed:
        return redirect(f"/cases/{case.id}", "details-unchanged")
    record_action(request, state, user, "case.edit", case_id=case.id, detail={"fields": changed})
    return redirect(f"/cases/{case.id}", "details-saved")


@router.post("/cases/{case_id}/consent")
async def record_consent(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    form = await request.form()
    lawful_basis = " ".join(str(form.get("lawful_basis") or "").split())[:500]
    informed = informed_date(form, date.today(), required=True)
    errors = {}
    if not lawful_basis:
        errors["lawful_basis"] = "Enter the lawful basis for processing the child's data"
    if informed.error:
        errors[informed.anchor] = informed.error
    if errors or informed.value is None:
        return _case_page(
            request,
            state,
            case,
            400,
            errors=errors,
            consent_dates={"family_informed_on": informed},
            consent_form={"lawful_basis": lawful_basis},
        )
    with state.store.write() as conn:
        cases.update(conn, case.id, lawful_basis=lawful_basis, family_informed_on=informed.value.isoformat())
    record_action(request, state, user, "case.consent", case_id=case.id)
    return redirect(f"/cases/{case.id}", "consent-saved")
