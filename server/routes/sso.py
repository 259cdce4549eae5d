"""Single sign-on with the council's OpenID Connect provider: /auth/oidc/start sends the browser
to the provider with a new sign-in's state in a short-lived cookie; /auth/oidc/callback checks
the state against that cookie and signs the person in (appliance.directory)."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from appliance import directory
from appliance.directory.oidc import FLOW_SECONDS
from appliance.errors import DirectoryError, NotFound, PermissionDenied
from server.deps import StateDep, client_ip
from server.routes.auth import login_form, signed_in

router = APIRouter()
FLOW_COOKIE = "ehcp_oidc_state"
CALLBACK = "/auth/oidc/callback"


def _redirect_uri(request: Request, state: StateDep) -> str:
    base = state.settings.public_url.rstrip("/") if state.settings.public_url else str(request.base_url).rstrip("/")
    return base + CALLBACK


def _secure(request: Request, state: StateDep) -> bool:
    return bool(state.settings.tls_certfile) or request.url.scheme == "https"


@router.get("/auth/oidc/start")
def oidc_start(request: Request, state: StateDep) -> Response:
    if state.oidc is None:
        raise NotFound("Single sign-on is not set up here.")
    try:
        url, flow = state.oidc.start(_redirect_uri(request, state))
    except DirectoryError as exc:
        return login_form(request, state, error=str(exc), status_code=503)
    response = RedirectResponse(url, status_code=303)
    # Lax: the provider sends the browser back with a top-level GET from its own site.
    response.set_cookie(
        FLOW_COOKIE,
        flow,
        max_age=FLOW_SECONDS,
        httponly=True,
        samesite="lax",
        path=CALLBACK,
        secure=_secure(request, state),
    )
    return response


@router.get(CALLBACK)
def oidc_callback(request: Request, state: StateDep, code: str = "", error: str = "") -> Response:
    if state.oidc is None:
        raise NotFound("Single sign-on is not set up here.")
    flow = request.query_params.get("state", "")
    if error:
        return login_form(
            request, state, error="Sign-in was not completed at the council's sign-in service.", status_code=401
        )
    if not flow or not hmac.compare_digest(flow.encode(), request.cookies.get(FLOW_COOKIE, "").encode()):
        return login_form(
            request, state, error="This sign-in was not started in this browser. Sign in again.", status_code=401
        )
    try:
        signed = directory.oidc_sign_in(state.store, state.settings, state.oidc, flow, code, client_ip(request))
    except PermissionDenied as exc:
        return login_form(request, state, error=str(exc), status_code=401)
    except DirectoryError as exc:
        return login_form(request, state, error=str(exc), status_code=503)
    response = signed_in(request, state, signed, follow=True)
    response.delete_cookie(FLOW_COOKIE, path=CALLBACK, httponly=True, samesite="lax")
    return response
