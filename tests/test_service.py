"""Running as a service: the hardened systemd units (checked with `systemd-analyze verify`), the
nightly encrypted backup with rotation they run, `/healthz` for monitoring (no personal data),
and forwarded headers believed only from the council's reverse proxy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from appliance import cli
from appliance.config import Settings
from appliance.safeguards import backup
from appliance.store import Store, open_store
from appliance.store.keys import load_key

ROOT = Path(__file__).resolve().parent.parent
UNITS = ROOT / "scripts" / "systemd"
INSTALLED_PYTHON = "/opt/ehcp-appliance/.venv/bin/python"


def _unit(name: str) -> dict[str, list[str]]:
    """The [Service] (or [Timer]) settings of a unit, each with all its values."""
    values: dict[str, list[str]] = {}
    section = ""
    for line in (UNITS / name).read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif line and not line.startswith(("#", ";")) and section in ("[Service]", "[Timer]"):
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_units_verify(tmp_path: Path) -> None:
    paths = []
    for unit in sorted(UNITS.iterdir()):
        # ExecStart must exist to verify: point it at this interpreter instead of the installed one.
        target = tmp_path / unit.name
        target.write_text(unit.read_text().replace(INSTALLED_PYTHON, sys.executable))
        paths.append(str(target))
    result = subprocess.run(["systemd-analyze", "verify", *paths], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.parametrize("name", ["ehcp-appliance.service", "ehcp-appliance-backup.service"])
def test_the_services_are_hardened(name: str) -> None:
    unit = _unit(name)
    expected = {
        "User": ["ehcp"],
        "ProtectSystem": ["strict"],
        "ProtectHome": ["yes"],
        "PrivateTmp": ["yes"],
        "PrivateDevices": ["yes"],
        "NoNewPrivileges": ["yes"],
        "CapabilityBoundingSet": [""],
        "UMask": ["0077"],
        "LoadCredential": ["store-key:/etc/ehcp-appliance/store.key"],
        "StateDirectoryMode": ["0700"],
    }
    assert {k: unit.get(k) for k in expected} == expected
    assert not any("STORE_KEY" in e for e in unit.get("Environment", []))  # the key never in the environment


def test_the_web_app_restarts_on_failure_and_the_backup_runs_nightly_with_rotation() -> None:
    web, backup_unit, timer = (
        _unit("ehcp-appliance.service"),
        _unit("ehcp-appliance-backup.service"),
        _unit("ehcp-appliance-backup.timer"),
    )
    assert web["Restart"] == ["on-failure"] and web["ExecStart"] == [f"{INSTALLED_PYTHON} -m server serve"]
    assert backup_unit["ExecStart"] == [
        f"{INSTALLED_PYTHON} -m appliance backup --into /var/backups/ehcp-appliance --keep 14"
    ]
    assert backup_unit["PrivateNetwork"] == ["yes"]
    assert timer["OnCalendar"] == ["*-*-* 02:30:00"] and timer["Persistent"] == ["true"]


def test_backups_into_a_folder_keep_the_newest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EHCP_DATA_DIR", str(tmp_path / "data"))
    settings = Settings(data_dir=tmp_path / "data")
    open_store(settings).close()
    folder = tmp_path / "backups"
    for _ in range(4):
        assert cli.main(["backup", "--into", str(folder), "--keep", "2"]) == 0
    kept = sorted(folder.iterdir())
    assert len(kept) == 2 and all(p.name.startswith(backup.BACKUP_PREFIX) for p in kept)
    key = load_key(settings, create=False)
    for path in kept:
        assert not path.read_bytes().startswith(b"SQLite format 3")
        Store(path, key).close()  # each opens with the store key
    assert cli.main(["backup"]) == 2  # neither a file nor a folder


def test_healthz_says_how_the_appliance_is_without_personal_data(app_client: TestClient) -> None:
    from tests.conftest import sign_in_as

    token = sign_in_as(app_client, "caseworker")
    app_client.post("/cases", data={"csrf_token": token, "child_name": "Zebedee Quill"})
    app_client.cookies.clear()
    reply = app_client.get("/healthz")
    assert reply.status_code == 200 and reply.headers["cache-control"] == "no-store"
    assert reply.json() == {
        "status": "ok",
        "store": "ok",
        "model": {"name": "fake", "backend": "fake", "parallel": 1},
        "drafts": {"queued": 0, "running": 0, "workers": 1},
    }
    assert "Zebedee" not in reply.text


def test_healthz_fails_when_the_store_does_not_answer(app_client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    state = app_client.app.state.appliance  # type: ignore[attr-defined]

    def broken() -> Any:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(state.store, "read", broken)
    reply = app_client.get("/healthz")
    assert reply.status_code == 503 and reply.json()["status"] == "failing"


@pytest.mark.parametrize("proxies", [[], ["127.0.0.1"]])
def test_uvicorn_never_believes_forwarded_headers_itself(tmp_path: Path, proxies: list[str]) -> None:
    """The app decides, from EHCP_TRUSTED_PROXIES only (server/proxies.py, tests/test_proxies.py)."""
    from server import main
    from server.app import create_app

    settings = Settings(data_dir=tmp_path, trusted_proxies=proxies)
    config = main.uvicorn_config(create_app(settings), settings)
    assert config.proxy_headers is False
