"""Deciding on flags, marking sections reviewed, and signing off: the manager confirms a
declaration on a page that lists what still blocks sign-off (as links) and every override."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from appliance import review
from appliance.errors import InputError
from appliance.store.cases import Case
from appliance.store.users import User
from server.deps import CaseDep, CaseWorker, Manager, StateDep, record_action
from server.routes.pages import FormError, redirect, render
from server.routes.review import review_page

router = APIRouter()
Text = Annotated[str, Form()]
OptionalInt = Annotated[int | None, Form()]


def _audit(request: Request, state: StateDep, user: User, case: Case, action: str, obj: str, **detail: object) -> None:
    record_action(request, state, user, action, case_id=case.id, obj=obj, detail=detail or None)


@router.post("/cases/{case_id}/flags/{flag_key}")
def decide_flag(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    flag_key: str,
    decision: Text = "",
    reason: Text = "",
) -> Response:
    try:
        flag = review.decide(state.store, case.id, flag_key, decision, reason, user)
    except InputError as exc:
        return review_page(request, state, user, case, error=FormError.of(exc).with_suffix(f"-{flag_key}"))
    action = f"flag.{flag.decision}"
    _audit(request, state, user, case, action, f"flag:{flag_key}", code=flag.code, severity=flag.severity)
    return redirect(f"/cases/{case.id}/draft#flag-{flag_key}", "flag-decided")


@router.post("/cases/{case_id}/flags/{flag_key}/reopen")
def reopen_flag(request: Request, state: StateDep, user: CaseWorker, case: CaseDep, flag_key: str) -> Response:
    review.reopen(state.store, case.id, flag_key)
    _audit(request, state, user, case, "flag.reopen", f"flag:{flag_key}")
    return redirect(f"/cases/{case.id}/draft#flag-{flag_key}", "flag-reopened")


@router.post("/cases/{case_id}/sections/{section}/reviewed")
def section_reviewed(
    request: Request, state: StateDep, user: CaseWorker, case: CaseDep, section: str, reviewed: Text = "yes"
) -> Response:
    done = reviewed != "no"
    review.mark_reviewed(state.store, case.id, section, user, reviewed=done)
    _audit(request, state, user, case, "section.reviewed" if done else "section.unreviewed", f"section:{section}")
    return redirect(f"/cases/{case.id}/draft#section-{section}", "section-reviewed" if done else "section-unreviewed")


def _sign_off_page(
    request: Request, state: StateDep, case: Case, errors: dict[str, str] | None = None, message: str | None = None
) -> Response:
    view = review.review_view(state.store, case.id)
    context = {
        "case": case,
        "view": view,
        "overrides": review.overrides(view.draft),
        "declaration": review.DECLARATION,
        "errors": errors or {},
        "message": message,
    }
    return render(request, "sign_off.html", context, status_code=400 if errors or message else 200)


@router.get("/cases/{case_id}/sign-off")
def sign_off_page(request: Request, state: StateDep, user: Manager, case: CaseDep) -> Response:
    return _sign_off_page(request, state, case)


@router.post("/cases/{case_id}/sign-off")
def sign_off(
    request: Request,
    state: StateDep,
    user: CaseWorker,
    case: CaseDep,
    declaration: Text = "",
    version: OptionalInt = None,
) -> Response:
    try:
        signed = review.sign_off(state.store, case.id, user, declared=declaration == "yes", version=version)
    except InputError as exc:
        if exc.field == "declaration":
            return _sign_off_page(request, state, case, errors={"declaration": str(exc)})
        return _sign_off_page(request, state, case, message=str(exc))
    overrides = len(review.overrides(review.load(state.store, case.id)[1]))
    _audit(request, state, user, case, "plan.sign_off", f"version:{signed.version}", overrides=overrides)
    return redirect(f"/cases/{case.id}/draft", "signed-off")


@router.post("/cases/{case_id}/reopen")
def reopen_plan(request: Request, state: StateDep, user: CaseWorker, case: CaseDep) -> Response:
    review.reopen_plan(state.store, case.id, user)
    _audit(request, state, user, case, "plan.reopen", "plan")
    return redirect(f"/cases/{case.id}/draft", "plan-reopened")
