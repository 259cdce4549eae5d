"""Routers, included by the app factory in this order."""

from __future__ import annotations

from server.routes import (
    admin,
    approvals,
    auth,
    cases,
    documents,
    dpo,
    drafts,
    health,
    lifecycle,
    review,
    reviews,
    signoff,
    sso,
)

ROUTERS = [
    health.router,
    auth.router,
    sso.router,
    cases.router,
    documents.router,
    drafts.router,
    review.router,
    signoff.router,
    reviews.router,
    lifecycle.router,
    admin.router,
    approvals.router,
    dpo.router,
]
