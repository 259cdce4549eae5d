"""The benchmark's parts in order, each optional: bare llama.cpp (in child processes), ingestion,
drafts end to end with the model loaded once and kept warm, then the web app under load."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from appliance.config import Settings
from bench import drafting, fixtures, ingestion, pages, plot, remote, report, server, targets
from bench.bare import BareRates
from bench.metrics import PeakMemory
from bench.model import ChosenModel, choose, server_environment

BARE_TIMEOUT_S = 300


def bare_rates(chosen: ChosenModel, threads: tuple[int, int], repeats: int, wait_policy: str | None) -> dict[str, Any]:
    """Bare rates in a child process, with the appliance's thread counts (generation, prompt):
    libgomp reads OMP_WAIT_POLICY once, when llama.cpp loads, so each policy needs a process."""
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if wait_policy:
        env["OMP_WAIT_POLICY"] = wait_policy
    command = [sys.executable, "-m", "bench.bare", str(chosen.spec.path), "--threads", str(threads[0]),
               "--batch-threads", str(threads[1]), "--repeats", str(repeats)]  # fmt: skip
    policy = wait_policy or "default (spin, then sleep)"
    try:
        out = subprocess.run(command, env=env, capture_output=True, check=True, text=True, timeout=BARE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return {"omp_wait_policy": policy, "timed_out_after_s": BARE_TIMEOUT_S}
    data: dict[str, Any] = json.loads(out.stdout)
    return data | {"batch_threads": threads[1], "omp_wait_policy": policy}


def _draft_part(args: argparse.Namespace, settings: Settings, chosen: ChosenModel,
                cases: list[fixtures.BenchCase]) -> tuple[float, list[drafting.CaseResult]]:  # fmt: skip
    from appliance.llm.llama import LlamaCppLLM

    started = time.perf_counter()
    llm = LlamaCppLLM(chosen.spec, threads=settings.llm_threads)
    load_seconds = time.perf_counter() - started
    results = drafting.run(cases, llm, settings, repeats=args.repeats)
    del llm
    return load_seconds, results


def bracketing(before: dict[str, Any], after: dict[str, Any]) -> BareRates | None:
    """The ratio's baseline: the mean of the bare rates measured just before and just after the
    drafts, so that load drifting on a shared machine during the drafts is half-corrected."""
    runs = [BareRates.from_dict(r) for r in (before, after) if "prompt_tps" in r]
    if not runs:
        return None

    def mean(key: str) -> float | None:
        values = [getattr(r, key) for r in runs if getattr(r, key)]
        return sum(values) / len(values) if values else None

    first = runs[0]
    return replace(
        first, prompt_tps=mean("prompt_tps") or first.prompt_tps, generation_tps=mean("generation_tps") or
        first.generation_tps, prompt_tps_at_depth=mean("prompt_tps_at_depth"),
        generation_tps_at_depth=mean("generation_tps_at_depth"),
    )  # fmt: skip


def _web_part(args: argparse.Namespace, settings: Settings, chosen: ChosenModel,
              cases: list[fixtures.BenchCase], workdir: Path) -> dict[str, Any]:  # fmt: skip
    env = server_environment(chosen, args.threads)
    with (
        server.serve(cases[1:], settings, workdir / "web", users=args.users, model_env=env) as served,
        PeakMemory(served.pid) as memory,
    ):
        web = pages.measure(served, think_seconds=args.think, min_seconds=args.web_seconds)
    return web | {"server_start_seconds": round(served.start_seconds, 2), "server_peak_rss_mb": memory.peak_mb}


def everything(args: argparse.Namespace, settings: Settings, workdir: Path,
               environment: Callable[[tuple[int, int]], dict[str, Any]]) -> dict[str, Any]:  # fmt: skip
    from appliance.llm.llama import thread_counts  # sets the OpenMP wait policy before llama.cpp loads

    settings = settings.model_copy(update={"llm_threads": args.threads or settings.llm_threads})
    (workdir / "web").mkdir(parents=True, exist_ok=True)
    chosen = choose(args.model, settings, workdir)
    threads = thread_counts(chosen.spec, settings.llm_threads)
    cases = fixtures.load_cases()
    result: dict[str, Any] = {"model": {"name": chosen.spec.name, "file": chosen.spec.path.name,
                                        "sha256": chosen.spec.sha256, "rewrite": chosen.spec.rewrite},
                              "environment": environment(threads)}  # fmt: skip
    measure_bare = "bare" not in args.skip
    policy = os.environ.get("OMP_WAIT_POLICY")
    if measure_bare:
        result["bare"] = bare_rates(chosen, threads, args.bare_repeats, policy)
    if args.bare_default_policy:
        result["bare_default_wait_policy"] = bare_rates(chosen, threads, args.bare_repeats, None)
    if "ingest" not in args.skip:
        result["ingestion"] = ingestion.run(cases, settings).as_dict()
    if "draft" not in args.skip:
        load_seconds, drafts = _draft_part(args, settings, chosen, cases)
        if measure_bare:
            result["bare_after_drafts"] = bare_rates(chosen, threads, args.bare_repeats, policy)
        baseline = bracketing(result["bare"], result["bare_after_drafts"]) if measure_bare else None
        result["ratio_baseline"] = asdict(baseline) if baseline else None
        result["model_load_seconds"], result["drafting"] = round(load_seconds, 3), [d.as_dict(baseline) for d in drafts]
        result["growth"] = targets.growth(result["drafting"], (result.get("ingestion") or {}).get("documents"))
    if "web" not in args.skip:
        result["web"] = _web_part(args, settings, chosen, cases, workdir)
    if "remote" not in args.skip:
        case = next(c for c in cases if c.name == args.remote_case)
        result["remote"] = remote.run(chosen, case, settings, threads)
    result["environment"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    result["targets"] = [t.as_dict() for t in targets.check(result)]
    return result


def finish(result: dict[str, Any], out: Path, png: Path) -> int:
    report.write_json(result, out)
    drew = plot.write_png(result, png)
    print(report.table(result))
    print(f"\nwrote {out}" + (f" and {png}" if drew else " (no plot: pip install matplotlib)"))
    return 0
