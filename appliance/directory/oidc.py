"""Single sign-on with the council's OpenID Connect provider (Entra ID, ADFS, Keycloak): the
authorization code flow with PKCE (S256), the provider's endpoints and keys discovered from its
issuer, and the ID token checked before anyone is signed in: its signature against the
provider's published keys (asymmetric algorithms only), issuer, audience (and authorized party),
expiry, and the nonce of this very sign-in. httpx talks to the provider; joserfc checks tokens.

The state, nonce and PKCE verifier of a sign-in in progress stay in this process's memory for
ten minutes; the browser holds only the state, in a cookie the callback compares.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus, urlencode, urlsplit

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from appliance.config import Settings
from appliance.directory.people import Person
from appliance.errors import DirectoryError, PermissionDenied
from appliance.safeguards.offline import is_loopback

log = logging.getLogger(__name__)
CLIENT_SECRET_CREDENTIAL = "oidc-client-secret"  # noqa: S105 - a systemd LoadCredential= name
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]
FLOW_SECONDS = 600
LEEWAY = 60
NOT_VERIFIED = "The sign-in could not be verified. Try again; if it keeps happening, tell IT."


@dataclass(frozen=True)
class OidcConfig:
    issuer: str
    client_id: str
    client_secret: str | None = field(default=None, repr=False)
    ca_file: Path | None = None
    scopes: str = "openid profile email"
    username_claim: str = "preferred_username"
    groups_claim: str = "groups"
    timeout: float = 10.0


@dataclass(frozen=True)
class Endpoints:
    authorization: str
    token: str
    jwks: str


@dataclass(frozen=True)
class Flow:
    nonce: str
    verifier: str
    redirect_uri: str
    started: float


def from_settings(settings: Settings) -> OidcConfig:
    issuer = (settings.auth_oidc_issuer or "").rstrip("/")
    parts = urlsplit(issuer)
    if not parts.hostname or not (parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname))):
        raise DirectoryError(f"EHCP_AUTH_OIDC_ISSUER must be an https:// address, not {settings.auth_oidc_issuer!r}.")
    if not settings.auth_oidc_client_id:
        raise DirectoryError("Set EHCP_AUTH_OIDC_CLIENT_ID to the appliance's client id at the provider.")
    secret = settings.auth_oidc_client_secret.get_secret_value() if settings.auth_oidc_client_secret else None
    credential = settings.credentials_directory / CLIENT_SECRET_CREDENTIAL if settings.credentials_directory else None
    if secret is None and credential is not None and credential.exists():
        secret = credential.read_text(encoding="utf-8").strip()
    return OidcConfig(
        issuer=issuer,
        client_id=settings.auth_oidc_client_id,
        client_secret=secret,
        ca_file=settings.auth_oidc_ca_file,
        scopes=settings.auth_oidc_scopes,
        username_claim=settings.auth_oidc_username_claim,
        groups_claim=settings.auth_oidc_groups_claim,
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class OidcClient:
    def __init__(self, config: OidcConfig) -> None:
        self.config = config
        context = ssl.create_default_context()
        if config.ca_file is not None:
            context.load_verify_locations(cafile=str(config.ca_file))
        self._http = httpx.Client(verify=context, timeout=config.timeout, trust_env=False, follow_redirects=False)
        self._lock = threading.Lock()
        self._endpoints: Endpoints | None = None
        self._keys: KeySet | None = None
        self._flows: dict[str, Flow] = {}

    def close(self) -> None:
        self._http.close()

    # ------------------------------------------------------------------ the provider
    def _get(self, url: str) -> dict[str, Any]:
        try:
            reply = self._http.get(url)
            reply.raise_for_status()
            data = reply.json()
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("OIDC provider: %s from %s", type(exc).__name__, urlsplit(url).netloc)
            raise DirectoryError(
                f"The council's sign-in service at {urlsplit(self.config.issuer).netloc} cannot be reached. "
                "Local accounts can still sign in."
            ) from exc
        if not isinstance(data, dict):
            raise DirectoryError("The council's sign-in service sent something unexpected.")
        return data

    def endpoints(self) -> Endpoints:
        """The provider's endpoints from its discovery document, whose issuer must be ours."""
        with self._lock:
            if self._endpoints is not None:
                return self._endpoints
        found = self._get(f"{self.config.issuer}/.well-known/openid-configuration")
        if str(found.get("issuer", "")).rstrip("/") != self.config.issuer:
            raise DirectoryError("The council's sign-in service names another issuer than EHCP_AUTH_OIDC_ISSUER.")
        try:
            endpoints = Endpoints(
                str(found["authorization_endpoint"]), str(found["token_endpoint"]), str(found["jwks_uri"])
            )
        except KeyError as exc:
            raise DirectoryError(f"The sign-in service's discovery document has no {exc.args[0]}.") from exc
        with self._lock:
            self._endpoints = endpoints
        return endpoints

    def _key_set(self, refresh: bool = False) -> KeySet:
        with self._lock:
            if self._keys is not None and not refresh:
                return self._keys
        keys = KeySet.import_key_set(self._get(self.endpoints().jwks))  # type: ignore[arg-type]
        with self._lock:
            self._keys = keys
        return keys

    # ------------------------------------------------------------------ the flow
    def start(self, redirect_uri: str) -> tuple[str, str]:
        """The provider's sign-in URL for a new sign-in, and its state (for the browser's cookie)."""
        endpoints = self.endpoints()
        state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(64)
        with self._lock:
            now = time.monotonic()
            self._flows = {k: f for k, f in self._flows.items() if now - f.started < FLOW_SECONDS}
            self._flows[state] = Flow(nonce, verifier, redirect_uri, now)
        query = {
            "response_type": "code",
            "client_id": self.config.client_id,
            "redirect_uri": redirect_uri,
            "scope": self.config.scopes,
            "state": state,
            "nonce": nonce,
            "code_challenge": _b64(hashlib.sha256(verifier.encode("ascii")).digest()),
            "code_challenge_method": "S256",
        }
        return f"{endpoints.authorization}?{urlencode(query)}", state

    def finish(self, state: str, code: str) -> Person:
        """The person the provider signed in, once their ID token checks out; `PermissionDenied`
        for a sign-in that is not this browser's, has expired or whose token fails a check."""
        with self._lock:
            flow = self._flows.pop(state, None)
        if flow is None or time.monotonic() - flow.started > FLOW_SECONDS:
            raise PermissionDenied("This sign-in has expired or was not started here. Sign in again.")
        claims = self.verify(self._id_token(flow, code), flow.nonce)
        username = claims.get(self.config.username_claim) or claims.get("email")
        groups = claims.get(self.config.groups_claim) or []
        if not isinstance(username, str) or not username or not isinstance(groups, list):
            log.warning("OIDC: the ID token lacks %s or its groups are not a list", self.config.username_claim)
            raise PermissionDenied(NOT_VERIFIED)
        return Person(
            via="oidc",
            external_id=f"{self.config.issuer}|{claims['sub']}",
            username=username,
            display_name=str(claims.get("name") or username),
            groups=frozenset(str(g) for g in groups),
        )

    def _id_token(self, flow: Flow, code: str) -> str:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": flow.redirect_uri,
            "code_verifier": flow.verifier,
        }
        secret = self.config.client_secret
        # client_secret_basic: both parts form-encoded before base64 (RFC 6749 section 2.3.1)
        auth = httpx.BasicAuth(quote_plus(self.config.client_id), quote_plus(secret)) if secret else None
        if auth is None:
            form["client_id"] = self.config.client_id  # a public client, proven by PKCE alone
        try:
            reply = self._http.post(self.endpoints().token, data=form, auth=auth or httpx.USE_CLIENT_DEFAULT)
            data = reply.json()
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("OIDC token endpoint: %s", type(exc).__name__)
            raise DirectoryError("The council's sign-in service did not complete the sign-in.") from exc
        if reply.status_code != 200 or not isinstance(data, dict) or not isinstance(data.get("id_token"), str):
            error = data.get("error") if isinstance(data, dict) else None
            log.warning("OIDC token endpoint refused the code: HTTP %s %s", reply.status_code, error)
            raise PermissionDenied(NOT_VERIFIED)
        return str(data["id_token"])

    def verify(self, id_token: str, nonce: str) -> dict[str, Any]:
        """The ID token's claims after every check; `PermissionDenied` (the cause logged) if any fails."""
        try:
            try:
                token = jwt.decode(id_token, self._key_set(), algorithms=ALGORITHMS)
            except JoseError:
                token = jwt.decode(id_token, self._key_set(refresh=True), algorithms=ALGORITHMS)  # keys rotated
            claims: dict[str, Any] = dict(token.claims)
            jwt.JWTClaimsRegistry(
                leeway=LEEWAY,
                iss={"essential": True, "value": self.config.issuer},
                aud={"essential": True, "value": self.config.client_id},
                sub={"essential": True},
                exp={"essential": True},
                iat={"essential": True},
                nonce={"essential": True, "value": nonce},
            ).validate(claims)
        except (JoseError, ValueError) as exc:
            log.warning("OIDC: ID token refused: %s", type(exc).__name__)
            raise PermissionDenied(NOT_VERIFIED) from exc
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.config.client_id:
            log.warning("OIDC: ID token for several audiences without us as its authorized party")
            raise PermissionDenied(NOT_VERIFIED)
        return claims
