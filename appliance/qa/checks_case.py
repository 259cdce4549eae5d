"""Checks on the case and its advice documents."""

from __future__ import annotations

import re
from collections.abc import Iterator

from appliance.drafting.plan import Flag
from appliance.qa.registry import Context, check, make_flag

REQUIRED_ADVICE = {
    "parent_views": ("parent_views", "child_views"),
    "educational": ("educational",),
    "medical": ("medical",),
    "psychological": ("psychological",),
    "social_care": ("social_care",),
}
ADVICE_NAMES = {
    "parent_views": "the views of the parent or young person",
    "educational": "educational advice",
    "medical": "medical advice",
    "psychological": "psychological advice",
    "social_care": "social care advice",
}
INSTRUCTION_RE = re.compile(
    r"ignore (all |your |any )?(previous|prior|above|earlier) instructions|you are an? (ai|language model|assistant)"
    r"|system prompt|note to (any )?ai|disregard (the |your )?(instructions|above)|as an ai",
    re.I,
)


@check("ADVICE_MISSING", "error", "SEND Regulations 2014 reg 6(1)(a)-(e),(g)",
       "The law requires advice of each of these types before a plan is drafted.")  # fmt: skip
def advice_missing(ctx: Context) -> Iterator[Flag]:
    types = {d.record.advice_type for d in ctx.documents}
    for need, accepted in REQUIRED_ADVICE.items():
        if not types & set(accepted):
            yield make_flag("ADVICE_MISSING", f"No {ADVICE_NAMES[need]} has been uploaded.", quote=None,
                            section="K")  # fmt: skip


@check("INSTRUCTION_IN_ADVICE", "warning", "The appliance's own security rule",
       "A report contains text addressed to an AI system. It was treated as data and not obeyed.")  # fmt: skip
def instruction_in_advice(ctx: Context) -> Iterator[Flag]:
    for doc in ctx.documents:
        for p in doc.passages:
            if INSTRUCTION_RE.search(p.text):
                yield make_flag(
                    "INSTRUCTION_IN_ADVICE",
                    "This report contains text addressed to an AI system; it was ignored. Check with the author.",
                    document_id=doc.record.id,
                    quote=p.text,
                )
