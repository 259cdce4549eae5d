"""Single sign-on against a real OpenID Connect provider started by the tests (panva's
oidc-provider on Node, tests/oidc_servers.py), over HTTPS under a test CA: the journey from the
sign-in page through the provider's form back to the appliance, and every check on the way
(state bound to the browser, PKCE, the ID token's signature, issuer, audience and nonce)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from appliance.config import Settings
from appliance.directory import oidc
from appliance.errors import DirectoryError, PermissionDenied
from appliance.llm.fake import FakeLLM
from appliance.store import users
from tests import oidc_servers
from tests.model_servers import free_port
from tests.oidc_servers import CLIENT_ID, CLIENT_SECRET, OTHER_CLIENT_ID, OidcProvider, obtain_id_token, query

if not oidc_servers.available():
    pytest.skip("Node and tests/oidc/node_modules are not installed (make install-test)", allow_module_level=True)

REDIRECT = "http://testserver/auth/oidc/callback"


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OidcProvider]:
    with OidcProvider(tmp_path_factory.mktemp("oidc"), REDIRECT) as server:
        yield server


def sso_settings(tmp_path: Path, provider: OidcProvider, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data",
        "auth_oidc_issuer": provider.issuer,
        "auth_oidc_client_id": CLIENT_ID,
        "auth_oidc_client_secret": SecretStr(CLIENT_SECRET),
        "auth_oidc_ca_file": provider.pki.ca_file,
        "auth_oidc_scopes": "openid profile groups",
        "auth_group_roles": {"ehcp-caseworkers": "caseworker", "ehcp-managers": "manager", "ehcp-admins": "admin"},
        "auth_group_teams": {"ehcp-team-north": "north"},
    }
    return Settings(**{**values, **overrides})


@pytest.fixture
def client(tmp_path: Path, provider: OidcProvider, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    from server.app import create_app

    monkeypatch.setenv("EHCP_ADMIN_PASSWORD", "Break-Glass-Key-41")
    with TestClient(create_app(sso_settings(tmp_path, provider), llm=FakeLLM())) as c:
        yield c


def start(client: TestClient) -> str:
    response = client.get("/auth/oidc/start", follow_redirects=False)
    assert response.status_code == 303
    return str(response.headers["location"])


def come_back(client: TestClient, url: str) -> Any:
    assert url.startswith(REDIRECT), url
    parts = urlsplit(url)
    return client.get(f"{parts.path}?{parts.query}", follow_redirects=False)


def account(client: TestClient, username: str) -> users.User | None:
    with client.app.state.appliance.store.read() as conn:  # type: ignore[attr-defined]
        found = users.by_username(conn, username)
    return found[0] if found else None


def test_a_caseworker_signs_in_through_the_councils_provider(client: TestClient, provider: OidcProvider) -> None:
    page = client.get("/login")
    assert 'href="/auth/oidc/start"' in page.text and "Sign in with your council account" in page.text
    authorize = start(client)
    asked = query(authorize)
    assert authorize.startswith(provider.issuer)
    assert (asked["client_id"], asked["redirect_uri"], asked["code_challenge_method"]) == (CLIENT_ID, REDIRECT, "S256")
    assert asked["state"] and asked["nonce"] and asked["code_challenge"] and "code_verifier" not in asked
    back = come_back(client, provider.sign_in(authorize, "casey"))
    assert back.status_code == 200 and 'http-equiv="refresh" content="0; url=/"' in back.text
    home = client.get("/")
    assert home.status_code == 200 and "Casey Jones (caseworker)" in home.text
    user = account(client, "casey")
    assert user is not None and (user.role, user.team, user.source) == ("caseworker", "north", "oidc")


def test_a_sign_in_not_started_in_this_browser_is_refused(client: TestClient, provider: OidcProvider) -> None:
    authorize = start(client)
    back = provider.sign_in(authorize, "casey")
    client.cookies.clear()  # another browser, handed the link (login CSRF)
    response = come_back(client, back)
    assert response.status_code == 401 and "not started in this browser" in response.text
    assert account(client, "casey") is None


def test_a_callback_cannot_be_replayed(client: TestClient, provider: OidcProvider) -> None:
    authorize = start(client)
    back = provider.sign_in(authorize, "morgan")
    assert come_back(client, back).status_code == 200
    client.cookies.set("ehcp_oidc_state", query(back)["state"], path="/auth/oidc/callback")
    response = come_back(client, back)
    assert response.status_code == 401 and "expired or was not started here" in response.text


def test_groups_without_a_role_and_a_local_name_are_refused(client: TestClient, provider: OidcProvider) -> None:
    response = come_back(client, provider.sign_in(start(client), "ashley"))
    assert response.status_code == 401 and "not in a group that gives access" in response.text
    response = come_back(client, provider.sign_in(start(client), "admin"))
    assert response.status_code == 401 and "An account named admin already exists here" in response.text
    admin = account(client, "admin")
    assert admin is not None and (admin.source, admin.display_name) == ("local", "Administrator")


def test_a_refusal_at_the_provider_is_told(client: TestClient) -> None:
    start(client)
    state = client.cookies.get("ehcp_oidc_state")
    response = client.get(f"/auth/oidc/callback?error=access_denied&state={state}")
    assert response.status_code == 401 and "Sign-in was not completed at the council" in response.text


def test_id_tokens_are_checked(tmp_path: Path, provider: OidcProvider) -> None:
    sso = oidc.OidcClient(oidc.from_settings(sso_settings(tmp_path, provider)))
    ours = obtain_id_token(provider, CLIENT_ID, REDIRECT, "casey", nonce="n-1")
    assert sso.verify(ours, "n-1")["sub"] == "casey"
    with pytest.raises(PermissionDenied):
        sso.verify(ours, "another-nonce")  # a token from another sign-in
    header, payload, signature = ours.split(".")
    with pytest.raises(PermissionDenied):
        sso.verify(f"{header}.{payload}.{signature[::-1]}", "n-1")  # a forged signature
    with pytest.raises(PermissionDenied):
        sso.verify(f"{header}.{payload}.", "n-1")  # no signature at all
    theirs = obtain_id_token(provider, OTHER_CLIENT_ID, provider.other_redirect_uri, "casey", nonce="n-1")
    with pytest.raises(PermissionDenied):
        sso.verify(theirs, "n-1")  # issued to another application
    sso.close()


def test_the_provider_certificate_must_be_trusted(tmp_path: Path, provider: OidcProvider) -> None:
    sso = oidc.OidcClient(
        oidc.from_settings(sso_settings(tmp_path, provider, auth_oidc_ca_file=provider.pki.other_ca_file))
    )
    with pytest.raises(DirectoryError, match="cannot be reached"):
        sso.start(REDIRECT)
    sso.close()


def test_the_provider_down_leaves_local_sign_in(
    tmp_path: Path, provider: OidcProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server.app import create_app

    monkeypatch.setenv("EHCP_ADMIN_PASSWORD", "Break-Glass-Key-41")
    settings = sso_settings(tmp_path, provider, auth_oidc_issuer=f"https://127.0.0.1:{free_port()}")
    with TestClient(create_app(settings, llm=FakeLLM())) as c:
        response = c.get("/auth/oidc/start", follow_redirects=False)
        assert response.status_code == 503 and "cannot be reached" in response.text
        login = c.post("/login", data={"username": "admin", "password": "Break-Glass-Key-41"}, follow_redirects=False)
        assert login.status_code == 303


def test_issuers_must_be_https_off_this_machine(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError, match="https://"):
        oidc.from_settings(
            Settings(data_dir=tmp_path, auth_oidc_issuer="http://sso.council.local", auth_oidc_client_id="x")
        )
    assert (
        oidc.from_settings(
            Settings(data_dir=tmp_path, auth_oidc_issuer="http://127.0.0.1:9/", auth_oidc_client_id="x")
        ).issuer
        == "http://127.0.0.1:9"
    )


def test_no_single_sign_on_no_button(app_client: TestClient) -> None:
    page = app_client.get("/login")
    assert "/auth/oidc/start" not in page.text
    assert app_client.get("/auth/oidc/start", follow_redirects=False).status_code == 404
