"""Drafting a plan: route the evidence, compose statements, let the model write them, check
grounding, link provision and outcomes to needs, list the advice in K, run the QA checks.

One function, `draft_plan`, used by the CLI, the web app's job queue and the benchmark alike.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from appliance.drafting import grounding
from appliance.drafting.compose import Candidate, compose
from appliance.drafting.linking import link
from appliance.drafting.plan import SECTIONS, Draft, DraftDocument, Statement, empty_sections
from appliance.drafting.register import advice_list
from appliance.drafting.writer import Writer, needs_rewrite
from appliance.errors import Cancelled
from appliance.evidence.routing import SourceDocument, route
from appliance.ingest.passages import Passage
from appliance.llm.base import LLM, Usage
from appliance.qa import QASettings, run_checks

Progress = Callable[[str, float, str], None]
MODEL_SECTIONS = ("B", "C", "D", "E", "F", "G", "H1", "H2")


@dataclass(frozen=True)
class CaseDocument:
    """A document as drafting sees it: its export record and its passages."""

    record: DraftDocument
    passages: tuple[Passage, ...]


@dataclass
class DraftOptions:
    # all: the model writes every statement of B-H; needed: only those whose extract still reads
    # like a report (first person); none: extracts only. None: what the model's manifest entry says.
    rewrite: str | None = None
    qa: QASettings = field(default_factory=QASettings)


def _no_progress(stage: str, fraction: float, message: str) -> None:
    return None


def _child_names(case: dict[str, Any]) -> set[str]:
    names = {part for key in ("child_name", "preferred_name") for part in str(case.get(key) or "").split()}
    return {n for n in names if n}


def _merge_duplicates(cands: list[Candidate]) -> list[Candidate]:
    """The same recommendation in two reports becomes one statement citing both."""
    out: list[Candidate] = []
    for cand in cands:
        twin = next(
            (
                o
                for o in out
                if o.section == cand.section
                and o.kind == cand.kind
                and cand.kind.endswith("provision")
                and o.citations[0].document_id != cand.citations[0].document_id
                and grounding.numbers(o.text) == grounding.numbers(cand.text)
                and _similar(o.text, cand.text)
            ),
            None,
        )
        if twin is None:
            out.append(cand)
        else:
            out[out.index(twin)] = replace(
                twin, citations=twin.citations + cand.citations, sources=twin.sources + cand.sources
            )
    return out


def _similar(a: str, b: str, threshold: float = 0.7) -> bool:
    wa, wb = grounding.content_words(a), grounding.content_words(b)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= threshold


def _other_child_passages(case: dict[str, Any], documents: list[CaseDocument]) -> set[tuple[str, int]]:
    """Passages that describe another child (a copy-paste from their advice): never drafted;
    the OTHER_CHILD_NAME flag quotes them for the caseworker instead."""
    from appliance.qa import identity

    return {
        (d.record.id, f.passage.seq) for d, f in identity.other_child_findings(case, documents) if f.kind == "subject"
    }


def draft_plan(
    case: dict[str, Any],
    documents: list[CaseDocument],
    llm: LLM | None,
    *,
    options: DraftOptions | None = None,
    progress: Progress = _no_progress,
    cancel: threading.Event | None = None,
) -> Draft:
    options = options or DraftOptions()
    timings: dict[str, float] = {}
    usage = Usage()

    def checkpoint(stage: str, fraction: float, message: str) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("The draft was cancelled.")
        progress(stage, fraction, message)

    started = time.perf_counter()
    checkpoint("routing", 0.05, "Finding needs, provision, outcomes and views in the advice")
    withheld = _other_child_passages(case, documents)
    sources = [
        SourceDocument(
            d.record.id,
            d.record.filename,
            d.record.advice_type,
            tuple(p for p in d.passages if (d.record.id, p.seq) not in withheld),
        )
        for d in documents
    ]
    roles = {d.record.id: d.record.author_role for d in documents}
    evidence = route(sources)
    cands = _merge_duplicates([compose(ev, roles.get(ev.document_id)) for ev in evidence])
    order = {sec: i for i, sec in enumerate(SECTIONS)}
    cands.sort(key=lambda c: order[c.section])
    timings["routing"] = time.perf_counter() - started

    started = time.perf_counter()
    names = _child_names(case)
    policy = options.rewrite or (llm.info.rewrite if llm else "none")
    writer = Writer(llm, str(case.get("child_name") or ""), names) if llm and policy != "none" else None
    texts: list[tuple[str, str]] = []

    def wanted(c: Candidate) -> bool:
        return c.section in MODEL_SECTIONS and (policy == "all" or needs_rewrite(c))

    todo = [c for c in cands if writer and wanted(c)]
    done = 0
    for cand in cands:
        if writer is None or not wanted(cand):
            texts.append((cand.text, "extract"))
            continue
        done += 1
        checkpoint("generation", 0.1 + 0.75 * done / max(len(todo), 1), f"Writing section {cand.section}")
        written = writer.write(cand)
        if written.completion:
            usage.add(written.completion)
        texts.append((written.text, written.origin))
    timings["generation"] = time.perf_counter() - started

    started = time.perf_counter()
    checkpoint("grounding", 0.88, "Checking every statement against its sources")
    statements = _statements(cands, texts)
    timings["grounding"] = time.perf_counter() - started
    sections = empty_sections()
    for section, stmt in link(statements, cands):
        sections[section] = (*sections[section], stmt)
    sections["K"] = advice_list(documents)
    draft = Draft(
        case=dict(case),
        documents=tuple(d.record for d in documents),
        sections=sections,
        model={"name": llm.info.name, "backend": llm.info.backend, "sha256": llm.info.sha256} if llm else {},
    )
    started = time.perf_counter()
    checkpoint("qa", 0.94, "Running the quality-assurance checks")
    draft = draft.with_flags(run_checks(draft, documents, options.qa))
    timings["qa"] = time.perf_counter() - started
    origins = [s.origin for _, s in draft.statements()]
    stats = {
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "llm": usage.as_dict(),
        "statements": len(origins),
        "written_by_model": origins.count("model"),
    }
    checkpoint("done", 1.0, "Draft ready")
    return replace(draft, stats=stats)


def _statements(cands: list[Candidate], texts: list[tuple[str, str]]) -> list[tuple[str, Statement]]:
    counters: dict[str, int] = {}
    out = []
    for cand, (text, origin) in zip(cands, texts, strict=True):
        counters[cand.section] = counters.get(cand.section, 0) + 1
        f = cand.fields
        out.append(
            (
                cand.section,
                Statement(
                    id=f"{cand.section}-{counters[cand.section]}",
                    text=text,
                    citations=cand.citations,
                    area=cand.area,
                    frequency=f.frequency if f else None,
                    duration=f.duration if f else None,
                    group_size=f.group_size if f else None,
                    delivered_by=f.delivered_by if f else None,
                    timeframe=cand.timeframe,
                    who=cand.who,
                    origin=origin,
                    moved_from=cand.moved_from,
                ),
            )
        )
    return out
