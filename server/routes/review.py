"""Reviewing a draft: the plan page (filtered, with the advice it does not use), sources beside it,
edits, statements added from the advice, earlier changes carried over after a redraft, and the
version history with diffs. Each handler parses, makes one call into `appliance.review`, audits,
and redirects (or re-renders the page with the error beside its field)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from pydantic import BaseModel

from appliance import review
from appliance.cases import caselist
from appliance.cases.casework import draft_options
from appliance.cases.review_page import amended
from appliance.cases.status import STATUS_LABELS
from appliance.drafting.plan import AREA_LABELS
from appliance.errors import InputError
from appliance.qa import QASettings
from appliance.review.sources import passage_context
from appliance.review.usage import KIND_LABELS
from appliance.store.cases import Case
from appliance.store.users import User
from server.deps import CaseDep, CaseWorker, StateDep, record_action
from server.routes.pages import FormError, redirect, render

router = APIRouter()
Text = Annotated[str, Form()]
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


def _show(value: str | None) -> review.Show:
    for key in review.SHOW_LABELS:
        if value == key:
            return key
    return "all"


def review_page(
    request: Request,
    state: StateDep,
    user: User,
    case: Case,
    version: int | None = None,
    source: str | None = None,
    error: FormError | None = None,
    show: str | None = None,
) -> Response:
    view = review.review_view(state.store, case.id, version, _show(show))
    wanted = _source(source)
    context = passage_context(state.store, case.id, wanted[0], wanted[1]) if wanted else None
    can_edit = view.is_latest and view.status not in ("signed_off", "closed")
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
            "show_labels": review.SHOW_LABELS,
            "kind_labels": KIND_LABELS,
            "usage": review.usage(state.store, view.draft) if can_edit else [],
            "summary": caselist.summarise(case, date.today()),
            "can_edit": can_edit,
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
    show: str | None = None,
) -> Response:
    response = review_page(request, state, user, case, version, source, show=show)
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
        error = FormError.of(exc, default="text").with_suffix(f"-{statement_id}")
        return review_page(request, state, user, case, error=error)
    _audit(request, state, user, case, "statement.edit", f"statement:{statement_id}@v{version.version}")
    return redirect(f"/cases/{case.id}/draft#stmt-{statement_id}", "statement-saved")


@router.post("/cases/{case_id}/draft/statements")
def add_statement(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    form: StatementFields,
    section: Text = "",
    from_document: OptionalInt = None,
    from_spans: Text = "",
) -> Response:
    """A caseworker's statement, or (`from_document`, `from_spans`) one added from advice the plan
    did not use, cited to its passage."""
    try:
        _, draft = review.load(state.store, case.id)
        cites = review.citations_for(state.store, draft, from_document, from_spans) if from_document else ()
        version, new_id = review.add_statement(
            state.store,
            case.id,
            section,
            form.text or "",
            form.changes("text"),
            user,
            _qa(state),
            expected_version=form.expected_version,
            citations=cites,
        )
    except InputError as exc:
        return review_page(request, state, user, case, error=FormError.of(exc, "new-", None).with_suffix(f"-{section}"))
    _audit(request, state, user, case, "statement.add", f"statement:{new_id}@v{version.version}")
    return redirect(f"/cases/{case.id}/draft#stmt-{new_id}", "statement-added")


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
        return review_page(request, state, user, case, error=FormError.of(exc))
    _audit(request, state, user, case, "statement.delete", f"statement:{statement_id}@v{version.version}")
    section = statement_id.rsplit("-", 1)[0]
    return redirect(f"/cases/{case.id}/draft#section-{section}", "statement-deleted")


@router.post("/cases/{case_id}/carry-over/{index}")
def carry_over(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, index: int, action: Text = ""
) -> Response:
    """One of the caseworker's earlier changes that a redraft could not re-apply by itself."""
    try:
        statement_id = review.resolve(state.store, case.id, index, action, user, _qa(state))
    except InputError as exc:
        return review_page(request, state, user, case, error=FormError.of(exc))
    _audit(request, state, user, case, f"redraft.{action}", f"change:{index}")
    anchor = f"#stmt-{statement_id}" if statement_id else "#carry-over"
    return redirect(f"/cases/{case.id}/draft{anchor}", "carried" if action == "carry" else "discarded")


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
        {"case": case, "view": view, "old": old, "new": new, "changes": review.diff(before, after)},
    )
