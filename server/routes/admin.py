"""Admin: user accounts (no case content)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from appliance import accounts, audit
from appliance.errors import InputError
from appliance.store import users
from server.deps import Admin, StateDep, client_ip
from server.routes.pages import redirect, render

router = APIRouter(prefix="/admin")


@router.get("/users")
def users_page(request: Request, state: StateDep, user: Admin) -> Response:
    with state.store.read() as conn:
        people = users.list_users(conn)
    return render(request, "admin_users.html", {"people": people, "roles": users.ROLES})


@router.post("/users")
def create_user(request: Request, state: StateDep, user: Admin, username: Annotated[str, Form()],
                display_name: Annotated[str, Form()], role: Annotated[str, Form()],
                team: Annotated[str, Form()] = "default") -> Response:  # fmt: skip
    password = accounts.generate_password()
    try:
        accounts.create_user(state.store, username.strip(), password, role, display_name=display_name.strip(),
                             team=team.strip() or "default")  # fmt: skip
    except (InputError, ValueError) as exc:
        with state.store.read() as conn:
            people = users.list_users(conn)
        return render(request, "admin_users.html", {"people": people, "roles": users.ROLES, "error": str(exc)},
                      status_code=400)  # fmt: skip
    audit.record(state.store, "user.create", actor=user.username, role=user.role, obj=username.strip(),
                 detail={"role": role}, ip=client_ip(request))  # fmt: skip
    with state.store.read() as conn:
        people = users.list_users(conn)
    return render(request, "admin_users.html", {"people": people, "roles": users.ROLES,
                                                "created": (username.strip(), password)})  # fmt: skip


@router.get("")
def admin_home() -> Response:
    return redirect("/admin/users")
