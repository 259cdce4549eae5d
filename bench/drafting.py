"""Drafting a case end to end on the web app's code path: each document through
`casework.add_document` into an encrypted store, `casework.draft_case`, then the Word export of
the saved version, as the export route does. One loaded model serves every run, kept warm."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from appliance.cases import casework
from appliance.config import Settings
from appliance.export import docx_export
from appliance.llm.base import LLM
from appliance.store import Store, drafts
from appliance.store.keys import new_key
from bench.bare import BareRates
from bench.fixtures import BenchCase
from bench.metrics import PeakMemory, efficiency_ratio, ideal_generation_seconds

STAGES = ("ingest", "routing", "generation", "grounding", "qa", "export")


@dataclass
class DraftRun:
    wall_seconds: float
    stages: dict[str, float]
    llm: dict[str, Any]
    statements: int
    written_by_model: int
    peak_rss_mb: float
    docx_bytes: int

    @property
    def uncached_prompt_tokens(self) -> int:
        return int(self.llm["prompt_tokens"]) - int(self.llm["cached_tokens"])


@dataclass
class CaseResult:
    case: str
    documents: int
    pages: int
    runs: list[DraftRun] = field(default_factory=list)

    def median_run(self) -> DraftRun:
        ordered = sorted(self.runs, key=lambda r: r.wall_seconds)
        return ordered[(len(ordered) - 1) // 2]

    def as_dict(self, bare: BareRates | None) -> dict[str, Any]:
        run = self.median_run()
        tokens = (run.uncached_prompt_tokens, int(run.llm["completion_tokens"]))
        ratio = ideal = deep = None
        if bare is not None:
            ideal = ideal_generation_seconds(*tokens, bare.prompt_tps, bare.generation_tps)
            ratio = efficiency_ratio(run.stages["generation"], *tokens, bare.prompt_tps, bare.generation_tps)
            if bare.prompt_tps_at_depth and bare.generation_tps_at_depth:
                deep = efficiency_ratio(run.stages["generation"], *tokens, bare.prompt_tps_at_depth,
                                        bare.generation_tps_at_depth)  # fmt: skip
        return {
            "case": self.case, "documents": self.documents, "pages": self.pages,
            "wall_seconds_median": round(run.wall_seconds, 3),
            "wall_seconds_runs": [round(r.wall_seconds, 3) for r in self.runs],
            "stages_seconds": {k: round(v, 3) for k, v in run.stages.items()},
            "llm": run.llm | {"uncached_prompt_tokens": run.uncached_prompt_tokens},
            "generation_ideal_seconds": round(ideal, 3) if ideal is not None else None,
            "efficiency_ratio": round(ratio, 3) if ratio is not None else None,
            "efficiency_ratio_at_depth": round(deep, 3) if deep is not None else None,
            "statements": run.statements, "written_by_model": run.written_by_model,
            "peak_rss_mb": max(r.peak_rss_mb for r in self.runs), "docx_bytes": run.docx_bytes,
        }  # fmt: skip


def _ingest(store: Store, case: BenchCase, settings: Settings) -> int:
    details = dict(case.details)
    case_id = casework.create_case(store, details, lawful_basis="Public task (bench)", family_informed_on="2025-01-01")
    for doc in case.documents:
        casework.add_document(store, case_id, doc.name, doc.path.read_bytes(), settings)
    return case_id


def draft_once(case: BenchCase, llm: LLM | None, settings: Settings, workdir: Path) -> DraftRun:
    """One end-to-end draft of `case` in a fresh encrypted store file under `workdir`."""
    store = Store(workdir / f"bench-{case.name}-{time.monotonic_ns()}.db", new_key())
    try:
        with PeakMemory() as memory:
            started = time.perf_counter()
            case_id = _ingest(store, case, settings)
            ingested = time.perf_counter()
            _, draft = casework.draft_case(store, case_id, llm, casework.draft_options(settings))
            drafted = time.perf_counter()
            with store.read() as conn:
                _, saved = drafts.load(conn, case_id)
            docx = docx_export.render(saved)
            finished = time.perf_counter()
    finally:
        store.close()
    timings = draft.stats.get("timings", {})
    stages = {"ingest": ingested - started, **{k: float(timings.get(k, 0.0)) for k in STAGES[1:5]},
              "export": finished - drafted}  # fmt: skip
    stages["other"] = max(finished - started - sum(stages.values()), 0.0)
    return DraftRun(
        wall_seconds=finished - started, stages=stages, llm=dict(draft.stats.get("llm", {})),
        statements=int(draft.stats.get("statements", 0)), written_by_model=int(draft.stats.get("written_by_model", 0)),
        peak_rss_mb=memory.peak_mb, docx_bytes=len(docx),
    )  # fmt: skip


def run(cases: list[BenchCase], llm: LLM | None, settings: Settings, repeats: int = 3) -> list[CaseResult]:
    results = [CaseResult(c.name, len(c.documents), c.pages) for c in cases]
    with tempfile.TemporaryDirectory(prefix="ehcp-bench-") as tmp:
        for _ in range(max(repeats, 1)):  # interleaved, so drift on a shared machine hits every size alike
            for case, result in zip(cases, results, strict=True):
                result.runs.append(draft_once(case, llm, settings, Path(tmp)))
    return results


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
