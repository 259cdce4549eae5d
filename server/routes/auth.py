"""Sign in, sign out, change password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from appliance import accounts, audit
from appliance.errors import InputError, PermissionDenied
from server.deps import SESSION_COOKIE, CurrentUser, StateDep, client_ip
from server.routes.pages import redirect, render

router = APIRouter()
HOME = {"caseworker": "/", "manager": "/", "admin": "/admin/users", "dpo": "/dpo"}


@router.get("/login")
def login_page(request: Request) -> Response:
    return render(request, "login.html")


@router.post("/login")
def login(request: Request, state: StateDep, username: Annotated[str, Form()], password: Annotated[str, Form()]
          ) -> Response:  # fmt: skip
    ip = client_ip(request)
    try:
        signed = accounts.sign_in(state.store, username.strip(), password, ip)
    except PermissionDenied as exc:
        audit.record(state.store, "sign_in.failed", actor=username.strip()[:64], ip=ip)
        return render(request, "login.html", {"error": str(exc), "username": username}, status_code=401)
    audit.record(state.store, "sign_in", actor=signed.user.username, role=signed.user.role, ip=ip)
    target = "/account/password" if signed.user.must_change_password else HOME[signed.user.role]
    response = redirect(target)
    response.set_cookie(
        SESSION_COOKIE, signed.token, httponly=True, samesite="strict", secure=bool(state.settings.tls_certfile),
        max_age=state.settings.session_absolute_hours * 3600,
    )  # fmt: skip
    return response


@router.post("/logout")
def logout(request: Request, state: StateDep, user: CurrentUser) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    accounts.sign_out(state.store, token)
    audit.record(state.store, "sign_out", actor=user.username, role=user.role, ip=client_ip(request))
    response = redirect("/login")
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/account/password")
def password_page(request: Request, user: CurrentUser) -> Response:
    return render(request, "password.html")


@router.post("/account/password")
def change_password(request: Request, state: StateDep, user: CurrentUser, password: Annotated[str, Form()],
                    confirm: Annotated[str, Form()]) -> Response:  # fmt: skip
    if password != confirm:
        return render(request, "password.html", {"error": "The two passwords do not match."}, status_code=400)
    try:
        accounts.change_password(state.store, user.id, password)
    except InputError as exc:
        return render(request, "password.html", {"error": str(exc)}, status_code=400)
    audit.record(state.store, "password.change", actor=user.username, role=user.role, ip=client_ip(request))
    if user.username == "admin":
        (state.settings.data_dir / "initial-admin-password").unlink(missing_ok=True)
    return redirect(HOME[user.role])
