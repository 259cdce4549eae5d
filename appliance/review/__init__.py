"""Review: what a caseworker does with a draft, and what a manager signs off.

Edit a statement's text or provision fields, add or delete statements (each change a new
version, QA run again), decide on flags (agree and change the plan, dismiss a warning with a
reason, override an error with a reason; decisions stick to flags by key), see what changed
between versions, carry earlier changes over after a redraft, add advice the plan does not use
yet, mark sections reviewed, and sign off with a declaration. Permission to see the case is
checked at the edge; what only a manager may do is checked here.
"""

from __future__ import annotations

from appliance.qa.decisions import apply_decisions
from appliance.review.carryover import RedraftSummary, resolve
from appliance.review.diff import StatementChange, TextOp, diff
from appliance.review.edits import (
    EDITABLE_FIELDS,
    VersionConflict,
    add_statement,
    delete_statement,
    edit_statement,
)
from appliance.review.flags import decide, reopen, with_decisions
from appliance.review.gate import PlanSignedOff
from appliance.review.signoff import DECLARATION, Blocker, blockers, mark_reviewed, overrides, sign_off, signed_off
from appliance.review.signoff import reopen as reopen_plan
from appliance.review.usage import DocumentUsage, citations_for, usage
from appliance.review.view import SHOW_LABELS, ReviewView, Show, load, review_view

__all__ = [
    "DECLARATION",
    "EDITABLE_FIELDS",
    "SHOW_LABELS",
    "Blocker",
    "DocumentUsage",
    "PlanSignedOff",
    "RedraftSummary",
    "ReviewView",
    "Show",
    "StatementChange",
    "TextOp",
    "VersionConflict",
    "add_statement",
    "apply_decisions",
    "blockers",
    "citations_for",
    "decide",
    "delete_statement",
    "diff",
    "edit_statement",
    "load",
    "mark_reviewed",
    "overrides",
    "reopen",
    "reopen_plan",
    "resolve",
    "review_view",
    "sign_off",
    "signed_off",
    "usage",
    "with_decisions",
]
