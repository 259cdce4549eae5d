"""A full disk (issue 14, item 9): an upload was stored without its audit record while the user
was told it failed, and then every page failed with a bare reference number. Here the appliance
runs on a tiny filesystem (a 24 MB tmpfs mounted in a private mount namespace) that is then
filled: the upload is refused with a plain message, the document and its audit record are kept
together or not at all, sign-in and pages keep working, and uploads work again once there is room."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = r"""
import json, os, re, sys
from pathlib import Path
from fastapi.testclient import TestClient
from appliance.config import Settings
from appliance.errors import DiskFull
from appliance.llm.fake import FakeLLM
from appliance.safeguards import accounts, audit
from server.app import create_app
from tests.builders import EP_REPORT, docx_bytes
from tests.conftest import PASSWORD, csrf_of

data = Path(sys.argv[1])
settings = Settings(data_dir=data, store_key=None, llm_base_url=None, disk_reserve_mb=2)
out = {}

def sign_in(c):
    c.cookies.clear()
    r = c.post("/login", data={"username": "cw", "password": PASSWORD}, follow_redirects=True)
    return r.status_code, (csrf_of(r.text) if r.status_code == 200 else "")

def json_upload(token):
    return {"X-CSRF-Token": token, "Accept": "application/json"}

def counts(store):
    with store.read() as conn:
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        uploads = conn.execute("SELECT COUNT(*) FROM audit WHERE action = 'document.upload'").fetchone()[0]
    return docs, uploads

with TestClient(create_app(settings, llm=FakeLLM())) as c:
    store = c.app.state.appliance.store
    accounts.create_user(store, "cw", PASSWORD, "caseworker", must_change_password=False)
    _, token = sign_in(c)
    case = c.post("/cases", data={"csrf_token": token, "child_name": "Zara Whitfield",
                                  "date_of_birth_unknown": "yes", "request_date_unknown": "yes",
                                  "lawful_basis": "Public task",
                                  "family_informed_on": "2025-01-10"}, follow_redirects=False).headers["location"]
    report = docx_bytes([*EP_REPORT, "Zara reads well. " * 3000])
    out["reserve_held"] = (data / "appliance.db.reserve").exists()
    fd = os.open(data / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, bytes(65536))
    except OSError:
        pass
    os.close(fd)
    r = c.post(f"{case}/documents", files={"files": ("EP.docx", report)}, headers=json_upload(token))
    out["upload_status"], out["upload"] = r.status_code, r.json()["results"][0]
    out["after_upload"] = counts(store)
    out["sign_in"], token = sign_in(c)
    out["case_page"] = c.get(case).status_code
    try:
        with store.write() as conn:
            conn.execute("INSERT INTO settings (name, value) VALUES ('filler', ?)", (bytes(8 * 1024 * 1024),))
        out["big_write"] = "saved"
    except DiskFull as exc:
        out["big_write"] = str(exc)
    out["sign_in_again"], token = sign_in(c)
    out["case_page_again"] = c.get(case).status_code
    out["verify"] = audit.verify(store).ok
    (data / "filler").unlink()
    r = c.post(f"{case}/documents", files={"files": ("EP.docx", report)}, headers=json_upload(token))
    out["upload_with_room"] = r.json()["results"][0]["ok"]
    out["after_room"] = counts(store)
    out["reserve_back"] = (data / "appliance.db.reserve").exists()
print("RESULT " + json.dumps(out))
"""


def test_a_full_disk_is_said_plainly_and_sign_in_still_works(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-m", "true"], capture_output=True, check=False).returncode:
        pytest.skip("unshare -m (a private mount namespace) is not permitted here")
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    command = f'mount -t tmpfs -o size=24m tmpfs "{tiny}" && exec "{sys.executable}" -c "$0" "{tiny}"'
    done = subprocess.run(
        [unshare, "-m", "sh", "-c", command, SCRIPT],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line, done.stderr[-3000:]
    out = json.loads(line.removeprefix("RESULT "))
    assert out["reserve_held"]
    assert out["upload_status"] == 200 and not out["upload"]["ok"]
    assert "disk is full" in out["upload"]["message"]
    assert out["after_upload"] == [0, 0]  # neither the document nor its audit record
    assert out["sign_in"] == 200 and out["case_page"] == 200
    assert "disk is full" in out["big_write"]
    assert out["sign_in_again"] == 200 and out["case_page_again"] == 200
    assert out["verify"]
    assert out["upload_with_room"] and out["after_room"] == [1, 1] and out["reserve_back"]
