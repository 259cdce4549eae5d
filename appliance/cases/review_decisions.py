"""What people decide in a review, never the appliance: the decision to maintain, amend or cease
with the amendment notice (which cannot go while a cut of provision or an unevidenced change has
no recorded reason), the family's representations and the response to each, and the final amended
plan signed off by a manager as the next version of the plan."""

from __future__ import annotations

from datetime import date

from appliance.amendments.model import DECISIONS, as_decision
from appliance.cases.reviewing import NEEDS_A_REASON, ReviewOptions, load, recheck
from appliance.errors import InputError, NotFound
from appliance.review.gate import require_manager
from appliance.review.signoff import sign_off
from appliance.store import Store, annual_reviews
from appliance.store.users import User

RESPONSES = ("accepted", "revised")
MAX_TEXT = 4000


def _clean(text: str, what: str) -> str:
    text = " ".join(text.split())[:MAX_TEXT]
    if not text:
        raise InputError(f"Enter {what}.")
    return text


def notice_blockers(store: Store, review_id: int, options: ReviewOptions) -> list[str]:
    """Why the amendment notice cannot go yet, in words; empty when it can."""
    proposal = load(store, review_id, options)
    open_ = [f for f in proposal.draft.flags if f.code in NEEDS_A_REASON and f.decision is None]
    if not open_:
        return []
    return [
        f"{len(open_)} flag{'s' if len(open_) != 1 else ''} on cuts of provision or unevidenced changes without a "
        "recorded reason: accept each with the reason and evidence, or dismiss it with a reason"
    ]


def decide(
    store: Store,
    review_id: int,
    decision: str,
    reason: str,
    notice_date: date | None,
    user: User,
    options: ReviewOptions,
) -> None:
    chosen = as_decision(decision)
    if chosen is None:
        raise InputError(f"Choose one of: {', '.join(DECISIONS)}.")
    why = _clean(reason, "the reason for the decision")
    if chosen == "amend":
        problems = notice_blockers(store, review_id, options)
        if problems:
            raise InputError("The amendment notice cannot go yet: " + "; ".join(problems) + ".")
        notice_date = notice_date or date.today()
    with store.write() as conn:
        annual_reviews.decide(conn, review_id, chosen, why, user.id, notice_date.isoformat() if notice_date else None)
    recheck(store, review_id, options, user.id)  # a decision meets the first deadline


def add_representation(
    store: Store, review_id: int, from_whom: str, text: str, received_on: date | None, statement_id: str | None,
    user: User,
) -> int:  # fmt: skip
    with store.write() as conn:
        rec = annual_reviews.get(conn, review_id)
        if rec.decision != "amend":
            raise InputError("Representations are recorded once the amendment notice has been issued.")
        return annual_reviews.add_representation(
            conn, review_id, rec.case_id, received_on=received_on.isoformat() if received_on else None,
            from_whom=_clean(from_whom, "who made the representation"), text=_clean(text, "the representation"),
            statement_id=statement_id or None, user_id=user.id,
        )  # fmt: skip


def respond(store: Store, review_id: int, representation_id: int, response: str, reason: str, user: User) -> None:
    if response not in RESPONSES:
        raise InputError("Choose whether the proposed change stands (accepted) or is revised.")
    why = _clean(reason, "the reason for the response")
    with store.write() as conn:
        found = [r for r in annual_reviews.representations(conn, review_id) if r.id == representation_id]
        if not found:
            raise NotFound("No such representation in this review.")
        annual_reviews.respond(conn, representation_id, response, why, user.id)


def finalise(store: Store, review_id: int, user: User, options: ReviewOptions, *, declared: bool = False) -> int:
    """Sign off the amended plan (a manager, once nothing blocks it, confirming the declaration) as
    the next version, its flags checked again first (the clock has moved on since it was proposed)."""
    require_manager(user.role)
    with store.read() as conn:
        rec = annual_reviews.get(conn, review_id)
        waiting = [r for r in annual_reviews.representations(conn, review_id) if r.response is None]
    if rec.decision != "amend" or not rec.notice_date:
        raise InputError("Record the decision to amend and issue the notice before finalising the plan.")
    if waiting:
        raise InputError(f"Respond to every representation first ({len(waiting)} waiting).")
    recheck(store, review_id, options, user.id)
    version = sign_off(store, rec.case_id, user, declared=declared).version
    with store.write() as conn:
        annual_reviews.update(conn, review_id, status="finalised", final_version=version)
    return version
