"""Rendering helpers shared by the page routes."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    state = request.app.state.appliance
    ctx = {
        "user": getattr(request.state, "user", None),
        "csrf_token": getattr(request.state, "csrf_token", ""),
        **(context or {}),
    }
    return state.templates.TemplateResponse(request, template, ctx, status_code=status_code)  # type: ignore[no-any-return]


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)
