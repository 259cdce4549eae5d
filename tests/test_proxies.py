"""Forwarded addresses (issue 14, item 6): X-Forwarded-For was believed from any loopback client,
so the audited sign-in address could be forged and the per-address limit bypassed. Now only the
proxies in EHCP_TRUSTED_PROXIES are believed, checked against a real uvicorn server configured
the way `python -m server` configures it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from appliance.config import Settings
from appliance.llm.fake import FakeLLM
from appliance.safeguards import accounts, audit
from appliance.store import Store
from server.proxies import client_address, networks
from tests.conftest import PASSWORD
from tests.test_browser import free_port


@contextmanager
def _serving(settings: Settings) -> Iterator[tuple[str, Store]]:
    import uvicorn

    from server.app import create_app
    from server.main import uvicorn_config

    app = create_app(settings, llm=FakeLLM())
    server = uvicorn.Server(uvicorn_config(app, settings))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{settings.port}", app.state.appliance.store
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _failed_from(store: Store) -> list[str | None]:
    return [r["ip"] for r in audit.search(store, audit.Query(action="sign_in.failed", limit=None))]


def _wrong(base: str, forwarded: str, username: str = "alice") -> httpx.Response:
    return httpx.post(
        f"{base}/login",
        data={"username": username, "password": "Wrong-password-1"},
        headers={"X-Forwarded-For": forwarded},
    )


def test_a_loopback_client_cannot_forge_its_address(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "MAX_FAILURES_PER_ADDRESS", 4)
    with _serving(settings.model_copy(update={"port": free_port()})) as (base, store):
        accounts.create_user(store, "alice", PASSWORD, "caseworker", must_change_password=False)
        for n in range(4):
            assert _wrong(base, f"203.0.113.{n}", username=f"guess{n}").status_code == 401
        _wrong(base, "203.0.113.50")
        assert set(_failed_from(store)) == {"127.0.0.1"}
        refused = _wrong(base, "203.0.113.99", username="guess99")
        assert "Too many failed sign-ins from this computer" in refused.text  # the limit holds


def test_a_trusted_proxy_gives_the_clients_address(settings: Settings) -> None:
    trusting = settings.model_copy(update={"port": free_port(), "trusted_proxies": ["127.0.0.1"]})
    with _serving(trusting) as (base, store):
        accounts.create_user(store, "alice", PASSWORD, "caseworker", must_change_password=False)
        _wrong(base, "203.0.113.9")
        _wrong(base, "10.6.6.6, 203.0.113.10")  # the client wrote the first; the proxy added the last
        assert _failed_from(store) == ["203.0.113.10", "203.0.113.9"]


def test_the_nearest_untrusted_hop_is_the_client() -> None:
    trusted = networks(["127.0.0.1", "10.1.0.0/16"])
    assert client_address("127.0.0.1", "198.51.100.4, 10.1.2.3", trusted) == "198.51.100.4"
    assert client_address("127.0.0.1", "6.6.6.6, 198.51.100.4, 10.1.2.3", trusted) == "198.51.100.4"
    assert client_address("192.0.2.50", "198.51.100.4", trusted) == "192.0.2.50"  # not a proxy: not believed
    assert client_address("127.0.0.1", "not-an-address", trusted) == "127.0.0.1"
    assert client_address("127.0.0.1", None, networks([])) == "127.0.0.1"
