"""Shared fixtures: each test gets a fresh encrypted store, the fake model, and a TestClient used
as a context manager; real-model tests share one loaded embedded model."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from appliance.config import Settings
from appliance.llm.fake import FakeLLM
from appliance.safeguards import accounts, offline
from appliance.store import Store
from appliance.store.keys import new_key

offline.apply_library_opt_outs()

FIXTURES = Path(__file__).parent / "fixtures"
PASSWORD = "Correct-Horse-42"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", store_key=None, llm_base_url=None)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "test.db", new_key())
    yield s
    s.close()
    assert not (tmp_path / "test.db").read_bytes().startswith(b"SQLite format 3")


@pytest.fixture
def fake_llm() -> FakeLLM:
    return FakeLLM()


@pytest.fixture
def app_client(settings: Settings, fake_llm: FakeLLM) -> Iterator[TestClient]:
    from server.app import create_app

    with TestClient(create_app(settings, llm=fake_llm)) as client:
        yield client


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token on the page"
    return m.group(1)


def sign_in_as(client: TestClient, role: str, username: str | None = None, team: str = "default") -> str:
    """Create a user with `role` (password already changed) and sign in; returns the CSRF token."""
    store = client.app.state.appliance.store  # type: ignore[attr-defined]
    name = username or f"{role}-user"
    accounts.create_user(store, name, PASSWORD, role, team=team, must_change_password=False)
    client.cookies.clear()
    response = client.post("/login", data={"username": name, "password": PASSWORD}, follow_redirects=True)
    assert response.status_code == 200, response.text[:500]
    return csrf_of(response.text) if "csrf_token" in response.text else ""


def new_case(client: TestClient, token: str, child: str = "Zara Whitfield") -> str:
    """A case made through the new-case form (dates not known), with its lawful basis; its address."""
    data = {
        "csrf_token": token,
        "child_name": child,
        "date_of_birth_unknown": "yes",
        "request_date_unknown": "yes",
        "lawful_basis": "Public task",
        "family_informed_on": "2025-01-10",
    }
    return client.post("/cases", data=data, follow_redirects=False).headers["location"]


def upload(client: TestClient, case_url: str, token: str, files: list[tuple[str, tuple[str, bytes]]]) -> list[dict]:  # type: ignore[type-arg]
    """Upload advice through the web app; the per-file results (ok, message, ...)."""
    reply = client.post(
        f"{case_url}/documents",
        files=files,
        headers={"Accept": "application/json", "X-CSRF-Token": token},  # as app.js sends it
    )
    return reply.json()["results"]  # type: ignore[no-any-return]


def wait_for_job(client: TestClient, job_url: str, seconds: float = 30.0) -> dict:  # type: ignore[type-arg]
    """Poll a draft job until it finishes; its last status."""
    job_id = job_url.rsplit("/", 1)[-1]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed", "cancelled"):
            return job  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError("the draft did not finish")
