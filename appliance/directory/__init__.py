"""Sign-in with the council's directory: LDAP / Active Directory passwords (`ldap`) and OpenID
Connect single sign-on (`oidc`: Entra ID, ADFS, Keycloak), each mapping directory groups to a role
and team (`people`). Local accounts remain, for a break-glass admin and councils without a
directory: a name held by a local account is always checked here, never sent to the directory."""

from __future__ import annotations

from typing import TYPE_CHECKING

from appliance.config import Settings
from appliance.directory import people
from appliance.errors import DirectoryError, PermissionDenied
from appliance.safeguards import accounts, audit
from appliance.safeguards.accounts import SignedIn
from appliance.store import Store, users

if TYPE_CHECKING:
    from appliance.directory.oidc import OidcClient

THROTTLED = "Too many failed sign-ins from this computer. Try again in 15 minutes."


def _local(store: Store, username: str) -> bool:
    with store.read() as conn:
        found = users.by_username(conn, username)
    return found is not None and found[0].source == "local"


def password_sign_in(store: Store, settings: Settings, username: str, password: str, ip: str | None) -> SignedIn:
    """A session for a name and password: a local account's checked here, anyone else's by the
    directory when one is configured. `PermissionDenied` or `DirectoryError` with words to show."""
    if not settings.auth_ldap_url or _local(store, username):
        return accounts.sign_in(store, username, password, ip)
    from appliance.directory import ldap

    if people.throttled(store, ip):
        audit.record(store, "sign_in.throttled", ip=ip, detail={"via": "ldap"})
        raise PermissionDenied(THROTTLED)
    try:
        person = ldap.authenticate(ldap.from_settings(settings), username, password)
    except PermissionDenied:
        people.record_failure(store, "ldap", "wrong name or password", ip, username)
        raise
    except DirectoryError:
        audit.record(store, "sign_in.directory_unavailable", ip=ip, detail={"via": "ldap"})
        raise
    return people.sign_in(store, settings, person, ip)


def oidc_client(settings: Settings) -> OidcClient | None:
    """The single sign-on client when EHCP_AUTH_OIDC_ISSUER is set."""
    if not settings.auth_oidc_issuer:
        return None
    from appliance.directory.oidc import OidcClient, from_settings

    return OidcClient(from_settings(settings))


def oidc_sign_in(
    store: Store, settings: Settings, client: OidcClient, state: str, code: str, ip: str | None
) -> SignedIn:
    """A session for the person the provider sent back with `code`, once their ID token checks out."""
    try:
        person = client.finish(state, code)
    except PermissionDenied:
        people.record_failure(store, "oidc", "token not verified", ip)
        raise
    except DirectoryError:
        audit.record(store, "sign_in.directory_unavailable", ip=ip, detail={"via": "oidc"})
        raise
    return people.sign_in(store, settings, person, ip)
