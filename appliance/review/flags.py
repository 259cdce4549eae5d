"""Flag decisions: a caseworker accepts a flag or dismisses it with a reason; the decision is kept
by the flag's key, so it sticks to the same flag in later versions and is applied on loading."""

from __future__ import annotations

from dataclasses import replace

from appliance.drafting.plan import Draft, Flag
from appliance.errors import InputError, NotFound
from appliance.review.status import start_review
from appliance.store import Store, drafts, reviews
from appliance.store.reviews import FlagDecision
from appliance.store.users import User

DECISIONS = ("accepted", "dismissed")
MAX_REASON = 1000


def apply_decisions(flags: tuple[Flag, ...], decisions: dict[str, FlagDecision]) -> tuple[Flag, ...]:
    out = []
    for f in flags:
        d = decisions.get(f.key)
        out.append(
            f if d is None else replace(f, decision=d.decision, reason=d.reason, decided_by=d.decided_by)
        )
    return tuple(out)


def with_decisions(store: Store, case_id: int, draft: Draft) -> Draft:
    with store.read() as conn:
        return draft.with_flags(apply_decisions(draft.flags, reviews.decisions(conn, case_id)))


def decide(store: Store, case_id: int, flag_key: str, decision: str, reason: str, user: User) -> Flag:
    """Record `user`'s decision on the flag `flag_key` of the latest version; returns the flag."""
    if decision not in DECISIONS:
        raise InputError("Choose whether to accept or dismiss the flag.")
    reason = " ".join(reason.split())[:MAX_REASON]
    if decision == "dismissed" and not reason:
        raise InputError("Enter the reason for dismissing this flag.")
    with store.write() as conn:
        _, draft = drafts.load(conn, case_id)
        flag = next((f for f in draft.flags if f.key == flag_key), None)
        if flag is None:
            raise NotFound("That flag is not on the current version of the plan.")
        start_review(conn, case_id)
        reviews.decide(conn, case_id, flag_key, decision, reason or None, user.id)
    return replace(flag, decision=decision, reason=reason or None, decided_by=user.username)


def reopen(store: Store, case_id: int, flag_key: str) -> None:
    with store.write() as conn:
        start_review(conn, case_id)
        reviews.undecide(conn, case_id, flag_key)
