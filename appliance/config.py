"""Settings: built once at the edge (CLI, app factory) and passed in; never a global.

Every setting can be given as an environment variable `EHCP_<NAME>`; the README lists them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from appliance.llm.base import RewritePolicy

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ResponseFormat = Literal["auto", "json_schema", "json_object"]
Role = Literal["caseworker", "manager", "dpo", "admin"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EHCP_", extra="ignore")

    data_dir: Path = Field(PROJECT_ROOT / "var", description="Folder holding the encrypted store and key file.")
    store_path: Path | None = Field(None, description="The SQLCipher store file; default DATA_DIR/appliance.db.")
    key_file: Path | None = Field(
        None, description="File holding the store key (created 0600 if absent); default DATA_DIR/store.key."
    )
    store_key: SecretStr | None = Field(
        None, description="The store key itself (64 hex digits); overrides the key file when set."
    )
    credentials_directory: Path | None = Field(
        None,
        validation_alias="CREDENTIALS_DIRECTORY",
        description="Set by systemd LoadCredential=; a credential named store-key there is used as the key.",
    )
    manifest_path: Path = Field(PROJECT_ROOT / "models" / "manifest.toml", description="The model manifest.")
    model: str = Field("default", description="Which manifest entry drafts plans.")
    llm_threads: int | None = Field(None, description="CPU threads for the model; default all cores.")
    rewrite: RewritePolicy | None = Field(
        None,
        description="Which statements the model writes in plan language (all, needed, none); "
        "default: the model's manifest entry. The same for every backend.",
    )
    llm_base_url: str | None = Field(
        None,
        description="An OpenAI-compatible model server on the council network (llama-server, vLLM, Ollama) "
        "to use instead of the in-process model, e.g. https://models.council.internal:8080.",
    )
    llm_model: str | None = Field(
        None, description="The model name to ask the model server for; default: the first its /v1/models lists."
    )
    llm_api_key: SecretStr | None = Field(
        None, description="The model server's key, sent as a bearer token; never logged or recorded."
    )
    llm_api_key_file: Path | None = Field(
        None,
        description="File holding the model server's key (or a systemd credential named llm-api-key).",
    )
    llm_ca_file: Path | None = Field(
        None, description="CA bundle (PEM) that signs the model server's certificate, added to the system's."
    )
    llm_allow_http: bool = Field(
        False, description="Allow plain http:// to a model server that is not on loopback (data crosses unencrypted)."
    )
    llm_connect_timeout: float = Field(5.0, description="Seconds to wait for the model server to accept a connection.")
    llm_timeout: float = Field(120.0, description="Seconds to wait for one reply from the model server.")
    llm_retry_seconds: float = Field(
        60.0,
        description="How long to keep retrying, with back-off, a model server that is unreachable or answers "
        "5xx; then the rest of the draft is the advice's own wording.",
    )
    llm_parallel: int = Field(
        4,
        ge=1,
        description="Requests the appliance sends the model server at once (match its slots, llama-server -np); "
        "the statements of a draft are written that many at a time.",
    )
    llm_response_format: ResponseFormat = Field(
        "auto",
        description="How the reply schema is sent: json_schema (llama-server, vLLM, Ollama), json_object "
        "(llama-cpp-python's server), or auto (json_schema, falling back to json_object when refused).",
    )
    draft_workers: int | None = Field(
        None,
        ge=1,
        description="Drafts run at once: one for the in-process model; default for a model server LLM_PARALLEL.",
    )
    host: str = Field("127.0.0.1", description="Address the web app listens on.")
    port: int = Field(8000, description="Port the web app listens on.")
    tls_certfile: Path | None = Field(None, description="TLS certificate (PEM); serves HTTPS when set.")
    tls_keyfile: Path | None = Field(None, description="TLS private key (PEM).")
    max_upload_bytes: int = Field(25 * 1024 * 1024, description="Largest advice file accepted.")
    max_pages: int = Field(200, description="Most pages in one PDF; a longer one is refused whole, never cut off.")
    parse_memory_mb: int = Field(1024, description="Memory one file may take while it is read (MB).")
    parse_cpu_seconds: int = Field(120, description="Processor time one file may take while it is read.")
    parse_seconds: int = Field(180, description="Time one file may take to read, OCR included, before it is stopped.")
    parse_output_mb: int = Field(32, description="Most text (MB) read from one file.")
    advice_stale_months: int = Field(12, description="Advice older than this before the request is stale.")
    vague_terms: list[str] = Field(
        default_factory=list, description="Extra words or phrases that make provision vague (policy)."
    )
    allowed_networks: list[str] = Field(
        default_factory=lambda: ["127.0.0.0/8", "::1/128"],
        description="Address ranges the process may connect to (add the council's intranet ranges).",
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description="Addresses or ranges of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed "
        "(empty: none; set 127.0.0.1 behind a TLS proxy on the same machine).",
    )
    session_idle_minutes: int = Field(30, description="Sign-out after this long without a request.")
    session_absolute_hours: int = Field(10, description="Sign-out this long after sign-in, whatever happens.")
    disk_reserve_mb: int = Field(
        64, description="Disk space held back beside the store so sign-in and the audit work when the disk fills."
    )
    retention_years: int = Field(6, description="Years after a case closes before it is due for erasure.")
    docx_template: Path | None = Field(
        None,
        description="The council's Word template (.docx or .dotx) for exported plans: its styles, page set-up, "
        "header, footer and logo are kept and its body is replaced by the plan.",
    )

    # Sign-in with the council's directory; local accounts stay for a break-glass admin.
    auth_ldap_url: str | None = Field(
        None,
        description="The directory for password sign-in: ldaps://dc.council.local (TLS) or ldap://...:389 "
        "(StartTLS is then required); local accounts are tried first by name.",
    )
    auth_ldap_ca_file: Path | None = Field(None, description="CA bundle (PEM) that signs the directory's certificate.")
    auth_ldap_bind_dn: str | None = Field(
        None, description="A service account that may search the directory (else users bind with LDAP_USER_TEMPLATE)."
    )
    auth_ldap_bind_password: SecretStr | None = Field(
        None, description="The service account's password (or a systemd credential named ldap-bind-password)."
    )
    auth_ldap_base_dn: str = Field("", description="Where people and groups are searched, e.g. DC=council,DC=local.")
    auth_ldap_user_filter: str = Field(
        "(|(uid={username})(sAMAccountName={username}))",
        description="How a person is found by the name they type ({username} is escaped).",
    )
    auth_ldap_user_template: str | None = Field(
        None,
        description="Without a service account: the name to bind as, e.g. {username}@council.local (AD) "
        "or uid={username},ou=people,dc=council,dc=local.",
    )
    auth_ldap_group_filter: str = Field(
        "(|(member={dn})(uniqueMember={dn}))",
        description="Groups a person is in, besides their memberOf; AD nested groups: "
        "(member:1.2.840.113556.1.4.1941:={dn}).",
    )
    auth_ldap_timeout: float = Field(5.0, description="Seconds to wait for the directory.")
    auth_oidc_issuer: str | None = Field(
        None,
        description="OpenID Connect issuer for single sign-on (Entra ID: https://login.microsoftonline.com/"
        "<tenant>/v2.0; ADFS; Keycloak realm URL); discovered from its /.well-known/openid-configuration.",
    )
    auth_oidc_client_id: str | None = Field(None, description="The appliance's client id at the OIDC provider.")
    auth_oidc_client_secret: SecretStr | None = Field(
        None, description="The client secret (or a systemd credential named oidc-client-secret)."
    )
    auth_oidc_ca_file: Path | None = Field(None, description="CA bundle (PEM) that signs the provider's certificate.")
    auth_oidc_scopes: str = Field("openid profile email", description="Scopes asked for at sign-in.")
    auth_oidc_username_claim: str = Field("preferred_username", description="The ID token claim used as username.")
    auth_oidc_groups_claim: str = Field("groups", description="The ID token claim listing the person's groups.")
    auth_oidc_label: str = Field("Sign in with your council account", description="The single sign-on button.")
    public_url: str | None = Field(
        None,
        description="The appliance's address as staff reach it (https://ehcp.council.local), for the OIDC "
        "redirect; default: the address of the request.",
    )
    auth_group_roles: dict[str, Role] = Field(
        default_factory=dict,
        description="Directory groups that give a role, as JSON: {group DN, name or OIDC group id: role}; "
        "a person in no such group cannot sign in.",
    )
    auth_group_teams: dict[str, str] = Field(
        default_factory=dict, description="Directory groups that put a caseworker or manager in a team, as JSON."
    )
    auth_default_team: str = Field("default", description="The team of a directory user in no team group.")

    @property
    def store_file(self) -> Path:
        return self.store_path or self.data_dir / "appliance.db"

    @property
    def key_path(self) -> Path:
        return self.key_file or self.data_dir / "store.key"
