"""OTHER_CHILD_NAME: another child's name or date of birth in the advice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from appliance.drafting.plan import Flag
from appliance.evidence import identity
from appliance.qa.registry import Context, check, make_flag

COPIED = "It may hold another child's details copied from their report: check it with the author."


@check(
    "OTHER_CHILD_NAME",
    "error",
    "UK GDPR Art 5(1)(d),(f) (accuracy; confidentiality)",
    "A document seems to hold another child's details, copied from their advice or plan.",
)
def other_child_name(ctx: Context) -> Iterator[Flag]:
    who = ctx.case.child_name or str(ctx.case.preferred_name)
    for doc, f in identity.other_child_findings(ctx.case, ctx.documents):
        yield make_flag(
            "OTHER_CHILD_NAME",
            _message(f, who, ctx.case.born),
            document_id=doc.record.id,
            quote=_sentence(f.passage.text, f.value),
            subject=f.value,
        )


def _sentence(text: str, value: str) -> str:
    """The sentence that holds the other child's name or date, where a passage runs to several (a
    numbered list read as one paragraph); the whole passage where none does."""
    return next((s for s in re.split(r"(?<=[.!?])(?<!\d\.)\s+", text) if value in s), text)


def _message(f: identity.Finding, who: str, born: date | None) -> str:
    if f.kind == "dob":
        given = f"{who} was born on {born:%d %B %Y}" if born else f"that is not {who}'s"
        return f"This report gives the date of birth (DOB) as {f.value}, but {given}. {COPIED}"
    if f.kind == "name":
        return f"This report is headed with the name '{f.value}', not {who}. {COPIED}"
    if f.kind == "peer":
        return (
            f"This report names another pupil, '{f.value}': their personal data should not be in {who}'s "
            "advice or plan. The passage was not drafted; ask the author to remove the name."
        )
    return f"This report describes a child named '{f.value}', not {who}. {COPIED}"
