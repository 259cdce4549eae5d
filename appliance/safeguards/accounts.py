"""Accounts: argon2id password hashes, a password policy, sign-in with throttling and lock-out,
sessions (only a hash of the session token is stored), and the admin's actions on accounts.

Every sign-in attempt is audited here, so the web app and the CLI record them the same way.
An unknown username is never written to the audit (people type passwords into that box).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from appliance.errors import InputError, PermissionDenied
from appliance.safeguards import audit
from appliance.store import Store, sessions, users
from appliance.store import audit as audit_rows
from appliance.store.cases import now
from appliance.store.db import Connection
from appliance.store.users import User

HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters (RFC 9106)
# Each argon2 check takes 64 MiB: a morning rush of sign-ins waits for a core instead of
# multiplying memory (11 at once took the server from 600 MB to 1.1 GB).
_HASHING = threading.BoundedSemaphore(os.cpu_count() or 2)
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256
PASSWORD_RULES = (
    f"At least {MIN_PASSWORD_LENGTH} characters, with upper and lower case letters and a number; "
    "not a common password, and not containing the username."
)
# Wrong passwords slow further attempts down instead of locking the account (a lock that anyone
# who knows a username could trigger at will): after FREE_FAILURES wrong passwords for one
# account from one address, that address waits 1, 2, 4, ... seconds (at most BACKOFF_CAP)
# between attempts on it; after FREE_ACCOUNT_FAILURES from anywhere, every address waits, at
# most ACCOUNT_BACKOFF_CAP, so guessing from many addresses is slowed without locking anyone out.
FREE_FAILURES = 3
BACKOFF_CAP = timedelta(minutes=15)
FREE_ACCOUNT_FAILURES = 10
ACCOUNT_BACKOFF_CAP = timedelta(minutes=1)
MAX_FAILURES_PER_ADDRESS = 20  # per client address within THROTTLE_WINDOW, then refused
THROTTLE_WINDOW = timedelta(minutes=15)
COMMON_PASSWORDS = frozenset(
    {
        "password1234",
        "password12345",
        "qwerty123456",
        "welcome12345",
        "letmein12345",
        "changeme1234",
        "administrator1",
        "passw0rd1234",
    }
)
# Verified against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(16))
FAILURE = "The username or password is not right."
DIRECTORY_PASSWORD = "This account signs in with the council's directory: its password is changed there."  # noqa: S105
AWAITING = "This account is waiting for a DPO or a manager to approve it. Try again once it is approved."


@dataclass(frozen=True)
class SignedIn:
    user: User
    token: str  # goes in the cookie; only its hash is stored
    csrf_token: str


def hash_password(password: str, username: str | None = None) -> str:
    check_policy(password, username)
    return HASHER.hash(password)


def check_policy(password: str, username: str | None = None) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"Passwords must be at least {MIN_PASSWORD_LENGTH} characters long.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InputError(f"Passwords must be at most {MAX_PASSWORD_LENGTH} characters long.")
    if password.lower() == password or password.upper() == password or not any(c.isdigit() for c in password):
        raise InputError("Passwords must mix upper and lower case letters and include a number.")
    if password.lower() in COMMON_PASSWORDS:
        raise InputError("That password is too common; choose another.")
    if username and len(username) >= 3 and username.lower() in password.lower():
        raise InputError("Passwords must not contain the username.")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password() -> str:
    return secrets.token_urlsafe(12) + "aA1"


def create_user(
    store: Store,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str | None = None,
    team: str = "default",
    must_change_password: bool = True,
    approval: users.Approval = "approved",
) -> int:
    if not username or len(username) > 64 or not username.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise InputError("Usernames are 1 to 64 letters, digits, dots, dashes or underscores.")
    password_hash = hash_password(password, username)
    with store.write() as conn:
        if users.by_username(conn, username) is not None:
            raise InputError(f"The username {username} is already taken.")
        return users.create(
            conn, username, display_name or username, password_hash, role, team, must_change_password, approval
        )


# ---------------------------------------------------------------------------- signing in
def _recent_failures(conn: Connection, ip: str | None) -> int:
    if ip is None:
        return 0
    since = (datetime.now(UTC) - THROTTLE_WINDOW).isoformat(timespec="seconds")
    return audit_rows.count_from_address(conn, "sign_in.failed", ip, since)


def backoff(failures: int, free: int, cap: timedelta) -> timedelta:
    """How long to wait after the newest of `failures` consecutive wrong passwords."""
    if failures < free:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(failures - free, 20)), cap)


def _wait(conn: Connection, user: User, ip: str | None) -> timedelta:
    """How much longer this address must wait before it may try this account's password again."""
    stamp = datetime.now(UTC)
    since = (stamp - THROTTLE_WINDOW).isoformat(timespec="seconds")
    checks: list[tuple[str | None, int, timedelta]] = [(None, FREE_ACCOUNT_FAILURES, ACCOUNT_BACKOFF_CAP)]
    if ip is not None:
        checks.append((ip, FREE_FAILURES, BACKOFF_CAP))
    waits = []
    for where, free, cap in checks:
        failed = audit_rows.failures_since_success(conn, user.username, where, since)
        if failed:
            ready = datetime.fromisoformat(failed[0]) + backoff(len(failed), free, cap)
            waits.append(ready - stamp)
    return max([timedelta(0), *waits])


def _verify(stored_hash: str, password: str) -> bool:
    try:
        with _HASHING:
            return bool(HASHER.verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _record_failure(conn: Connection, user: User | None, ip: str | None, why: str) -> None:
    audit.append(
        conn,
        "sign_in.failed",
        actor=user.username if user else None,
        role=user.role if user else None,
        ip=ip,
        detail={"why": why},
    )


def _start_session(conn: Connection, user: User, password: str, stored_hash: str, ip: str | None) -> SignedIn:
    if HASHER.check_needs_rehash(stored_hash):
        users.update(conn, user.id, password_hash=HASHER.hash(password))
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    sessions.create(conn, token_hash(token), user.id, csrf, ip)
    audit.append(conn, "sign_in", actor=user.username, role=user.role, ip=ip)
    if user.password_reset_by:  # the DPO's audit page highlights who used an account an admin reset
        detail = {"reset_by": user.password_reset_by, "reset_at": user.password_reset_at}
        audit.append(conn, "sign_in.after_reset", actor=user.username, role=user.role, ip=ip, detail=detail)
    return SignedIn(users.get(conn, user.id), token, csrf)


def sign_in(store: Store, username: str, password: str, ip: str | None = None) -> SignedIn:
    """A new session, or `PermissionDenied` with a message fit to show. The password is checked
    outside the store's lock (argon2 takes tens of milliseconds by design)."""
    with store.read() as conn:
        throttled = _recent_failures(conn, ip) >= MAX_FAILURES_PER_ADDRESS
        found = users.by_username(conn, username)
        wait = _wait(conn, found[0], ip) if found else timedelta(0)
    user, stored_hash = found if found else (None, _DUMMY_HASH)
    # checked even while waiting, so timing says nothing; but a guess made while waiting never counts
    matches = _verify(stored_hash, password)
    error: PermissionDenied | None = None
    signed: SignedIn | None = None
    with store.write() as conn:
        if throttled:
            error = PermissionDenied("Too many failed sign-ins from this computer. Try again in 15 minutes.")
            audit.append(conn, "sign_in.throttled", ip=ip)
        elif user is None or user.disabled:
            error = PermissionDenied(FAILURE)
            _record_failure(conn, None, ip, "unknown user" if user is None else "account disabled")
        elif wait > timedelta(0):
            seconds = max(1, round(wait.total_seconds()))
            error = PermissionDenied(
                f"Too many wrong passwords for this account. Wait {seconds} second{'s' if seconds != 1 else ''} "
                "and try again."
            )
            detail = {"wait_seconds": seconds}
            audit.append(conn, "sign_in.throttled", actor=user.username, role=user.role, ip=ip, detail=detail)
        elif not matches:
            error = PermissionDenied(FAILURE)
            _record_failure(conn, user, ip, "wrong password")
        elif user.approval != "approved":
            error = PermissionDenied(AWAITING if user.approval == "pending" else FAILURE)
            audit.append(
                conn,
                "sign_in.failed",
                actor=user.username,
                role=user.role,
                ip=ip,
                detail={"why": f"account {user.approval}"},
            )
        else:
            signed = _start_session(conn, user, password, stored_hash, ip)
    audit.write_anchor(store)
    if error is not None:
        raise error
    assert signed is not None
    return signed


def change_password(store: Store, user_id: int, new_password: str, *, keep_token: str | None = None) -> None:
    """Set a new password and end every other session of the account."""
    with store.read() as conn:
        user = users.get(conn, user_id)
    if user.source != "local":
        raise InputError(DIRECTORY_PASSWORD)
    new_hash = hash_password(new_password, user.username)
    with store.write() as conn:
        users.update(
            conn,
            user_id,
            password_hash=new_hash,
            must_change_password=0,
            password_reset_by=None,
            password_reset_at=None,
        )
        sessions.delete_for_user(conn, user_id, keep=token_hash(keep_token) if keep_token else "")


# ---------------------------------------------------------------------------- sessions
def session_user(store: Store, token: str, idle: timedelta, absolute: timedelta) -> tuple[User, str] | None:
    """The signed-in user and the session's CSRF token, or None when expired or unknown."""
    digest = token_hash(token)
    with store.write() as conn:
        session = sessions.get(conn, digest)
        if session is None:
            return None
        stamp = datetime.now(UTC)
        if (
            stamp - datetime.fromisoformat(session.last_seen) > idle
            or stamp - datetime.fromisoformat(session.created_at) > absolute
        ):
            sessions.delete(conn, digest)
            return None
        user = users.get(conn, session.user_id)
        if user.disabled:
            sessions.delete(conn, digest)
            return None
        sessions.touch(conn, digest)
        return user, session.csrf_token


def sign_out(store: Store, token: str) -> None:
    with store.write() as conn:
        sessions.delete(conn, token_hash(token))


def purge_sessions(store: Store, idle: timedelta, absolute: timedelta) -> int:
    """Delete every expired session; the number deleted."""
    stamp = datetime.now(UTC)
    idle_cut = (stamp - idle).isoformat(timespec="seconds")
    absolute_cut = (stamp - absolute).isoformat(timespec="seconds")
    with store.write() as conn:
        return sessions.delete_expired(conn, idle_cut, absolute_cut)


# ---------------------------------------------------------------------------- the admin's actions
def reset_password(store: Store, user_id: int, *, by: str) -> str:
    """A new one-off password: the account's next user must set a new one and is told who reset
    it (`by`) and when. Unlocks the account and signs it out."""
    password = generate_password()
    with store.write() as conn:
        if users.get(conn, user_id).source != "local":
            raise InputError(DIRECTORY_PASSWORD)
        users.update(
            conn,
            user_id,
            password_hash=HASHER.hash(password),
            must_change_password=1,
            failed_logins=0,
            locked_until=None,
            password_reset_by=by,
            password_reset_at=now(),
        )
        sessions.delete_for_user(conn, user_id)
    return password


def set_disabled(store: Store, user_id: int, disabled: bool, *, by: User) -> User:
    if disabled and user_id == by.id:
        raise InputError("You cannot disable your own account.")
    with store.write() as conn:
        target = users.get(conn, user_id)
        if disabled and target.role == "admin" and not target.disabled and users.active_admins(conn) <= 1:
            raise InputError("This is the last active admin account; create another admin first.")
        users.update(conn, user_id, disabled=int(disabled))
        if disabled:
            sessions.delete_for_user(conn, user_id)
        return users.get(conn, user_id)


# ---------------------------------------------------------------------------- installation
INITIAL_PASSWORD_FILE = "initial-admin-password"  # noqa: S105 - a file name, not a password


def initial_password_problem(environ: dict[str, str] | None = None) -> str | None:
    """What is wrong with EHCP_ADMIN_PASSWORD, in one line, or None (unset, or allowed): checked at
    start-up before anything is created, so a bad choice stops the start with a clear message."""
    password = (os.environ if environ is None else environ).get("EHCP_ADMIN_PASSWORD")
    if not password:
        return None
    try:
        check_policy(password, "admin")
    except InputError as exc:
        return f"EHCP_ADMIN_PASSWORD cannot be the first admin's password: {exc} The rules: {PASSWORD_RULES}"
    return None


def ensure_first_admin(store: Store, data_dir: Path) -> str | None:
    """At install (first start): when there are no accounts, create `admin` with a random password
    (or EHCP_ADMIN_PASSWORD), written to a file only its owner can read; the password, or None."""
    with store.read() as conn:
        if users.count(conn):
            return None
    password = os.environ.get("EHCP_ADMIN_PASSWORD") or generate_password()
    create_user(store, "admin", password, "admin", display_name="Administrator", must_change_password=True)
    path = data_dir / INITIAL_PASSWORD_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(password + "\n")
    print(
        f"\nFirst start: created the account 'admin'. Its password is in {path} (readable only by you);\n"
        "sign in, then change it. The admin creates caseworker, manager and DPO accounts.\n",
        file=sys.stderr,
    )
    audit.record(store, "user.create", actor="install", obj="admin", detail={"role": "admin"})
    return password
