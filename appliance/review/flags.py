"""Flag decisions. What each means, in the words the review page uses:

- accepted ("Agree: I will change the plan"): the reviewer agrees the flag is right. A warning or
  note is then dealt with; an error flag still blocks sign-off until the plan is changed so the
  check no longer raises it.
- dismissed ("No change needed", warnings and notes): with a reason.
- overridden ("Override with a reason", error flags): a person decides the plan may go ahead
  despite the check, and records why; the override is in the QA record and the audit. Dismissing
  an error with a reason is the same override, and so is accepting a cut of provision or an
  unevidenced amendment with its reason and evidence (annual reviews).

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
# a cut of provision or an unevidenced amendment needs the caseworker's reason whichever way they decide
REASON_REQUIRED = ("PROVISION_REDUCED", "CHANGE_UNEVIDENCED")


def decisions_of(conn: Connection, case_id: int) -> dict[str, FlagDecision]:
    return reviews.decisions(conn, case_id)


def decided(conn: Connection, case_id: int, flags: tuple[Flag, ...]) -> tuple[Flag, ...]:
    return apply_decisions(flags, decisions_of(conn, case_id))


def with_decisions(store: Store, case_id: int, draft: Draft) -> Draft:
    with store.read() as conn:
        return draft.with_flags(decided(conn, case_id, draft.flags))


def _normalised(flag: Flag, decision: str) -> str:
    """The decision as it stands for this flag: dismissing an error with a reason is overriding it,
    a warning is dismissed rather than overridden, and accepting a cut of provision or an
    unevidenced amendment, with its reason and evidence, lets that change stand (an override)."""
    if flag.severity == "error" and (
        decision == "dismissed" or (decision == "accepted" and flag.code in REASON_REQUIRED)
    ):
        return "overridden"
    if flag.severity != "error" and decision == "overridden":
        return "dismissed"
    return decision


def _check(flag: Flag, sent: str, decision: str, reason: str) -> None:
    """`sent` is the decision as the form sent it, `decision` as it stands; an error names the form."""
    field = f"reason-{sent}"
    if flag.code in REASON_REQUIRED and not reason:
        raise InputError("Enter the reason and the evidence for this change to the plan.", field=field)
    if decision == "dismissed" and not reason:
        raise InputError("Enter the reason for dismissing this flag.", field=field)
    if decision == "overridden" and not reason:
        raise InputError("Enter the reason for overriding this flag.", field=field)


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
        sent, decision = decision, _normalised(flag, decision)
        _check(flag, sent, decision, reason)
        start_review(conn, case_id)
        reviews.decide(conn, case_id, flag_key, decision, reason or None, user.id)
    return replace(
        flag, decision=as_flag_decision(decision), reason=reason or None, decided_by=user.username, decided_at=now()
    )


def reopen(store: Store, case_id: int, flag_key: str) -> None:
    with store.write() as conn:
        start_review(conn, case_id)
        reviews.undecide(conn, case_id, flag_key)
