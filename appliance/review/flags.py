"""Flag decisions: a caseworker accepts a flag or dismisses it with a reason; the decision is kept
by the flag's key, so it sticks to the same flag in later versions, and `appliance.qa.decisions`
puts it back on the flags whenever a version is loaded."""

from __future__ import annotations

from dataclasses import replace

from appliance.drafting.plan import FLAG_DECISIONS, Draft, Flag, as_flag_decision
from appliance.errors import InputError, NotFound
from appliance.qa.decisions import apply_decisions
from appliance.review.gate import start_review
from appliance.store import Store, drafts, reviews
from appliance.store.db import Connection
from appliance.store.users import User

MAX_REASON = 1000
# a cut of provision or an unevidenced amendment needs the caseworker's reason whichever way they decide
REASON_REQUIRED = ("PROVISION_REDUCED", "CHANGE_UNEVIDENCED")


def decisions_of(conn: Connection, case_id: int) -> dict[str, tuple[str, str | None, str | None]]:
    return {k: (d.decision, d.reason, d.decided_by) for k, d in reviews.decisions(conn, case_id).items()}


def decided(conn: Connection, case_id: int, flags: tuple[Flag, ...]) -> tuple[Flag, ...]:
    return apply_decisions(flags, decisions_of(conn, case_id))


def with_decisions(store: Store, case_id: int, draft: Draft) -> Draft:
    with store.read() as conn:
        return draft.with_flags(decided(conn, case_id, draft.flags))


def decide(store: Store, case_id: int, flag_key: str, decision: str, reason: str, user: User) -> Flag:
    """Record `user`'s decision on the flag `flag_key` of the latest version; returns the flag."""
    if decision not in FLAG_DECISIONS:
        raise InputError("Choose whether to accept or dismiss the flag.")
    reason = " ".join(reason.split())[:MAX_REASON]
    if decision == "dismissed" and not reason:
        raise InputError("Enter the reason for dismissing this flag.")
    with store.write() as conn:
        _, draft = drafts.load(conn, case_id)
        flag = next((f for f in draft.flags if f.key == flag_key), None)
        if flag is None:
            raise NotFound("That flag is not on the current version of the plan.")
        if flag.code in REASON_REQUIRED and not reason:
            raise InputError("Enter the reason and the evidence for this change to the plan.")
        start_review(conn, case_id)
        reviews.decide(conn, case_id, flag_key, decision, reason or None, user.id)
    return replace(flag, decision=as_flag_decision(decision), reason=reason or None, decided_by=user.username)


def reopen(store: Store, case_id: int, flag_key: str) -> None:
    with store.write() as conn:
        start_review(conn, case_id)
        reviews.undecide(conn, case_id, flag_key)
