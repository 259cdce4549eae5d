"""Separation of duties: an admin manages accounts but must not be able to reach case content
through them. So an account that can see case content (caseworker, manager, DPO) and a move
between teams take effect only when a second person approves: a DPO, or a manager of the team
concerned. An admin's password reset makes the account's next user set a new password and tells
them who reset it. Each step is audited, and the DPO's audit page highlights them.

The first DPO or manager of a new installation cannot be approved by anyone: until one has ever
been approved, those accounts are created directly (and highlighted like the rest). Disabling
every approver does not bring that back.
"""

from __future__ import annotations

from dataclasses import dataclass

from appliance.errors import InputError, PermissionDenied
from appliance.safeguards import accounts, audit
from appliance.store import Store, approvals, sessions, users
from appliance.store.approvals import Approval
from appliance.store.db import Connection
from appliance.store.users import User

APPROVED_ROLES = frozenset({"caseworker", "manager", "dpo"})  # accounts that can see case content
DUTY_ACTIONS = frozenset(
    {
        "user.create",
        "user.reset",
        "user.move.request",
        "user.approve",
        "user.reject",
        "sign_in.after_reset",
    }
)


@dataclass(frozen=True)
class NewAccount:
    user_id: int
    password: str  # one-off: to be changed at first sign-in
    pending: bool  # waiting for a second person's approval


def _bootstrap(conn: Connection, role: str) -> bool:
    return role in ("dpo", "manager") and users.approvers_ever(conn) == 0


def create_account(
    store: Store, username: str, display_name: str, role: str, team: str, *, by: User, ip: str | None = None
) -> NewAccount:
    """An account created by an admin: waiting for approval when it can see case content."""
    password = accounts.generate_password()
    with store.read() as conn:
        pending = role in APPROVED_ROLES and not _bootstrap(conn, role)
    user_id = accounts.create_user(
        store,
        username,
        password,
        role,
        display_name=display_name,
        team=team,
        approval="pending" if pending else "approved",
    )
    with store.write() as conn:
        if pending:
            approvals.create(conn, "account", user_id, role, team, None, by.username)
        detail = {"role": role, "team": team, "waiting_for_approval": pending}
        audit.append(conn, "user.create", actor=by.username, role=by.role, ip=ip, obj=username, detail=detail)
    audit.write_anchor(store)
    return NewAccount(user_id, password, pending)


def request_move(store: Store, user_id: int, team: str, *, by: User, ip: str | None = None) -> bool:
    """Ask for a user to move to another team; True when it waits for approval (always, once an
    approver has ever existed)."""
    team = team.strip()
    if not team:
        raise InputError("Enter the team to move the user to.")
    with store.write() as conn:
        target = users.get(conn, user_id)
        if target.team == team:
            raise InputError(f"{target.username} is already in the team {team}.")
        if approvals.pending_for_user(conn, user_id):
            raise InputError(f"A request about {target.username} is already waiting for approval.")
        pending = users.approvers_ever(conn) > 0
        if pending:
            approvals.create(conn, "team_move", user_id, target.role, team, target.team, by.username)
        else:
            _move(conn, target, team)
        detail = {"from": target.team, "to": team, "waiting_for_approval": pending}
        audit.append(
            conn, "user.move.request", actor=by.username, role=by.role, ip=ip, obj=target.username, detail=detail
        )
    audit.write_anchor(store)
    return pending


def _move(conn: Connection, target: User, team: str) -> None:
    users.update(conn, target.id, team=team)
    sessions.delete_for_user(conn, target.id)  # their pages of the old team's cases end now


def may_decide(approver: User, request: Approval, active_dpos: int) -> bool:
    """A DPO decides any request; a manager those about their own team (an account joining it, a
    move into or out of it), and a DPO account only while there is no active DPO. Nobody
    decides a request about themselves."""
    if approver.id == request.user_id or approver.disabled or approver.approval != "approved":
        return False
    if approver.role == "dpo":
        return True
    if approver.role != "manager":
        return False
    if request.role == "dpo":
        return active_dpos == 0
    return approver.team in (request.team, request.from_team)


def waiting_for(store: Store, approver: User) -> list[Approval]:
    """The pending requests `approver` may decide."""
    with store.read() as conn:
        dpos = users.active_dpos(conn)
        return [r for r in approvals.pending(conn) if may_decide(approver, r, dpos)]


def decide(store: Store, approval_id: int, approve: bool, *, by: User, ip: str | None = None) -> Approval:
    with store.write() as conn:
        request = approvals.get(conn, approval_id)
        if request.status != "pending":
            raise InputError("This request has already been decided.")
        if not may_decide(by, request, users.active_dpos(conn)):
            raise PermissionDenied("This request is for a DPO or a manager of the team concerned to decide.")
        approvals.decide(conn, approval_id, "approved" if approve else "rejected", by.username)
        target = users.get(conn, request.user_id)
        if request.kind == "account":
            users.update(conn, target.id, approval="approved" if approve else "rejected", disabled=int(not approve))
        elif approve:
            _move(conn, target, request.team)
        action = "user.approve" if approve else "user.reject"
        detail = {
            "request": request.kind,
            "role": request.role,
            "team": request.team,
            "requested_by": request.requested_by,
        }
        audit.append(conn, action, actor=by.username, role=by.role, ip=ip, obj=target.username, detail=detail)
        decided = approvals.get(conn, approval_id)
    audit.write_anchor(store)
    return decided
