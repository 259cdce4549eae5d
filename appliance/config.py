"""Settings: built once at the edge (CLI, app factory) and passed in; never a global.

Every setting can be given as an environment variable `EHCP_<NAME>`; the README lists them.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


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
    llm_base_url: str | None = Field(
        None, description="An OpenAI-compatible server on the council network to use instead of in-process."
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

    @property
    def store_file(self) -> Path:
        return self.store_path or self.data_dir / "appliance.db"

    @property
    def key_path(self) -> Path:
        return self.key_file or self.data_dir / "store.key"
