"""Offline, provably: the process's own outbound connections are refused and audited, telemetry
opt-outs are set, the offline check reports the evidence, and the whole web journey (upload,
draft, export) runs in a network namespace with no network at all (`unshare -n`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from appliance import cli
from appliance.config import Settings
from appliance.safeguards import audit, offline, offline_report
from appliance.store import open_store

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "tests" / "fixtures" / "cases" / "c01-freya-reception-autism"


@pytest.fixture
def guard() -> list[str]:
    seen: list[str] = []
    offline.install_network_guard(["127.0.0.0/8", "::1/128", "10.20.0.0/16"], on_attempt=seen.append)
    return seen


# ---------------------------------------------------------------------------- the guard
def test_outbound_connections_are_refused_and_reported(guard: list[str]) -> None:
    with pytest.raises(offline.OutboundBlocked):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s, pytest.raises(offline.OutboundBlocked):
        s.connect(("::ffff:192.0.2.7", 80))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s, pytest.raises(offline.OutboundBlocked):
        s.sendto(b"x", ("8.8.8.8", 53))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(offline.OutboundBlocked):
        s.connect_ex(("203.0.113.9", 80))
    assert guard == ["192.0.2.1:443", "::ffff:192.0.2.7:80", "8.8.8.8:53", "203.0.113.9:80"]


def test_loopback_and_intranet_ranges_are_allowed(guard: list[str]) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    accepted = threading.Thread(target=lambda: server.accept()[0].close())
    accepted.start()
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    accepted.join(timeout=2)
    server.close()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.01)
        try:
            s.connect(("10.20.3.4", 9))  # allowed by the guard; the network itself may not answer
        except OSError as exc:
            assert not isinstance(exc, offline.OutboundBlocked)
    assert guard == []


def test_library_telemetry_is_off() -> None:
    offline.apply_library_opt_outs()
    assert all(offline.opt_outs_in_force().values())
    assert os.environ["DO_NOT_TRACK"] == "1" and os.environ["HF_HUB_OFFLINE"] == "1"


def test_the_app_installs_the_guard_and_audits_attempts(app_client: TestClient) -> None:
    assert offline.guard_installed()
    with pytest.raises(offline.OutboundBlocked):
        socket.create_connection(("198.51.100.20", 443), timeout=1)
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    rows = audit.search(store, audit.Query(action="network.blocked"))
    assert rows and rows[0]["object"] == "198.51.100.20:443"


# ---------------------------------------------------------------------------- the offline check
def _model(tmp_path: Path, *, good: bool) -> Path:
    model = tmp_path / "tiny.gguf"
    model.write_bytes(b"GGUF not really a model")
    digest = hashlib.sha256(model.read_bytes()).hexdigest() if good else "0" * 64
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(f'default = "tiny"\n[models.tiny]\nfile = "tiny.gguf"\nsha256 = "{digest}"\n')
    return manifest


def _checks(settings: Settings) -> dict[str, offline_report.Check]:
    return {f"{c.area}/{c.name}": c for c in offline_report.run_checks(settings)}


def test_the_report_shows_every_piece_of_evidence(tmp_path: Path, guard: list[str]) -> None:
    settings = Settings(data_dir=tmp_path / "data", manifest_path=_model(tmp_path, good=True))
    open_store(settings).close()
    os.chmod(settings.store_file, 0o600)
    checks = _checks(settings)
    assert checks["model/tiny (default)"].ok is True and "matches" in checks["model/tiny (default)"].detail
    assert checks["telemetry/DO_NOT_TRACK"].ok is True
    assert checks["network/guard"].ok is True
    outbound = checks["network/outbound connection"]
    assert outbound.ok is True and "refused by the appliance" in outbound.detail and guard == ["192.0.2.1:443"]
    assert checks["store/encrypted store"].ok is True
    assert checks["key/key file permissions"].ok is True
    assert checks["listening/web app address"].ok is True
    assert checks["tls/TLS"].ok is None and "off" in checks["tls/TLS"].detail
    assert offline_report.passed(list(checks.values()))
    assert "[FAIL]" not in offline_report.as_text(list(checks.values()))


def test_the_report_fails_on_a_changed_model_loose_key_or_exposed_plain_http(tmp_path: Path, guard: list[str]) -> None:
    settings = Settings(data_dir=tmp_path / "data", manifest_path=_model(tmp_path, good=False), host="0.0.0.0")
    open_store(settings).close()
    os.chmod(settings.key_path, 0o644)
    checks = _checks(settings)
    assert checks["model/tiny (default)"].ok is False and "DOES NOT match" in checks["model/tiny (default)"].detail
    assert checks["key/key file permissions"].ok is False
    assert checks["listening/web app address"].ok is False
    assert not offline_report.passed(list(checks.values()))


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ehcp.council.local")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=90))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "tls.crt", tmp_path / "tls.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    os.chmod(key_path, 0o600)
    return cert_path, key_path


def test_the_report_checks_tls(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    settings = Settings(data_dir=tmp_path, tls_certfile=cert, tls_keyfile=key, host="0.0.0.0")
    checks = _checks(settings)
    assert checks["tls/TLS"].ok is True and "expires" in checks["tls/TLS"].detail
    assert checks["tls/TLS key permissions"].ok is True
    assert checks["listening/web app address"].ok is True  # all interfaces, but over TLS
    bad = Settings(data_dir=tmp_path, tls_certfile=cert, tls_keyfile=tmp_path / "missing.key")
    assert _checks(bad)["tls/TLS"].ok is False


def test_cli_offline_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("EHCP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EHCP_MANIFEST_PATH", str(_model(tmp_path, good=True)))
    assert cli.main(["offline-check"]) == 0
    out = capsys.readouterr().out
    assert "refused by the appliance" in out and "[FAIL]" not in out
    store = open_store(Settings(data_dir=tmp_path / "data"))
    try:
        actions = [r["action"] for r in audit.search(store, audit.Query())]
    finally:
        store.close()
    assert actions[:2] == ["offline.check", "network.blocked"]


def test_the_dpo_page_shows_the_report(app_client: TestClient) -> None:
    from tests.conftest import sign_in_as

    sign_in_as(app_client, "dpo")
    page = app_client.get("/dpo/offline")
    assert page.status_code == 200
    for text in ("refused by the appliance", "DO_NOT_TRACK", "no plaintext header", "key file permissions"):
        assert text in page.text


# ---------------------------------------------------------------------------- no network at all
def journey_without_network(workdir: str) -> dict[str, object]:
    """The web journey in this process: sign in, case, upload real advice, draft, export.
    Run by the netns test inside `unshare -n`."""
    from appliance.llm.fake import FakeLLM
    from server.app import create_app
    from tests.conftest import new_case, sign_in_as, upload

    report: dict[str, object] = {}
    with socket.socket() as s:
        report["network"] = "reachable" if s.connect_ex(("192.0.2.1", 443)) == 0 else "none"
    settings = Settings(data_dir=Path(workdir) / "data")
    with TestClient(create_app(settings, llm=FakeLLM())) as client:
        token = sign_in_as(client, "caseworker")
        details = json.loads((CASE / "case.json").read_text())
        case_url = new_case(client, token, details["child_name"])
        files = [("files", (p.name, p.read_bytes())) for p in sorted((CASE / "documents").iterdir())]
        uploaded = upload(client, case_url, token, files)
        report["uploaded"] = sum(r["ok"] for r in uploaded)
        job = client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
        job_id = job.headers["location"].rsplit("/", 1)[-1]
        for _ in range(600):
            status = client.get(f"/api/jobs/{job_id}").json()["status"]
            if status in ("done", "failed", "cancelled"):
                break
            time.sleep(0.1)
        report["draft"] = status
        report["docx"] = len(client.get(f"{case_url}/draft.docx").content)
        report["offline_check"] = offline_report.outbound_check().detail
    return report


@pytest.mark.netns
@pytest.mark.slow
def test_the_journey_runs_with_no_network(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode:
        pytest.skip("unshare -n is not permitted here")
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); from tests.test_offline import "
        f"journey_without_network as j; print(json.dumps(j({str(tmp_path)!r})))"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [unshare, "-n", sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["network"] == "none"
    assert report["uploaded"] == len(list((CASE / "documents").iterdir()))
    assert report["draft"] == "done" and int(report["docx"]) > 10_000  # type: ignore[call-overload]
    assert "refused by the appliance" in str(report["offline_check"])
