"""Signing in with the council's directory against a real OpenLDAP `slapd` started by the tests
(tests/directory_servers.py): passwords checked by the directory over StartTLS or LDAPS under a
test CA, groups mapped to roles and teams, local accounts kept for the break-glass admin."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from appliance.config import Settings
from appliance.directory import ldap, people
from appliance.errors import DirectoryError, PermissionDenied
from appliance.llm.fake import FakeLLM
from appliance.safeguards import accounts, audit
from appliance.store import users
from tests import directory_servers
from tests.directory_servers import BASE_DN, PASSWORD, SERVICE_DN, SERVICE_PASSWORD, Slapd

if not directory_servers.available():
    pytest.skip(
        "OpenLDAP slapd and ldap-utils are not installed (scripts/system-deps.sh test)", allow_module_level=True
    )

ROLES = {
    "ehcp-caseworkers": "caseworker",
    "CN=ehcp-managers,OU=groups,DC=council,DC=test": "manager",  # a DN, in another case
    "ehcp-dpo": "dpo",
    "ehcp-admins": "admin",
}


@pytest.fixture(scope="module")
def slapd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    with Slapd(tmp_path_factory.mktemp("slapd")) as server:
        yield server


def directory_settings(tmp_path: Path, slapd: Slapd, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data",
        "auth_ldap_url": slapd.url,
        "auth_ldap_ca_file": slapd.pki.ca_file,
        "auth_ldap_bind_dn": SERVICE_DN,
        "auth_ldap_bind_password": SecretStr(SERVICE_PASSWORD),
        "auth_ldap_base_dn": BASE_DN,
        "auth_group_roles": ROLES,
        "auth_group_teams": {"ehcp-team-north": "north"},
    }
    return Settings(**{**values, **overrides})


@pytest.fixture
def client(tmp_path: Path, slapd: Slapd, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    from server.app import create_app

    monkeypatch.setenv("EHCP_ADMIN_PASSWORD", "Break-Glass-Key-41")
    with TestClient(create_app(directory_settings(tmp_path, slapd), llm=FakeLLM())) as c:
        yield c


def login(client: TestClient, username: str, password: str = PASSWORD) -> Any:
    client.cookies.clear()
    return client.post("/login", data={"username": username, "password": password}, follow_redirects=False)


def account(client: TestClient, username: str) -> users.User | None:
    with client.app.state.appliance.store.read() as conn:  # type: ignore[attr-defined]
        found = users.by_username(conn, username)
    return found[0] if found else None


def audit_actions(client: TestClient) -> list[tuple[str, str | None, Any]]:
    store = client.app.state.appliance.store  # type: ignore[attr-defined]
    return [
        (r["action"], r["actor"], json.loads(r["detail"]) if r["detail"] else None)
        for r in audit.search(store, audit.Query())
    ]


@pytest.mark.parametrize(
    ("who", "role", "team", "home"), [("casey", "caseworker", "north", "/"), ("dana", "dpo", "default", "/dpo")]
)
def test_directory_people_sign_in_with_the_role_and_team_of_their_groups(
    client: TestClient, who: str, role: str, team: str, home: str
) -> None:
    response = login(client, who)
    assert response.status_code == 303 and response.headers["location"] == home
    user = account(client, who)
    assert user is not None and (user.role, user.team, user.source, user.must_change_password) == (
        role,
        team,
        "ldap",
        False,
    )
    assert client.get(home).status_code == 200
    assert ("sign_in", who, {"via": "ldap"}) in audit_actions(client)


def test_a_manager_found_by_a_group_dn(client: TestClient) -> None:
    assert login(client, "morgan").headers["location"] == "/"
    user = account(client, "morgan")
    assert user is not None and (user.role, user.team) == ("manager", "north")


def test_wrong_passwords_and_strangers_are_refused(client: TestClient) -> None:
    for name, password in (("casey", "Wrong-Pass-1"), ("nobody", PASSWORD), ("casey", ""), ("*", PASSWORD)):
        response = login(client, name, password)
        assert response.status_code in (400, 401)  # 400: a field left empty
        if response.status_code == 401:
            assert accounts.FAILURE in response.text
    assert account(client, "casey") is None and account(client, "nobody") is None
    failed = [a for a in audit_actions(client) if a[0] == "sign_in.failed"]
    assert len(failed) == 3 and all(actor is None for _, actor, _ in failed)  # names typed are not kept


def test_groups_with_no_role_or_two_roles_are_refused_with_a_reason(client: TestClient) -> None:
    response = login(client, "ashley")
    assert response.status_code == 401 and "not in a group that gives access" in response.text
    response = login(client, "robin")  # a caseworker and an admin
    assert response.status_code == 401 and "more than one role here (admin, caseworker)" in response.text
    assert account(client, "ashley") is None and account(client, "robin") is None


def test_the_local_admin_is_never_the_directorys(client: TestClient) -> None:
    # The directory has uid=admin too; the name belongs to the local break-glass account.
    assert login(client, "admin", PASSWORD).status_code == 401
    response = login(client, "admin", "Break-Glass-Key-41")
    assert response.status_code == 303 and response.headers["location"] == "/account/password"
    admin = account(client, "admin")
    assert admin is not None and admin.source == "local"


def test_a_directory_account_takes_no_local_password_and_can_be_disabled(client: TestClient) -> None:
    login(client, "casey")
    user = account(client, "casey")
    assert user is not None
    store = client.app.state.appliance.store  # type: ignore[attr-defined]
    with pytest.raises(Exception, match="council's directory"):
        accounts.change_password(store, user.id, "A-New-Password-77")
    with pytest.raises(Exception, match="council's directory"):
        accounts.reset_password(store, user.id, by="admin")
    with store.write() as conn:
        users.update(conn, user.id, disabled=1)
    assert login(client, "casey").status_code == 401


def test_the_directory_down_leaves_local_accounts_working(tmp_path: Path, slapd: Slapd) -> None:
    from server.app import create_app
    from tests.model_servers import free_port

    port = free_port()
    settings = directory_settings(tmp_path, slapd, auth_ldap_url=f"ldap://127.0.0.1:{port}")
    with TestClient(create_app(settings, llm=FakeLLM())) as c:
        accounts.create_user(
            c.app.state.appliance.store, "local-cw", "Local-Pass-123", "caseworker", must_change_password=False
        )  # type: ignore[attr-defined]
        response = login(c, "casey")
        assert response.status_code == 503
        assert f"The council directory is not reachable at 127.0.0.1:{port}" in response.text
        assert login(c, "local-cw", "Local-Pass-123").status_code == 303


@pytest.mark.parametrize("scheme", ["ldap", "ldaps"])
def test_an_untrusted_directory_certificate_is_named(tmp_path: Path, slapd: Slapd, scheme: str) -> None:
    url = slapd.url if scheme == "ldap" else slapd.ldaps_url
    config = ldap.from_settings(
        directory_settings(tmp_path, slapd, auth_ldap_url=url, auth_ldap_ca_file=slapd.pki.other_ca_file)
    )
    with pytest.raises(DirectoryError, match=r"certificate at 127.0.0.1:.* is not trusted"):
        ldap.authenticate(config, "casey", PASSWORD)
    wrong_name = ldap.from_settings(
        directory_settings(tmp_path, slapd, auth_ldap_url=url.replace("127.0.0.1", "localhost"))
    )
    with pytest.raises(DirectoryError, match="certificate at localhost"):
        ldap.authenticate(wrong_name, "casey", PASSWORD)


def test_ldaps_and_binding_as_the_person_without_a_service_account(tmp_path: Path, slapd: Slapd) -> None:
    config = ldap.from_settings(
        directory_settings(
            tmp_path,
            slapd,
            auth_ldap_url=slapd.ldaps_url,
            auth_ldap_bind_dn=None,
            auth_ldap_bind_password=None,
            auth_ldap_user_template="uid={username},ou=people,dc=council,dc=test",
        )
    )
    person = ldap.authenticate(config, "morgan", PASSWORD)
    assert (person.username, person.display_name) == ("morgan", "Morgan Lee")
    assert {"ehcp-managers", "ehcp-team-north", "cn=ehcp-managers,ou=groups,dc=council,dc=test"} <= person.groups
    with pytest.raises(PermissionDenied):
        ldap.authenticate(config, "morgan", "Wrong-Pass-1")


def test_the_directory_is_the_source_of_truth_at_each_sign_in(tmp_path: Path, slapd: Slapd) -> None:
    from appliance.store import Store
    from appliance.store.keys import new_key

    store = Store(tmp_path / "s.db", new_key())
    before = directory_settings(tmp_path, slapd)
    person = ldap.authenticate(ldap.from_settings(before), "casey", PASSWORD)
    first = people.sign_in(store, before, person).user
    after = directory_settings(tmp_path, slapd, auth_group_roles={"ehcp-team-north": "manager"}, auth_group_teams={})
    second = people.sign_in(store, after, person).user
    assert (first.id, first.role, first.team) == (second.id, "caseworker", "north")
    assert (second.role, second.team) == ("manager", "default")
    store.close()


def test_repeated_failures_from_one_address_are_throttled(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "MAX_FAILURES_PER_ADDRESS", 2)
    assert login(client, "casey", "Wrong-Pass-1").status_code == 401
    assert login(client, "casey", "Wrong-Pass-2").status_code == 401
    response = login(client, "casey")
    assert response.status_code == 401 and "Too many failed sign-ins" in response.text
