"""Password sign-in against the council's directory (Active Directory, OpenLDAP) with ldap3, the
only module that imports it.

Always over TLS (`ldaps://`, or StartTLS on `ldap://`) with the certificate checked: the password
crosses the network. With a service account (EHCP_AUTH_LDAP_BIND_DN) the person is found by
EHCP_AUTH_LDAP_USER_FILTER and their password checked by binding as them; without one they bind
as EHCP_AUTH_LDAP_USER_TEMPLATE ("{username}@council.local") and read their own entry. Their
groups are their `memberOf` values plus the groups EHCP_AUTH_LDAP_GROUP_FILTER finds.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import ldap3
from ldap3.core import exceptions as ldap_errors
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn, parse_dn

from appliance.config import Settings
from appliance.directory.people import Person
from appliance.errors import DirectoryError, PermissionDenied
from appliance.safeguards.accounts import FAILURE
from appliance.safeguards.offline import OutboundBlocked

log = logging.getLogger(__name__)
BIND_PASSWORD_CREDENTIAL = "ldap-bind-password"  # noqa: S105 - a systemd LoadCredential= name
ATTRIBUTES = ["uid", "sAMAccountName", "cn", "displayName", "memberOf", "entryUUID", "objectGUID"]


@dataclass(frozen=True)
class LdapConfig:
    host: str
    port: int
    ldaps: bool  # TLS from the start; else StartTLS
    base_dn: str
    user_filter: str
    group_filter: str
    user_template: str | None = None
    bind_dn: str | None = None
    bind_password: str | None = field(default=None, repr=False)
    ca_file: Path | None = None
    timeout: float = 5.0

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def from_settings(settings: Settings) -> LdapConfig:
    url = urlsplit(settings.auth_ldap_url or "")
    if url.scheme not in ("ldap", "ldaps") or not url.hostname:
        raise DirectoryError(f"EHCP_AUTH_LDAP_URL must be ldaps://host or ldap://host, not {settings.auth_ldap_url!r}.")
    if not settings.auth_ldap_bind_dn and not settings.auth_ldap_user_template:
        raise DirectoryError("Set EHCP_AUTH_LDAP_BIND_DN (a service account) or EHCP_AUTH_LDAP_USER_TEMPLATE.")
    password = settings.auth_ldap_bind_password.get_secret_value() if settings.auth_ldap_bind_password else None
    credential = settings.credentials_directory / BIND_PASSWORD_CREDENTIAL if settings.credentials_directory else None
    if password is None and credential is not None and credential.exists():
        password = credential.read_text(encoding="utf-8").strip()
    return LdapConfig(
        host=url.hostname,
        port=url.port or (636 if url.scheme == "ldaps" else 389),
        ldaps=url.scheme == "ldaps",
        base_dn=settings.auth_ldap_base_dn,
        user_filter=settings.auth_ldap_user_filter,
        group_filter=settings.auth_ldap_group_filter,
        user_template=settings.auth_ldap_user_template,
        bind_dn=settings.auth_ldap_bind_dn,
        bind_password=password,
        ca_file=settings.auth_ldap_ca_file,
        timeout=settings.auth_ldap_timeout,
    )


def _connection(config: LdapConfig, user: str, password: str) -> ldap3.Connection:
    """An open connection over TLS, bound as `user`; `PermissionDenied` when the directory refuses
    the password, `DirectoryError` when it cannot be used."""
    tls = ldap3.Tls(
        validate=ssl.CERT_REQUIRED,
        version=ssl.PROTOCOL_TLS_CLIENT,
        ca_certs_file=str(config.ca_file) if config.ca_file else None,
    )
    server = ldap3.Server(
        config.host,
        port=config.port,
        use_ssl=config.ldaps,
        tls=tls,
        get_info=ldap3.NONE,
        connect_timeout=max(1, round(config.timeout)),
    )
    conn = ldap3.Connection(
        server,
        user=user,
        password=password,
        read_only=True,
        receive_timeout=max(1, round(config.timeout)),
        raise_exceptions=False,
    )
    try:
        conn.open()
        if not config.ldaps and not conn.start_tls():
            _close(conn)
            raise DirectoryError(f"The council directory at {config.address} did not start TLS (StartTLS).")
        bound = conn.bind()
    except ldap_errors.LDAPException as exc:
        _close(conn)
        raise DirectoryError(_unavailable(config, exc)) from exc
    if not bound:
        result = conn.result or {}
        _close(conn)
        log.info("directory refused a bind: %s", result.get("description"))
        raise PermissionDenied(FAILURE)
    return conn


def _close(conn: ldap3.Connection) -> None:
    with contextlib.suppress(ldap_errors.LDAPException, OSError):
        conn.unbind()


def _unavailable(config: LdapConfig, exc: Exception) -> str:
    text = str(exc)
    if isinstance(exc, OutboundBlocked) or "blocked: the appliance works offline" in text:
        return f"The council directory's address {config.address} is outside EHCP_ALLOWED_NETWORKS."
    if "certificate" in text.lower() or "hostname" in text.lower() or isinstance(exc, ssl.SSLError):
        return (
            f"The council directory's certificate at {config.address} is not trusted: "
            "set EHCP_AUTH_LDAP_CA_FILE to the council's CA bundle and check the address matches it."
        )
    log.warning("directory at %s: %s", config.address, type(exc).__name__)
    return f"The council directory is not reachable at {config.address}. Local accounts can still sign in."


def _first(entry: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = entry.get(name)
        if isinstance(value, list):
            value = value[0] if value else None
        if value:
            return str(value)
    return None


def _find(conn: ldap3.Connection, config: LdapConfig, username: str) -> tuple[str, dict[str, Any]] | None:
    query = config.user_filter.replace("{username}", escape_filter_chars(username))
    conn.search(config.base_dn, query, attributes=ATTRIBUTES, size_limit=2)
    found = [e for e in conn.response or [] if e.get("type") == "searchResEntry"]
    if len(found) != 1:
        return None  # nobody, or two people answering to the name: neither is signed in
    return str(found[0]["dn"]), dict(found[0]["attributes"])


def _groups(conn: ldap3.Connection, config: LdapConfig, dn: str, entry: dict[str, Any]) -> frozenset[str]:
    dns = [str(g) for g in entry.get("memberOf") or []]
    conn.search(config.base_dn, config.group_filter.replace("{dn}", escape_filter_chars(dn)), attributes=["cn"])
    dns += [str(e["dn"]) for e in conn.response or [] if e.get("type") == "searchResEntry"]
    names = set(dns)
    for group in dns:
        try:
            names.add(parse_dn(group)[0][1])  # its name: "ehcp-caseworkers" for cn=ehcp-caseworkers,ou=...
        except ldap_errors.LDAPInvalidDnError:
            continue
    return frozenset(names)


def authenticate(config: LdapConfig, username: str, password: str) -> Person:
    """The person the directory knows by `username`, once it accepted `password`."""
    if not username or not password:  # an empty password is an anonymous bind, which "succeeds"
        raise PermissionDenied(FAILURE)
    if config.bind_dn:
        search = _connection(config, config.bind_dn, config.bind_password or "")
    else:
        assert config.user_template is not None
        search = _connection(config, config.user_template.replace("{username}", escape_rdn(username)), password)
    try:
        found = _find(search, config, username)
        if found is None:
            raise PermissionDenied(FAILURE)
        dn, entry = found
        if config.bind_dn:
            _connection(config, dn, password).unbind()  # the password check
        groups = _groups(search, config, dn, entry)
    finally:
        search.unbind()
    return Person(
        via="ldap",
        external_id=_first(entry, "entryUUID", "objectGUID") or dn,
        username=_first(entry, "sAMAccountName", "uid") or username,
        display_name=_first(entry, "displayName", "cn") or username,
        groups=groups,
    )
