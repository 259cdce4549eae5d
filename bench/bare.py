"""Bare llama.cpp rates for one GGUF file: what this machine can do with no appliance around it.

Like `llama-bench`: prompt processing is one sequence of random token ids decoded in batches
(pp), generation decodes one token at a time from an empty cache (tg), here with greedy
sampling through a `llama_sampler` chain so the per-token sampling cost a real draft pays is in
the figure. Only llama-cpp-python's low-level API is used (`llama_decode`, `llama_batch`,
`llama_sampler`); the benchmark's ratios compare the appliance against these rates.
"""

from __future__ import annotations

import ctypes
import random
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BATCH = 512


@dataclass(frozen=True)
class BareRates:
    model: str
    threads: int
    prompt_tokens: int
    generated_tokens: int
    repeats: int
    prompt_tps: float  # median over repeats
    generation_tps: float
    prompt_tps_runs: tuple[float, ...]
    generation_tps_runs: tuple[float, ...]
    load_seconds: float
    depth: int = 0  # context already in the cache for the two rates below
    prompt_tps_at_depth: float | None = None  # pp128 after `depth` tokens
    generation_tps_at_depth: float | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BareRates:
        return cls(
            model=str(data["model"]),
            threads=int(data["threads"]),
            prompt_tokens=int(data["prompt_tokens"]),
            generated_tokens=int(data["generated_tokens"]),
            repeats=int(data["repeats"]),
            prompt_tps=float(data["prompt_tps"]),
            generation_tps=float(data["generation_tps"]),
            prompt_tps_runs=tuple(data["prompt_tps_runs"]),
            generation_tps_runs=tuple(data["generation_tps_runs"]),
            load_seconds=float(data["load_seconds"]),
            depth=int(data.get("depth") or 0),
            prompt_tps_at_depth=data.get("prompt_tps_at_depth"),
            generation_tps_at_depth=data.get("generation_tps_at_depth"),
        )


@dataclass
class _Session:
    lib: Any
    model: Any
    ctx: Any
    vocab: Any
    batch: Any


@contextmanager
def _open(path: Path, threads: int, batch_threads: int, n_ctx: int) -> Iterator[_Session]:
    import llama_cpp as lib

    lib.llama_backend_init()
    mparams = lib.llama_model_default_params()
    model = lib.llama_model_load_from_file(str(path).encode(), mparams)
    if not model:
        raise RuntimeError(f"llama.cpp could not load {path}")
    cparams = lib.llama_context_default_params()
    cparams.n_ctx, cparams.n_batch, cparams.n_ubatch = n_ctx, BATCH, BATCH
    cparams.n_threads, cparams.n_threads_batch = threads, batch_threads
    ctx = lib.llama_init_from_model(model, cparams)
    batch = lib.llama_batch_init(BATCH, 0, 1)
    try:
        yield _Session(lib, model, ctx, lib.llama_model_get_vocab(model), batch)
    finally:
        lib.llama_batch_free(batch)
        lib.llama_free(ctx)
        lib.llama_model_free(model)


def _fill(s: _Session, tokens: list[int], start: int) -> None:
    """One sequence, positions from `start`; only the last token asks for logits."""
    b = s.batch
    b.n_tokens = len(tokens)
    for i, tok in enumerate(tokens):
        b.token[i] = tok
        b.pos[i] = start + i
        b.n_seq_id[i] = 1
        b.seq_id[i][0] = 0
        b.logits[i] = 0
    b.logits[len(tokens) - 1] = 1


def _decode(s: _Session, tokens: list[int], start: int) -> None:
    _fill(s, tokens, start)
    if s.lib.llama_decode(s.ctx, s.batch) != 0:
        raise RuntimeError("llama_decode failed")


def _clear(s: _Session) -> None:
    s.lib.llama_memory_clear(s.lib.llama_get_memory(s.ctx), True)


def _prefix(s: _Session, depth: int, rng: random.Random) -> None:
    """An empty cache, then `depth` random tokens already in it (llama-bench's -d)."""
    _clear(s)
    n_vocab = s.lib.llama_vocab_n_tokens(s.vocab)
    tokens = [rng.randrange(n_vocab) for _ in range(depth)]
    for i in range(0, depth, BATCH):
        _decode(s, tokens[i : i + BATCH], i)


def _prompt_rate(s: _Session, n: int, rng: random.Random, depth: int = 0) -> float:
    _prefix(s, depth, rng)
    n_vocab = s.lib.llama_vocab_n_tokens(s.vocab)
    tokens = [rng.randrange(n_vocab) for _ in range(n)]
    started = time.perf_counter()
    for i in range(0, n, BATCH):
        _decode(s, tokens[i : i + BATCH], depth + i)
    return n / (time.perf_counter() - started)


def _generation_rate(s: _Session, n: int, rng: random.Random, depth: int = 0) -> float:
    lib = s.lib
    _prefix(s, depth, rng)
    sampler = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
    lib.llama_sampler_chain_add(sampler, lib.llama_sampler_init_greedy())
    token = lib.llama_vocab_bos(s.vocab)
    try:
        started = time.perf_counter()
        for pos in range(depth, depth + n):
            _decode(s, [token], pos)
            token = lib.llama_sampler_sample(sampler, s.ctx, -1)
            lib.llama_sampler_accept(sampler, token)
        return n / (time.perf_counter() - started)
    finally:
        lib.llama_sampler_free(sampler)


def _quiet_logs() -> None:
    import llama_cpp as lib

    noop = lib.llama_log_callback(lambda level, text, data: None)
    _quiet_logs.keep = noop  # type: ignore[attr-defined]  # the callback must outlive this call
    lib.llama_log_set(noop, ctypes.c_void_p(0))


def measure(path: Path, *, threads: int, batch_threads: int | None = None, n_ctx: int = 2048, prompt_tokens: int = 512,
            generated_tokens: int = 128, repeats: int = 3, depth: int = 256) -> BareRates:  # fmt: skip
    """Median prompt and generation rates over `repeats` runs, after one warm-up of each: pp and
    tg from an empty cache (the headline rates), and pp128 / tg at `depth` tokens of context,
    where a draft's calls actually run. `threads` generate; `batch_threads` process prompts."""
    _quiet_logs()
    rng = random.Random(7)  # noqa: S311  # random token ids, as llama-bench uses
    started = time.perf_counter()
    with _open(path, threads, batch_threads or threads, n_ctx) as s:
        loaded = time.perf_counter() - started
        _prompt_rate(s, min(prompt_tokens, 64), rng)
        _generation_rate(s, 8, rng)
        pp = tuple(_prompt_rate(s, prompt_tokens, rng) for _ in range(repeats))
        tg = tuple(_generation_rate(s, generated_tokens, rng) for _ in range(repeats))
        pp_deep = statistics.median(_prompt_rate(s, 128, rng, depth) for _ in range(repeats))
        tg_deep = statistics.median(_generation_rate(s, generated_tokens, rng, depth) for _ in range(repeats))
    return BareRates(
        model=path.name, threads=threads, prompt_tokens=prompt_tokens, generated_tokens=generated_tokens,
        repeats=repeats, prompt_tps=statistics.median(pp), generation_tps=statistics.median(tg),
        prompt_tps_runs=tuple(round(x, 1) for x in pp), generation_tps_runs=tuple(round(x, 1) for x in tg),
        load_seconds=loaded, depth=depth, prompt_tps_at_depth=pp_deep, generation_tps_at_depth=tg_deep,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.bare FILE.gguf --threads N`: the rates as JSON on stdout; the
    benchmark runs it in a child process so the OpenMP wait policy can differ per run."""
    import argparse
    import dataclasses
    import json
    import sys

    p = argparse.ArgumentParser(prog="python -m bench.bare")
    p.add_argument("model", type=Path)
    p.add_argument("--threads", type=int, required=True)
    p.add_argument("--batch-threads", type=int)
    p.add_argument("--repeats", type=int, default=3)
    args = p.parse_args(argv)
    rates = measure(args.model, threads=args.threads, batch_threads=args.batch_threads, repeats=args.repeats)
    json.dump(dataclasses.asdict(rates), sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
