"""Checks on the drafted plan."""

from __future__ import annotations

from collections.abc import Iterator

from appliance.drafting import grounding
from appliance.drafting.plan import SECTIONS, Flag
from appliance.qa.registry import Context, check, make_flag


@check("SECTION_MISSING", "error", "SEND Regulations 2014 reg 12(1); SEND Code of Practice 9.62",
       "Every section of the plan must be present and separately labelled.")  # fmt: skip
def section_missing(ctx: Context) -> Iterator[Flag]:
    for sec in SECTIONS:
        if sec not in ctx.draft.sections:
            yield make_flag("SECTION_MISSING", f"Section {sec} is missing from the plan.", section=sec)


@check("PLACEMENT_IN_DRAFT", "error", "IPSEA guidance on draft plans; SEND Regulations 2014 reg 13(1)",
       "Section I stays blank in a draft: the LA names a placement after consultation.")  # fmt: skip
def placement_in_draft(ctx: Context) -> Iterator[Flag]:
    for stmt in ctx.draft.sections.get("I", ()):
        yield make_flag("PLACEMENT_IN_DRAFT", "Section I names a placement in a draft plan.", section="I",
                        statement_id=stmt.id, quote=stmt.text)  # fmt: skip


@check("UNSUPPORTED_STATEMENT", "error", "SEND Regulations 2014 reg 11(a); the appliance's fidelity rule",
       "A statement has no citation, or says something its cited advice does not.")  # fmt: skip
def unsupported_statement(ctx: Context) -> Iterator[Flag]:
    names = {p for k in ("child_name", "preferred_name") for p in str(ctx.case.get(k) or "").split()}
    for sec, stmt in ctx.draft.statements():
        if not stmt.citations:
            yield make_flag("UNSUPPORTED_STATEMENT", "This statement cites no advice.", section=sec,
                            statement_id=stmt.id, quote=stmt.text)  # fmt: skip
            continue
        result = grounding.check(stmt.text, [c.quote for c in stmt.citations], names, coverage=0.6)
        if not result.ok:
            yield make_flag("UNSUPPORTED_STATEMENT", "Not supported by its cited advice: " + "; ".join(result.problems),
                            section=sec, statement_id=stmt.id, quote=stmt.text)  # fmt: skip
