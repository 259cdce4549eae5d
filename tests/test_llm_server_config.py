"""How the appliance is told about a council model server: a safe base URL, a key kept out of
URLs, records and reprs, and a rewrite policy that comes from the same place for every backend."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from appliance.config import Settings
from appliance.errors import ModelError
from appliance.llm import rewrite_policy, server_config
from appliance.llm.base import ModelInfo
from appliance.llm.server_config import checked_base_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080"),
        ("http://localhost:8080/v1/", "http://localhost:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
        ("https://models.council.internal:8443/llm/v1", "https://models.council.internal:8443/llm"),
    ],
)
def test_base_urls_are_normalised(url: str, expected: str) -> None:
    assert checked_base_url(url) == expected


def test_plain_http_off_this_machine_is_refused_unless_allowed() -> None:
    with pytest.raises(ModelError, match=r"use https://.*EHCP_LLM_ALLOW_HTTP"):
        checked_base_url("http://10.1.2.3:8080")
    with pytest.raises(ModelError, match="https://"):
        checked_base_url("http://models.council.internal:8080")
    assert checked_base_url("http://10.1.2.3:8080", allow_http=True) == "http://10.1.2.3:8080"


@pytest.mark.parametrize(
    "url",
    ["https://user:secret@models.internal", "https://models.internal/?key=secret", "ftp://models.internal", "models"],
)
def test_keys_in_urls_and_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(ModelError) as caught:
        checked_base_url(url)
    assert "secret" not in str(caught.value)


def test_the_key_comes_from_the_setting_a_file_or_a_systemd_credential(tmp_path: Path) -> None:
    base = {"data_dir": tmp_path, "llm_base_url": "https://models.internal"}
    assert server_config.from_settings(Settings(**base)).api_key is None
    assert server_config.from_settings(Settings(**base, llm_api_key=SecretStr("k1"))).api_key == "k1"
    key_file = tmp_path / "key"
    key_file.write_text("k2\n")
    assert server_config.from_settings(Settings(**base, llm_api_key_file=key_file)).api_key == "k2"
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "llm-api-key").write_text("k3")
    assert server_config.from_settings(Settings(**base, CREDENTIALS_DIRECTORY=creds)).api_key == "k3"
    with pytest.raises(ModelError, match="does not exist"):
        server_config.from_settings(Settings(**base, llm_api_key_file=tmp_path / "missing"))
    config = server_config.from_settings(Settings(**base, llm_api_key=SecretStr("k1")))
    assert "k1" not in repr(config)


def test_a_missing_ca_bundle_is_named(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, llm_base_url="https://models.internal", llm_ca_file=tmp_path / "ca.pem")
    with pytest.raises(ModelError, match="EHCP_LLM_CA_FILE"):
        server_config.from_settings(settings)


def test_the_rewrite_policy_is_the_setting_else_the_manifest_entry(tmp_path: Path) -> None:
    assert rewrite_policy(Settings(data_dir=tmp_path)) == "none"  # the embedded model's entry
    assert rewrite_policy(Settings(data_dir=tmp_path, rewrite="all")) == "all"
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(
        'default = "big"\n[models.big]\nfile = "big.gguf"\nsha256 = "00"\ncontext = 8192\nrewrite = "all"\n'
    )
    assert rewrite_policy(Settings(data_dir=tmp_path, manifest_path=manifest)) == "all"
    assert rewrite_policy(Settings(data_dir=tmp_path, manifest_path=manifest, model="served-elsewhere")) == "needed"


def test_a_drafts_model_record_names_the_server_never_a_key() -> None:
    info = ModelInfo("llama-3.1-8b", "openai-compatible", server="llama.cpp b1 at 10.1.2.3:8080")
    assert info.record() == {
        "name": "llama-3.1-8b",
        "backend": "openai-compatible",
        "sha256": None,
        "server": "llama.cpp b1 at 10.1.2.3:8080",
    }
    assert ModelInfo("smollm2", "llama.cpp", sha256="ab").record() == {
        "name": "smollm2",
        "backend": "llama.cpp",
        "sha256": "ab",
    }


def test_every_setting_is_described() -> None:
    missing = [name for name, f in Settings.model_fields.items() if not f.description]
    assert missing == []
