"""Sign in, sign out, change password."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from appliance import directory
from appliance.errors import DirectoryError, InputError, PermissionDenied
from appliance.safeguards import accounts
from server.deps import SESSION_COOKIE, CurrentUser, StateDep, client_ip, record_action
from server.routes.pages import redirect, render

router = APIRouter()
HOME = {"caseworker": "/", "manager": "/", "admin": "/admin/users", "dpo": "/dpo"}


def login_form(request: Request, state: StateDep, status_code: int = 200, **context: Any) -> Response:
    """The sign-in page, with the single sign-on button when the council has one."""
    sso = state.settings.auth_oidc_label if state.oidc is not None else None
    return render(request, "login.html", {"sso": sso, **context}, status_code=status_code)


@router.get("/login")
def login_page(request: Request, state: StateDep) -> Response:
    return login_form(request, state)


@router.post("/login")
def login(
    request: Request, state: StateDep, username: Annotated[str, Form()] = "", password: Annotated[str, Form()] = ""
) -> Response:
    if not username.strip() or not password:
        field = "username" if not username.strip() else "password"
        errors = {field: "Enter your username" if field == "username" else "Enter your password"}
        return login_form(request, state, 400, errors=errors, username=username)
    try:
        signed = directory.password_sign_in(
            state.store, state.settings, username.strip()[:200], password[:1000], client_ip(request)
        )
    except (PermissionDenied, DirectoryError) as exc:
        status = 401 if isinstance(exc, PermissionDenied) else 503
        return login_form(request, state, status, errors={"username": str(exc)}, username=username)
    return signed_in(request, state, signed)


def signed_in(request: Request, state: StateDep, signed: accounts.SignedIn, *, follow: bool = False) -> Response:
    """Where a new session goes, with its cookie. `follow`: a page that moves on by itself, for a
    sign-in that arrived from another site (a SameSite=Strict cookie is not sent on the redirect
    that ends such a navigation, but is on the next one the page starts)."""
    target = "/account/password" if signed.user.must_change_password else HOME[signed.user.role]
    response = render(request, "signed_in.html", {"target": target}) if follow else redirect(target)
    # No max_age: the cookie ends with the browser; the server ends the session on idle and age.
    response.set_cookie(
        SESSION_COOKIE,
        signed.token,
        httponly=True,
        samesite="strict",
        path="/",
        secure=bool(state.settings.tls_certfile) or request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout(request: Request, state: StateDep, user: CurrentUser) -> Response:
    token = request.cookies.get(SESSION_COOKIE, "")
    accounts.sign_out(state.store, token)
    record_action(request, state, user, "sign_out")
    response = redirect("/login")
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


@router.get("/account/password")
def password_page(request: Request, user: CurrentUser) -> Response:
    return render(request, "password.html")


@router.post("/account/password")
def change_password(
    request: Request,
    state: StateDep,
    user: CurrentUser,
    password: Annotated[str, Form()] = "",
    confirm: Annotated[str, Form()] = "",
) -> Response:
    if not password:
        return render(request, "password.html", {"errors": {"password": "Enter a new password"}}, status_code=400)
    if password != confirm:
        errors = {"confirm": "The two passwords do not match"}
        return render(request, "password.html", {"errors": errors}, status_code=400)
    try:
        accounts.change_password(state.store, user.id, password, keep_token=request.cookies.get(SESSION_COOKIE))
    except InputError as exc:
        return render(request, "password.html", {"errors": {"password": str(exc)}}, status_code=400)
    record_action(request, state, user, "password.change")
    if user.username == "admin":
        (state.settings.data_dir / accounts.INITIAL_PASSWORD_FILE).unlink(missing_ok=True)
    return redirect(HOME[user.role])
