"""The proposed amended plan, in the order the data flows: read the current plan, find what the
review evidence changes (outcomes, provision, needs, views, stale content) and what it adds, let
the model write the changed and new statements where it should (grounding checks each, as for a
new plan), number and link them, and run every QA check on the proposal.

Nothing here decides: every change is a proposal with its reason and evidence, and the caseworker
confirms or revises it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from appliance.amendments import changes
from appliance.amendments.checks import review_checks
from appliance.amendments.contract import Proposal
from appliance.amendments.evidence import Source, disputed, new_items, sources
from appliance.amendments.matching import Matcher
from appliance.amendments.model import (
    Amendment,
    CurrentPlan,
    Disputed,
    Mark,
    OutcomeReview,
    Removal,
    ReviewDetails,
)
from appliance.amendments.outcomes import ends, progress, proposal
from appliance.amendments.plan_reader import read_plan
from appliance.amendments.stale import age_on, out_of_date
from appliance.case import CaseDetails
from appliance.documents import AdviceDocument
from appliance.drafting.compose import Candidate, compose
from appliance.drafting.linking import link
from appliance.drafting.pipeline import number, write
from appliance.drafting.plan import SECTIONS, Draft, Statement, empty_sections
from appliance.drafting.register import advice_list
from appliance.drafting.stages import Stages
from appliance.evidence.routing import Evidence, EvidenceKind, Excerpt
from appliance.ingest.doctype import ADVICE_LABELS
from appliance.llm.base import LLM, RewritePolicy, Usage
from appliance.qa import QASettings

SECTION_KIND: dict[str, EvidenceKind] = {
    "A": "view",
    "B": "need",
    "C": "health_need",
    "D": "social_care_need",
    "E": "outcome",
    "F": "provision",
    "G": "health_provision",
    "H1": "social_care_provision",
    "H2": "social_care_provision",
}
ADDED = {
    "A": "Given in the {} for this review.",
    "B": "A need identified in the {}.",
    "C": "A health need identified in the {}.",
    "D": "A social care need identified in the {}.",
    "E": "A new outcome recommended in the {}.",
    "F": "New provision recommended in the {}.",
    "G": "New health provision recommended in the {}.",
    "H1": "New social care provision recommended in the {}.",
    "H2": "New social care provision recommended in the {}.",
}
PLACEMENT_LEFT = "Phase transfer: the local authority names the next school or setting after consultation (reg 18)."


@dataclass(frozen=True)
class ReviewCase:
    case: CaseDetails
    review: ReviewDetails
    plan: AdviceDocument  # the current plan's document, typed existing_plan
    evidence: tuple[AdviceDocument, ...]


@dataclass(frozen=True)
class _Item:
    """One statement of the proposal before it is numbered: kept as it is, or a candidate to write."""

    section: str
    mark: Mark
    kept: Statement | None = None
    candidate: Candidate | None = None


def propose(
    rc: ReviewCase,
    llm: LLM | None,
    *,
    rewrite: RewritePolicy | None = None,
    qa: QASettings | None = None,
    stages: Stages | None = None,
) -> Proposal:
    stages = stages or Stages()
    qa = qa or QASettings(today=rc.review.today)
    with stages.stage("routing", 0.05, "Reading the current plan and the review evidence"):
        issued = rc.review.plan_issued.isoformat() if rc.review.plan_issued else None
        current = read_plan(rc.plan, issued)
        items, amendment = _proposal(rc, current)
    usage = Usage()
    to_write = [i.candidate for i in items if i.candidate is not None]
    written = iter(number(to_write, write(to_write, rc.case, llm, rewrite, stages, usage)))
    statements = [(i.section, i.kept or next(written)[1], i.mark) for i in items]
    draft, marks = _numbered(rc, statements)
    draft = replace(
        draft,
        model={"name": llm.info.name, "backend": llm.info.backend, "sha256": llm.info.sha256} if llm else {},
        stats={"llm": usage.as_dict(), "statements": len(draft.statements()), "changes": _counts(marks)},
    )
    amendment = replace(amendment, marks=marks)
    with stages.stage("qa", 0.94, "Running the quality-assurance checks on the proposal"):
        draft = draft.with_flags(review_checks(draft, amendment, [rc.plan, *rc.evidence], qa))
    stages.report("done", 1.0, "Proposal ready")
    return Proposal(replace(draft, stats={"timings": stages.rounded(), **draft.stats}), amendment)


def _proposal(rc: ReviewCase, current: CurrentPlan) -> tuple[list[_Item], Amendment]:
    evidence = list(rc.evidence)
    pool = sources(evidence)
    matcher = Matcher(current, rc.case.names)
    label = {d.id: ADVICE_LABELS.get(d.advice_type, "review evidence").lower() for d in evidence}
    decisions = changes.Decisions()
    changes.provision(decisions, pool, matcher, label)
    changes.needs(decisions, pool, matcher, label)
    changes.out_of_date(decisions, out_of_date(current, rc.case, rc.review.meeting_date, pool), pool, matcher,
                        _now_words(rc))  # fmt: skip
    cands = new_items(rc.case, evidence)
    fresh = changes.views(decisions, [c for c in cands if c.section == "A"], matcher)
    fresh += [c for c in cands if c.section not in ("A", "K") and _new(c, decisions, matcher)]
    reviews = _outcomes(rc, current, pool, matcher, decisions, fresh)
    if rc.review.review_type == "phase_transfer":
        for stmt in current.sections.get("I", ()):
            decisions.fates[stmt.id] = changes.Fate("remove", PLACEMENT_LEFT)
    items, removed = _items(current, decisions, fresh, evidence, label)
    amendment = Amendment(
        review=rc.review,
        current=current,
        marks={},
        removed=tuple(removed),
        outcome_review=tuple(reviews),
        disputed=tuple(Disputed(s.text, (changes.cite(s),)) for s in disputed(evidence)),
        cuts=tuple(decisions.cuts),
        stale=tuple(decisions.stale),
        evidence_ids=tuple(d.id for d in evidence),
    )
    return items, amendment


def _new(cand: Candidate, decisions: changes.Decisions, matcher: Matcher) -> bool:
    """Outcomes may be proposed inside a sentence about the old ones, so only a restatement stops
    them; other items are new unless their passage was spent on a change or they restate the plan."""
    if cand.section != "E" and decisions.spent(cand):
        return False
    return not changes.restates(cand, matcher)


def _now_words(rc: ReviewCase) -> list[str]:
    words = [f"Year {rc.case.year_group}"] if rc.case.year_group is not None else []
    age = age_on(rc.case.born, rc.review.meeting_date)
    return words + ([f"{age} years old", f"aged {age}"] if age is not None else [])


def _outcomes(
    rc: ReviewCase,
    current: CurrentPlan,
    pool: list[Source],
    matcher: Matcher,
    decisions: changes.Decisions,
    fresh: list[Candidate],
) -> list[OutcomeReview]:
    needs = {s.id: matcher.words(s.text) for _, s in current.statements() if _ in ("B", "C", "D")}
    linked = _needs_of_outcomes(current, matcher, needs)
    new_areas = {c.area for c in fresh if c.section == "E"}
    out = []
    for stmt in current.sections.get("E", ()):
        found = progress(stmt, pool, matcher, linked)
        end = ends(stmt.timeframe, rc.case.year_group, rc.review.meeting_date)
        replaced = stmt.area in new_areas or any("replace" in s.text.lower() for s in found.evidence)
        plan = proposal(found.status, end, rc.review.meeting_date, replaced)
        cites = tuple(changes.cite(s) for s in found.evidence)
        if found.status == "achieved" and stmt.id not in decisions.fates:
            reason = "Achieved: the review evidence reports this outcome met."
            decisions.fates[stmt.id] = changes.Fate("remove", reason, found.evidence)
        note = f"Its time frame ended on {end:%d %B %Y}." if end and end < rc.review.meeting_date else None
        out.append(OutcomeReview(stmt.id, found.status, plan, cites, note))
    return out


def _needs_of_outcomes(current: CurrentPlan, matcher: Matcher, needs: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each outcome with the words of the need it relates to (its closest need), so a report on
    "the speech sound outcome" finds the outcome about saying 'k' and 'g'."""
    out = {}
    for stmt in current.sections.get("E", ()):
        ranked = matcher.matches(stmt.text, ["B", "C", "D"])
        if ranked and ranked[0].score > 0:
            out[stmt.id] = needs.get(ranked[0].statement.id, set())
    return out


def _items(
    current: CurrentPlan,
    decisions: changes.Decisions,
    fresh: list[Candidate],
    evidence: list[AdviceDocument],
    label: dict[str, str],
) -> tuple[list[_Item], list[Removal]]:
    roles = {d.id: d.record.author_role for d in evidence}
    items: list[_Item] = []
    removed: list[Removal] = []
    for sec in SECTIONS:
        for stmt in current.sections.get(sec, ()):
            fate = decisions.fates.get(stmt.id, changes.Fate("keep"))
            if fate.action == "keep":
                items.append(_Item(sec, Mark("unchanged", stmt.id), kept=stmt))
            elif fate.action == "remove":
                cites = tuple(changes.cite(s) for s in fate.evidence)
                removed.append(Removal(stmt.id, sec, stmt.text, fate.reason or "Removed.", cites))
            else:
                cand = fate.candidate or _rewritten(stmt, sec, fate, roles)
                items.append(_Item(sec, Mark("modified", stmt.id, fate.reason), candidate=cand))
        for cand in (c for c in fresh if c.section == sec):
            source = (
                label.get(cand.citations[0].document_id, "review evidence") if cand.citations else "review evidence"
            )
            reason = ADDED.get(sec, "Added from the {}.").format(source)
            items.append(_Item(sec, Mark("added", None, reason), candidate=cand))
    for stmt in advice_list(evidence):
        items.append(_Item("K", Mark("added", None, "Advice received for this review."), kept=stmt))
    return items, removed


def _rewritten(stmt: Statement, sec: str, fate: changes.Fate, roles: dict[str, str | None]) -> Candidate:
    """The changed statement as drafting would extract it from the evidence that changes it."""
    first = fate.evidence[0]
    ev = Evidence(
        SECTION_KIND.get(sec, "need"),
        sec,
        first.document_id,
        tuple(Excerpt.whole(s.passage) for s in fate.evidence),
        area=stmt.area,
        who=stmt.who,
    )
    cand = compose(ev, roles.get(first.document_id))
    if cand is None:  # the evidence is only letter talk or an endorsement: the plan's wording stands
        quotes = tuple(c.quote for c in stmt.citations)
        cand = Candidate(sec, ev.kind, stmt.text, stmt.citations, quotes, area=stmt.area, who=stmt.who)
    if fate.text:
        cand = replace(cand, text=fate.text)
    if fate.fields is None:
        return cand
    # what the evidence does not change stays as the plan has it, so the plan is cited for it too
    return replace(cand, fields=fate.fields, citations=cand.citations + stmt.citations)


def _numbered(rc: ReviewCase, statements: list[tuple[str, Statement, Mark]]) -> tuple[Draft, dict[str, Mark]]:
    counters: dict[str, int] = {}
    numbered: list[tuple[str, Statement]] = []
    marks: dict[str, Mark] = {}
    for sec, stmt, mark in statements:
        counters[sec] = counters.get(sec, 0) + 1
        new_id = f"{sec}-{counters[sec]}"
        numbered.append((sec, replace(stmt, id=new_id, meets=())))
        marks[new_id] = mark
    hints = [Candidate(sec, "", s.text, s.citations, ()) for sec, s in numbered]
    sections = empty_sections()
    for sec, stmt in link(numbered, hints):
        sections[sec] = (*sections[sec], stmt)
    documents = (rc.plan.record, *(d.record for d in rc.evidence))
    return Draft(case=rc.case, documents=documents, sections=sections), marks


def _counts(marks: dict[str, Mark]) -> dict[str, int]:
    out: dict[str, int] = {}
    for m in marks.values():
        out[m.change] = out.get(m.change, 0) + 1
    return out
