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
from appliance.review.signoff import blockers, mark_reviewed, sign_off
from appliance.review.signoff import reopen as reopen_plan
from appliance.review.status import DEADLINE_DAYS, STATUS_LABELS, PlanSignedOff, days_left, deadline, move
from appliance.review.view import ReviewView, load, review_view

__all__ = [
    "DEADLINE_DAYS",
    "EDITABLE_FIELDS",
    "STATUS_LABELS",
    "PlanSignedOff",
    "ReviewView",
    "StatementChange",
    "TextOp",
    "VersionConflict",
    "add_statement",
    "apply_decisions",
    "blockers",
    "days_left",
    "deadline",
    "decide",
    "delete_statement",
    "diff",
    "edit_statement",
    "load",
    "mark_reviewed",
    "move",
    "reopen",
    "reopen_plan",
    "review_view",
    "sign_off",
    "with_decisions",
]
