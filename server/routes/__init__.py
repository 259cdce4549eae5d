"""Routers, included by the app factory in this order."""

from __future__ import annotations

from server.routes import admin, auth, cases, drafts

ROUTERS = [auth.router, cases.router, drafts.router, admin.router]
