"""Sections marked reviewed, and signing a plan off (managers only) once nothing blocks it."""

from __future__ import annotations

from appliance.cases import status
from appliance.drafting.plan import SECTIONS, Draft
from appliance.errors import InputError
from appliance.review.flags import decided
from appliance.review.gate import require_manager, start_review
from appliance.store import Store, cases, drafts, reviews
from appliance.store.db import Connection
from appliance.store.users import User


def mark_reviewed(store: Store, case_id: int, section: str, user: User, *, reviewed: bool = True) -> None:
    if section not in SECTIONS:
        raise InputError("Choose a section of the plan.")
    with store.write() as conn:
        drafts.load(conn, case_id)  # raises NotFound when there is nothing to review
        start_review(conn, case_id)
        if reviewed:
            reviews.mark_reviewed(conn, case_id, section, user.id)
        else:
            reviews.unmark_reviewed(conn, case_id, section)


def blockers(conn: Connection, case_id: int, draft: Draft) -> list[str]:
    """Why the plan cannot be signed off yet, in words for the manager; empty when it can."""
    open_errors = [f for f in decided(conn, case_id, draft.flags) if f.severity == "error" and f.decision is None]
    done = reviews.section_reviews(conn, case_id)
    unreviewed = [sec for sec in SECTIONS if sec not in done]
    out = []
    if open_errors:
        out.append(f"{len(open_errors)} error flag{'s' if len(open_errors) != 1 else ''} still to accept or dismiss")
    if unreviewed:
        out.append(f"Sections not yet marked reviewed: {', '.join(unreviewed)}")
    return out


def sign_off(store: Store, case_id: int, user: User) -> int:
    """Sign off the latest version; returns its number."""
    require_manager(user.role)
    with store.write() as conn:
        meta, draft = drafts.load(conn, case_id)
        problems = blockers(conn, case_id, draft)
        if problems:
            raise InputError("The plan cannot be signed off yet: " + "; ".join(problems) + ".")
        if cases.get(conn, case_id).status == "drafted":
            status.move(conn, case_id, "in_review")
        status.move(conn, case_id, "signed_off")
    return meta.version


def reopen(store: Store, case_id: int, user: User) -> None:
    require_manager(user.role)
    with store.write() as conn:
        status.move(conn, case_id, "in_review")
