"""Evidence items become draft statements: a faithful extract in plan language, its provision
fields or time frame, and a citation per excerpt of the advice.

The extract is what the draft falls back to whenever the model's wording fails grounding, so
it only ever rearranges the advice's own words: paragraph numbers go, "should" becomes "will",
a table row becomes one sentence, a form answer loses its question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from appliance.drafting.plan import Citation
from appliance.evidence import fields
from appliance.evidence.routing import Evidence, Excerpt, Voice
from appliance.evidence.tables import Row
from appliance.evidence.units import unlabelled

LEAD_IN_RE = re.compile(
    r"^(?:(?:health|social care|educational|special educational) provision|recommendations?|targets?|"
    r"outcomes?|needs?)\s*:\s*"
    r"|^(?:i would recommend|i recommend|it is recommended|we recommend|i suggest)(?: that)?\s+",
    re.I,
)
SHOULD_RE = re.compile(r"\bshould\b")


@dataclass(frozen=True)
class Candidate:
    """A statement before it has an id: what the writer and grounding work on."""

    section: str
    kind: str
    text: str
    citations: tuple[Citation, ...]
    sources: tuple[str, ...]  # the advice each citation quotes, without paragraph numbers
    area: str | None = None
    who: Voice | None = None
    fields: fields.ProvisionFields | None = None
    timeframe: str | None = None
    need_hint: str | None = None  # a table row's need cell, for linking
    moved_from: str | None = None
    unsure: bool = False


def cite(document_id: str, e: Excerpt) -> Citation:
    return Citation(document_id=document_id, quote=e.text, locator=e.passage.locator, passage=e.passage.seq)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_first(text: str) -> str:
    """'Twice weekly' -> 'twice weekly', but 'SLT review' stays as it is."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def plain(text: str) -> str:
    """Plan language from one excerpt, using only its own words."""
    text = LEAD_IN_RE.sub("", unlabelled(text))
    text = SHOULD_RE.sub("will", text)
    text = sentence_case(text.strip())
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def _row_provision(row: Row, row_fields: fields.ProvisionFields) -> str:
    """A table row's provision as one sentence: what, how often and how long, group, who."""
    amounts = [v for v in (row_fields.frequency, row_fields.duration) if v and v not in row.content]
    details = ", ".join(lower_first(a) for a in amounts)
    if row_fields.group_size and row_fields.group_size not in row.content:
        details = f"{details}; {lower_first(row_fields.group_size)}".strip("; ")
    text = unlabelled(row.content).rstrip(".")
    if details:
        text += f" ({details})"
    who = row_fields.delivered_by
    if who and who.lower() not in row.content.lower():
        text += f", delivered by {lower_first(who)}"
    return sentence_case(text) + "."


def _row_outcome(row: Row) -> tuple[str, str | None]:
    when = row.get("when")
    text = plain(row.content).rstrip(".")
    if when and when not in row.content:
        text += f" ({lower_first(when)})"
    return text + ".", when or fields.timeframe(row.content)


def _row_fields(row: Row) -> fields.ProvisionFields:
    found = fields.from_text(row.content)
    return fields.ProvisionFields(
        frequency=row.get("frequency") or found.frequency,
        duration=row.get("duration") or found.duration,
        group_size=row.get("group") or found.group_size,
        delivered_by=row.get("who") or found.delivered_by,
    )


def compose(ev: Evidence, author_role: str | None = None) -> Candidate:
    texts = tuple(unlabelled(e.text) for e in ev.excerpts)
    base = Candidate(
        section=ev.section,
        kind=ev.kind,
        text="",
        citations=tuple(cite(ev.document_id, e) for e in ev.excerpts),
        sources=texts,
        area=ev.area,
        who=ev.who,
        moved_from=ev.moved_from,
        unsure=ev.unsure,
    )
    row = ev.row
    body = " ".join(texts)
    if ev.kind.endswith("provision"):
        if row is not None:
            row_fields = _row_fields(row)
            return replace(base, text=_row_provision(row, row_fields), fields=row_fields, need_hint=row.get("need"))
        found = fields.from_text(body)
        if found.delivered_by is None and author_role and re.search(r"\b(?:I|we) (?:will|have referred)\b", body):
            found = fields.ProvisionFields(found.frequency, found.duration, found.group_size, author_role.lower())
        return replace(base, text=plain(body), fields=found)
    if ev.kind == "outcome":
        if row is not None:
            text, when = _row_outcome(row)
            return replace(base, text=text, timeframe=when)
        return replace(base, text=plain(body), timeframe=fields.timeframe(body))
    if row is not None:
        return replace(base, text=plain(row.content))
    if ev.kind == "view":
        return replace(base, text=" ".join(sentence_case(t.strip()) for t in texts))
    return replace(base, text=" ".join(plain(t) for t in texts))
