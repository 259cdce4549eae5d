"""Flag decisions. What each means, in the words the review page uses:

- accepted ("Agree: I will change the plan"): the reviewer agrees the flag is right. A warning or
  note is then dealt with; an error flag still blocks sign-off until the plan is changed so the
  check no longer raises it.
- dismissed ("No change needed", warnings and notes only): with a reason.
- overridden ("Override with a reason", error flags only): a person decides the plan may go ahead
  despite the check, and records why; the override is in the QA record and the audit.

A decision is kept by the flag's key, so it sticks to the same flag in later versions, and
`appliance.qa.decisions` puts it back on the flags whenever a version is loaded."""

from __future__ import annotations

from dataclasses import replace

from appliance.drafting.plan import FLAG_DECISIONS, Draft, Flag, as_flag_decision
from appliance.errors import InputError, NotFound
from appliance.qa.decisions import apply_decisions
from appliance.review.gate import start_review
from appliance.store import Store, drafts, reviews
from appliance.store.cases import now
from appliance.store.db import Connection
from appliance.store.reviews import FlagDecision
from appliance.store.users import User

MAX_REASON = 1000


def decisions_of(conn: Connection, case_id: int) -> dict[str, FlagDecision]:
    return reviews.decisions(conn, case_id)


def decided(conn: Connection, case_id: int, flags: tuple[Flag, ...]) -> tuple[Flag, ...]:
    return apply_decisions(flags, decisions_of(conn, case_id))


def with_decisions(store: Store, case_id: int, draft: Draft) -> Draft:
    with store.read() as conn:
        return draft.with_flags(decided(conn, case_id, draft.flags))


def _check(flag: Flag, decision: str, reason: str) -> None:
    if decision == "dismissed" and flag.severity == "error":
        raise InputError(
            "An error flag cannot be dismissed. Change the plan so the check no longer applies, "
            "or override it with a reason.",
        )
    if decision == "overridden" and flag.severity != "error":
        raise InputError("Only error flags are overridden; dismiss this one with a reason.")
    if decision == "dismissed" and not reason:
        raise InputError("Enter the reason for dismissing this flag.")
    if decision == "overridden" and not reason:
        raise InputError("Enter the reason for overriding this flag.")


def decide(store: Store, case_id: int, flag_key: str, decision: str, reason: str, user: User) -> Flag:
    """Record `user`'s decision on the flag `flag_key` of the latest version; returns the flag."""
    if decision not in FLAG_DECISIONS:
        raise InputError("Choose what to do about the flag.")
    reason = " ".join(reason.split())[:MAX_REASON]
    with store.write() as conn:
        _, draft = drafts.load(conn, case_id)
        flag = next((f for f in draft.flags if f.key == flag_key), None)
        if flag is None:
            raise NotFound("That flag is not on the current version of the plan.")
        _check(flag, decision, reason)
        start_review(conn, case_id)
        reviews.decide(conn, case_id, flag_key, decision, reason or None, user.id)
    return replace(
        flag, decision=as_flag_decision(decision), reason=reason or None, decided_by=user.username, decided_at=now()
    )


def reopen(store: Store, case_id: int, flag_key: str) -> None:
    with store.write() as conn:
        start_review(conn, case_id)
        reviews.undecide(conn, case_id, flag_key)
