"""Coverage: advice that describes needs or recommends provision but gave the plan none of
either (ADVICE_NOT_DRAFTED), and outcomes whose time frame ends before the plan can be
finalised (OUTCOME_EXPIRES)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from appliance.documents import AdviceDocument
from appliance.drafting.plan import Flag
from appliance.evidence import fields, signals, timeframes
from appliance.evidence.units import sentence_spans
from appliance.qa import child
from appliance.qa.registry import Context, check, make_flag, statement_flag

NEED_AND_PROVISION_SECTIONS = ("B", "C", "D", "F", "G", "H1", "H2")
NOT_ADVICE = ("parent_views", "child_views", "existing_plan", "personal_details")
SIGNIFICANT = 2  # sentences that describe a difficulty or recommend provision
FINAL_PLAN_DAYS = 140  # SEND Regulations 2014 reg 13(2): 20 weeks from the request


def _says_what_is_needed(doc: AdviceDocument) -> bool:
    """Whether a document describes the child's needs or recommends provision, by its sentences' words."""
    found = 0
    for p in doc.passages:
        for a, b in sentence_spans(p.text):
            readings = {s.reading for s in signals.matched(p.text[a:b])}
            found += bool(readings & {"need", "provision"}) and "background" not in readings
            if found >= SIGNIFICANT:
                return True
    return False


@check(
    "ADVICE_NOT_DRAFTED",
    "warning",
    "SEND Regulations 2014 reg 11(a) (the LA must take the advice into account)",
    "An advice document that describes needs or recommends provision gave the plan none of either.",
)
def advice_not_drafted(ctx: Context) -> Iterator[Flag]:
    """A document read as the family's or the child's views (it gave Section A) is not advice of this kind."""
    cited = {
        c.document_id
        for sec in NEED_AND_PROVISION_SECTIONS
        for s in ctx.draft.sections.get(sec, ())
        for c in s.citations
    }
    views = {c.document_id for s in ctx.draft.sections.get("A", ()) for c in s.citations}
    for doc in ctx.documents:
        if doc.advice_type in NOT_ADVICE or doc.id in cited | views or not _says_what_is_needed(doc):
            continue
        message = (
            f"{doc.record.filename} describes the child's needs or recommends provision, but nothing from it is "
            "in Sections B to H2: check that it was read, and add what it says."
        )
        yield make_flag("ADVICE_NOT_DRAFTED", message, section="K", document_id=doc.id, subject=doc.record.filename)


@check(
    "OUTCOME_EXPIRES",
    "warning",
    "SEND Code of Practice 9.66 (outcomes look ahead, usually to the end of a key stage)",
    "An outcome's time frame ends before the plan can be finalised.",
)
def outcome_expires(ctx: Context) -> Iterator[Flag]:
    requested = ctx.case.requested
    if requested is None:
        return
    final = requested + timedelta(days=FINAL_PLAN_DAYS)
    year = child.year_group(ctx)
    for stmt in ctx.draft.sections.get("E", ()):
        # the outcome's own "By April 2026" outlasts a table's "When" column ("December 2025 to February
        # 2026", when the work towards it happens): the latest end stated is the outcome's
        stated = [w for w in (stmt.timeframe, fields.timeframe(stmt.text)) if w] or [stmt.text]
        ends = [e for e in (timeframes.ends(w, year_group=year, on=requested) for w in stated) if e is not None]
        end = max(ends, default=None)
        if end is not None and end < final:
            message = (
                f"This outcome's time frame ends on or about {end:%-d %B %Y}, before the plan can be finalised "
                f"({final:%-d %B %Y}, 20 weeks after the request): set a time frame that looks ahead."
            )
            yield statement_flag("OUTCOME_EXPIRES", message, "E", stmt)
