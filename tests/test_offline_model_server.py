"""`offline-check` reports the council model server: its address against the guard's ranges,
the transport, whether it answers, the model it serves and whether it takes the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from appliance import cli
from appliance.config import Settings
from appliance.safeguards import offline, offline_report
from appliance.safeguards.offline_report import Check
from tests.model_servers import MODELS, Reply, ScriptedServer, chat_reply, free_port


def _checks(settings: Settings) -> dict[str, Check]:
    return {c.name: c for c in offline_report.model_server_checks(settings)}


def _server(needs_key: str | None = None) -> ScriptedServer:
    def script(method: str, path: str, body: dict[str, Any]) -> Reply:
        if path == "/v1/models":
            return Reply(body=MODELS)  # public, as llama-server's is
        if path != "/v1/chat/completions":
            return Reply(404, {"error": "not found"})
        return Reply(body=chat_reply("x"))

    server = ScriptedServer(script)
    if needs_key:
        base = server.script

        def keyed(method: str, path: str, body: dict[str, Any]) -> Reply:
            auth = server.seen[-1].headers.get("Authorization")
            if path.endswith("/chat/completions") and auth != f"Bearer {needs_key}":
                return Reply(401, {"error": "Invalid API Key"})
            return base(method, path, body)

        server.script = keyed
    return server


def test_no_model_server_is_information(tmp_path: Path) -> None:
    assert offline_report.model_server_checks(Settings(data_dir=tmp_path)) == [
        Check("model server", "model server", None, "none configured: the model runs in this process")
    ]


def test_a_reachable_server_that_takes_the_key(tmp_path: Path) -> None:
    with _server(needs_key="k-123") as server:
        settings = Settings(data_dir=tmp_path, llm_base_url=server.url, llm_api_key=SecretStr("k-123"))
        checks = _checks(settings)
    assert {name: c.ok for name, c in checks.items()} == {
        "address allowed": True,
        "transport": None,
        "reachable": True,
        "model": True,
        "key": True,
    }
    assert checks["model"].detail == "serves 'test-model' (from /v1/models)"
    assert checks["reachable"].detail == f"tester at 127.0.0.1:{server.port}"
    assert checks["transport"].detail == "plain http on this machine (loopback)"
    assert [c.body.get("max_tokens") for c in server.chats()] == [1]  # one token, no case data


def test_a_server_that_wants_a_key(tmp_path: Path) -> None:
    with _server(needs_key="k-123") as server:
        checks = _checks(Settings(data_dir=tmp_path, llm_base_url=server.url))
    assert checks["reachable"].ok is True
    assert checks["key"].ok is False and "needs a key" in checks["key"].detail


def test_a_server_not_listening(tmp_path: Path) -> None:
    port = free_port()
    checks = _checks(Settings(data_dir=tmp_path, llm_base_url=f"http://127.0.0.1:{port}"))
    assert checks["reachable"].ok is False and f"not reachable at 127.0.0.1:{port}" in checks["reachable"].detail
    assert "model" not in checks


def test_an_address_the_guard_refuses_fails_without_connecting(tmp_path: Path) -> None:
    seen: list[str] = []
    offline.install_network_guard(["127.0.0.0/8", "::1/128"], on_attempt=seen.append)
    settings = Settings(data_dir=tmp_path, llm_base_url="http://10.99.0.1:8080", llm_allow_http=True)
    checks = _checks(settings)
    assert checks["address allowed"].ok is False
    assert checks["address allowed"].detail.startswith("10.99.0.1:8080 is outside EHCP_ALLOWED_NETWORKS (10.99.0.1)")
    assert checks["transport"].ok is False and "plain http across the network" in checks["transport"].detail
    assert "reachable" not in checks and seen == []


def test_unsafe_settings_fail(tmp_path: Path) -> None:
    checks = _checks(Settings(data_dir=tmp_path, llm_base_url="http://10.99.0.1:8080"))
    assert checks["settings"].ok is False and "use https://" in checks["settings"].detail


def test_the_cli_fails_on_a_model_server_outside_the_allowed_networks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EHCP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EHCP_LLM_BASE_URL", "https://10.99.0.1:8443")
    assert cli.main(["offline-check"]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] model server address allowed: 10.99.0.1:8443 is outside EHCP_ALLOWED_NETWORKS" in out
    assert "[ok  ] model server transport: https, certificates checked against the system's CAs" in out
