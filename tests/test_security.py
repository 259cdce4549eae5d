"""Web protections: response headers, no inline script, escaping of document text, request size
caps, no plaintext temporary files during ingestion and export, no personal data in the logs."""

from __future__ import annotations

import io
import logging
import os
import re
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import Type
from fastapi.testclient import TestClient
from starlette.formparsers import MultiPartParser

from appliance.config import Settings
from appliance.llm.fake import FakeLLM
from appliance.safeguards import accounts
from server.security import request_limit
from tests.builders import docx_bytes, pdf_bytes
from tests.conftest import sign_in_as, upload, wait_for_job

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
CHILD = "Octavia Penhallow"
SCRIPT = "<script>alert(1)</script>"


def _new_case(client: TestClient, token: str, name: str = CHILD) -> str:
    reply = client.post(
        "/cases",
        data={
            "csrf_token": token,
            "child_name": name,
            "date_of_birth_unknown": "yes",
            "request_date_unknown": "yes",
            "lawful_basis": "Public task",
            "family_informed_on": "2025-01-10",
        },
        follow_redirects=False,
    )
    return str(reply.headers["location"])


def _report(name: str = CHILD, extra: str = "") -> bytes:
    return docx_bytes(
        [
            ("h", "Educational psychology advice"),
            f"Name: {name}",
            ("h", "Needs"),
            f"{name} needs help with reading and spelling. {extra}",
            ("h", "Recommendations"),
            "Daily phonics for 20 minutes in a group of three, by a teaching assistant.",
        ]
    )


def test_password_hashing_is_argon2id_at_recommended_strength() -> None:
    assert accounts.HASHER.type is Type.ID
    assert accounts.HASHER.memory_cost >= 19 * 1024 and accounts.HASHER.time_cost >= 2


# ---------------------------------------------------------------------------- headers and templates
def test_every_response_carries_the_security_headers(app_client: TestClient) -> None:
    for reply in (
        app_client.get("/login"),
        app_client.get("/no-such-page"),
        app_client.get("/static/app.css"),
    ):
        csp = reply.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert reply.headers["referrer-policy"] == "no-referrer"
        assert reply.headers["x-frame-options"] == "DENY" and reply.headers["x-content-type-options"] == "nosniff"
        assert reply.headers["cache-control"] == "no-store"


def test_strict_transport_security_under_tls(settings: Settings, tmp_path: Path) -> None:
    from server.app import create_app

    tls = settings.model_copy(update={"tls_certfile": tmp_path / "c.pem", "tls_keyfile": tmp_path / "k.pem"})
    with TestClient(create_app(tls, llm=FakeLLM())) as client:
        assert client.get("/login").headers["strict-transport-security"].startswith("max-age=")


def test_templates_have_no_inline_script_or_handlers() -> None:
    for template in (ROOT / "ui" / "templates").rglob("*.html"):
        text = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text, flags=re.I):
            assert "src=" in tag, f"{template.name}: inline script {tag}"
        assert not re.search(r"\son[a-z]+\s*=", text, flags=re.I), f"{template.name}: inline event handler"
        assert "|safe" not in text.replace(" ", ""), f"{template.name}: unescaped output"


# ---------------------------------------------------------------------------- escaping
def test_document_text_is_escaped_wherever_it_is_shown(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    script_doc = (HOSTILE / "script.docx").read_bytes() if (HOSTILE / "script.docx").exists() else b""
    files = [("files", (f"{SCRIPT}.docx", _report(extra=f"{SCRIPT} <img src=x onerror=alert(1)>")))]
    if script_doc:
        files.append(("files", ("script.docx", script_doc)))
    results = upload(app_client, case_url, token, files)
    assert all(r["ok"] for r in results), results
    started = app_client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
    assert wait_for_job(app_client, started.headers["location"])["status"] == "done"
    pages = [app_client.get(case_url), app_client.get(f"{case_url}/draft")]
    pages += [app_client.get(f"{case_url}/documents/{r['document_id']}") for r in results]
    for page in pages:
        assert page.status_code == 200
        assert SCRIPT not in page.text and "<img src=x" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[2].text


# ---------------------------------------------------------------------------- request size
@pytest.fixture
def small_client(settings: Settings) -> Iterator[TestClient]:
    from server.app import create_app

    small = settings.model_copy(update={"max_upload_bytes": 50_000})
    with TestClient(create_app(small, llm=FakeLLM())) as client:
        yield client


def test_an_oversized_request_is_refused_before_it_is_read(small_client: TestClient) -> None:
    token = sign_in_as(small_client, "caseworker")
    case_url = _new_case(small_client, token)
    limit = request_limit(small_client.app.state.appliance.settings)  # type: ignore[attr-defined]
    reads: list[int] = []

    def body() -> Iterator[bytes]:
        for _ in range(limit // 65536 + 50):
            reads.append(1)
            yield b"x" * 65536

    headers = {"Content-Type": "multipart/form-data; boundary=b", "Content-Length": str(limit + 10)}
    refused = small_client.post(f"{case_url}/documents", content=body(), headers=headers)
    assert refused.status_code == 413
    chunked = small_client.post(
        f"{case_url}/documents",
        content=body(),
        headers={"Content-Type": headers["Content-Type"], "X-CSRF-Token": token},
    )
    assert chunked.status_code == 413
    with small_client.app.state.appliance.store.read() as conn:  # type: ignore[attr-defined]
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_a_file_over_the_limit_is_refused_and_the_rest_kept(small_client: TestClient) -> None:
    token = sign_in_as(small_client, "caseworker")
    case_url = _new_case(small_client, token)
    files = [
        ("files", ("big.txt", b"Needs\n\n" + b"word " * 12_000)),
        ("files", ("ok.txt", b"Needs\n\nFine.\n")),
    ]
    results = upload(small_client, case_url, token, files)
    assert [r["ok"] for r in results] == [False, True]
    assert "largest file accepted" in results[0]["message"]


def test_uploads_are_not_spooled_to_disk(app_client: TestClient) -> None:
    settings = app_client.app.state.appliance.settings  # type: ignore[attr-defined]
    assert MultiPartParser.spool_max_size > request_limit(settings)


# ---------------------------------------------------------------------------- temp files and logs
class TempWatcher:
    """Polls a folder while work runs and remembers every name that ever appeared in it."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.seen, self._stop = folder, set[str](), threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        while not self._stop.is_set():
            self.seen.update(str(p) for p in self.folder.rglob("*"))
            time.sleep(0.005)

    def __enter__(self) -> TempWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.seen.update(str(p) for p in self.folder.rglob("*"))


def _padded_docx() -> bytes:
    """A Word file over Starlette's 1 MB spool threshold (an incompressible extra part)."""
    buffer = io.BytesIO(_report())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr(zipfile.ZipInfo("customXml/padding.bin"), os.urandom(1_500_000))
    return buffer.getvalue()


def test_ingestion_draft_and_export_leave_nothing_in_the_temp_folder(
    app_client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "watched-tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    files = [
        ("files", ("big EP report.docx", _padded_docx())),
        ("files", ("letter.pdf", pdf_bytes(["Paediatric letter", f"{CHILD} has asthma.", "Inhaler daily."]))),
        ("files", ("views.txt", f"Views\n\n{CHILD} likes dinosaurs.\n".encode())),
    ]
    with TempWatcher(temp) as watcher:
        results = upload(app_client, case_url, token, files)
        location = app_client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
        assert wait_for_job(app_client, location.headers["location"])["status"] == "done"
        assert len(app_client.get(f"{case_url}/draft.docx").content) > 1000
        app_client.get(f"{case_url}/draft.json")
        dpo_token = sign_in_as(app_client, "dpo")
        case_id = case_url.rsplit("/", 1)[-1]
        sar = app_client.post(f"/dpo/cases/{case_id}/export", data={"csrf_token": dpo_token, "reason": "SAR"})
        assert sar.status_code == 200
    assert all(r["ok"] for r in results), results
    assert watcher.seen == set(), f"files appeared in the temp folder: {sorted(watcher.seen)}"


def test_logs_hold_no_child_name(app_client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    token = sign_in_as(app_client, "caseworker")
    case_url = _new_case(app_client, token)
    files = [
        ("files", ("EP.docx", _report())),
        ("files", (f"{CHILD} broken.pdf", b"%PDF-1.4 broken")),
        ("files", ("empty.txt", b"")),
    ]
    app_client.post(f"{case_url}/documents", params={"csrf_token": token}, files=files)
    location = app_client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
    assert wait_for_job(app_client, location.headers["location"])["status"] == "done"
    app_client.get(f"{case_url}/draft")
    app_client.get(f"{case_url}/draft.docx")
    app_client.get(case_url + "999")  # an error path
    assert caplog.records, "nothing was logged at all: is the capture working?"
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "") + str(record.args)
        for part in (CHILD, *CHILD.split()):
            assert part not in text, f"{record.name}: {text[:200]}"
