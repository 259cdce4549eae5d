"""Evidence items become draft statements: a faithful extract in plan language, its provision
fields or time frame, and a citation per excerpt of the advice.

The extract is what the draft falls back to whenever the model's wording fails grounding, so
it only ever rearranges the advice's own words (`language.py`: labels go, "should" becomes "will"
in provision, "I" becomes the author's role, letter talk is not drafted), a table row becomes one
sentence, a form answer loses its question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from appliance.drafting import language
from appliance.drafting.plan import Citation
from appliance.evidence import fields
from appliance.evidence.routing import Evidence, Excerpt, Voice
from appliance.evidence.tables import Row
from appliance.evidence.units import unlabelled
from appliance.ingest.passages import CELL_SEPARATOR


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
    author_role: str | None = None  # from the document's details: the model may name the author by it


# what the advice's author will do or has done: they deliver it ("I'll visit twice this term")
AUTHOR_ACTS_RE = re.compile(r"\b(?:I|we)(?: will| shall| am going to| are going to|['\u2019]ll| have referred)\b")


def cite(document_id: str, e: Excerpt) -> Citation:
    return Citation(document_id=document_id, quote=e.text, locator=e.passage.locator, passage=e.passage.seq)


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


TITLE_OR_NAME_RE = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\b\.?|^[A-Z][a-z'-]+ [A-Z]"
    r"|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)


def lower_first(text: str) -> str:
    """'Twice weekly' -> 'twice weekly', but 'SLT review', 'Mrs Saxby', 'Jo Reed (TA)' and 'Tuesday and Thursday'
    stay as they are."""
    if TITLE_OR_NAME_RE.match(text):
        return text
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


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
    when = None if when and fields.NO_TIME_RE.match(when) else when
    text = unlabelled(row.content).strip().rstrip(".")
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


FIELD_ROW_RE = re.compile(rf"^([^|]{{3,60}}){re.escape(CELL_SEPARATOR)}([^|]+)$")


def _field_said(text: str) -> str:
    """A record's field and its answer, read whole, as a line: "Night waking due to asthma: 2-3 nights a week"."""
    row = FIELD_ROW_RE.match(text)
    if row is None:
        return text
    said = f"{row.group(1)}: {row.group(2).strip()}"
    return said if said.endswith((".", "!", "?")) else said + "."


def compose(ev: Evidence, author_role: str | None = None, child_name: str = "") -> Candidate | None:
    """The item as a statement in plan language; None where nothing of it is drafted (a letter's
    sign-off, an endorsement of another report)."""
    texts = tuple(unlabelled(e.text) for e in ev.excerpts)

    def speak(text: str, *sources: str) -> str | None:
        return language.grounded(text, ev.kind, author_role, child_name, sources or texts)

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
        author_role=author_role,
    )
    row = ev.row
    body = " ".join(texts)
    if ev.kind.endswith("provision"):
        if row is not None:
            row_fields = _row_fields(row)
            said = speak(_row_provision(row, row_fields))
            # an action plan's "By when" date: the action is done once, by then
            when = row.get("when")
            by = None if when is None or fields.NO_TIME_RE.match(when) else when
            return (
                replace(base, text=said, fields=row_fields, need_hint=row.get("need"), timeframe=by) if said else None
            )
        found = fields.from_text(body)
        if found.delivered_by is None and author_role and AUTHOR_ACTS_RE.search(body):
            found = fields.ProvisionFields(found.frequency, found.duration, found.group_size, author_role.lower())
        said = speak(body)
        return replace(base, text=said, fields=found) if said else None
    if ev.kind == "outcome":
        if row is not None:
            text, when = _row_outcome(row)
            said = speak(text)
            return replace(base, text=said, timeframe=when) if said else None
        said = speak(body)
        return replace(base, text=said, timeframe=fields.timeframe(body)) if said else None
    if row is not None:
        said = speak(row.content)
        return replace(base, text=said) if said else None
    kept = [(e, t, said) for e, t in zip(ev.excerpts, texts, strict=True) if (said := speak(_field_said(t), t))]
    if not kept:
        return None
    return replace(
        base,
        text=" ".join(said for _, _, said in kept),
        citations=tuple(cite(ev.document_id, e) for e, _, _ in kept),
        sources=tuple(t for _, t, _ in kept),
    )
