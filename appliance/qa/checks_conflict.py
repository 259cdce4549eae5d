"""ADVICE_CONFLICT: two reports recommend different amounts of the same provision."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from appliance.drafting.plan import PROVISION_SECTIONS, Flag, Statement
from appliance.qa.amounts import amount
from appliance.qa.registry import Context, check, statement_flag

# (provision, the words that name it or who delivers it, the advice type of that specialist)
DISCIPLINES = (
    ("speech and language therapy", r"speech and language therap|\bslt\b|\bsalt\b", "speech_and_language"),
    ("occupational therapy", r"occupational therap|\bot\b", "occupational_therapy"),
    ("physiotherapy", r"physiotherap|\bphysio\b", "physiotherapy"),
    ("teacher of the deaf support", r"teacher of the deaf|\bqtod\b", "hearing_impairment_teacher"),
    ("vision support", r"teacher of (children with )?(the )?visual|\bqtvi\b", "vision_impairment_teacher"),
    ("educational psychology", r"educational psycholog", "psychological"),
    ("counselling or therapy", r"counsell|play therap|music therap|art therap", "medical"),
)
DIRECT_RE = re.compile(r"\b(therapy|sessions?|treatment|intervention|teaching|counselling)\b", re.I)
CONSULT_RE = re.compile(r"\b(review|train|training|visit|advise|advice|consult|monitor|assess)\w*", re.I)
Item = tuple[str, Statement]


@check(
    "ADVICE_CONFLICT",
    "warning",
    "SEND Code of Practice 9.69 (the LA must resolve and explain departures from advice)",
    "Two reports recommend different amounts or kinds of the same provision.",
)
def advice_conflict(ctx: Context) -> Iterator[Flag]:
    items = [(sec, s) for sec, s in ctx.draft.statements() if sec in PROVISION_SECTIONS and _kind(s)]
    types = {d.record.id: d.record.advice_type for d in ctx.documents}
    names = {d.record.id: d.record.filename for d in ctx.documents}
    for a, b in combinations(items, 2):
        kind = _kind(a[1])
        if kind is None or kind != _kind(b[1]) or _documents(a[1]) & _documents(b[1]):
            continue
        said_a, said_b = amount(a[1].text), amount(b[1].text)
        if not said_a.differs(said_b):
            continue
        specialist = next(t for name, _, t in DISCIPLINES if name == kind[0])
        # the flag sits on the advice that departs from the specialist's own, else on the later one
        (sec, stmt, said), (_, other, other_said) = sorted(
            ((*a, said_a.said), (*b, said_b.said)),
            key=lambda item: types.get(_first_document(item[1])) != specialist,
            reverse=True,
        )
        message = (
            f"Two reports recommend different amounts of {kind[0]}: "
            f"{names.get(_first_document(stmt), 'one')} says '{said}', "
            f"{names.get(_first_document(other), 'another')} says '{other_said}'. "
            "Decide what the plan specifies and record why it departs from the other advice."
        )
        yield statement_flag("ADVICE_CONFLICT", message, sec, stmt)


def _kind(stmt: Statement) -> tuple[str, str] | None:
    """The discipline a provision item is delivered in, and whether it is direct work or a review."""
    text = f"{stmt.text} {stmt.delivered_by or ''}"
    for name, pattern, _ in DISCIPLINES:
        if re.search(pattern, text, re.I):
            if DIRECT_RE.search(stmt.text):
                return name, "direct"
            return name, "consult" if CONSULT_RE.search(text) else "other"
    return None


def _documents(stmt: Statement) -> set[str]:
    return {c.document_id for c in stmt.citations}


def _first_document(stmt: Statement) -> str:
    return stmt.citations[0].document_id if stmt.citations else ""
