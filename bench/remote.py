"""The shared-model-server part of `make bench`: llama.cpp's own `llama-server`, built once from
the llama.cpp that llama-cpp-python vendors (scripts/build-llama-server.sh, cached under
build/llama-server), started on a loopback port with the benchmark's model, and the appliance
drafting through its OpenAI-compatible backend, every statement written by the model
(`rewrite = "all"`):

- one draft with the server's one slot (`-np 1`, the appliance sending one request at a time)
  against four slots (`-np 4`, four at a time), each run twice;
- 1, 2 and 4 drafts at once against `-np 4`, the appliance keeping at most four requests in
  flight between them (`EHCP_LLM_PARALLEL=4`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from appliance.config import PROJECT_ROOT, Settings
from appliance.llm.openai_compat import OpenAICompatibleLLM
from appliance.llm.server_config import ServerConfig
from bench import drafting
from bench.fixtures import BenchCase
from bench.model import ChosenModel
from bench.server import free_port

BUILD_SCRIPT = PROJECT_ROOT / "scripts" / "build-llama-server.sh"
BUILD_TIMEOUT_S = 3 * 3600
START_TIMEOUT_S = 120
SLOT_CONTEXT = 2048  # tokens per slot: a statement's prompt and reply need well under 1,000
CONCURRENT = (1, 2, 4)


def build() -> tuple[Path, float]:
    """The llama-server binary (built on first use, then reused) and the seconds this took."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHON": sys.executable}
    out = subprocess.run(
        ["nice", "-n", "10", str(BUILD_SCRIPT)], env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S
    )
    if out.returncode != 0:
        raise RuntimeError(f"building llama-server failed: {out.stderr[-2000:]}")
    return Path(out.stdout.strip().splitlines()[-1]), time.perf_counter() - started


@contextmanager
def llama_server(binary: Path, model: Path, slots: int, threads: tuple[int, int]) -> Iterator[str]:
    """`llama-server` with `slots` parallel slots on a free loopback port; its base URL."""
    port = free_port()
    command = [
        str(binary), "-m", str(model), "--host", "127.0.0.1", "--port", str(port), "-np", str(slots),
        "-c", str(SLOT_CONTEXT * slots), "-t", str(threads[0]), "-tb", str(threads[1]), "--log-disable",
    ]  # fmt: skip
    env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"llama-server exited with {process.returncode}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("llama-server did not become ready")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _backend(url: str, parallel: int) -> OpenAICompatibleLLM:
    llm = OpenAICompatibleLLM(ServerConfig(url, parallel=parallel, timeout=600.0), rewrite="all")
    llm.complete([{"role": "user", "content": "Hello"}], max_tokens=4)  # warm: the first prompt pays setup
    return llm


def _drafts_at_once(case: BenchCase, llm: OpenAICompatibleLLM, settings: Settings, count: int) -> dict[str, Any]:
    """`count` drafts of `case` started together; the wall time until the last is saved."""
    runs: list[drafting.DraftRun] = []
    errors: list[BaseException] = []
    with tempfile.TemporaryDirectory(prefix="ehcp-bench-remote-") as tmp:

        def one() -> None:
            try:
                runs.append(drafting.draft_once(case, llm, settings, Path(tmp)))
            except BaseException as exc:  # reported below, never lost in a thread
                errors.append(exc)

        threads = [threading.Thread(target=one) for _ in range(count)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    if errors:
        raise errors[0]
    return {
        "drafts": count,
        "wall_seconds": round(wall, 2),
        "draft_seconds": sorted(round(r.wall_seconds, 2) for r in runs),
        "model_calls": sum(int(r.llm.get("calls", 0)) for r in runs),
        "written_by_model": [r.written_by_model for r in runs],
        "statements": [r.statements for r in runs],
        "unusable": sum(int(r.llm.get("unusable", 0)) for r in runs),
        "skipped": sum(int(r.llm.get("skipped", 0)) for r in runs),
    }


def run(chosen: ChosenModel, case: BenchCase, settings: Settings, threads: tuple[int, int]) -> dict[str, Any]:
    """Both servers run side by side and the drafts take turns in a mirrored order (one slot, four
    slots, 2 and 4 at once, four slots, one slot), so load drifting on a shared machine weighs on
    the single-draft comparison alike; single drafts are the mean of their two runs."""
    binary, build_seconds = build()
    settings = settings.model_copy(update={"rewrite": "all"})
    result: dict[str, Any] = {
        "server": "llama-server", "binary": str(binary.relative_to(PROJECT_ROOT)) if binary.is_relative_to(
            PROJECT_ROOT) else str(binary), "build_seconds": round(build_seconds, 1), "case": case.name,
        "rewrite": "all", "threads": list(threads), "slot_context": SLOT_CONTEXT,
        "load_before": [round(x, 2) for x in os.getloadavg()],
    }  # fmt: skip
    with (
        llama_server(binary, chosen.spec.path, 1, threads) as url_one,
        llama_server(binary, chosen.spec.path, 4, threads) as url_four,
    ):
        one, four = _backend(url_one, 1), _backend(url_four, 4)
        result["engine"] = four.info.server
        first = [_drafts_at_once(case, one, settings, 1), _drafts_at_once(case, four, settings, 1)]
        together = [_drafts_at_once(case, four, settings, n) for n in CONCURRENT[1:]]
        last = [_drafts_at_once(case, four, settings, 1), _drafts_at_once(case, one, settings, 1)]
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    result["one_slot"] = _mean_of(first[0], last[1])
    result["four_slots"] = [_mean_of(first[1], last[0]), *together]
    single = result["four_slots"][0]["wall_seconds"]
    result["speedup_four_slots"] = round(result["one_slot"]["wall_seconds"] / single, 2) if single else None
    result["four_drafts_vs_one"] = round(result["four_slots"][-1]["wall_seconds"] / single, 2) if single else None
    return result


def _mean_of(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Two runs of one draft: their mean wall time, both runs kept."""
    return a | {
        "wall_seconds": round((a["wall_seconds"] + b["wall_seconds"]) / 2, 2),
        "runs_seconds": [a["wall_seconds"], b["wall_seconds"]],
        "model_calls": a["model_calls"],
        "unusable": a["unusable"] + b["unusable"],
        "skipped": a["skipped"] + b["skipped"],
    }
