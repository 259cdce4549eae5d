"""User accounts (their sessions are `appliance.store.sessions`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from appliance.errors import NotFound
from appliance.store.cases import now
from appliance.store.db import Connection

ROLES = ("caseworker", "manager", "dpo", "admin")
Source = Literal["local", "ldap", "oidc"]  # where the account signs in: its password here, or a directory
Approval = Literal["pending", "approved", "rejected"]


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
    approval: Approval = "approved"  # a second person approves an account that can see case content
    password_reset_by: str | None = None  # the admin who last reset the password, until it is changed
    password_reset_at: str | None = None


COLUMNS = (
    "id, username, display_name, role, team, disabled, must_change_password, failed_logins, locked_until, "
    "source, approval, password_reset_by, password_reset_at"
)


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
    approval: Approval = "approved",
) -> int:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    cur = conn.execute(
        "INSERT INTO users (username, display_name, password_hash, role, team, must_change_password, "
        "created_at, approval) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (username, display_name, password_hash, role, team, int(must_change_password), now(), approval),
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


def approvers_ever(conn: Connection) -> int:
    """How many DPO or manager accounts have ever been approved (disabled ones included): until
    there is one, nobody could approve the first."""
    sql = "SELECT COUNT(*) FROM users WHERE role IN ('dpo', 'manager') AND approval = 'approved'"
    return int(conn.execute(sql).fetchone()[0])


def active_dpos(conn: Connection) -> int:
    sql = "SELECT COUNT(*) FROM users WHERE role = 'dpo' AND approval = 'approved' AND disabled = 0"
    return int(conn.execute(sql).fetchone()[0])


def update(conn: Connection, user_id: int, **values: Any) -> None:
    allowed = {
        "username",
        "approval",
        "password_reset_by",
        "password_reset_at",
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


def team_members(conn: Connection, team: str) -> list[User]:
    """The caseworkers and managers of a team who can be assigned cases, by name."""
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM users WHERE team = ? AND role IN ('caseworker', 'manager') AND disabled = 0 "  # noqa: S608
        "ORDER BY display_name",
        (team,),
    ).fetchall()
    return [_user(r) for r in rows]


def display_names(conn: Connection, user_ids: set[int]) -> dict[int, str]:
    """Each user's display name, for lists; unknown ids are left out."""
    if not user_ids:
        return {}
    marks = ", ".join("?" * len(user_ids))
    rows = conn.execute(f"SELECT id, display_name FROM users WHERE id IN ({marks})", tuple(user_ids))  # noqa: S608
    return {int(r[0]): str(r[1]) for r in rows.fetchall()}
