"""Checks on the case and its advice documents: which advice is there, how old it is, and
whether any of it speaks to a machine."""

from __future__ import annotations

import re
from collections.abc import Iterator

from appliance.drafting.plan import Flag
from appliance.evidence import routing
from appliance.ingest import injection
from appliance.qa import child
from appliance.qa.advice_dates import add_months, advice_date, months_before
from appliance.qa.registry import Context, check, make_flag

# Each advice reg 6(1) requires, with the document types that supply it.
REQUIRED_ADVICE = {
    "educational": ("educational", "hearing_impairment_teacher", "vision_impairment_teacher"),
    "medical": ("medical",),
    "psychological": ("psychological",),
    "social_care": ("social_care",),
}
ADVICE_NAMES = {
    "parent_views": "record of the parent's or carer's views (the family's views)",
    "young_person_views": "record of the views of the young person or their parent or carer",
    "educational": "educational advice (from the school or a qualified teacher)",
    "medical": "medical advice",
    "psychological": "psychological advice (from an educational psychologist)",
    "social_care": "social care advice",
    "preparing_for_adulthood": "preparing-for-adulthood advice (independent living, employment, community)",
}
PFA_YEAR = 9
PFA_HEADING_RE = re.compile(r"preparing for adulthood|independent living|transition to adult", re.I)
# a document about the move to adult life, by its name: transition minutes, an adult social care transitions letter
PFA_TITLE_RE = re.compile(
    r"\btransitions?\b|\bpfa\b|preparing for adulthood|adult social care|care act|supported internship|careers?\b",
    re.I,
)
# a move between schools, not to adult life ("Year 6 to 7 transition form")
SCHOOL_TRANSFER_RE = re.compile(
    r"\b(?:year|y) ?[1-8]\b|primary|secondary|reception|nursery|key stage [12]|\bks[12]\b", re.I
)
UNDATED_TYPES = ("existing_plan", "personal_details")


@check(
    "ADVICE_MISSING",
    "error",
    "SEND Regulations 2014 reg 6(1)(a)-(e),(g)",
    "The law requires advice of each of these types before a plan is drafted.",
)
def advice_missing(ctx: Context) -> Iterator[Flag]:
    types = {t for d in ctx.documents for t in d.record.advice_types}  # a joint report counts for both
    age = child.age(ctx)
    if age is not None and age >= child.YOUNG_PERSON_AGE:
        if not types & {"parent_views", "child_views"}:
            yield _missing("young_person_views")
    elif "parent_views" not in types and not any(routing.has_parent_comments(d) for d in ctx.documents):
        yield _missing("parent_views")  # a parent's comments written into the school's plan are their views
    for need, accepted in REQUIRED_ADVICE.items():
        if not types & set(accepted):
            yield _missing(need)
    year = child.year_group(ctx)
    if year is not None and year >= PFA_YEAR and not _has_pfa_advice(ctx):
        yield _missing("preparing_for_adulthood", f" It is required from Year 9; the child is in Year {year}.")


def _missing(need: str, why: str = "") -> Flag:
    message = f"Missing advice: there is no {ADVICE_NAMES[need]} among the documents.{why}"
    return make_flag("ADVICE_MISSING", message, section="K", subject=need)


def _has_pfa_advice(ctx: Context) -> bool:
    """A preparing-for-adulthood report (by its type or its name: "Transition meeting minutes", "Adult social care
    letter"), or a report with its own preparing-for-adulthood section."""
    for doc in ctx.documents:
        name = doc.record.filename
        if "preparing_for_adulthood" in doc.record.advice_types or (
            PFA_TITLE_RE.search(name) and not SCHOOL_TRANSFER_RE.search(name)
        ):
            return True
        for p in doc.passages:
            if p.kind != "heading" and any(PFA_HEADING_RE.search(h) for h in p.headings):
                return True
    return False


@check(
    "ADVICE_OUT_OF_DATE",
    "warning",
    "SEND Regulations 2014 reg 6(4) (older advice only if everyone agrees it is still sufficient)",
    "Advice written long before the request may no longer describe the child.",
)
def advice_out_of_date(ctx: Context) -> Iterator[Flag]:
    ref = child.reference_date(ctx)
    against = "the request date" if ctx.case.request_date else "today"
    limit = ctx.settings.stale_months
    for doc in ctx.documents:
        dated = advice_date(doc) if doc.record.advice_type not in UNDATED_TYPES else None
        if dated is None or dated[0] >= add_months(ref, -limit):  # 12 months and a day is more than 12
            continue
        when, passage = dated
        message = (
            f"This advice is dated {when:%d %B %Y}, {months_before(ref, when)} months before {against} "
            f"({ref:%d %B %Y}). Advice more than {limit} months old can only be used if the family and "
            "the LA agree it is still sufficient: consider asking for new advice."
        )
        yield make_flag(
            "ADVICE_OUT_OF_DATE",
            message,
            section="K",
            document_id=doc.record.id,
            quote=passage.text if passage else None,
            subject=when.isoformat(),
        )


@check(
    "INSTRUCTION_IN_ADVICE",
    "warning",
    "The appliance's own security rule",
    "A report contains text addressed to an AI system or to the drafter. It was withheld from the draft, not obeyed.",
)
def instruction_in_advice(ctx: Context) -> Iterator[Flag]:
    for doc in ctx.documents:
        for found in injection.findings(doc.passages):
            yield make_flag(
                "INSTRUCTION_IN_ADVICE",
                _withheld_message(found),
                document_id=doc.record.id,
                quote=found.quote,
            )


def _withheld_message(found: injection.Finding) -> str:
    where = ", ".join(p.locator for p in found.passages)
    others = len(found.withheld) - len(found.passages)
    under = (
        f" The {others} passage{'s' if others != 1 else ''} under it {'were' if others != 1 else 'was'} withheld too."
        if others
        else ""
    )
    return (
        f"Withheld from the draft ({where}): this text {injection.explain(found.kinds)}, so it is addressed to an "
        f"AI system or to whoever drafts the plan. The appliance did not obey it and drafted none of it.{under} "
        "Check with the author why it is there."
    )
