"""A real OpenID Connect provider for the sign-in tests: panva's `oidc-provider` (npm, installed
into tests/oidc/node_modules by `make install-test`) started with Node on a loopback port over
HTTPS under the tests' CA (tests/oidc/provider.mjs), and a person's browser at its sign-in form."""

from __future__ import annotations

import json
import os
import re
import shutil
import ssl
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.model_servers import free_port
from tests.tls_ca import Pki, make_pki

HERE = Path(__file__).parent / "oidc"
CLIENT_ID = "ehcp-appliance"
CLIENT_SECRET = "client-secret-5b1e"
OTHER_CLIENT_ID = "another-app"
PASSWORD = "Provider-Pass-42"
ACCOUNTS = {
    "casey": {"name": "Casey Jones", "groups": ["ehcp-caseworkers", "ehcp-team-north"]},
    "morgan": {"name": "Morgan Lee", "groups": ["ehcp-managers", "ehcp-team-north"]},
    "ashley": {"name": "Ashley Cole", "groups": ["finance"]},
    "admin": {"name": "Someone Else", "groups": ["ehcp-admins"]},
}


def available() -> bool:
    return shutil.which("node") is not None and (HERE / "node_modules" / "oidc-provider").is_dir()


@dataclass
class OidcProvider:
    folder: Path
    redirect_uri: str
    other_redirect_uri: str = "https://127.0.0.1:9/callback"

    def __post_init__(self) -> None:
        self.port = free_port()
        self.pki: Pki = make_pki(self.folder, hosts=("127.0.0.1",))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def issuer(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> OidcProvider:
        config = {
            "port": self.port,
            "issuer": self.issuer,
            "cert": str(self.pki.cert_file),
            "key": str(self.pki.key_file),
            "clients": [
                {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "redirect_uris": [self.redirect_uri]},
                {
                    "client_id": OTHER_CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "redirect_uris": [self.other_redirect_uri],
                },
            ],
            "accounts": {name: {**person, "password": PASSWORD} for name, person in ACCOUNTS.items()},
        }
        env = {**os.environ, "OIDC_TEST_CONFIG": json.dumps(config), "NODE_NO_WARNINGS": "1"}
        self.process = subprocess.Popen(
            ["node", str(HERE / "provider.mjs")], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=HERE
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"oidc-provider exited: {self.process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                httpx.get(f"{self.issuer}/.well-known/openid-configuration", verify=self._tls(), timeout=2)
                return self
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("oidc-provider did not start") from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def __enter__(self) -> OidcProvider:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def browser(self) -> httpx.Client:
        return httpx.Client(verify=self._tls(), timeout=10, follow_redirects=False)

    def _tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.pki.ca_file))

    def sign_in(self, authorize_url: str, username: str, password: str = PASSWORD) -> str:
        """Follow the authorization URL as a person's browser: sign in on the provider's form and
        return the URL the provider sends the browser back to (the client's redirect URI)."""
        with self.browser() as browser:
            response = browser.get(authorize_url)
            while response.status_code in (302, 303) and response.headers["location"].startswith(("/", self.issuer)):
                response = browser.get(httpx.URL(self.issuer).join(response.headers["location"]))
            if response.status_code in (302, 303):
                return str(response.headers["location"])  # consent already given, or an error for the client
            action = re.search(r'action="([^"]+)"', response.text)
            assert action, response.text[:500]
            response = browser.post(
                httpx.URL(self.issuer).join(action.group(1)), data={"username": username, "password": password}
            )
            while response.status_code in (302, 303) and response.headers["location"].startswith(("/", self.issuer)):
                response = browser.get(httpx.URL(self.issuer).join(response.headers["location"]))
            assert response.status_code in (302, 303), f"{response.status_code} {response.text[:300]}"
            return str(response.headers["location"])


def query(url: str) -> dict[str, Any]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def obtain_id_token(provider: OidcProvider, client_id: str, redirect_uri: str, username: str, nonce: str) -> str:
    """An ID token the provider issues to `client_id` for `username`, got as any client would
    (authorization code with PKCE): what the appliance is shown by someone replaying a token."""
    import base64
    import hashlib
    import secrets
    from urllib.parse import urlencode

    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    discovery = provider.browser().get(f"{provider.issuer}/.well-known/openid-configuration").json()
    params = {
        "response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri, "scope": "openid profile groups",
        "state": "s", "nonce": nonce, "code_challenge": challenge, "code_challenge_method": "S256",
    }  # fmt: skip
    back = provider.sign_in(f"{discovery['authorization_endpoint']}?{urlencode(params)}", username)
    with provider.browser() as client:
        reply = client.post(
            discovery["token_endpoint"],
            data={"grant_type": "authorization_code", "code": query(back)["code"], "redirect_uri": redirect_uri,
                  "code_verifier": verifier},
            auth=(client_id, CLIENT_SECRET),
        )  # fmt: skip
    return str(reply.json()["id_token"])
