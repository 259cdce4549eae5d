"""Request dependencies: the app state, the signed-in user, CSRF, roles and case access.

Routes read like prose with the `Annotated` aliases; every lookup and permission check lives
here, not in handlers.
"""

from __future__ import annotations

import hmac
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from appliance import accounts
from appliance.errors import PermissionDenied
from appliance.store import cases
from appliance.store.cases import Case
from appliance.store.users import User
from server.errors import SignInRequired

if TYPE_CHECKING:
    from server.app import AppState

SESSION_COOKIE = "ehcp_session"
CASE_ROLES = ("caseworker", "manager")
UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


def app_state(request: Request) -> AppState:
    return request.app.state.appliance  # type: ignore[no-any-return]


StateDep = Annotated["AppState", Depends(app_state)]


async def current_user(request: Request, state: StateDep) -> User:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise SignInRequired()
    s = state.settings
    found = accounts.session_user(
        state.store, token, timedelta(minutes=s.session_idle_minutes), timedelta(hours=s.session_absolute_hours)
    )
    if found is None:
        raise SignInRequired()
    user, csrf_token = found
    request.state.user = user
    request.state.csrf_token = csrf_token
    if request.method in UNSAFE_METHODS:
        sent = request.headers.get("x-csrf-token")
        if sent is None:
            form = await request.form()
            sent = str(form.get("csrf_token") or "")
        if not hmac.compare_digest(sent, csrf_token):
            raise PermissionDenied("This form has expired. Go back, reload the page and try again.")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require_roles(*roles: str):  # type: ignore[no-untyped-def]
    def dependency(user: CurrentUser) -> User:
        if user.role not in roles:
            raise PermissionDenied("Your role does not give access to this page.")
        return user

    return Depends(dependency)


CaseWorker = Annotated[User, require_roles(*CASE_ROLES)]
Manager = Annotated[User, require_roles("manager")]
Admin = Annotated[User, require_roles("admin")]
DPO = Annotated[User, require_roles("dpo")]


def case_for_user(case_id: int, user: CaseWorker, state: StateDep) -> Case:
    with state.store.read() as conn:
        case = cases.get(conn, case_id)
    if case.team != user.team:
        raise PermissionDenied("This case belongs to another team.")
    return case


CaseDep = Annotated[Case, Depends(case_for_user)]


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None
