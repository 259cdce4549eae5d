"""Ingestion throughput: every benchmark document read by `appliance.ingest.ingest`, the function
behind every upload, once cold (imports, the spaCy model) and then warm, as a serving appliance
runs. Text documents (Word, PDF with a text layer) and scanned pages (OCR) are reported apart:
OCR costs seconds a page, text a fraction of one."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from appliance.config import Settings
from appliance.ingest import ingest
from bench.fixtures import BenchCase, BenchDocument
from bench.metrics import PeakMemory


@dataclass(frozen=True)
class DocumentTiming:
    name: str
    format: str
    pages: int
    ocr_pages: int
    passages: int
    seconds: float


@dataclass
class IngestionResult:
    cold_seconds: float  # the first document, with the parser's imports and model loads
    documents: list[DocumentTiming] = field(default_factory=list)
    peak_rss_mb: float = 0.0

    def totals(self, scanned: bool | None = None) -> dict[str, Any]:
        """Scanned documents (made as scans) apart from text ones, which may still OCR a page."""
        docs = [d for d in self.documents if scanned is None or (d.format == "scan") == scanned]
        seconds = sum(d.seconds for d in docs)
        pages = sum(d.pages for d in docs)
        passages = sum(d.passages for d in docs)
        return {
            "documents": len(docs), "pages": pages, "ocr_pages": sum(d.ocr_pages for d in docs),
            "passages": passages, "seconds": round(seconds, 3),
            "pages_per_s": round(pages / seconds, 2) if seconds else None,
            "passages_per_s": round(passages / seconds, 1) if seconds else None,
        }  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        return {
            "cold_start_seconds": round(self.cold_seconds, 3),
            "peak_rss_mb": self.peak_rss_mb,
            "all": self.totals(),
            "text": self.totals(scanned=False),
            "scanned": self.totals(scanned=True),
            "documents": [d.__dict__ | {"seconds": round(d.seconds, 3)} for d in self.documents],
        }


def _ingest_one(doc: BenchDocument, settings: Settings) -> DocumentTiming:
    data = doc.path.read_bytes()
    started = time.perf_counter()
    out = ingest(data, doc.name, max_bytes=settings.max_upload_bytes, max_pages=settings.max_pages)
    seconds = time.perf_counter() - started
    pages = doc.pages or out.pages or 1
    return DocumentTiming(doc.name, doc.format, pages, out.ocr_pages, len(out.passages), seconds)


def run(cases: list[BenchCase], settings: Settings, repeats: int = 1) -> IngestionResult:
    """Ingest every document of `cases`; each timing is the best of `repeats` warm runs."""
    docs = [d for case in cases for d in case.documents]
    started = time.perf_counter()
    _ingest_one(docs[0], settings)
    result = IngestionResult(cold_seconds=time.perf_counter() - started)
    with PeakMemory() as memory:
        for doc in docs:
            runs = [_ingest_one(doc, settings) for _ in range(max(repeats, 1))]
            result.documents.append(min(runs, key=lambda r: r.seconds))
    result.peak_rss_mb = memory.peak_mb
    return result
