"""Page latency while the model drafts: p50/p95 of the caseworker's pages under a bounded load.

    .venv/bin/python scripts/bench_pages.py [--seconds 30] [--concurrency 4]

Starts the appliance (`python -m appliance serve`, the embedded model) on a free loopback port
with a fresh store, signs a caseworker in, uploads three advice documents, drafts once, then keeps
a draft generating while a bounded asyncio httpx client requests the pages. `measure_pages` is the
reusable part (`make bench` calls it): give it a running appliance, a signed-in session's cookies
and the paths to fetch.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KAI = ROOT / "tests" / "fixtures" / "cases" / "c02-kai-year4-dyslexia" / "documents"
UPLOADS = (
    "Parent views - Kai Rendell.txt",
    "School SEN advice - Kai Rendell.docx",
    "Educational Psychology Advice - Kai Rendell.docx",
)
USER, PASSWORD = "bench-caseworker", "Bench-Password-42"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


async def _worker(
    client: httpx.AsyncClient,
    paths: list[str],
    until: float,
    n: int,
    out: dict[str, list[float]],
    errors: list[str],
) -> None:
    i = n
    while time.monotonic() < until:
        path = paths[i % len(paths)]
        i += 1
        started = time.perf_counter()
        try:
            response = await client.get(path)
            if response.status_code != 200:
                errors.append(f"{response.status_code} {path}")
        except httpx.HTTPError as exc:
            errors.append(f"{type(exc).__name__} {path}")
            continue
        out.setdefault(path, []).append((time.perf_counter() - started) * 1000)


async def _measure(
    base_url: str, cookies: dict[str, str], paths: list[str], seconds: float, concurrency: int
) -> dict[str, Any]:
    out: dict[str, list[float]] = {}
    errors: list[str] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(
        base_url=base_url, cookies=cookies, limits=limits, timeout=30, follow_redirects=False
    ) as client:
        until = time.monotonic() + seconds
        await asyncio.gather(*(_worker(client, paths, until, n, out, errors) for n in range(concurrency)))
    every = [v for values in out.values() for v in values]
    return {
        "requests": len(every),
        "errors": len(errors),
        "error_samples": errors[:5],
        "p50_ms": round(percentile(every, 50), 1),
        "p95_ms": round(percentile(every, 95), 1),
        "max_ms": round(max(every, default=float("nan")), 1),
        "per_path": {
            p: {"n": len(v), "p50_ms": round(statistics.median(v), 1), "p95_ms": round(percentile(v, 95), 1)}
            for p, v in out.items()
        },
    }


def measure_pages(
    base_url: str, cookies: dict[str, str], paths: list[str], seconds: float, concurrency: int = 4
) -> dict[str, Any]:
    """GET `paths` round-robin from `concurrency` clients for `seconds`; latencies in milliseconds."""
    return asyncio.run(_measure(base_url, cookies, paths, seconds, concurrency))


# ----------------------------------------------------------------------------- the appliance
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _prepare_store(env: dict[str, str]) -> None:
    """A caseworker account in a fresh store, made before the server opens it."""
    code = (
        "from appliance import accounts; from appliance.config import Settings; "
        "from appliance.store import open_store; s = open_store(Settings()); "
        f"accounts.create_user(s, {USER!r}, {PASSWORD!r}, 'caseworker', must_change_password=False); "
        "s.close()"
    )
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)


def start_appliance(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {
        **os.environ,
        "EHCP_DATA_DIR": str(data_dir),
        "EHCP_PORT": str(port),
        "EHCP_HOST": "127.0.0.1",
        "EHCP_ADMIN_PASSWORD": "Bench-Admin-Password-42",
        "DO_NOT_TRACK": "1",
        "UNSTRUCTURED_DISABLE_NOTICE": "1",
        "HF_HUB_OFFLINE": "1",
    }
    _prepare_store(env)
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "serve"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=(data_dir / "server.log").open("wb"),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/login", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("the appliance did not start")


def _csrf(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    if not m:
        raise RuntimeError("no CSRF token on the page")
    return m.group(1)


def prepare_case(client: httpx.Client) -> tuple[int, str]:
    """Sign in, make a case, upload three documents, draft once; returns (case id, CSRF token)."""
    home = client.post("/login", data={"username": USER, "password": PASSWORD}, follow_redirects=True)
    csrf = _csrf(home.text)
    made = client.post(
        "/cases",
        data={
            "csrf_token": csrf,
            "child_name": "Kai Thomas Rendell",
            "request_date": "2025-02-03",
            "year_group": "4",
            "lawful_basis": "Public task",
            "family_informed_on": "2025-02-04",
        },
        follow_redirects=True,
    )
    case_id = int(str(made.url).rstrip("/").rsplit("/", 1)[1])
    files = [("files", (name, (KAI / name).read_bytes())) for name in UPLOADS]
    client.post(
        f"/cases/{case_id}/documents",
        data={"csrf_token": csrf},
        files=files,
        headers={"Accept": "application/json"},
        timeout=300,
    )
    wait_for(client, start_draft(client, case_id, csrf))
    return case_id, csrf


def start_draft(client: httpx.Client, case_id: int, csrf: str) -> str:
    response = client.post(f"/cases/{case_id}/draft", data={"csrf_token": csrf})
    return response.headers["location"].rsplit("/", 1)[1]


def wait_for(client: httpx.Client, job_id: str, timeout: float = 600) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed", "cancelled"):
            return job
        time.sleep(0.5)
    raise RuntimeError("the draft did not finish")


def _keep_drafting(
    url: str, cookies: dict[str, str], case_id: int, csrf: str, until: float, busy: dict[str, float]
) -> None:
    """Keep a draft generating (queue the next as one finishes); count the time one was running."""
    with httpx.Client(base_url=url, cookies=cookies, timeout=30) as client:
        while time.monotonic() < until:
            job_id = start_draft(client, case_id, csrf)
            while time.monotonic() < until:
                job = client.get(f"/api/jobs/{job_id}").json()
                if job["status"] == "running":
                    busy["running"] += 0.25
                if job["status"] in ("done", "failed", "cancelled"):
                    busy["drafts"] += 1
                    break
                time.sleep(0.25)


def main(argv: list[str] | None = None) -> int:
    import threading

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_appliance(Path(tmp))
        try:
            with httpx.Client(base_url=url, timeout=60) as client:
                case_id, csrf = prepare_case(client)
                cookies = dict(client.cookies)
            paths = ["/", f"/cases/{case_id}", f"/cases/{case_id}/draft", f"/cases/{case_id}/draft/versions"]
            busy = {"running": 0.0, "drafts": 0.0}
            until = time.monotonic() + args.seconds + 2
            drafting = threading.Thread(target=_keep_drafting, args=(url, cookies, case_id, csrf, until, busy))
            drafting.start()
            time.sleep(2)  # let the first draft reach the model
            result = measure_pages(url, cookies, paths, args.seconds, args.concurrency)
            drafting.join()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            log = (Path(tmp) / "server.log").read_text(errors="replace")
    if "Traceback" in log:
        print(log[-3000:], file=sys.stderr)
    result["model_busy_fraction"] = round(min(busy["running"] / args.seconds, 1.0), 2)
    result["drafts_during_run"] = int(busy["drafts"])
    print(json.dumps(result, indent=2))
    print(
        f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms over {result['requests']} page views "
        f"while drafting (model busy {result['model_busy_fraction']:.0%} of the time)"
    )
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
