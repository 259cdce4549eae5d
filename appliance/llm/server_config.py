"""How the appliance reaches a council model server: the checked base URL, the key, the CA
bundle, timeouts, retries and parallelism, from the settings; and the HTTP client built from them.

Safe by default: `https://` with certificate checking (the system's CAs plus the council's
bundle), plain `http://` only to loopback unless explicitly allowed, no credentials in the URL
(they would be copied into every draft's record), the key sent only as a bearer token.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from appliance.config import ResponseFormat, Settings
from appliance.errors import ModelError
from appliance.safeguards.offline import is_loopback

API_KEY_CREDENTIAL = "llm-api-key"  # systemd LoadCredential= name


@dataclass(frozen=True)
class ServerConfig:
    base_url: str  # scheme://host[:port][/prefix], without a trailing /v1
    model: str | None = None  # the served name to ask for; None: discovered from /v1/models
    api_key: str | None = field(default=None, repr=False)
    ca_file: Path | None = None
    connect_timeout: float = 5.0
    timeout: float = 120.0
    retry_seconds: float = 60.0
    parallel: int = 4
    response_format: ResponseFormat = "auto"

    @property
    def address(self) -> str:
        """host:port, for messages and the draft's record."""
        parts = urlsplit(self.base_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = parts.hostname or ""
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    @property
    def port(self) -> int:
        parts = urlsplit(self.base_url)
        return parts.port or (443 if parts.scheme == "https" else 80)

    @property
    def tls(self) -> bool:
        return self.base_url.startswith("https://")


def checked_base_url(url: str, *, allow_http: bool = False) -> str:
    """The base URL without a trailing `/v1` (the appliance adds the API paths), or a
    `ModelError` saying what to change."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ModelError(f"EHCP_LLM_BASE_URL must be an http:// or https:// address, not {url!r}.")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ModelError(
            "EHCP_LLM_BASE_URL must not carry a user, password, key or query: "
            "put the key in EHCP_LLM_API_KEY (or EHCP_LLM_API_KEY_FILE)."
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname) and not allow_http:
        raise ModelError(
            f"The model server {parts.hostname} is not on this machine: use https:// so the child's details are "
            "encrypted on the network (EHCP_LLM_CA_FILE trusts the council's certificate authority), "
            "or set EHCP_LLM_ALLOW_HTTP=true to send them in plain text."
        )
    path = parts.path.rstrip("/")
    path = path.removesuffix("/v1")
    return f"{parts.scheme}://{parts.netloc}{path}"


def api_key(settings: Settings) -> str | None:
    """The key from EHCP_LLM_API_KEY, else its file, else the systemd credential."""
    if settings.llm_api_key is not None:
        return settings.llm_api_key.get_secret_value().strip() or None
    candidates = [settings.llm_api_key_file]
    if settings.credentials_directory is not None:
        candidates.append(settings.credentials_directory / API_KEY_CREDENTIAL)
    for path in candidates:
        if path is not None and path.exists():
            try:
                return path.read_text(encoding="utf-8").strip() or None
            except OSError as exc:
                raise ModelError(f"The model server's key file {path} cannot be read: {exc.strerror}.") from exc
    if settings.llm_api_key_file is not None:
        raise ModelError(f"The model server's key file {settings.llm_api_key_file} does not exist.")
    return None


def from_settings(settings: Settings) -> ServerConfig:
    if not settings.llm_base_url:
        raise ModelError("No model server is configured (EHCP_LLM_BASE_URL).")
    if settings.llm_ca_file is not None and not settings.llm_ca_file.is_file():
        raise ModelError(f"The CA bundle {settings.llm_ca_file} (EHCP_LLM_CA_FILE) does not exist.")
    return ServerConfig(
        base_url=checked_base_url(settings.llm_base_url, allow_http=settings.llm_allow_http),
        model=settings.llm_model,
        api_key=api_key(settings),
        ca_file=settings.llm_ca_file,
        connect_timeout=settings.llm_connect_timeout,
        timeout=settings.llm_timeout,
        retry_seconds=settings.llm_retry_seconds,
        parallel=settings.llm_parallel,
        response_format=settings.llm_response_format,
    )


def tls_context(config: ServerConfig) -> ssl.SSLContext:
    """The system's trusted CAs plus the council's bundle; certificates and names checked."""
    context = ssl.create_default_context()
    if config.ca_file is not None:
        context.load_verify_locations(cafile=str(config.ca_file))
    return context


def client(config: ServerConfig) -> httpx.Client:
    headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
    return httpx.Client(
        base_url=config.base_url,
        headers=headers,
        timeout=httpx.Timeout(config.timeout, connect=config.connect_timeout),
        verify=tls_context(config),
        trust_env=False,  # no proxy or CA taken from the environment: only what the settings say
        limits=httpx.Limits(max_connections=config.parallel + 2, max_keepalive_connections=config.parallel),
        follow_redirects=False,
    )
