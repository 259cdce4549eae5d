"""Routers, included by the app factory in this order."""

from __future__ import annotations

from server.routes import admin, auth, cases, dpo, drafts, health, lifecycle, review, reviews, sso

ROUTERS = [
    health.router,
    auth.router,
    sso.router,
    cases.router,
    drafts.router,
    review.router,
    reviews.router,
    lifecycle.router,
    admin.router,
    dpo.router,
]
