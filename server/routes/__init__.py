"""Routers, included by the app factory in this order."""

from __future__ import annotations

from server.routes import admin, approvals, auth, cases, dpo, drafts, lifecycle, review, reviews

ROUTERS = [
    auth.router,
    cases.router,
    drafts.router,
    review.router,
    reviews.router,
    lifecycle.router,
    admin.router,
    approvals.router,
    dpo.router,
]
