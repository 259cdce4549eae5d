"""Core errors become plain messages for users; details go to the log with a request id only.

A browser always gets an HTML page: a form the app cannot read (a missing field), a page that
does not exist, or a form address opened directly (a reload after a form was sent, a bookmark)
never answers with raw JSON. A GET to an address that only takes forms is sent on to the page
the form belongs to. JSON goes only to the API and to requests that ask for it."""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from appliance.errors import ApplianceError, DiskFull, InputError, NotFound, PermissionDenied, StoreDamaged

log = logging.getLogger(__name__)


class SignInRequired(Exception):
    """Raised by the session dependency; becomes a redirect (pages) or 401 (JSON)."""


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def _page(request: Request, status: int, title: str, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    templates = request.app.state.appliance.templates
    context = {
        "title": title,
        "message": message,
        "user": getattr(request.state, "user", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
        "back": _form_page(request) if request.method != "GET" else None,
    }
    page: Response = templates.TemplateResponse(request, "error.html", context, status_code=status)
    return page


def _gets(request: Request, path: str) -> bool:
    scope = {**request.scope, "path": path, "method": "GET"}
    return any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes)


def _form_page(request: Request) -> str | None:
    """The nearest page above a form's address: /cases/5/flags/abc -> /cases/5/draft (the review
    page holds the flags) or /cases/5."""
    parts = request.url.path.rstrip("/").split("/")
    if len(parts) > 3 and parts[1] == "cases" and parts[3] in ("flags", "sections", "sign-off", "reopen", "carry-over"):
        return "/".join(parts[:3]) + "/draft"
    while len(parts) > 1:
        parts.pop()
        path = "/".join(parts) or "/"
        if _gets(request, path):
            return path
    return None


def _missing_fields(exc: RequestValidationError) -> str:
    names = sorted({str(e.get("loc", ("", ""))[-1]).replace("_", " ") for e in exc.errors()})
    return "Some of the form was missing or not valid: " + ", ".join(names) + ". Go back and try again."


def install(app: FastAPI) -> None:
    @app.exception_handler(SignInRequired)
    async def sign_in(request: Request, exc: SignInRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"error": "Sign in first."}, status_code=401)
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(PermissionDenied)
    async def forbidden(request: Request, exc: PermissionDenied) -> Response:
        return _page(request, 403, "Not allowed", str(exc) or "You do not have access to this page.")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _page(request, 404, "Not found", str(exc))

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        return _page(request, 400, "There is a problem", str(exc))

    @app.exception_handler(DiskFull)
    async def disk_full(request: Request, exc: DiskFull) -> Response:
        log.error("the disk is full")
        return _page(request, 507, "The appliance's disk is full", str(exc))

    @app.exception_handler(StoreDamaged)
    async def damaged(request: Request, exc: StoreDamaged) -> Response:
        log.error("the store file is damaged")
        return _page(request, 503, "The appliance's store is damaged", str(exc))

    @app.exception_handler(RequestValidationError)
    async def unreadable_form(request: Request, exc: RequestValidationError) -> Response:
        return _page(request, 400, "There is a problem", _missing_fields(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 405 and request.method == "GET" and not _wants_json(request):
            target = _form_page(request)
            if target is not None:
                return RedirectResponse(target, status_code=303)
        if exc.status_code == 404:
            return _page(request, 404, "Page not found", "If you typed the web address, check it is correct.")
        return _page(request, exc.status_code, "There is a problem", str(exc.detail))

    @app.exception_handler(ApplianceError)
    async def appliance_error(request: Request, exc: ApplianceError) -> Response:
        ref = uuid.uuid4().hex[:8]
        log.error("request %s failed: %s", ref, type(exc).__name__)
        return _page(request, 500, "Something went wrong", f"Something went wrong (reference {ref}).")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        ref = uuid.uuid4().hex[:8]
        log.error("request %s failed with %s", ref, type(exc).__name__)
        if _wants_json(request):
            return JSONResponse({"error": f"Something went wrong (reference {ref})."}, status_code=500)
        return HTMLResponse(f"<h1>Something went wrong</h1><p>Reference {ref}.</p>", status_code=500)
