"""Review: what a caseworker does with a draft, and what a manager signs off.

Edit a statement's text or provision fields, add or delete statements (each change a new
version, QA run again), accept or dismiss flags (dismissal needs a reason; decisions stick to
flags by key), see what changed between versions, mark sections reviewed, and sign off.
Permission to see the case is checked at the edge; what only a manager may do is checked here.
"""

from __future__ import annotations

from appliance.qa.decisions import apply_decisions
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
from appliance.review.signoff import blockers, mark_reviewed, sign_off
from appliance.review.signoff import reopen as reopen_plan
from appliance.review.view import ReviewView, load, review_view

__all__ = [
    "EDITABLE_FIELDS",
    "PlanSignedOff",
    "ReviewView",
    "StatementChange",
    "TextOp",
    "VersionConflict",
    "add_statement",
    "apply_decisions",
    "blockers",
    "decide",
    "delete_statement",
    "diff",
    "edit_statement",
    "load",
    "mark_reviewed",
    "reopen",
    "reopen_plan",
    "review_view",
    "sign_off",
    "with_decisions",
]
