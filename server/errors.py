"""Core errors become plain messages for users; details go to the log with a request id only."""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

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
    page: Response = templates.TemplateResponse(
        request, "error.html", {"title": title, "message": message}, status_code=status
    )
    return page


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
