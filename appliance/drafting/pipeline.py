"""Drafting a plan, in the order the data flows: find the evidence in the advice, compose a
faithful extract per item, let the model write the ones it should (grounding checks each),
number and link the statements, and list the advice in Section K.

`draft_plan` is used by `casework.draft_case` (the CLI and the web app's job queue) and the
benchmark; the QA checks run after it, from the caller.
"""

from __future__ import annotations

import time
from dataclasses import replace

from appliance.case import CaseDetails
from appliance.documents import AdviceDocument
from appliance.drafting.compose import Candidate, compose
from appliance.drafting.details import role_guessed
from appliance.drafting.linking import link
from appliance.drafting.personal_budget import budget_candidates
from appliance.drafting.plan import PROVISION_SECTIONS, SECTIONS, Draft, Origin, Statement, empty_sections
from appliance.drafting.register import advice_list
from appliance.drafting.stages import Stages
from appliance.drafting.writer import Writer, needs_rewrite
from appliance.drafting.writing import write_statements
from appliance.evidence import funding, grounding, identity, placements
from appliance.evidence.routing import route
from appliance.ingest import injection
from appliance.llm.base import LLM, RewritePolicy, Usage

MODEL_SECTIONS = ("B", "C", "D", "E", "F", "G", "H1", "H2")


def draft_plan(
    case: CaseDetails,
    documents: list[AdviceDocument],
    llm: LLM | None,
    *,
    rewrite: RewritePolicy | None = None,
    stages: Stages | None = None,
) -> Draft:
    """The draft plan, without QA flags (the caller runs the checks). `rewrite` None: what the
    model's manifest entry says."""
    stages = stages or Stages()
    documents = injection.withheld(documents)  # text addressed to a machine is never drafted, in any section
    with stages.stage("routing", 0.05, "Finding needs, provision, outcomes and views in the advice"):
        candidates, money_only = held_back(find_candidates(case, documents), case)
    usage = Usage()
    texts = write(candidates, case, llm, rewrite, stages, usage)
    sections = empty_sections()
    for section, stmt in link(number(candidates, texts), candidates):
        sections[section] = (*sections[section], stmt)
    sections["K"] = advice_list(documents, case)
    origins = [s.origin for sec in SECTIONS for s in sections[sec]]
    return Draft(
        case=case,
        documents=tuple(d.record for d in documents),
        sections=sections,
        model=llm.info.record() if llm else {},
        stats={
            "llm": usage.as_dict(),
            "statements": len(origins),
            "written_by_model": origins.count("model"),
            "unsure": sum(s.unsure for sec in SECTIONS for s in sections[sec]),
            "coverage": coverage(documents, sections),
        },
        held_back=tuple(
            Statement(id=f"held-{n}", text=c.text, citations=c.citations, area=c.area)
            for n, c in enumerate(money_only, start=1)
        ),
    )


def held_back(cands: list[Candidate], case: CaseDetails) -> tuple[list[Candidate], list[Candidate]]:
    """The candidates to draft, and the provision that is only money ("the school requests £6,000
    top-up funding"): a plan states the help itself, so those are kept out for QA to query."""
    money = [c for c in cands if c.section in PROVISION_SECTIONS and _money_only(c, case.names)]
    return [c for c in cands if c not in money], money


def _money_only(cand: Candidate, names: set[str]) -> bool:
    # the advice's own words too: "We will be asking for Element 3 ..." is drafted with its author's team named
    # ("The personal tutor's team will be asking ..."), words that say who asks, not what the money buys
    quoted = bool(cand.sources) and all(funding.is_money_only(src, names) for src in cand.sources)
    return quoted or funding.is_money_only(cand.text, names)


def coverage(documents: list[AdviceDocument], sections: dict[str, tuple[Statement, ...]]) -> dict[str, dict[str, int]]:
    """Per document, how many statements of each section cite it: what each piece of advice gave."""
    out: dict[str, dict[str, int]] = {d.id: {} for d in documents}
    for sec in SECTIONS:
        for stmt in sections[sec]:
            for doc_id in {c.document_id for c in stmt.citations}:
                counts = out.setdefault(doc_id, {})
                counts[sec] = counts.get(sec, 0) + 1
    return out


def _writer(doc: AdviceDocument) -> str | None:
    """Who "I" and "we" are in the advice: its author's role, or "the writer" where that role is only a guess (a
    letter typed medical is not a paediatrician's for that)."""
    return "Writer" if role_guessed(doc.record) else doc.record.author_role


def find_candidates(case: CaseDetails, documents: list[AdviceDocument]) -> list[Candidate]:
    """Every item of evidence as a faithful extract, duplicates merged, in section order.
    Passages describing another child are withheld first, and no statement names a setting the advice
    asks for: neither is ever drafted."""
    drafted = identity.withheld(case, documents)
    roles = {d.id: _writer(d) for d in documents}
    name = case.preferred_name or case.child_name.split(" ")[0]
    asked_for = placements.requested(drafted)  # a setting asked for is named in no section
    composed = (compose(ev, roles.get(ev.document_id), name) for ev in route(drafted))
    cands = merge_duplicates([c for c in composed if c is not None and not placements.names_one(c.text, asked_for)])
    cands += budget_candidates(drafted, name)  # Section J
    order = {sec: i for i, sec in enumerate(SECTIONS)}
    return sorted(cands, key=lambda c: order[c.section])


def write(
    cands: list[Candidate],
    case: CaseDetails,
    llm: LLM | None,
    rewrite: RewritePolicy | None,
    stages: Stages,
    usage: Usage,
) -> list[tuple[str, Origin]]:
    """Each candidate's wording and who wrote it: the model where the policy asks for it and its
    wording passes grounding, otherwise the faithful extract. The model writes several at once
    where its backend allows (`ModelInfo.parallel`)."""
    policy = rewrite or (llm.info.rewrite if llm else "none")
    writer = Writer(llm, case.child_name, case.names) if llm and policy != "none" else None

    def wanted(c: Candidate) -> bool:
        return writer is not None and c.section in MODEL_SECTIONS and (policy == "all" or needs_rewrite(c))

    texts: list[tuple[str, Origin]] = [(c.text, "extract") for c in cands]
    chosen = [i for i, c in enumerate(cands) if wanted(c)]
    started = time.perf_counter()
    checking = write_statements(writer, cands, chosen, texts, stages, usage) if writer and chosen else 0.0
    stages.add_time("generation", max(0.0, time.perf_counter() - started - checking))
    stages.add_time("grounding", checking)
    return texts


def number(cands: list[Candidate], texts: list[tuple[str, Origin]]) -> list[tuple[str, Statement]]:
    """Statements with their ids (B-1, F-3, ...) in section order."""
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
                    unsure=cand.unsure,
                ),
            )
        )
    return out


def merge_duplicates(cands: list[Candidate]) -> list[Candidate]:
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
