"""Evidence items become draft statements: a faithful extract in plan language, its provision
fields or time frame, and a citation per source passage.

The extract is what the draft falls back to whenever the model's wording fails grounding, so
it only ever rearranges the advice's own words (`language.py`: labels go, "should" becomes
"will", "I" becomes the author's role, letter talk is not drafted), a provision-map row becomes
one sentence, a form answer loses its label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appliance.drafting import language
from appliance.drafting.plan import Citation
from appliance.evidence import fields
from appliance.evidence.routing import Evidence, Voice
from appliance.ingest.passages import Passage

WHAT_COLUMN_RE = re.compile(r"provision|intervention|support|strategy|what|target|outcome|description", re.I)
NEED_COLUMN_RE = re.compile(r"need|area|addresses|purpose", re.I)
MEASURE_COLUMN_RE = re.compile(r"measured|evidence|how will", re.I)


@dataclass(frozen=True)
class Candidate:
    """A statement before it has an id: what the writer and grounding work on."""

    section: str
    kind: str
    text: str
    citations: tuple[Citation, ...]
    sources: tuple[Passage, ...]
    area: str | None = None
    who: Voice | None = None
    fields: fields.ProvisionFields | None = None
    timeframe: str | None = None
    need_hint: str | None = None  # a provision map's "need addressed" cell
    moved_from: str | None = None
    author_role: str | None = None  # from the document's details: the model may name the author by it


def cite(document_id: str, p: Passage) -> Citation:
    return Citation(document_id=document_id, quote=p.text, locator=p.locator, passage=p.seq)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """'Twice weekly' -> 'twice weekly', but 'SLT review' stays as it is."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _column(header: tuple[str, ...], cells: tuple[str, ...], pattern: re.Pattern[str]) -> str | None:
    for head, cell in zip(header, cells, strict=False):
        if cell and pattern.search(head):
            return cell
    return None


def _row_sentence(p: Passage, row_fields: fields.ProvisionFields) -> tuple[str, str | None]:
    """A provision-map row as one sentence, and the need it says it addresses."""
    what = _column(p.header, p.cells, WHAT_COLUMN_RE) or p.cells[0]
    need = _column(p.header[1:], p.cells[1:], NEED_COLUMN_RE)
    amounts = [v for v in (row_fields.frequency, row_fields.duration) if v]
    details = ", ".join(lower_first(a) for a in amounts)
    if row_fields.group_size:
        details = f"{details}; {lower_first(row_fields.group_size)}".strip("; ")
    text = what.rstrip(".")
    if details:
        text += f" ({details})"
    if row_fields.delivered_by:
        text += f", delivered by {lower_first(row_fields.delivered_by)}"
    return sentence_case(text) + ".", need


def _outcome_row(p: Passage) -> tuple[str, str | None]:
    target = _column(p.header, p.cells, WHAT_COLUMN_RE) or p.cells[0]
    when = fields.timeframe("", p.header, p.cells)
    measure = _column(p.header, p.cells, MEASURE_COLUMN_RE)
    text = target.strip().rstrip(".")
    if when:
        text += f" ({lower_first(when)})"
    if measure:
        text += f". Measured by: {lower_first(measure)}"
    return text + ".", when


def _body(p: Passage) -> str:
    if p.kind == "table_row" and len(p.cells) == 2 and not p.header:
        return p.cells[1]  # a form answer without its question
    return p.body


def compose(ev: Evidence, author_role: str | None = None, child_name: str = "") -> Candidate | None:
    """The item as a statement in plan language (`language.py`); None where nothing of it is drafted
    (a letter's sign-off, an endorsement of another report)."""

    def speak(text: str, p: Passage) -> str | None:
        return language.grounded(text, ev.kind, author_role, child_name, [p.text])

    citations = tuple(cite(ev.document_id, p) for p in ev.passages)
    base = {
        "section": ev.section,
        "kind": ev.kind,
        "citations": citations,
        "sources": ev.passages,
        "area": ev.area,
        "who": ev.who,
        "moved_from": ev.moved_from,
        "author_role": author_role,
    }
    p = ev.passages[0]
    if ev.kind.endswith("provision"):
        if p.kind == "table_row" and p.header:
            row_fields = fields.from_table_row(p.header, p.cells)
            text, need = _row_sentence(p, row_fields)
            said = speak(text, p)
            return Candidate(text=said, fields=row_fields, need_hint=need, **base) if said else None  # type: ignore[arg-type]
        body = _body(p)
        found = fields.from_text(body)
        if found.delivered_by is None and author_role and re.search(r"\bI (will|have referred)\b", body):
            found = fields.ProvisionFields(found.frequency, found.duration, found.group_size, author_role.lower())
        said = speak(body, p)
        return Candidate(text=said, fields=found, **base) if said else None  # type: ignore[arg-type]
    if ev.kind == "outcome":
        if p.kind == "table_row" and p.header:
            text, when = _outcome_row(p)
            said = speak(text, p)
            return Candidate(text=said, timeframe=when, **base) if said else None  # type: ignore[arg-type]
        body = _body(p)
        said = speak(body, p)
        return Candidate(text=said, timeframe=fields.timeframe(body), **base) if said else None  # type: ignore[arg-type]
    kept = [(q, said) for q in ev.passages if (said := speak(_body(q), q))]  # grouped needs and views
    if not kept:
        return None
    base |= {"citations": tuple(cite(ev.document_id, q) for q, _ in kept), "sources": tuple(q for q, _ in kept)}
    return Candidate(text=" ".join(t for _, t in kept), **base)  # type: ignore[arg-type]
