"""`python -m bench` (`make bench`): one run measuring, on one model, bare llama.cpp,
ingestion, three drafts end to end, page latency while drafts run, and drafting through a shared
model server (llama-server, built once); prints a table and writes bench.json and a plot.
`--model NAME|FILE.gguf` benchmarks a council's model."""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from appliance.config import PROJECT_ROOT, Settings
from appliance.errors import ApplianceError
from appliance.safeguards import offline

DEFAULT_OUT = PROJECT_ROOT / "bench-out" / "bench.json"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--model", help="a manifest entry name or a GGUF file (default: the settings' model)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the JSON (default %(default)s)")
    p.add_argument("--plot", type=Path, help="where to write the PNG (default: beside the JSON)")
    p.add_argument("--threads", type=int, help="generation threads (default: EHCP_LLM_THREADS, else the backend's)")
    p.add_argument("--repeats", type=int, default=3, help="end-to-end drafts per case (median reported)")
    p.add_argument("--bare-repeats", type=int, default=3, help="runs of each bare llama.cpp test")
    p.add_argument("--bare-default-policy", action="store_true",
                   help="also measure bare llama.cpp with OpenMP's default (spinning) waits")  # fmt: skip
    p.add_argument("--users", type=int, default=10, help="caseworkers browsing in the web test")
    p.add_argument("--think", type=float, default=1.0, help="seconds a caseworker pauses between pages")
    p.add_argument("--web-seconds", type=float, default=20.0, help="keep queueing drafts for at least this long")
    p.add_argument("--remote-case", default="medium", choices=["small", "medium", "large"],
                   help="the case drafted through llama-server in the remote part")  # fmt: skip
    p.add_argument("--skip", action="append", default=[], choices=["bare", "ingest", "draft", "web", "remote"],
                   help="leave a part out (repeatable)")  # fmt: skip
    return p


def _environment(threads: tuple[int, int]) -> dict[str, Any]:
    import llama_cpp

    return {
        "cpus": os.cpu_count(), "threads": threads[0], "batch_threads": threads[1],
        "python": platform.python_version(),
        "platform": platform.platform(), "llama_cpp_python": llama_cpp.__version__,
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"),
        "load_before": [round(x, 2) for x in os.getloadavg()], "started": time.strftime("%Y-%m-%d %H:%M:%S"),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    offline.apply_library_opt_outs()
    args = build_parser().parse_args(argv)
    from bench import run

    with tempfile.TemporaryDirectory(prefix="ehcp-bench-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data")
        try:
            result = run.everything(args, settings, Path(tmp), _environment)
        except (ApplianceError, FileNotFoundError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    result["environment"]["peak_rss_mb_bench_process"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
    )
    return run.finish(result, args.out, args.plot or args.out.with_suffix(".png"))


if __name__ == "__main__":
    sys.exit(main())
