"""Accounts: argon2id password hashes, a password policy, sign-in with throttling and lock-out,
and sessions (only a hash of the session token is stored)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from appliance.errors import InputError, PermissionDenied
from appliance.store import Store, users
from appliance.store.users import User

HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
MIN_PASSWORD_LENGTH = 12
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
# Verified against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class SignedIn:
    user: User
    token: str  # goes in the cookie; only its hash is stored
    csrf_token: str


def hash_password(password: str) -> str:
    check_policy(password)
    return HASHER.hash(password)


def check_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"Passwords must be at least {MIN_PASSWORD_LENGTH} characters long.")
    if password.lower() == password or password.upper() == password or not any(c.isdigit() for c in password):
        raise InputError("Passwords must mix upper and lower case letters and include a number.")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password() -> str:
    return secrets.token_urlsafe(12) + "aA1"


def create_user(store: Store, username: str, password: str, role: str, *, display_name: str | None = None,
                team: str = "default", must_change_password: bool = True) -> int:  # fmt: skip
    password_hash = hash_password(password)
    with store.write() as conn:
        if users.by_username(conn, username) is not None:
            raise InputError(f"The username {username} is already taken.")
        return users.create(conn, username, display_name or username, password_hash, role, team,
                            must_change_password)  # fmt: skip


def sign_in(store: Store, username: str, password: str, ip: str | None = None) -> SignedIn:
    failure = PermissionDenied("The username or password is not right.")
    with store.write() as conn:
        found = users.by_username(conn, username)
        if found is None:
            try:
                HASHER.verify(_DUMMY_HASH, password)
            except VerificationError:
                pass
            raise failure
        user, stored_hash = found
        if user.disabled:
            raise failure
        if user.locked_until and datetime.fromisoformat(user.locked_until) > datetime.now(UTC):
            raise PermissionDenied("This account is locked after too many failed sign-ins. Try again later.")
        try:
            HASHER.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            failed = user.failed_logins + 1
            locked = (datetime.now(UTC) + LOCKOUT).isoformat() if failed >= MAX_FAILED_LOGINS else None
            users.update(conn, user.id, failed_logins=0 if locked else failed, locked_until=locked)
            raise failure from None
        if HASHER.check_needs_rehash(stored_hash):
            users.update(conn, user.id, password_hash=HASHER.hash(password))
        users.update(conn, user.id, failed_logins=0, locked_until=None)
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        users.create_session(conn, token_hash(token), user.id, csrf, ip)
        return SignedIn(users.get(conn, user.id), token, csrf)


def change_password(store: Store, user_id: int, new_password: str) -> None:
    new_hash = hash_password(new_password)
    with store.write() as conn:
        users.update(conn, user_id, password_hash=new_hash, must_change_password=0)


def session_user(store: Store, token: str, idle: timedelta, absolute: timedelta) -> tuple[User, str] | None:
    """The signed-in user and the session's CSRF token, or None when expired or unknown."""
    digest = token_hash(token)
    with store.write() as conn:
        row = users.session(conn, digest)
        if row is None:
            return None
        stamp = datetime.now(UTC)
        if (stamp - datetime.fromisoformat(row["last_seen"]) > idle
                or stamp - datetime.fromisoformat(row["created_at"]) > absolute):  # fmt: skip
            users.delete_session(conn, digest)
            return None
        user = users.get(conn, row["user_id"])
        if user.disabled:
            users.delete_session(conn, digest)
            return None
        users.touch_session(conn, digest)
        return user, str(row["csrf_token"])


def sign_out(store: Store, token: str) -> None:
    with store.write() as conn:
        users.delete_session(conn, token_hash(token))
