"""OTHER_CHILD_NAME: another child's name or date of birth in the advice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from appliance.drafting.plan import Flag
from appliance.qa import child, identity
from appliance.qa.registry import Context, check, make_flag

COPIED = "It may hold another child's details copied from their report: check it with the author."


@check(
    "OTHER_CHILD_NAME",
    "error",
    "UK GDPR Art 5(1)(d),(f) (accuracy; confidentiality)",
    "A document seems to hold another child's details, copied from their advice or plan.",
)
def other_child_name(ctx: Context) -> Iterator[Flag]:
    who = str(ctx.case.get("child_name") or ctx.case.get("preferred_name"))
    for doc, f in identity.other_child_findings(ctx.case, ctx.documents):
        yield make_flag(
            "OTHER_CHILD_NAME",
            _message(f, who, ctx.case.get("date_of_birth")),
            document_id=doc.record.id,
            quote=f.passage.text,
            subject=f.value,
        )


def _message(f: identity.Finding, who: str, born: Any) -> str:
    if f.kind == "dob":
        theirs = child.iso_date(born)
        given = f"{who} was born on {theirs:%d %B %Y}" if theirs else f"that is not {who}'s"
        return f"This report gives the date of birth (DOB) as {f.value}, but {given}. {COPIED}"
    if f.kind == "name":
        return f"This report is headed with the name '{f.value}', not {who}. {COPIED}"
    return f"This report describes a child named '{f.value}', not {who}. {COPIED}"
