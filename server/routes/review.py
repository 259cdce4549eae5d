"""Reviewing a draft: the plan page, sources beside it, edits, flag decisions, sections reviewed,
version history with diffs, and sign-off. Each handler parses, makes one call into
`appliance.review`, audits, and renders or redirects."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from pydantic import BaseModel

from appliance import review
from appliance.cases.casework import draft_options
from appliance.cases.review_page import amended
from appliance.cases.status import STATUS_LABELS
from appliance.drafting.plan import AREA_LABELS
from appliance.errors import InputError
from appliance.qa import QASettings
from appliance.review.sources import passage_context
from appliance.store.cases import Case
from appliance.store.users import User
from server.deps import CaseDep, CaseWorker, StateDep, record_action
from server.routes.pages import redirect, render

router = APIRouter()
Text = Annotated[str, Form()]
OptionalText = Annotated[str | None, Form()]
OptionalInt = Annotated[int | None, Form()]


def _qa(state: StateDep) -> QASettings:
    return draft_options(state.settings).qa


def _audit(request: Request, state: StateDep, user: User, case: Case, action: str, obj: str | None = None) -> None:
    record_action(request, state, user, action, case_id=case.id, obj=obj)


def _source(value: str | None) -> tuple[int, int | None] | None:
    """`?source=DOCUMENT.SEQ` opens a cited passage beside the plan (the page works without JS)."""
    if not value:
        return None
    doc, _, seq = value.partition(".")
    if not doc.isdigit():
        return None
    return int(doc), int(seq) if seq.isdigit() else None


def review_page(
    request: Request,
    state: StateDep,
    user: User,
    case: Case,
    version: int | None = None,
    source: str | None = None,
    error: str | None = None,
) -> Response:
    view = review.review_view(state.store, case.id, version)
    wanted = _source(source)
    context = passage_context(state.store, case.id, wanted[0], wanted[1]) if wanted else None
    return render(
        request,
        "draft.html",
        {
            "case": case,
            "view": view,
            "source": context,
            "error": error,
            "areas": AREA_LABELS,
            "status_labels": STATUS_LABELS,
            "can_edit": view.is_latest and view.status not in ("signed_off", "closed"),
            "amended": amended(state.store, case.id) if view.is_latest else None,
        },
        status_code=400 if error else 200,
    )


@router.get("/cases/{case_id}/draft")
def draft_page(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    version: int | None = None,
    source: str | None = None,
) -> Response:
    response = review_page(request, state, user, case, version, source)
    _audit(request, state, user, case, "draft.view", f"version:{version or 'latest'}")
    return response


@router.get("/cases/{case_id}/documents/{document_id}/context")
def source_panel(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, document_id: int, p: int | None = None
) -> Response:
    context = passage_context(state.store, case.id, document_id, p)
    _audit(request, state, user, case, "document.view", f"document:{document_id}")
    return render(request, "partials/source.html", {"case": case, "source": context})


class StatementForm(BaseModel):
    """What a caseworker edits on a statement; a field the form leaves out stays as it is."""

    text: str | None = None
    frequency: str | None = None
    duration: str | None = None
    group_size: str | None = None
    delivered_by: str | None = None
    timeframe: str | None = None
    expected_version: int | None = None

    def changes(self, *exclude: str) -> dict[str, str | None]:
        sent = self.model_dump(exclude={"expected_version", *exclude})
        return {k: v for k, v in sent.items() if v is not None}


StatementFields = Annotated[StatementForm, Form()]


@router.post("/cases/{case_id}/draft/statements/{statement_id}")
def edit_statement(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, statement_id: str, form: StatementFields
) -> Response:
    try:
        version = review.edit_statement(
            state.store, case.id, statement_id, form.changes(), user, _qa(state), expected_version=form.expected_version
        )
    except InputError as exc:
        return review_page(request, state, user, case, error=str(exc))
    _audit(request, state, user, case, "statement.edit", f"statement:{statement_id}@v{version.version}")
    return redirect(f"/cases/{case.id}/draft#stmt-{statement_id}")


@router.post("/cases/{case_id}/draft/statements")
def add_statement(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, section: Text, form: StatementFields
) -> Response:
    try:
        version, new_id = review.add_statement(
            state.store,
            case.id,
            section,
            form.text or "",
            form.changes("text"),
            user,
            _qa(state),
            expected_version=form.expected_version,
        )
    except InputError as exc:
        return review_page(request, state, user, case, error=str(exc))
    _audit(request, state, user, case, "statement.add", f"statement:{new_id}@v{version.version}")
    return redirect(f"/cases/{case.id}/draft#stmt-{new_id}")


@router.post("/cases/{case_id}/draft/statements/{statement_id}/delete")
def delete_statement(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    statement_id: str,
    expected_version: OptionalInt = None,
) -> Response:
    try:
        version = review.delete_statement(
            state.store, case.id, statement_id, user, _qa(state), expected_version=expected_version
        )
    except InputError as exc:
        return review_page(request, state, user, case, error=str(exc))
    _audit(request, state, user, case, "statement.delete", f"statement:{statement_id}@v{version.version}")
    section = statement_id.rsplit("-", 1)[0]
    return redirect(f"/cases/{case.id}/draft#section-{section}")


@router.post("/cases/{case_id}/flags/{flag_key}")
def decide_flag(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    flag_key: str,
    decision: Text,
    reason: Text = "",
) -> Response:
    try:
        review.decide(state.store, case.id, flag_key, decision, reason, user)
    except InputError as exc:
        return review_page(request, state, user, case, error=str(exc))
    _audit(request, state, user, case, f"flag.{decision}", f"flag:{flag_key}")
    return redirect(f"/cases/{case.id}/draft#flag-{flag_key}")


@router.post("/cases/{case_id}/flags/{flag_key}/reopen")
def reopen_flag(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, flag_key: str) -> Response:
    review.reopen(state.store, case.id, flag_key)
    _audit(request, state, user, case, "flag.reopen", f"flag:{flag_key}")
    return redirect(f"/cases/{case.id}/draft#flag-{flag_key}")


@router.post("/cases/{case_id}/sections/{section}/reviewed")
def section_reviewed(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, section: str, reviewed: Text = "yes"
) -> Response:
    review.mark_reviewed(state.store, case.id, section, user, reviewed=reviewed == "yes")
    _audit(
        request,
        state,
        user,
        case,
        "section.reviewed" if reviewed == "yes" else "section.unreviewed",
        f"section:{section}",
    )
    return redirect(f"/cases/{case.id}/draft#section-{section}")


@router.get("/cases/{case_id}/draft/versions")
def versions_page(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    old: int | None = None,
    new: int | None = None,
) -> Response:
    view = review.review_view(state.store, case.id)
    new = new or view.latest
    old = old or max(new - 1, 1)
    _, before = review.load(state.store, case.id, old)
    _, after = review.load(state.store, case.id, new)
    _audit(request, state, user, case, "draft.diff", f"versions:{old}-{new}")
    return render(
        request,
        "versions.html",
        {
            "case": case,
            "view": view,
            "old": old,
            "new": new,
            "changes": review.diff(before, after),
        },
    )


@router.post("/cases/{case_id}/sign-off")
def sign_off(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    try:
        version = review.sign_off(state.store, case.id, user)
    except InputError as exc:
        return review_page(request, state, user, case, error=str(exc))
    _audit(request, state, user, case, "plan.sign_off", f"version:{version}")
    return redirect(f"/cases/{case.id}/draft")


@router.post("/cases/{case_id}/reopen")
def reopen_plan(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    review.reopen_plan(state.store, case.id, user)
    _audit(request, state, user, case, "plan.reopen")
    return redirect(f"/cases/{case.id}/draft")
