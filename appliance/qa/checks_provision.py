"""Checks on each provision item (F, G, H1, H2): is it specific, quantified, delivered by someone
named, decided by the plan rather than left to others, more than money, and in the right section."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from appliance.drafting.plan import PROVISION_SECTIONS, Flag, Statement
from appliance.evidence import funding
from appliance.evidence.signals import OT_ABBREVIATION
from appliance.ingest.people import SLT_ABBREVIATION, staff_first_names
from appliance.qa import wording
from appliance.qa.registry import Context, check, statement_flag

EDUCATES_RE = re.compile(
    rf"speech and language therap(y|ist)|{SLT_ABBREVIATION}|occupational therap(y|ist)|{OT_ABBREVIATION}|"
    r"physiotherap(y|ist)|social skills|(language|communication|motor skills?) programme|"
    r"\b(literacy|phonics|reading|handwriting|fine motor|typing) (programme|intervention|sessions?|group)|"
    # (the staff "who teach him" are who is trained, not what is taught)
    r"(?<!\bwho )(?<!\bthat )\bteach(es)? (him|her|them)\b|\bwill be taught\b",
    re.I,
)
CARE_ONLY_RE = re.compile(
    r"swallow|dysphagia|eating and drinking|feeding|gastrostomy|medication|prescri|orthotic|splint|surgery|"
    r"wheelchair (assessment|service)|hospital appointment|botulinum|injections?|hydrotherap|aquatic|"
    r"seating and posture|blood (monitoring|tests?)|"
    # breathing care a respiratory physiotherapist trains staff in: "Cough assist ... used at school after lunch"
    r"respiratory|cough assist|airway clearance|chest physio\w*|suction|ventilat\w+|\bniv\b|oxygen|"
    # an occupational therapist's assessment for adapting the family home is social care, not teaching
    r"home adaptations?|adaptations? (?:to|of|at) (?:the|his|her|their|the family['’]s) (?:family )?home|"
    r"disabled facilities grant|"
    # insoles fitted, a bed assessed, a bedtime routine: care at home and on the feet, not teaching
    r"insoles|\bbeds?\b|\bsleep",
    re.I,
)
THERAPY_NAMES = (
    ("speech and language therapy", re.compile(rf"speech and language|{SLT_ABBREVIATION}", re.I)),
    ("occupational therapy", re.compile(rf"occupational therap|{OT_ABBREVIATION}", re.I)),
    ("physiotherapy", re.compile(r"physio", re.I)),
    ("social skills teaching", re.compile(r"social skills", re.I)),
)
THERAPY_RE = re.compile(r"therap", re.I)  # any therapy, hydrotherapy too
SECTION_NAMES = {"G": "health provision", "H1": "social care provision", "H2": "social care provision"}
NOT_QUANTIFIED = (
    "This provision does not say how often or how much, or for how long (for example '30 minutes, twice a week')."
)
NO_DELIVERER = (
    "This provision does not say who will deliver it, or names only 'staff', 'an adult' or 'school' "
    "without a role or training."
)
MONEY_ONLY = (
    "This provision is only money, hours of funding or a band: describe what the money will provide, "
    "how often and by whom."
)

HELD_BACK = (
    "The advice asks for money, hours of funding or a band and says nothing of what it buys, so it was "
    "not drafted: Section F must describe the help itself, how often and by whom."
)


def provision(ctx: Context) -> Iterator[tuple[str, Statement]]:
    """Every provision item except those that are only money or leave the provision to someone
    else to decide: their own flag says what is wrong, and asking for amounts or a deliverer on
    top would only repeat it. An item the reading is unsure of is the caseworker's to check first,
    unless it is hedged ("time out when needed"): hedged help is what these checks are for."""
    names = ctx.case.names
    for sec, stmt in ctx.draft.statements():
        money_only = funding.is_money_only(stmt.text, names) or funding.is_funding_request(stmt.text)
        if (
            sec in PROVISION_SECTIONS
            and not money_only
            and not wording.DELEGATED_RE.search(stmt.text)
            and (not stmt.unsure or wording.provision_hedges(stmt, sec, ctx.settings.vague_terms))
        ):
            yield sec, stmt


@check(
    "PROVISION_NOT_QUANTIFIED",
    "error",
    "SEND Code of Practice 9.69 (detailed, specific, normally quantified); L v Clarke and Somerset CC [1998]",
    "Provision must say how often or how much, and for how long.",
)
def provision_not_quantified(ctx: Context) -> Iterator[Flag]:
    for sec, stmt in provision(ctx):
        exempt = (
            wording.needs_no_amount(stmt.text)
            or wording.is_whole_staff_adjustment(stmt.text)
            or wording.is_equipment(stmt.text)
            or wording.is_mealtime_care(stmt.text, sec)
            or wording.is_manner(stmt.text)
        )
        if not exempt and not wording.is_quantified(stmt, ctx.settings.vague_terms):
            yield statement_flag("PROVISION_NOT_QUANTIFIED", NOT_QUANTIFIED, sec, stmt)


@check(
    "PROVISION_NO_DELIVERER",
    "warning",
    "SEND Code of Practice 9.69 (level of expertise); EC v North East Lincolnshire [2015]",
    "Provision must say who delivers it and with what expertise.",
)
def provision_no_deliverer(ctx: Context) -> Iterator[Flag]:
    # a first name the advice gave a role ("Key person: Shanice Bell") says who delivers: "with Shanice every morning"
    staff = staff_first_names([p.text for d in ctx.documents for p in d.passages], ctx.case.names)
    for sec, stmt in provision(ctx):
        every_adult = wording.is_whole_staff_adjustment(stmt.text)  # "Every adult who teaches him will ..."
        # care at meals is for whoever the plan trains to feed the child, unless it names only "an adult"
        anyone_trained = wording.is_mealtime_care(stmt.text, sec) and not wording.ANY_ADULT_RE.search(stmt.text)
        if not (
            wording.has_deliverer(stmt, sec, staff)
            or wording.needs_no_amount(stmt.text)
            or every_adult
            or anyone_trained
        ):
            yield statement_flag("PROVISION_NO_DELIVERER", NO_DELIVERER, sec, stmt)


@check(
    "VAGUE_WORDING",
    "warning",
    "Worcestershire CC v SE [2020] UKUT 217; IPSEA guidance on Section F",
    "Hedged wording makes provision unenforceable.",
)
def vague_wording(ctx: Context) -> Iterator[Flag]:
    for sec, stmt in provision(ctx):
        terms = wording.provision_hedges(stmt, sec, ctx.settings.vague_terms)
        if terms:
            listed = ", ".join(f"'{t}'" for t in terms)
            message = f"This provision uses hedged wording ({listed}); say exactly what will be provided."
            yield statement_flag("VAGUE_WORDING", message, sec, stmt)


@check(
    "PROVISION_DELEGATED",
    "error",
    "C v SENT and Greenwich [1999]; E v Rotherham [2002]",
    "The plan itself must fix the amount and nature of provision.",
)
def provision_delegated(ctx: Context) -> Iterator[Flag]:
    names = ctx.case.names
    for sec, stmt in ctx.draft.statements():
        if sec not in PROVISION_SECTIONS or funding.is_money_only(stmt.text, names):
            continue
        m = wording.DELEGATED_RE.search(stmt.text)
        if m:
            message = (
                f"This provision leaves the amount or kind of help for someone else to decide "
                f"('{m.group(0)}'); the plan itself must fix it."
            )
            yield statement_flag("PROVISION_DELEGATED", message, sec, stmt)


@check(
    "MONEY_ONLY_PROVISION",
    "error",
    "R v Cumbria CC ex p P [1994]",
    "Provision must describe the help itself, not only money, hours of funding or a band.",
)
def money_only_provision(ctx: Context) -> Iterator[Flag]:
    names = ctx.case.names
    for sec, stmt in ctx.draft.statements():
        if sec in PROVISION_SECTIONS and funding.is_money_only(stmt.text, names):
            yield statement_flag("MONEY_ONLY_PROVISION", MONEY_ONLY, sec, stmt)
    for stmt in ctx.draft.held_back:  # not in the plan: the flag points at the advice, not a statement
        yield replace(statement_flag("MONEY_ONLY_PROVISION", HELD_BACK, "F", stmt), statement_id=None)


@check(
    "EDUCATIONAL_PROVISION_MISPLACED",
    "error",
    "Children and Families Act 2014 s21(5); R v Lancashire CC ex p M [1989]; Bromley v SENT [1999]",
    "Health or social care provision that educates or trains the child is special educational provision.",
)
def educational_provision_misplaced(ctx: Context) -> Iterator[Flag]:
    for sec, stmt in ctx.draft.statements():
        if stmt.unsure:  # whether it is provision at all is the caseworker's to check first
            continue
        educates = (
            EDUCATES_RE.search(stmt.text)
            and not CARE_ONLY_RE.search(stmt.text)
            and not wording.is_referral(stmt.text)  # the clinician's referral is health provision: the therapy is not
        )
        if sec in SECTION_NAMES and educates:
            message = (
                f"This {_therapy(stmt.text)} educates or trains the child, so it belongs in Section F, "
                f"not Section {sec}."
            )
            yield statement_flag("EDUCATIONAL_PROVISION_MISPLACED", message, sec, stmt)
        # (what else the draft moved, PE with the class or a drink at break, is school's part of health advice: no
        # therapy to tell the advice-giver about)
        elif sec == "F" and stmt.moved_from in SECTION_NAMES and _moved_therapy(stmt.text):
            message = (
                f"The advice recommends this {_therapy(stmt.text)} as {SECTION_NAMES[stmt.moved_from]} "
                f"(Section {stmt.moved_from}). It educates or trains the child, so the draft puts it in "
                "Section F: tell the advice-giver and check who will secure it."
            )
            yield statement_flag("EDUCATIONAL_PROVISION_MISPLACED", message, sec, stmt)


def _moved_therapy(text: str) -> bool:
    """Therapy the draft moved into F, hydrotherapy in the school day too; not a referral for it."""
    return bool(EDUCATES_RE.search(text) or THERAPY_RE.search(text)) and not wording.is_referral(text)


def _therapy(text: str) -> str:
    return next((name for name, pattern in THERAPY_NAMES if pattern.search(text)), "provision")
