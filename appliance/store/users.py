"""User accounts (their sessions are `appliance.store.sessions`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from appliance.errors import NotFound
from appliance.store.cases import now
from appliance.store.db import Connection

ROLES = ("caseworker", "manager", "dpo", "admin")
Source = Literal["local", "ldap", "oidc"]  # where the account signs in: its password here, or a directory


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    role: str
    team: str
    disabled: bool
    must_change_password: bool
    failed_logins: int
    locked_until: str | None
    source: Source = "local"


COLUMNS = "id, username, display_name, role, team, disabled, must_change_password, failed_logins, locked_until, source"


def _user(row: Any) -> User:
    data = dict(row)
    data["disabled"] = bool(data["disabled"])
    data["must_change_password"] = bool(data["must_change_password"])
    return User(**data)


def create(
    conn: Connection,
    username: str,
    display_name: str,
    password_hash: str,
    role: str,
    team: str = "default",
    must_change_password: bool = True,
) -> int:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    cur = conn.execute(
        "INSERT INTO users (username, display_name, password_hash, role, team, must_change_password, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (username, display_name, password_hash, role, team, int(must_change_password), now()),
    )
    return int(cur.lastrowid)


def create_external(
    conn: Connection, username: str, display_name: str, role: str, team: str, source: Source, external_id: str
) -> int:
    """An account whose password the directory checks: its hash here matches no password."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    cur = conn.execute(
        "INSERT INTO users (username, display_name, password_hash, role, team, must_change_password, created_at, "
        "source, external_id) VALUES (?, ?, '!directory', ?, ?, 0, ?, ?, ?)",
        (username, display_name, role, team, now(), source, external_id),
    )
    return int(cur.lastrowid)


def by_external(conn: Connection, source: Source, external_id: str) -> User | None:
    sql = f"SELECT {COLUMNS} FROM users WHERE source = ? AND external_id = ?"  # noqa: S608
    row = conn.execute(sql, (source, external_id)).fetchone()
    return _user(row) if row else None


def get(conn: Connection, user_id: int) -> User:
    row = conn.execute(f"SELECT {COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()  # noqa: S608
    if row is None:
        raise NotFound("No such user.")
    return _user(row)


def by_username(conn: Connection, username: str) -> tuple[User, str] | None:
    sql = f"SELECT {COLUMNS}, password_hash FROM users WHERE username = ?"  # noqa: S608
    row = conn.execute(sql, (username,)).fetchone()
    if row is None:
        return None
    data = dict(row)
    password_hash = data.pop("password_hash")
    return _user(data), password_hash


def list_users(conn: Connection) -> list[User]:
    return [_user(r) for r in conn.execute(f"SELECT {COLUMNS} FROM users ORDER BY username").fetchall()]  # noqa: S608


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM users").fetchone()[0])


def active_admins(conn: Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0").fetchone()[0])


def update(conn: Connection, user_id: int, **values: Any) -> None:
    allowed = {
        "username",
        "display_name",
        "password_hash",
        "role",
        "team",
        "disabled",
        "must_change_password",
        "failed_logins",
        "locked_until",
    }
    if set(values) - allowed:
        raise ValueError(f"unknown user fields: {sorted(set(values) - allowed)}")
    if values:
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE users SET {sets} WHERE id = ?", (*values.values(), user_id))  # noqa: S608


def add_failed_login(conn: Connection, user_id: int) -> None:
    conn.execute("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?", (user_id,))
