"""Section K: the advice and information gathered, one statement per document, cited to the
passages that say what the document is, who wrote it and when (found once, at ingest)."""

from __future__ import annotations

import re

from appliance.documents import AdviceDocument
from appliance.drafting.compose import cite
from appliance.drafting.plan import Statement
from appliance.evidence.routing import Excerpt
from appliance.ingest.doctype import ADVICE_LABELS, parse_date
from appliance.ingest.passages import Passage


def advice_list(documents: list[AdviceDocument]) -> tuple[Statement, ...]:
    out = []
    for n, doc in enumerate(documents, start=1):
        rec = doc.record
        title = _title(doc.passages)
        details = (doc.passage(rec.author_passage), doc.passage(rec.date_passage))
        cited = [p for p in (title, *details) if p is not None]
        parts = [title.text if title else ADVICE_LABELS.get(rec.advice_type, "Advice")]
        author_cited = any(rec.author_name and rec.author_name in p.text for p in cited)
        role = (
            rec.author_role
            if any(rec.author_role and rec.author_role.lower() in p.text.lower() for p in cited)
            else None
        )
        who = ", ".join(x for x in (rec.author_name if author_cited else None, role) if x)
        if who:
            parts.append(who)
        dated = next((parse_date(p.text) for p in cited if rec.date and parse_date(p.text)), None)
        if dated:
            parts.append(dated[1])
        unique = {p.seq: p for p in cited}  # a passage may give both the author and the date
        citations = tuple(cite(rec.id, Excerpt.whole(p)) for p in unique.values())
        if not citations and doc.passages:
            citations = (cite(rec.id, Excerpt.whole(doc.passages[0])),)
        out.append(Statement(id=f"K-{n}", text=" - ".join(parts), citations=citations, area=None))
    return tuple(out)


TITLE_RE = re.compile(r"\b(advice|report|views|all about me|assessment|letter|contribution)\b", re.I)
NOT_TITLE_RE = re.compile(r"regulation|statutory|headteacher|^section [a-k]\b", re.I)


def _title(passages: tuple[Passage, ...]) -> Passage | None:
    """The heading that names the document: "Psychological Advice", "Speech and Language Therapy Report"."""
    headings = [p for p in passages[:15] if p.kind == "heading" and not NOT_TITLE_RE.search(p.text)]
    return next((p for p in headings if TITLE_RE.search(p.text)), headings[0] if headings else None)
