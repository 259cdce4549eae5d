"""The benchmark's arithmetic and its memory probe: percentiles, the efficiency ratio against bare
llama.cpp, how cost grows with size, and peak resident memory sampled while a stage runs."""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Sequence
from types import TracebackType

import psutil


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation between ranks (numpy's default)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * min(max(q, 0.0), 100.0) / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ideal_generation_seconds(
    uncached_prompt_tokens: int, generated_tokens: int, prompt_tps: float, generation_tps: float
) -> float:
    """What bare llama.cpp would take for the same work: only prompt tokens not already in the KV
    cache are processed, at the bare prompt rate; generated tokens at the bare generation rate."""
    return uncached_prompt_tokens / prompt_tps + generated_tokens / generation_tps


def efficiency_ratio(
    generation_seconds: float,
    uncached_prompt_tokens: int,
    generated_tokens: int,
    prompt_tps: float,
    generation_tps: float,
) -> float | None:
    """Wall time of the generation stage over bare llama.cpp's time for its tokens (1.0 = no
    overhead). None when the stage used the model for no tokens at all."""
    ideal = ideal_generation_seconds(uncached_prompt_tokens, generated_tokens, prompt_tps, generation_tps)
    if ideal <= 0:
        return None
    return generation_seconds / ideal


def growth_exponent(sizes: Sequence[float], costs: Sequence[float]) -> float | None:
    """The slope of log(cost) against log(size), least squares: 1.0 is linear growth, below 1
    sublinear (fixed costs dominate), above 1 superlinear. None with fewer than two usable points."""
    points = [(math.log(s), math.log(c)) for s, c in zip(sizes, costs, strict=True) if s > 0 and c > 0]
    if len({x for x, _ in points}) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    return sxy / sxx


class PeakMemory:
    """Peak resident set size of a process (and its children, e.g. Tesseract) while the block
    runs, sampled every `interval` seconds on a background thread."""

    def __init__(self, pid: int | None = None, interval: float = 0.05) -> None:
        self.process = psutil.Process(pid or os.getpid())
        self.interval = interval
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="peak-memory", daemon=True)

    def sample(self) -> int:
        try:
            rss = int(self.process.memory_info().rss)
            rss += sum(_rss(child) for child in self.process.children(recursive=True))
        except psutil.Error:
            return self.peak_bytes
        self.peak_bytes = max(self.peak_bytes, rss)
        return rss

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    @property
    def peak_mb(self) -> float:
        return round(self.peak_bytes / 2**20, 1)

    def __enter__(self) -> PeakMemory:
        self.sample()
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def _rss(process: psutil.Process) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.Error:
        return 0
