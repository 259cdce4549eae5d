"""A person the council's directory vouched for (LDAP bind, OpenID Connect ID token): their role
and team from their groups (EHCP_AUTH_GROUP_ROLES, EHCP_AUTH_GROUP_TEAMS), their account here
created or brought up to date at each sign-in, and a session like any other.

The directory decides who may sign in and with what role; the appliance's admin can still disable
an account. A directory account never takes over a local one (the break-glass admin): the same
name held by a local account, or by another directory identity, is refused.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, TypeVar

from appliance.config import Role, Settings
from appliance.errors import PermissionDenied
from appliance.safeguards import accounts, audit
from appliance.safeguards.accounts import SignedIn
from appliance.store import Store, sessions, users
from appliance.store import audit as audit_rows
from appliance.store.db import Connection
from appliance.store.users import User

Via = Literal["ldap", "oidc"]
T = TypeVar("T", bound=str)
NO_ROLE = "Your council account is not in a group that gives access to this appliance. Ask IT to add you."
# A manager can do all a caseworker can; any other pair of roles is a mistake in the groups.
SUPERSEDES: dict[frozenset[str], Role] = {frozenset({"caseworker", "manager"}): "manager"}


@dataclass(frozen=True)
class Person:
    via: Via
    external_id: str  # an LDAP DN; an OIDC issuer and subject
    username: str
    display_name: str
    groups: frozenset[str]  # group DNs, names or ids, as the directory gives them


class Refused(PermissionDenied):
    """A directory sign-in the appliance refuses; `why` goes to the audit, the message to the person."""

    def __init__(self, message: str, why: str) -> None:
        super().__init__(message)
        self.why = why


def _matching(groups: frozenset[str], mapping: Mapping[str, T]) -> set[T]:
    mine = {g.strip().lower() for g in groups}
    return {value for key, value in mapping.items() if key.strip().lower() in mine}


def access(person: Person, settings: Settings) -> tuple[Role, str]:
    """The role and team the person's groups give, or `Refused` saying what is wrong."""
    roles = _matching(person.groups, settings.auth_group_roles)
    if not roles:
        raise Refused(NO_ROLE, "no role")
    role = next(iter(roles)) if len(roles) == 1 else SUPERSEDES.get(frozenset(roles))
    if role is None:
        raise Refused(
            f"Your council account's groups give more than one role here ({', '.join(sorted(roles))}). "
            "Ask IT to keep you in one.",
            "several roles",
        )
    teams = _matching(person.groups, settings.auth_group_teams)
    if len(teams) > 1:
        raise Refused(
            f"Your council account's groups put you in more than one team ({', '.join(sorted(teams))}). "
            "Ask IT to keep you in one.",
            "several teams",
        )
    return role, next(iter(teams)) if teams else settings.auth_default_team


def throttled(store: Store, ip: str | None) -> bool:
    if ip is None:
        return False
    since = (datetime.now(UTC) - accounts.THROTTLE_WINDOW).isoformat(timespec="seconds")
    with store.read() as conn:
        return audit_rows.count_from_address(conn, "sign_in.failed", ip, since) >= accounts.MAX_FAILURES_PER_ADDRESS


def record_failure(store: Store, via: Via, why: str, ip: str | None, username: str | None = None) -> None:
    """Audit a failed directory sign-in; the name typed is kept only when it is an account here."""
    with store.write() as conn:
        found = users.by_username(conn, username) if username else None
        user = found[0] if found else None
        audit.append(
            conn,
            "sign_in.failed",
            actor=user.username if user else None,
            role=user.role if user else None,
            ip=ip,
            detail={"why": why, "via": via},
        )
    audit.write_anchor(store)


def _account(conn: Connection, person: Person, role: Role, team: str) -> User:
    """The person's account here, created at first sign-in and kept in step with the directory."""
    user = users.by_external(conn, person.via, person.external_id)
    holder = users.by_username(conn, person.username)
    if holder is not None and (user is None or holder[0].id != user.id):
        raise Refused(
            f"An account named {person.username} already exists here that is not your council account. "
            "Ask the appliance's admin.",
            "name taken",
        )
    if user is None:
        user_id = users.create_external(
            conn, person.username, person.display_name, role, team, person.via, person.external_id
        )
        audit.append(conn, "user.create", actor=person.via, obj=person.username, detail={"role": role, "team": team})
        return users.get(conn, user_id)
    if (user.username, user.display_name, user.role, user.team) != (person.username, person.display_name, role, team):
        users.update(conn, user.id, username=person.username, display_name=person.display_name, role=role, team=team)
        if (user.role, user.team) != (role, team):
            audit.append(
                conn, "user.update", actor=person.via, obj=person.username, detail={"role": role, "team": team}
            )
    return users.get(conn, user.id)


def sign_in(store: Store, settings: Settings, person: Person, ip: str | None = None) -> SignedIn:
    """A session for a person the directory vouched for, or `PermissionDenied` fit to show."""
    try:
        role, team = access(person, settings)
        with store.write() as conn:
            user = _account(conn, person, role, team)
            if user.disabled:
                raise Refused(accounts.FAILURE, "account disabled")
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            sessions.create(conn, accounts.token_hash(token), user.id, csrf, ip)
            audit.append(conn, "sign_in", actor=user.username, role=user.role, ip=ip, detail={"via": person.via})
    except Refused as exc:
        record_failure(store, person.via, exc.why, ip, person.username)
        raise
    audit.write_anchor(store)
    return SignedIn(user, token, csrf)
