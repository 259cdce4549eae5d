"""Admin: user accounts and the settings in force (never case content)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from appliance.config import Settings
from appliance.errors import InputError
from appliance.safeguards import accounts, duties
from appliance.store import approvals, users
from server.deps import Admin, StateDep, client_ip, record_action
from server.routes.pages import redirect, render

router = APIRouter(prefix="/admin")
SECRET_SETTINGS = {"store_key"}


def _users_page(request: Request, state: StateDep, status_code: int = 200, **extra: Any) -> Response:
    with state.store.read() as conn:
        people = users.list_users(conn)
        waiting = {a.user_id: a for a in approvals.pending(conn)}
    return render(
        request,
        "admin_users.html",
        {"people": people, "roles": users.ROLES, "waiting": waiting, "errors": {}, **extra},
        status_code=status_code,
    )


def _audit(request: Request, state: StateDep, user: Admin, action: str, obj: str, **detail: Any) -> None:
    record_action(request, state, user, action, obj=obj, detail=detail or None)


@router.get("/users")
def users_page(request: Request, state: StateDep, user: Admin) -> Response:
    return _users_page(request, state)


@router.post("/users")
def create_user(
    request: Request,
    state: StateDep,
    user: Admin,
    username: Annotated[str, Form()] = "",
    display_name: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    team: Annotated[str, Form()] = "default",
) -> Response:
    errors = {}
    if not username.strip():
        errors["username"] = "Enter a username"
    if not display_name.strip():
        errors["display_name"] = "Enter the person's name"
    if role not in users.ROLES:
        errors["role"] = "Choose a role from the list"
    if errors:
        return _users_page(request, state, 400, errors=errors)
    try:
        made = duties.create_account(
            state.store,
            username.strip(),
            display_name.strip(),
            role,
            team.strip() or "default",
            by=user,
            ip=client_ip(request),
        )
    except (InputError, ValueError) as exc:
        return _users_page(request, state, 400, error=str(exc))
    return _users_page(request, state, created=(username.strip(), made.password, made.pending))


@router.post("/users/{user_id}/team")
def move_user(
    request: Request, state: StateDep, user: Admin, user_id: int, team: Annotated[str, Form()] = ""
) -> Response:
    target = _target(state, user_id)
    try:
        pending = duties.request_move(state.store, user_id, team, by=user, ip=client_ip(request))
    except InputError as exc:
        return _users_page(request, state, 400, error=str(exc))
    done = (
        f"Moving {target.username} to the team {team.strip()} waits for a DPO or a manager of either team "
        "to approve it."
        if pending
        else f"{target.username} is now in the team {team.strip()}."
    )
    return _users_page(request, state, done=done)


def _target(state: StateDep, user_id: int) -> users.User:
    with state.store.read() as conn:
        return users.get(conn, user_id)


@router.post("/users/{user_id}/disable")
def disable_user(request: Request, state: StateDep, user: Admin, user_id: int) -> Response:
    try:
        target = accounts.set_disabled(state.store, user_id, True, by=user)
    except InputError as exc:
        return _users_page(request, state, 400, error=str(exc))
    _audit(request, state, user, "user.disable", target.username)
    return _users_page(request, state, done=f"{target.username} is disabled and signed out.")


@router.post("/users/{user_id}/enable")
def enable_user(request: Request, state: StateDep, user: Admin, user_id: int) -> Response:
    target = accounts.set_disabled(state.store, user_id, False, by=user)
    _audit(request, state, user, "user.enable", target.username)
    return _users_page(request, state, done=f"{target.username} is enabled.")


@router.post("/users/{user_id}/reset")
def reset_user(request: Request, state: StateDep, user: Admin, user_id: int) -> Response:
    target = _target(state, user_id)
    password = accounts.reset_password(state.store, user_id, by=user.username)
    _audit(request, state, user, "user.reset", target.username)
    return _users_page(request, state, reset=(target.username, password))


@router.get("/settings")
def settings_page(request: Request, state: StateDep, user: Admin) -> Response:
    rows = []
    for name, field in Settings.model_fields.items():
        value = (
            "(set, not shown)"
            if name in SECRET_SETTINGS and getattr(state.settings, name)
            else getattr(state.settings, name)
        )
        env = field.validation_alias if isinstance(field.validation_alias, str) else f"EHCP_{name.upper()}"
        rows.append({"name": env, "value": value, "description": field.description or ""})
    _audit(request, state, user, "settings.view", "settings")
    return render(request, "admin_settings.html", {"rows": rows})


@router.get("")
def admin_home(user: Admin) -> Response:
    return redirect("/admin/users")
