"""The annual-review codes of the flag catalogue, registered in the QA registry like every other
check, and the run of every check on a proposal.

A review check reads a `ReviewContext` (the proposal and how it relates to the current plan); on
a new plan's plain `Context` it raises nothing. The new-plan checks run again on the proposal,
except those that belong to a needs assessment (the reg 6 advice list) or to a first draft (a
blank Section I: an amended plan keeps its placement, except at a phase transfer).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from appliance.amendments.deadlines import deadlines, missed
from appliance.amendments.model import Amendment
from appliance.amendments.outcomes import ends
from appliance.amendments.provision import compare
from appliance.amendments.text import NIL
from appliance.documents import AdviceDocument
from appliance.drafting.plan import PROVISION_SECTIONS, Draft, Flag, Statement
from appliance.qa import CHECKS, QASettings
from appliance.qa.registry import Context, check, make_flag

NOT_FOR_REVIEWS = frozenset({"ADVICE_MISSING"})
FIRST_DRAFT_ONLY = frozenset({"PLACEMENT_IN_DRAFT"})


@dataclass(frozen=True)
class ReviewContext(Context):
    amendment: Amendment | None = None

    def proposed(self, previous_id: str) -> tuple[str, Statement] | None:
        """The proposed statement that carries a current one forward, if any."""
        assert self.amendment is not None
        for sec, stmt in self.draft.statements():
            if self.amendment.mark(stmt.id).previous_id == previous_id:
                return sec, stmt
        return None


def review_checks(
    draft: Draft, amendment: Amendment, documents: list[AdviceDocument], settings: QASettings
) -> tuple[Flag, ...]:
    """Every check of the catalogue that applies to a proposed amended plan."""
    # "None. No social care provision is required." is a plan's way of saying so, not an item to check
    sections = {sec: tuple(s for s in items if not NIL.search(s.text)) for sec, items in draft.sections.items()}
    ctx = ReviewContext(replace(draft, sections=sections), documents, settings, amendment)
    skip = NOT_FOR_REVIEWS | (FIRST_DRAFT_ONLY if amendment.review.review_type != "phase_transfer" else frozenset())
    seen: set[str] = set()
    flags = []
    for spec in CHECKS.values():
        if spec.code in skip:
            continue
        for f in spec.fn(ctx):
            if f.key not in seen:
                seen.add(f.key)
                flags.append(f)
    return tuple(flags)


def _review(ctx: Context) -> tuple[ReviewContext, Amendment] | None:
    if isinstance(ctx, ReviewContext) and ctx.amendment is not None:
        return ctx, ctx.amendment
    return None


def _about(ctx: ReviewContext, previous_id: str) -> tuple[str | None, str, str | None]:
    """(section, statement id, quote) for a flag on a current statement: the proposed statement
    that carries it forward, else the current one; quoting the current plan keeps the key stable."""
    assert ctx.amendment is not None
    prev = ctx.amendment.current.statement(previous_id)
    quote = prev.citations[0].quote if prev and prev.citations else (prev.text if prev else None)
    found = ctx.proposed(previous_id)
    if found:
        return found[0], found[1].id, quote
    return ctx.amendment.current.section_of(previous_id), previous_id, quote


@check(
    "PROVISION_REDUCED",
    "error",
    "Children and Families Act 2014 s42 (the plan binds until amended); SEND Regulations 2014 reg 22(2)(a)",
    "Provision of the current plan is removed, reduced or made vaguer: give the reason and the evidence.",
)
def provision_reduced(ctx: Context) -> Iterator[Flag]:
    found = _review(ctx)
    if found is None:
        return
    rctx, a = found
    why: dict[str, list[str]] = {}
    for sec, stmt in rctx.draft.statements():
        prev = a.current.statement(a.mark(stmt.id).previous_id or "")
        if sec in PROVISION_SECTIONS and prev is not None and not NIL.search(prev.text):
            lost = compare(prev, stmt, rctx.settings.vague_terms).reduced
            if lost:
                why.setdefault(prev.id, []).append("The proposal reduces it (" + "; ".join(lost) + ").")
    for r in a.removed:
        if r.section in PROVISION_SECTIONS and not NIL.search(r.text):
            why.setdefault(r.previous_id, []).append("The proposal removes it.")
    for cut in a.cuts:
        kept = (
            ""
            if cut.adopted
            else " The proposal keeps the provision: the evidence does not rest the cut on the child's progress."
        )
        why.setdefault(cut.previous_id, []).append(f"The review evidence proposes a cut ({cut.detail}).{kept}")
    for previous_id, reasons in why.items():
        section, statement_id, quote = _about(rctx, previous_id)
        message = "Provision of the current plan is cut. " + " ".join(reasons) + " Record the reason and the evidence."
        yield make_flag(
            "PROVISION_REDUCED", message, section=section, statement_id=statement_id,
            document_id=a.current.document_id, quote=quote,
        )  # fmt: skip


@check(
    "CHANGE_UNEVIDENCED",
    "error",
    "SEND Regulations 2014 reg 22(2)(a) (the notice comes with the evidence for each amendment)",
    "A proposed amendment cites no review evidence.",
)
def change_unevidenced(ctx: Context) -> Iterator[Flag]:
    found = _review(ctx)
    if found is None:
        return
    rctx, a = found
    evidence = set(a.evidence_ids)
    for sec, stmt in rctx.draft.statements():
        mark = a.mark(stmt.id)
        if mark.change != "unchanged" and not any(c.document_id in evidence for c in stmt.citations):
            yield make_flag(
                "CHANGE_UNEVIDENCED",
                f"This {'new' if mark.change == 'added' else 'changed'} statement cites none of the review evidence.",
                section=sec, statement_id=stmt.id, quote=stmt.text,
            )  # fmt: skip
    for r in a.removed:
        placement = r.section == "I" and a.review.review_type == "phase_transfer"
        if not placement and not any(c.document_id in evidence for c in r.citations):
            yield make_flag(
                "CHANGE_UNEVIDENCED",
                "Removing this statement of the current plan cites none of the review evidence.",
                section=r.section, statement_id=r.previous_id, quote=r.text,
            )  # fmt: skip


@check(
    "OUTCOME_ROLLED_OVER",
    "warning",
    "SEND Regulations 2014 reg 19(b); SEND Code of Practice 9.166-9.167",
    "An outcome is kept unchanged although achieved, out of time, or without evidence of progress.",
)
def outcome_rolled_over(ctx: Context) -> Iterator[Flag]:
    found = _review(ctx)
    if found is None:
        return
    rctx, a = found
    reviews = {o.previous_id: o for o in a.outcome_review}
    for stmt in rctx.draft.sections.get("E", ()):
        mark = a.mark(stmt.id)
        review = reviews.get(mark.previous_id or "")
        if mark.change != "unchanged" or review is None:
            continue
        end = ends(stmt.timeframe, rctx.case.year_group, a.review.meeting_date)
        why = {
            "achieved": "it has been achieved",
            "no_evidence": "the review evidence says nothing about progress towards it",
        }.get(review.status) or (
            f"its time frame ended on {end:%d %B %Y}" if end and end < a.review.meeting_date else ""
        )
        if why:
            section, statement_id, quote = _about(rctx, review.previous_id)
            yield make_flag(
                "OUTCOME_ROLLED_OVER", f"This outcome is carried over unchanged although {why}.",
                section=section, statement_id=statement_id, document_id=a.current.document_id, quote=quote,
            )  # fmt: skip


@check(
    "STALE_CONTENT",
    "warning",
    "SEND Regulations 2014 reg 19; SEND Code of Practice 9.166",
    "The current plan's text is out of date against the review evidence.",
)
def stale_content(ctx: Context) -> Iterator[Flag]:
    found = _review(ctx)
    if found is None:
        return
    rctx, a = found
    for item in a.stale:
        section, statement_id, quote = _about(rctx, item.previous_id)
        yield make_flag(
            "STALE_CONTENT", f"Out of date: {item.why}", section=section, statement_id=statement_id,
            document_id=a.current.document_id, quote=quote,
        )  # fmt: skip


@check(
    "REVIEW_DEADLINE",
    "error",
    "SEND Regulations 2014 regs 18, 20(10), 22(3); R (L, M and P) v Devon CC [2022] EWHC 493 (Admin)",
    "A statutory review deadline is missed or cannot be met.",
)
def review_deadline(ctx: Context) -> Iterator[Flag]:
    found = _review(ctx)
    if found is None:
        return
    rctx, a = found
    due = deadlines(a.review, rctx.case.year_group, a.notice_date)
    for m in missed(due, a.review.on, decided=a.decision is not None, notice_date=a.notice_date):
        yield make_flag("REVIEW_DEADLINE", m.message, subject=f"{m.key}:{m.due.isoformat()}")
