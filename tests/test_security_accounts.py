"""Accounts: argon2id, the password policy, lock-out and throttling, sessions in secure cookies
with idle and absolute time-outs, CSRF, and the admin's actions on accounts."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from appliance.errors import InputError, PermissionDenied
from appliance.safeguards import accounts, audit
from appliance.store import Store, users
from server.deps import SESSION_COOKIE
from tests.conftest import PASSWORD, csrf_of, sign_in_as


@pytest.fixture(autouse=True)
def quick_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheaper argon2id parameters, so the many sign-ins here stay fast (still argon2id)."""
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "HASHER", hasher)
    monkeypatch.setattr(accounts, "_DUMMY_HASH", hasher.hash("dummy"))


def _user(store: Store, name: str = "alice", role: str = "caseworker") -> int:
    return accounts.create_user(store, name, PASSWORD, role, must_change_password=False)


def _stored(store: Store, name: str) -> users.User:
    with store.read() as conn:
        found = users.by_username(conn, name)
    assert found is not None
    return found[0]


# ---------------------------------------------------------------------------- passwords
def test_passwords_are_hashed_with_argon2id(store: Store) -> None:
    _user(store)
    with store.read() as conn:
        stored = conn.execute("SELECT password_hash FROM users WHERE username = 'alice'").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("Short1a", "at least 12"),
        ("alllowercase123", "mix upper"),
        ("NoDigitsAtAllHere", "mix upper"),
        ("Password1234", "too common"),
        ("Xalice-Secret9", "username"),
        ("A1a" * 100, "at most"),
    ],
)
def test_the_password_policy(store: Store, password: str, why: str) -> None:
    with pytest.raises(InputError, match=why):
        accounts.create_user(store, "alice", password, "caseworker")


def test_usernames_are_plain(store: Store) -> None:
    for bad in ("", "a b", "<script>", "x" * 65):
        with pytest.raises(InputError):
            accounts.create_user(store, bad, PASSWORD, "caseworker")


# ---------------------------------------------------------------------------- sign-in
def test_wrong_passwords_from_one_computer_cannot_lock_anyone_else_out(store: Store) -> None:
    """Issue 14, item 6: five requests used to lock any known account for 15 minutes."""
    _user(store)
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(store, "alice", "Wrong-password-1", "10.0.0.66")
    assert accounts.sign_in(store, "alice", PASSWORD, "10.0.0.1").user.username == "alice"
    assert _stored(store, "alice").locked_until is None


def test_guessing_from_one_computer_backs_off(store: Store) -> None:
    _user(store)
    for _ in range(accounts.FREE_FAILURES):
        with pytest.raises(PermissionDenied, match="not right"):
            accounts.sign_in(store, "alice", "Wrong-password-1", "10.0.0.66")
    with pytest.raises(PermissionDenied, match="Wait 1 second and try again"):
        accounts.sign_in(store, "alice", PASSWORD, "10.0.0.66")  # even the right one, while it waits
    time.sleep(1.2)
    assert accounts.sign_in(store, "alice", PASSWORD, "10.0.0.66").user.username == "alice"
    actions = [r["action"] for r in audit.search(store, audit.Query(actor="alice"))]
    assert actions.count("sign_in.failed") == 3 and actions.count("sign_in.throttled") == 1


def test_the_wait_doubles_up_to_a_cap() -> None:
    waits = [accounts.backoff(n, 3, timedelta(minutes=15)).total_seconds() for n in range(2, 16)]
    assert waits == [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]


def test_guessing_from_many_computers_is_slowed_but_never_locked(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "FREE_ACCOUNT_FAILURES", 4)
    monkeypatch.setattr(accounts, "ACCOUNT_BACKOFF_CAP", timedelta(seconds=1))
    _user(store)
    for n in range(6):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(store, "alice", "Wrong-password-1", f"10.0.1.{n}")
    with pytest.raises(PermissionDenied, match="Wait 1 second"):
        accounts.sign_in(store, "alice", PASSWORD, "10.0.0.1")
    time.sleep(1.2)
    assert accounts.sign_in(store, "alice", PASSWORD, "10.0.0.1").user.username == "alice"


def test_many_failures_from_one_address_are_throttled(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "MAX_FAILURES_PER_ADDRESS", 6)
    _user(store)
    for n in range(accounts.MAX_FAILURES_PER_ADDRESS):
        with pytest.raises(PermissionDenied):
            accounts.sign_in(store, f"nobody{n}", "Wrong-password-1", "10.9.9.9")
    with pytest.raises(PermissionDenied, match="Too many"):
        accounts.sign_in(store, "alice", PASSWORD, "10.9.9.9")
    assert accounts.sign_in(store, "alice", PASSWORD, "10.1.1.1").user.username == "alice"


def test_unknown_usernames_are_not_written_to_the_audit(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        accounts.sign_in(store, "Hunter2-typed-in-the-wrong-box", "x", "10.0.0.1")
    rows = audit.search(store, audit.Query(action="sign_in.failed"))
    assert rows and rows[0]["actor"] is None and "Hunter2" not in str(rows)


def test_a_disabled_account_cannot_sign_in(store: Store) -> None:
    _user(store, "boss", "admin")
    alice = _user(store)
    boss = _stored(store, "boss")
    accounts.set_disabled(store, alice, True, by=boss)
    with pytest.raises(PermissionDenied, match="not right"):
        accounts.sign_in(store, "alice", PASSWORD)


def test_sessions_store_only_a_hash_of_the_token(store: Store) -> None:
    _user(store)
    signed = accounts.sign_in(store, "alice", PASSWORD)
    with store.read() as conn:
        dump = str([tuple(r) for r in conn.execute("SELECT * FROM sessions")])
    assert signed.token not in dump and accounts.token_hash(signed.token) in dump


# ---------------------------------------------------------------------------- cookies and time-outs
def test_the_session_cookie_is_httponly_and_strict(app_client: TestClient) -> None:
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    _user(store)
    reply = app_client.post("/login", data={"username": "alice", "password": PASSWORD}, follow_redirects=False)
    cookie = reply.headers["set-cookie"].lower()
    assert cookie.startswith(SESSION_COOKIE) and "httponly" in cookie and "samesite=strict" in cookie
    assert "secure" not in cookie.replace("httponly", "") and "max-age" not in cookie


def test_the_session_cookie_is_secure_under_tls(app_client: TestClient) -> None:
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    _user(store)
    app_client.base_url = app_client.base_url.copy_with(scheme="https")  # type: ignore[misc]
    reply = app_client.post("/login", data={"username": "alice", "password": PASSWORD}, follow_redirects=False)
    assert "; secure" in reply.headers["set-cookie"].lower()


@pytest.mark.parametrize("column", ["last_seen", "created_at"])
def test_idle_and_absolute_time_outs_end_the_session(app_client: TestClient, column: str) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    sign_in_as(app_client, "caseworker")
    assert app_client.get("/", follow_redirects=False).status_code == 200
    limit = (
        timedelta(minutes=state.settings.session_idle_minutes)
        if column == "last_seen"
        else timedelta(hours=state.settings.session_absolute_hours)
    )
    stale = (datetime.now(UTC) - limit - timedelta(seconds=5)).isoformat()
    with state.store.write() as conn:
        conn.execute(f"UPDATE sessions SET {column} = ?", (stale,))
    reply = app_client.get("/", follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"] == "/login"
    with state.store.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


def test_signing_out_ends_the_session_on_the_server(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    cookie = app_client.cookies[SESSION_COOKIE]
    app_client.post("/logout", data={"csrf_token": token})
    app_client.cookies.set(SESSION_COOKIE, cookie)
    assert app_client.get("/", follow_redirects=False).status_code == 303


def test_a_changed_password_ends_the_other_sessions(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    token = sign_in_as(app_client, "caseworker")
    other = accounts.sign_in(state.store, "caseworker-user", PASSWORD)
    reply = app_client.post(
        "/account/password",
        data={"csrf_token": token, "password": "Fresh-Password-77", "confirm": "Fresh-Password-77"},
        follow_redirects=False,
    )
    assert reply.status_code == 303
    assert app_client.get("/", follow_redirects=False).status_code == 200  # this session stays
    hours = timedelta(hours=1)
    assert accounts.session_user(state.store, other.token, hours, hours) is None


def test_a_first_password_must_be_changed_before_anything_else(app_client: TestClient) -> None:
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    accounts.create_user(store, "newbie", PASSWORD, "caseworker", must_change_password=True)
    reply = app_client.post("/login", data={"username": "newbie", "password": PASSWORD}, follow_redirects=False)
    assert reply.headers["location"] == "/account/password"
    assert app_client.get("/").status_code == 403
    assert app_client.get("/account/password").status_code == 200


# ---------------------------------------------------------------------------- CSRF and other sites
def test_a_wrong_csrf_token_is_refused(app_client: TestClient) -> None:
    sign_in_as(app_client, "caseworker")
    reply = app_client.post("/cases", data={"csrf_token": "forged", "child_name": "Someone"})
    assert reply.status_code == 403
    reply = app_client.post("/cases", data={"child_name": "Someone"}, headers={"X-CSRF-Token": "forged"})
    assert reply.status_code == 403


def test_state_changes_from_another_site_are_refused(app_client: TestClient) -> None:
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    _user(store)
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"}):
        reply = app_client.post("/login", data={"username": "alice", "password": PASSWORD}, headers=headers)
        assert reply.status_code == 403, headers
    same = app_client.post(
        "/login",
        data={"username": "alice", "password": PASSWORD},
        headers={"Origin": "http://testserver"},
        follow_redirects=False,
    )
    assert same.status_code == 303


# ---------------------------------------------------------------------------- the admin
def test_the_first_admin_is_created_at_install(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    secret_file: Path = state.settings.data_dir / accounts.INITIAL_PASSWORD_FILE
    assert secret_file.stat().st_mode & 0o077 == 0
    password = secret_file.read_text().strip()
    reply = app_client.post("/login", data={"username": "admin", "password": password}, follow_redirects=False)
    assert reply.headers["location"] == "/account/password"
    token = csrf_of(app_client.get("/account/password").text)
    app_client.post(
        "/account/password",
        data={"csrf_token": token, "password": "Council-Boss-2025", "confirm": "Council-Boss-2025"},
    )
    assert not secret_file.exists()
    assert app_client.get("/admin/users").status_code == 200


def test_the_admin_disables_enables_and_resets_accounts(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    alice = _user(state.store)
    alice_session = accounts.sign_in(state.store, "alice", PASSWORD)
    token = sign_in_as(app_client, "admin", username="boss")
    app_client.post(f"/admin/users/{alice}/disable", data={"csrf_token": token})
    assert _stored(state.store, "alice").disabled
    hour = timedelta(hours=1)
    assert accounts.session_user(state.store, alice_session.token, hour, hour) is None
    app_client.post(f"/admin/users/{alice}/enable", data={"csrf_token": token})
    assert not _stored(state.store, "alice").disabled
    page = app_client.post(f"/admin/users/{alice}/reset", data={"csrf_token": token}).text
    new_password = page.split("one-off password is <code>")[1].split("</code>")[0]
    assert accounts.sign_in(state.store, "alice", new_password).user.must_change_password
    actions = [r["action"] for r in audit.search(state.store, audit.Query(actor="boss"))]
    assert {"user.disable", "user.enable", "user.reset"} <= set(actions)
    me = _stored(state.store, "boss").id
    assert app_client.post(f"/admin/users/{me}/disable", data={"csrf_token": token}).status_code == 400


def test_the_last_admin_cannot_be_disabled(store: Store) -> None:
    _user(store, "boss", "admin")
    other_admin = _user(store, "deputy", "admin")
    boss = _stored(store, "boss")
    accounts.set_disabled(store, other_admin, True, by=boss)
    dpo = _stored(store, "boss")
    with pytest.raises(InputError, match="last active admin"):
        accounts.set_disabled(store, dpo.id, True, by=_stored(store, "deputy"))


def test_the_settings_page_never_shows_the_key(app_client: TestClient) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]
    sign_in_as(app_client, "admin", username="boss")
    page = app_client.get("/admin/settings").text
    assert "EHCP_RETENTION_YEARS" in page and "EHCP_STORE_KEY" in page
    key = state.settings.key_path.read_text().strip()
    assert key not in page
