"""The stages of one draft as the caseworker sees them: progress messages, cancellation between
stages, and the time each stage took (the benchmark's stage timings)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from appliance.errors import Cancelled

Progress = Callable[[str, float, str], None]  # (stage, fraction done, message)


def no_progress(stage: str, fraction: float, message: str) -> None:
    return None


class Stages:
    def __init__(self, progress: Progress = no_progress, cancel: threading.Event | None = None) -> None:
        self._progress = progress
        self._cancel = cancel
        self.timings: dict[str, float] = {}

    def report(self, stage: str, fraction: float, message: str) -> None:
        """Tell the caseworker where the draft is; a cancelled draft stops here."""
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled("The draft was cancelled.")
        self._progress(stage, fraction, message)

    @contextmanager
    def stage(self, name: str, fraction: float, message: str) -> Iterator[None]:
        self.report(name, fraction, message)
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add_time(name, time.perf_counter() - started)

    def add_time(self, name: str, seconds: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + seconds

    def rounded(self) -> dict[str, float]:
        return {k: round(v, 3) for k, v in self.timings.items()}
