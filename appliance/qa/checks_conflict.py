"""ADVICE_CONFLICT: two reports recommend different amounts or kinds of the same provision, such
as weekly against fortnightly therapy, or direct teaching against an advisory visit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from appliance.drafting.plan import PROVISION_SECTIONS, Flag, Statement
from appliance.qa.amounts import amount
from appliance.qa.registry import Context, check, statement_flag

# (provision, how reports name it, the practitioner who delivers it, the advice type of that specialist)
DISCIPLINES = (
    (
        "speech and language therapy",
        r"speech and language therapy|\bslt\b|\bsalt\b",
        r"speech and language therap(ist|y service)|\bslt\b|\bsalt\b",
        "speech_and_language",
    ),
    ("occupational therapy", r"occupational therapy|\bot\b", r"occupational therapist|\bot\b", "occupational_therapy"),
    ("physiotherapy", r"physiotherapy|\bphysio\b", r"physiotherapist|\bphysio\b", "physiotherapy"),
    (
        "specialist teaching for deafness",
        r"teacher of the deaf|\bqtod\b",
        r"teacher of the deaf|\bqtod\b",
        "hearing_impairment_teacher",
    ),
    (
        "specialist teaching for vision impairment",
        r"\bqtvi\b|teacher of (children with )?(the )?visual",
        r"teacher of (children with )?(the )?visual\w* impair\w*|\bqtvi\b",
        "vision_impairment_teacher",
    ),
    ("educational psychology", r"educational psycholog", r"educational psychologist", "psychological"),
    (
        "counselling or therapy",
        r"counselling|play therapy|music therapy|art therapy",
        r"counsellor|play therapist|music therapist|art therapist",
        "medical",
    ),
)
# someone other than the specialist delivers it
OTHER_DELIVERER_RE = re.compile(
    r"teaching assistant|\b(ta|lsa|hlta)s?\b|learning support|teacher\b|mentor|key (adult|worker)|\belsa\b|"
    r"\bparents?\b|\bcarers?\b",
    re.I,
)
# "trained by the therapist", "a programme set by the SLT": someone else delivers it
INDIRECT_RE = re.compile(
    r"(\b(trained|set|written|planned|designed|advised|guided|supervised|overseen|modelled)\s+by"
    r"|\b(guidance|advice|direction|supervision|support) (of|from))\s+((the|a|an|his|her|their)\s+)?(nhs\s+)?$",
    re.I,
)
DIRECT_RE = re.compile(
    r"\b(therapy|sessions?|treatment|intervention|teaching|teach|counselling|direct|1:1|individual)\b", re.I
)
TRAINING_RE = re.compile(r"\btrain(s|ing)?\b|\bawareness\b", re.I)
CONSULT_RE = re.compile(r"\b(review|visit|advise|advice|consult|monitor|assess)\w*", re.I)
PROGRAMME_RE = re.compile(r"\bprogrammes?\b", re.I)
SETTER = r"(?:the |a |an |his |her |their )?(?:nhs )?"  # "set by the NHS SLT"
COMPARABLE = ({"direct"}, {"consult"}, {"training"}, {"programme"}, {"direct", "consult"})
KINDS = {
    "direct": "direct work with the child",
    "consult": "visits to review or advise",
    "training": "staff training",
    "programme": "a programme the specialist sets for school staff to deliver",
}
Item = tuple[str, Statement, tuple[str, str]]


@check(
    "ADVICE_CONFLICT",
    "warning",
    "SEND Code of Practice 9.69 (the LA must resolve and explain departures from advice)",
    "Two reports recommend different amounts or kinds of the same provision.",
)
def advice_conflict(ctx: Context) -> Iterator[Flag]:
    items = [(sec, s, k) for sec, s in ctx.draft.statements() if sec in PROVISION_SECTIONS if (k := _kind(s))]
    names = {d.record.id: d.record.filename for d in ctx.documents}
    types = ctx.advice_types
    for a, b in combinations(items, 2):
        if not _comparable(a, b):
            continue
        said_a, said_b = amount(a[1].text), amount(b[1].text)
        if a[2][1] == b[2][1] and not said_a.differs(said_b):
            continue
        # the flag sits on the advice that departs from the specialist's own, else on the later one
        specialist = next(t for name, _, _, t in DISCIPLINES if name == a[2][0])
        if types.get(_first_document(b[1])) == specialist and types.get(_first_document(a[1])) != specialist:
            (a, said_a), (b, said_b) = (b, said_b), (a, said_a)
        message = (
            f"Reports disagree about {a[2][0]}: this one recommends {KINDS[b[2][1]]} "
            f"('{said_b.said or b[1].text[:60]}'), {names.get(_first_document(a[1]), 'another report')} "
            f"recommends {KINDS[a[2][1]]} ('{said_a.said or a[1].text[:60]}'). Decide what the plan "
            "specifies and record why it departs from the other advice."
        )
        yield statement_flag("ADVICE_CONFLICT", message, b[0], b[1])


def _comparable(a: Item, b: Item) -> bool:
    """The same discipline, comparable kinds of work, from different reports."""
    (_, stmt_a, kind_a), (_, stmt_b, kind_b) = a, b
    return (
        kind_a[0] == kind_b[0]
        and {kind_a[1], kind_b[1]} in COMPARABLE
        and not (_documents(stmt_a) & _documents(stmt_b))
    )


def _kind(stmt: Statement) -> tuple[str, str] | None:
    """The discipline whose practitioner delivers the item, and whether it is direct work with the
    child, an advisory visit or review, or training for staff."""
    for name, activity, practitioner, _ in DISCIPLINES:
        if _delivered_by(stmt, practitioner) or (
            re.search(activity, stmt.text, re.I) and not OTHER_DELIVERER_RE.search(stmt.delivered_by or stmt.text)
        ):
            if TRAINING_RE.search(stmt.text):
                return name, "training"
            if DIRECT_RE.search(stmt.text):
                return name, "direct"
            return name, "consult" if CONSULT_RE.search(stmt.text) else "direct"
        set_by = rf"\b(?:set|written|planned|designed|devised)\s+by\s+{SETTER}(?:{practitioner})"
        if PROGRAMME_RE.search(stmt.text) and re.search(set_by, stmt.text, re.I):
            return name, "programme"  # set by the specialist, delivered by someone else
    return None


def _delivered_by(stmt: Statement, practitioner: str) -> bool:
    for text in (stmt.delivered_by or "", stmt.text):
        for m in re.finditer(practitioner, text, re.I):
            if not INDIRECT_RE.search(text[max(0, m.start() - 40) : m.start()]):
                return True
    return False


def _documents(stmt: Statement) -> set[str]:
    return {c.document_id for c in stmt.citations}


def _first_document(stmt: Statement) -> str:
    return stmt.citations[0].document_id if stmt.citations else ""
