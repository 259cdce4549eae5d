"""The performance targets of issue #7, checked against one benchmark's figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.metrics import growth_exponent

GROWTH_TOLERANCE = 1.2  # a log-log slope up to this counts as linear: three noisy points, not a law


@dataclass(frozen=True)
class Target:
    name: str
    limit: str
    value: float | None
    met: bool | None  # None: not measured in this run

    def as_dict(self) -> dict[str, Any]:
        return {"target": self.name, "limit": self.limit, "value": self.value, "met": self.met}


def _at_most(name: str, limit: float, value: float | None, unit: str = "") -> Target:
    shown = None if value is None else round(value, 3)
    return Target(name, f"<= {limit}{unit}", shown, None if value is None else value <= limit)


def _at_least(name: str, limit: float, value: float | None, unit: str = "") -> Target:
    shown = None if value is None else round(value, 3)
    return Target(name, f">= {limit}{unit}", shown, None if value is None else value >= limit)


def growth(cases: list[dict[str, Any]], documents: list[dict[str, Any]] | None = None) -> dict[str, float | None]:
    """Log-log slopes of cost against size. Whole drafts mix three costs that follow different
    things: reading follows pages (OCR'd pages cost far more), the model follows the statements
    it is asked to rewrite (content, not size; its cost per token is the efficiency ratio), and
    the rest of the pipeline follows passages. The targets use the size-driven two."""
    docs = [c["documents"] for c in cases]
    pages = [c["pages"] for c in cases]
    text = [d for d in documents or [] if d["format"] != "scan" and not d["ocr_pages"]]
    pipeline = [sum(v for k, v in c["stages_seconds"].items() if k not in ("ingest", "generation")) for c in cases]
    return {
        "wall_vs_documents": _round(growth_exponent(docs, [c["wall_seconds_median"] for c in cases])),
        "without_model_vs_pages": _round(
            growth_exponent(pages, [c["wall_seconds_median"] - c["stages_seconds"]["generation"] for c in cases])
        ),
        "ingest_per_text_document_vs_pages": _round(
            growth_exponent([d["pages"] for d in text], [d["seconds"] for d in text])
        ),
        "pipeline_after_reading_vs_pages": _round(growth_exponent(pages, pipeline)),
        "memory_vs_documents": _round(growth_exponent(docs, [c["peak_rss_mb"] for c in cases])),
    }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def remote_targets(result: dict[str, Any]) -> list[Target]:
    """Issue #15: a shared model server's slots used."""
    far = result.get("remote") or {}
    return [
        _at_least("one rewrite-all draft through llama-server, -np 4 against -np 1 (speed-up)", 1.8,
                  far.get("speedup_four_slots"), "x"),
        _at_most("4 drafts at once against one, at -np 4 (time ratio)", 1.6, far.get("four_drafts_vs_one"), "x"),
    ]  # fmt: skip


def check(result: dict[str, Any]) -> list[Target]:
    cases = {c["case"]: c for c in result.get("drafting", [])}
    medium = cases.get("medium")
    ratios = [c["efficiency_ratio"] for c in cases.values() if c.get("efficiency_ratio") is not None]
    web = result.get("web") or {}
    peaks = [c["peak_rss_mb"] for c in cases.values()] + [web.get("server_peak_rss_mb") or 0]
    size_driven = ("ingest_per_text_document_vs_pages", "pipeline_after_reading_vs_pages")
    slopes = [v for k, v in (result.get("growth") or {}).items() if k in size_driven and v is not None]
    mem_slope = (result.get("growth") or {}).get("memory_vs_documents")
    return [
        _at_most("median draft of the medium case, documents to .docx", 20, medium and medium["wall_seconds_median"],
                 " s"),
        _at_most("efficiency ratio (worst case)", 1.3, max(ratios) if ratios else None),
        _at_least("ingestion of text documents", 10, result.get("ingestion", {}).get("text", {}).get("pages_per_s"),
                  " pages/s"),
        _at_most("p95 page latency while drafts run", 300, web.get("p95_ms"), " ms"),
        _at_most("failed requests", 0, web.get("failed")),
        _at_most("peak resident memory", 1536, max(peaks) if cases else None, " MB"),
        _at_most("time growth with pages: reading text, then the pipeline (log-log slope)", GROWTH_TOLERANCE,
                 max(slopes) if slopes else None),
        _at_most("memory growth with documents (log-log slope)", GROWTH_TOLERANCE, mem_slope),
        *remote_targets(result),
    ]  # fmt: skip
