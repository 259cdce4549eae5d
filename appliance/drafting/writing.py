"""The model writes the chosen statements of a draft, `llm.info.parallel` at a time (a model
server's slots; one for the in-process model), each result kept in its candidate's place.

Progress is reported, and cancellation checked, as each statement is handed to the model, in
section order. When the model becomes unavailable (a server down beyond its retries, a refused
key) what is already written is kept, nothing more is asked, and the rest stay extracts; the
draft's usage says how many and why (`Usage.skipped`, `Usage.unavailable`).
"""

from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from appliance.drafting.compose import Candidate
from appliance.drafting.plan import Origin
from appliance.drafting.stages import Stages
from appliance.drafting.writer import NOT_JSON, NOT_WRITTEN, Writer, Written
from appliance.errors import ModelUnavailable
from appliance.llm.base import Usage


@dataclass
class _Run:
    texts: list[tuple[str, Origin]]
    usage: Usage
    checking: float = 0.0
    unavailable: bool = False

    def record(self, index: int, future: Future[Written]) -> None:
        try:
            written = future.result()
        except ModelUnavailable as exc:
            self.unavailable = True
            self.usage.unavailable = str(exc)
            self.usage.skipped += 1
            return
        if written.completion:
            self.usage.add(written.completion)
        elif NOT_WRITTEN in written.problems:  # one unusable reply (the writer kept the extract)
            self.usage.calls += 1
        if NOT_JSON in written.problems or NOT_WRITTEN in written.problems:
            self.usage.unusable += 1
        self.checking += written.check_seconds
        self.texts[index] = (written.text, written.origin)


def write_statements(
    writer: Writer,
    cands: list[Candidate],
    chosen: list[int],
    texts: list[tuple[str, Origin]],
    stages: Stages,
    usage: Usage,
) -> float:
    """Fill `texts[i]` for each index in `chosen` with the model's wording (or leave the extract);
    returns the seconds the grounding checks took."""
    parallel = max(1, writer.llm.info.parallel)
    run = _Run(texts, usage)
    todo = iter(chosen)
    pending: dict[Future[Written], int] = {}
    handed = 0
    pool = ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="draft-writer")
    try:
        while True:
            while not run.unavailable and len(pending) < parallel and (i := next(todo, None)) is not None:
                handed += 1
                stages.report(
                    "generation", 0.1 + 0.75 * handed / max(len(chosen), 1), f"Writing section {cands[i].section}"
                )
                pending[pool.submit(writer.write, cands[i])] = i
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=pending.__getitem__):
                run.record(pending.pop(future), future)
    except BaseException:  # Cancelled, or a fault: replies still on their way are dropped
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    usage.skipped += len(chosen) - handed
    return run.checking
