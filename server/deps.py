"""Request dependencies: the app state, the signed-in user, CSRF, roles and case access.

Routes read like prose with the `Annotated` aliases; every lookup and permission check lives
here, not in handlers. Who may do what:

- caseworker: the cases of their own team;
- manager: the same cases, and review, sign-off and closure;
- dpo: audit, data-protection reports and lifecycle actions; case content only through the
  DPO's own pages, each view recorded with a reason;
- admin: accounts and settings, never case content.

Every request that reaches a case through `CaseDep` is audited: when the route records nothing
about the case itself, a `case.access` record is added with the route it used.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

from appliance.errors import PermissionDenied
from appliance.safeguards import accounts, audit
from appliance.store import cases
from appliance.store.cases import Case
from appliance.store.users import User
from server.errors import SignInRequired
from server.security import UPLOAD_PATH_RE

if TYPE_CHECKING:
    from server.app import AppState

SESSION_COOKIE = "ehcp_session"
CASE_ROLES = ("caseworker", "manager")
UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
# Where an account that must change its password may still go.
PASSWORD_CHANGE_PATHS = ("/account/password", "/logout")


def app_state(request: Request) -> AppState:
    return request.app.state.appliance  # type: ignore[no-any-return]


StateDep = Annotated["AppState", Depends(app_state)]


async def _check_csrf(request: Request, csrf_token: str) -> None:
    """The token from the X-CSRF-Token header, the query string, or (forms, never uploads, whose
    bodies are read only after this check) the form."""
    sent = request.headers.get("x-csrf-token") or request.query_params.get("csrf_token")
    if sent is None:
        # an upload's body is read only once the token has been checked: it is never looked for there
        form = None if UPLOAD_PATH_RE.match(request.url.path) else await request.form()
        sent = str(form.get("csrf_token") or "") if form is not None else ""
    if not hmac.compare_digest(sent.encode(), csrf_token.encode()):
        raise PermissionDenied("This form has expired. Go back, reload the page and try again.")


async def current_user(request: Request, state: StateDep) -> User:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        raise SignInRequired()
    s = state.settings
    found = await run_in_threadpool(
        accounts.session_user,
        state.store,
        token,
        timedelta(minutes=s.session_idle_minutes),
        timedelta(hours=s.session_absolute_hours),
    )
    if found is None:
        raise SignInRequired()
    user, csrf_token = found
    request.state.user = user
    request.state.csrf_token = csrf_token
    if request.method in UNSAFE_METHODS:
        await _check_csrf(request, csrf_token)
    if user.must_change_password and request.url.path not in PASSWORD_CHANGE_PATHS:
        raise PermissionDenied("Change your password first (Account: change password).")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require_roles(*roles: str) -> Any:
    def dependency(user: CurrentUser) -> User:
        if user.role not in roles:
            raise PermissionDenied("Your role does not give access to this page.")
        return user

    dependency.allowed_roles = roles  # type: ignore[attr-defined]  # read by the route-walking test
    return Depends(dependency)


def allowed_roles(dependency: Callable[..., Any]) -> tuple[str, ...] | None:
    return getattr(dependency, "allowed_roles", None)


CaseWorker = Annotated[User, require_roles(*CASE_ROLES)]
Manager = Annotated[User, require_roles("manager")]
Admin = Annotated[User, require_roles("admin")]
DPO = Annotated[User, require_roles("dpo")]


def case_for_user(case_id: int, user: CaseWorker, state: StateDep) -> Case:
    # The role is checked here too: some routes call this directly, outside the dependency.
    if user.role not in CASE_ROLES:
        raise PermissionDenied("Your role does not give access to case content.")
    with state.store.read() as conn:
        case = cases.get(conn, case_id)
    if case.team != user.team:
        raise PermissionDenied("This case belongs to another team.")
    return case


def audited_case(request: Request, case_id: int, user: CaseWorker, state: StateDep) -> Iterator[Case]:
    case = case_for_user(case_id, user, state)
    mark = audit.head(state.store)
    yield case
    if not audit.recorded_since(state.store, mark, case.id, user.username):
        route = request.scope.get("route")
        record_action(
            request,
            state,
            user,
            "case.access",
            case_id=case.id,
            obj=f"{request.method} {getattr(route, 'path', request.url.path)}",
        )


CaseDep = Annotated[Case, Depends(audited_case, scope="function")]


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def record_action(request: Request, state: AppState, user: User, action: str, **kwargs: Any) -> None:
    """Audit what a signed-in user did, from where: the one way routes write the audit."""
    audit.record(state.store, action, actor=user.username, role=user.role, ip=client_ip(request), **kwargs)
