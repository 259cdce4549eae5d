"""Evidence items become draft statements: a faithful extract in plan language, its provision
fields or time frame, and a citation per source passage.

The extract is what the draft falls back to whenever the model's wording fails grounding, so
it only ever rearranges the advice's own words: paragraph numbers go, "should" becomes "will",
a provision-map row becomes one sentence, a form answer loses its label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appliance.drafting.plan import Citation
from appliance.evidence import fields
from appliance.evidence.routing import Evidence, Voice
from appliance.ingest.passages import Passage

LEAD_IN_RE = re.compile(
    r"^(?:(?:health|social care|educational|special educational) provision|recommendations?|targets?|"
    r"outcomes?|needs?)\s*:\s*"
    r"|^(?:i would recommend|i recommend|it is recommended|we recommend|i suggest)(?: that)?\s+",
    re.I,
)
SHOULD_RE = re.compile(r"\bshould\b")
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


def cite(document_id: str, p: Passage) -> Citation:
    return Citation(document_id=document_id, quote=p.text, locator=p.locator, passage=p.seq)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """'Twice weekly' -> 'twice weekly', but 'SLT review' stays as it is."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def plain(text: str) -> str:
    """Plan language from one passage body, using only its own words."""
    text = LEAD_IN_RE.sub("", text.strip())
    text = SHOULD_RE.sub("will", text)
    text = sentence_case(text.strip())
    return text if text.endswith((".", "!", "?", ")")) else text + "."


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
    text = plain(target).rstrip(".")
    if when:
        text += f" ({lower_first(when)})"
    if measure:
        text += f". Measured by: {lower_first(measure)}"
    return text + ".", when


def _body(p: Passage) -> str:
    if p.kind == "table_row" and len(p.cells) == 2 and not p.header:
        return p.cells[1]  # a form answer without its question
    return p.body


def compose(ev: Evidence, author_role: str | None = None) -> Candidate:
    citations = tuple(cite(ev.document_id, p) for p in ev.passages)
    base = {
        "section": ev.section,
        "kind": ev.kind,
        "citations": citations,
        "sources": ev.passages,
        "area": ev.area,
        "who": ev.who,
        "moved_from": ev.moved_from,
    }
    p = ev.passages[0]
    if ev.kind.endswith("provision"):
        if p.kind == "table_row" and p.header:
            row_fields = fields.from_table_row(p.header, p.cells)
            text, need = _row_sentence(p, row_fields)
            return Candidate(text=text, fields=row_fields, need_hint=need, **base)  # type: ignore[arg-type]
        body = _body(p)
        found = fields.from_text(body)
        if found.delivered_by is None and author_role and re.search(r"\bI (will|have referred)\b", body):
            found = fields.ProvisionFields(found.frequency, found.duration, found.group_size, author_role.lower())
        return Candidate(text=plain(body), fields=found, **base)  # type: ignore[arg-type]
    if ev.kind == "outcome":
        if p.kind == "table_row" and p.header:
            text, when = _outcome_row(p)
            return Candidate(text=text, timeframe=when, **base)  # type: ignore[arg-type]
        body = _body(p)
        return Candidate(text=plain(body), timeframe=fields.timeframe(body), **base)  # type: ignore[arg-type]
    text = " ".join(plain(_body(q)) for q in ev.passages)
    if ev.kind == "view":
        text = " ".join(sentence_case(_body(q).strip()) for q in ev.passages)
    return Candidate(text=text, **base)  # type: ignore[arg-type]
