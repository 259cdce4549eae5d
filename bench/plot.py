"""A small PNG: draft time by stage and peak memory against the number of documents, and each
document's ingestion time against its pages. matplotlib comes with the dev extras."""

from __future__ import annotations

from pathlib import Path
from typing import Any

STAGES = ("ingest", "routing", "generation", "grounding", "qa", "export", "other")


def _stages(ax: Any, cases: list[dict[str, Any]]) -> None:
    x = [c["documents"] for c in cases]
    bottom = [0.0] * len(cases)
    for stage in STAGES:
        values = [c["stages_seconds"].get(stage, 0.0) for c in cases]
        ax.bar(x, values, bottom=bottom, width=0.8, label=stage)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    for c, top in zip(cases, bottom, strict=True):
        label = f"{c['pages']} pages\n{c['llm'].get('completion_tokens', 0)} model tokens"
        ax.annotate(label, (c["documents"], top), ha="center", va="bottom", fontsize=6)
    ax.set_xlabel("documents in the case")
    ax.set_ylabel("seconds, documents to .docx")
    ax.set_title("Draft time by stage", fontsize=9)
    ax.margins(y=0.2)
    ax.legend(fontsize=6)


def _memory(ax: Any, cases: list[dict[str, Any]], server_mb: float | None) -> None:
    ax.plot([c["documents"] for c in cases], [c["peak_rss_mb"] for c in cases], "o-", label="drafting process")
    if server_mb:
        ax.axhline(server_mb, color="grey", linestyle="--", label="web app: drafts + 10 sign-ins")
    ax.axhline(1536, color="red", linestyle=":", label="1.5 GB target")
    ax.set_ylim(bottom=0)
    ax.set_xlabel("documents in the case")
    ax.set_ylabel("peak resident MB")
    ax.set_title("Peak memory", fontsize=9)
    ax.legend(fontsize=6)


def _ingestion(ax: Any, documents: list[dict[str, Any]]) -> None:
    for scanned, colour, label in ((False, "tab:blue", "text"), (True, "tab:orange", "with OCR pages")):
        docs = [d for d in documents if (d["ocr_pages"] > 0) == scanned]
        ax.scatter([d["pages"] for d in docs], [d["seconds"] for d in docs], s=14, color=colour, label=label)
    ax.set_xlabel("pages in the document")
    ax.set_ylabel("seconds to ingest")
    ax.set_title("Ingestion per document", fontsize=9)
    ax.legend(fontsize=6)


def write_png(result: dict[str, Any], path: Path) -> bool:
    """False when matplotlib is not installed (it is a dev extra)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, axes = plt.subplots(1, 3, figsize=(11, 3.4), dpi=100)
    cases = result.get("drafting") or []
    if cases:
        _stages(axes[0], cases)
        _memory(axes[1], cases, (result.get("web") or {}).get("server_peak_rss_mb"))
    if result.get("ingestion"):
        _ingestion(axes[2], result["ingestion"]["documents"])
    fig.suptitle(f"EHCP appliance, {result['model']['name']}, {result['environment']['cpus']} CPUs", fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return True
