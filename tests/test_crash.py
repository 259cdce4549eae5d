"""kill -9 in the middle of a draft (issue 14, item 3): a real process drafting a case is killed
with SIGKILL while the model is writing. Before any restart the command line erases a case whose
job the dead process left queued; after a restart the job left running shows as interrupted,
the case drafts again, and the DPO erases it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from appliance.config import Settings
from appliance.llm.fake import FakeLLM
from appliance.safeguards import lifecycle
from appliance.store import open_store
from tests.builders import EP_REPORT, docx_bytes
from tests.conftest import sign_in_as, wait_for_job

ROOT = Path(__file__).resolve().parent.parent
DRAFTING = r"""
import sys, time
from pathlib import Path
from appliance.cases import casework
from appliance.cases.casework import DraftOptions
from appliance.cases.jobs import JobQueue
from appliance.config import Settings
from appliance.llm.fake import FakeLLM
from appliance.store import open_store

settings = Settings(data_dir=Path(sys.argv[1]), store_key=None, llm_base_url=None)
store = open_store(settings)
report = Path(sys.argv[2]).read_bytes()
ids = []
for name in ("Zara Whitfield", "Sam Taylor"):
    consent = {"lawful_basis": "Public task", "family_informed_on": "2025-01-10"}
    case_id = casework.create_case(store, {"child_name": name}, **consent)
    casework.add_document(store, case_id, "EP.docx", report, settings)
    ids.append(case_id)

def stall(messages):
    print("writing", flush=True)
    time.sleep(600)

queue = JobQueue(store, FakeLLM(stall), DraftOptions(rewrite="all"))
jobs = [queue.submit(case_id) for case_id in ids]
print(*ids, *jobs, flush=True)
time.sleep(600)
"""


def _draft_then_kill(settings: Settings, tmp_path: Path) -> tuple[int, int, str]:
    report = tmp_path / "EP.docx"
    report.write_bytes(docx_bytes(EP_REPORT))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", DRAFTING, str(settings.data_dir), str(report)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        running, queued, job_id, _ = proc.stdout.readline().split()
        assert proc.stdout.readline().strip() == "writing"  # the first case's job is running, the second queued
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return int(running), int(queued), job_id


@pytest.mark.slow
def test_a_draft_killed_mid_way_never_blocks_erasure(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running, queued, job_id = _draft_then_kill(settings, tmp_path)

    # before any restart: the command line erases the case whose job the dead process left queued
    store = open_store(settings)
    try:
        lifecycle.close_case(store, queued, 1, on=date(2001, 1, 1))
    finally:
        store.close()
    monkeypatch.setenv("EHCP_DATA_DIR", str(settings.data_dir))
    from appliance.cli import main

    assert main(["retention", "erase", "--case", str(queued), "--confirm"]) == 0

    # after a restart: interrupted, visible, re-runnable, and erasable by the DPO
    from server.app import create_app

    with TestClient(create_app(settings, llm=FakeLLM())) as client:
        token = sign_in_as(client, "caseworker")
        assert client.get(f"/api/jobs/{job_id}").json()["status"] == "interrupted"
        page = client.get(f"/cases/{running}").text
        assert 'id="draft-interrupted"' in page and "Draft again" in page
        again = client.post(f"/cases/{running}/draft", data={"csrf_token": token}, follow_redirects=False)
        assert wait_for_job(client, again.headers["location"])["status"] == "done"
        dpo = sign_in_as(client, "dpo")
        erased = client.post(
            f"/dpo/cases/{running}/erase",
            data={"csrf_token": dpo, "reason": "erasure_request", "confirm": str(running)},
            follow_redirects=False,
        )
        assert erased.status_code == 303
        state = client.app.state.appliance  # type: ignore[attr-defined]
        assert lifecycle.case_records(state.store) == []
        with state.store.read() as conn:
            actions = [r[0] for r in conn.execute("SELECT action FROM audit WHERE case_id = ?", (running,))]
    assert "draft.interrupted" in actions and actions[-1] == "case.erase"
