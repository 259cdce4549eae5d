"""Caseworkers browsing while the model drafts: a bounded asyncio httpx client on loopback.

One coordinator queues two drafts (and two more each time both finish, until `min_seconds`);
`users` caseworkers each sign in with their own session, then list cases, open a case and open
its draft, pausing `think_seconds` (jittered) between pages, until the drafts are done. Every
request's latency is kept, so percentiles are over all requests, not averages of averages.
(scripts/bench_pages.py's `measure_pages` shares one session among its clients and returns
only summaries, so it cannot model separate caseworkers signing in.)
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.metrics import percentile
from bench.server import Served

POLL_S = 0.5
TIMEOUT_S = 30.0


@dataclass
class Recorder:
    drafting: bool = False
    samples: list[tuple[str, float, bool]] = field(default_factory=list)  # page, ms, during a draft
    failures: list[str] = field(default_factory=list)
    jobs: list[dict[str, Any]] = field(default_factory=list)

    async def get(self, client: httpx.AsyncClient, page: str, path: str) -> httpx.Response | None:
        return await self.request(client, page, "GET", path)

    async def request(self, client: httpx.AsyncClient, page: str, method: str, path: str,
                      **kwargs: Any) -> httpx.Response | None:  # fmt: skip
        during = self.drafting
        started = time.perf_counter()
        try:
            response = await client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            self.failures.append(f"{page}: {type(exc).__name__}")
            return None
        self.samples.append((page, (time.perf_counter() - started) * 1000, during))
        if response.status_code not in (200, 303):
            self.failures.append(f"{page}: HTTP {response.status_code}")
            return None
        return response


async def _sign_in(rec: Recorder, client: httpx.AsyncClient, username: str, password: str) -> None:
    response = await rec.request(client, "sign_in", "POST", "/login",
                                 data={"username": username, "password": password})  # fmt: skip
    if response is not None and "ehcp_session" not in client.cookies:
        rec.failures.append("sign_in: no session cookie")
    if response is None or "ehcp_session" not in client.cookies:
        raise RuntimeError(f"{username} could not sign in")  # counted above as a failed request


async def _browse(rec: Recorder, served: Served, username: str, stop: asyncio.Event, think: float,
                  rng: random.Random) -> None:  # fmt: skip
    case_ids = served.case_ids
    async with httpx.AsyncClient(base_url=served.url, timeout=TIMEOUT_S) as client:
        try:
            await _sign_in(rec, client, username, served.password)
        except RuntimeError:
            return
        while not stop.is_set():
            case_id = rng.choice(case_ids)
            for page, path in (("cases", "/"), ("case", f"/cases/{case_id}"), ("draft", f"/cases/{case_id}/draft")):
                await rec.get(client, page, path)
                try:
                    await asyncio.wait_for(stop.wait(), think * rng.uniform(0.5, 1.5))
                except TimeoutError:
                    continue
                return


async def _queue_draft(rec: Recorder, client: httpx.AsyncClient, case_id: int) -> str:
    page = await rec.get(client, "case", f"/cases/{case_id}")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text if page else "")
    if token is None:
        raise RuntimeError("no CSRF token on the case page")
    response = await rec.request(client, "start_draft", "POST", f"/cases/{case_id}/draft",
                                 data={"csrf_token": token.group(1)})  # fmt: skip
    if response is None or "location" not in response.headers:
        raise RuntimeError("the draft could not be queued")
    return response.headers["location"].rstrip("/").rsplit("/", 1)[1]


async def _coordinate(rec: Recorder, served: Served, stop: asyncio.Event, min_seconds: float,
                      max_seconds: float) -> None:  # fmt: skip
    started = time.monotonic()
    try:
        async with httpx.AsyncClient(base_url=served.url, timeout=TIMEOUT_S) as client:
            await _sign_in(rec, client, served.usernames[0], served.password)
            while time.monotonic() - started < min_seconds:
                rec.drafting = True
                queued = time.monotonic()
                jobs = [await _queue_draft(rec, client, case_id) for case_id in served.case_ids[:2]]
                for job_id in jobs:
                    status = await _wait(rec, client, job_id, started + max_seconds)
                    rec.jobs.append(status | {"seconds_from_queued": round(time.monotonic() - queued, 2)})
                rec.drafting = False
    finally:
        stop.set()


async def _wait(rec: Recorder, client: httpx.AsyncClient, job_id: str, deadline: float) -> dict[str, Any]:
    while time.monotonic() < deadline:
        response = await rec.get(client, "job_status", f"/api/jobs/{job_id}")
        status: dict[str, Any] = response.json() if response is not None else {}
        if status.get("status") in ("done", "failed", "cancelled"):
            if status["status"] != "done":
                rec.failures.append(f"draft job {status['status']}: {status.get('message')}")
            return status
        await asyncio.sleep(POLL_S)
    rec.failures.append("a draft did not finish in time")
    return {"status": "timeout"}


async def _run(served: Served, think: float, min_seconds: float, max_seconds: float) -> Recorder:
    rec, stop = Recorder(), asyncio.Event()
    browsers = [
        _browse(rec, served, name, stop, think, random.Random(n))  # noqa: S311  # page order, not secrets
        for n, name in enumerate(served.usernames)
    ]
    coordinator = _coordinate(rec, served, stop, min_seconds, max_seconds)
    await asyncio.gather(coordinator, *browsers)
    return rec


def summarise(rec: Recorder, seconds: float) -> dict[str, Any]:
    pages = [(p, ms, d) for p, ms, d in rec.samples if p in ("cases", "case", "draft")]
    during = [ms for _, ms, d in pages if d]
    by_page = {p: [ms for q, ms, _ in rec.samples if q == p] for p in sorted({s[0] for s in rec.samples})}
    return {
        "seconds": round(seconds, 1), "requests": len(rec.samples), "failed": len(rec.failures),
        "failures": rec.failures[:10], "page_views": len(pages), "page_views_during_drafts": len(during),
        "p50_ms": round(percentile(during, 50), 1), "p95_ms": round(percentile(during, 95), 1),
        "max_ms": round(max(during, default=float("nan")), 1),
        "by_page": {p: {"n": len(v), "p50_ms": round(percentile(v, 50), 1), "p95_ms": round(percentile(v, 95), 1)}
                    for p, v in by_page.items()},
        "drafts": [{k: j.get(k) for k in ("status", "elapsed", "seconds_from_queued")} for j in rec.jobs],
    }  # fmt: skip


def measure(served: Served, *, think_seconds: float = 1.0, min_seconds: float = 20.0,
            max_seconds: float = 600.0) -> dict[str, Any]:  # fmt: skip
    started = time.perf_counter()
    rec = asyncio.run(_run(served, think_seconds, min_seconds, max_seconds))
    return summarise(rec, time.perf_counter() - started) | {"think_seconds": think_seconds,
                                                             "caseworkers": len(served.usernames)}  # fmt: skip
