"""The appliance as a council runs it, for the page-latency benchmark: `python -m server`
in a child process on a free loopback port, over an encrypted store prepared beforehand with
caseworker accounts and cases whose advice is already read and drafted once (extracts only)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from appliance.cases import casework
from appliance.config import PROJECT_ROOT, Settings
from appliance.safeguards import accounts
from appliance.store import Store
from appliance.store.keys import new_key
from bench.fixtures import BenchCase

START_TIMEOUT_S = 180


@dataclass(frozen=True)
class Served:
    url: str
    pid: int
    usernames: tuple[str, ...]
    password: str  # every bench caseworker's, made for this run
    case_ids: tuple[int, ...]
    start_seconds: float  # from spawning the process to the first page served (model loaded)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prepare_store(path: Path, key: bytes, cases: list[BenchCase], settings: Settings, users: int,
                  password: str) -> tuple[tuple[str, ...], tuple[int, ...]]:  # fmt: skip
    store = Store(path, key)
    try:
        names = tuple(f"caseworker{n:02d}" for n in range(1, users + 1))
        for name in names:
            accounts.create_user(store, name, password, "caseworker", must_change_password=False)
        ids = []
        for case in cases:
            case_id = casework.create_case(
                store, dict(case.details), lawful_basis="Public task (bench)", family_informed_on="2025-01-01"
            )
            for doc in case.documents:
                casework.add_document(store, case_id, doc.name, doc.path.read_bytes(), settings)
            casework.draft_case(store, case_id, None, casework.draft_options(settings))
            ids.append(case_id)
        return names, tuple(ids)
    finally:
        store.close()


def _environment(data_dir: Path, port: int, key: bytes, model_env: dict[str, str]) -> dict[str, str]:
    return {
        **os.environ, **model_env,
        "EHCP_DATA_DIR": str(data_dir), "EHCP_PORT": str(port), "EHCP_HOST": "127.0.0.1",
        "EHCP_STORE_KEY": key.hex(),
    }  # fmt: skip


def _wait_until_serving(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the appliance exited with status {proc.returncode} while starting")
        try:
            if httpx.get(url + "/login", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError("the appliance did not start in time")


@contextmanager
def serve(cases: list[BenchCase], settings: Settings, workdir: Path, *, users: int,
          model_env: dict[str, str]) -> Iterator[Served]:  # fmt: skip
    """Prepare a store in `workdir`, start the appliance on it, stop it when the block ends."""
    key = new_key()
    data_dir = workdir / "data"
    password = accounts.generate_password()
    names, ids = prepare_store(data_dir / "appliance.db", key, cases, settings, users, password)
    port = free_port()
    log = (workdir / "server.log").open("wb")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server"], cwd=PROJECT_ROOT,
        env=_environment(data_dir, port, key, model_env), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_serving(url, proc)
        yield Served(url, proc.pid, names, password, ids, time.perf_counter() - started)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
