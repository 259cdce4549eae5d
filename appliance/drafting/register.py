"""Section K: the advice and information gathered, one entry per document, from its details: the
type of advice, who wrote it (name, role, service) and when, as in "Psychological advice: Dr A.
Shah, Educational Psychologist, Westbrook EPS, 12 March 2025". An entry never uses a heading or an
addressee as its words. It cites the passages that name the author and state the date (found once,
at ingest) and the line that says what the document is; a date is given only where a cited
passage states it."""

from __future__ import annotations

from datetime import date

from appliance.case import CaseDetails, iso_date
from appliance.documents import AdviceDocument
from appliance.drafting.compose import cite
from appliance.drafting.details import advice_label, author_parts, long_date, young_person
from appliance.drafting.plan import Statement
from appliance.evidence.grounding import content_words
from appliance.evidence.routing import Excerpt
from appliance.ingest.doctype import parse_date
from appliance.ingest.passages import Passage

TITLE_LOOKAHEAD = 15  # a document says what it is near its start


def _dated(doc: AdviceDocument) -> tuple[str, Passage] | None:
    """The document's date as K gives it, with the passage that states it."""
    when = iso_date(doc.record.date)
    if when is None:
        return None
    stated = doc.passage(doc.record.date_passage)
    candidates = [stated] if stated is not None else []
    candidates += [p for p in doc.passages if p is not stated]
    for p in candidates:
        if _states(p.text, when):
            return long_date(when), p
    return None


def _states(text: str, when: date) -> bool:
    """Does `text` give the date `when` (a passage may give a date of birth first)?"""
    found = parse_date(text)
    while found is not None:
        if found[0] == when:
            return True
        text = text[found[2] + len(found[1]) :]
        found = parse_date(text)
    return False


def _naming(doc: AdviceDocument, who: list[str]) -> Passage | None:
    """The passage that names the author: the one found at ingest, else one that gives the name."""
    found = doc.passage(doc.record.author_passage)
    if found is not None or not who:
        return found
    return next((p for p in doc.passages if who[0].lower() in p.text.lower()), None)


def _title(doc: AdviceDocument, words: set[str], cited: list[Passage]) -> Passage | None:
    """The line near the start that best says what the document is ("Psychological Advice")."""
    best, best_score = None, 0
    for p in doc.passages[:TITLE_LOOKAHEAD]:
        if p in cited or len(p.text.split()) > 12:
            continue
        score = len(words & content_words(p.text))
        if score > best_score:
            best, best_score = p, score
    return best


def entry(doc: AdviceDocument, number: int, young: bool = False) -> Statement:
    rec = doc.record
    label = advice_label(rec.advice_type, young)
    who = author_parts(rec)
    dated = _dated(doc)
    parts = [*who, dated[0]] if dated else who
    text = f"{label}: {', '.join(parts)}" if parts else label
    cited = [p for p in (_naming(doc, who), dated[1] if dated else None) if p is not None]
    title = _title(
        doc, content_words(f"{label} {' '.join(who)}") - content_words(" ".join(p.text for p in cited)), cited
    )
    unique = {p.seq: p for p in ([title] if title else []) + cited}
    citations = tuple(cite(rec.id, Excerpt.whole(p)) for p in sorted(unique.values(), key=lambda p: p.seq))
    if not citations and doc.passages:
        citations = (cite(rec.id, Excerpt.whole(doc.passages[0])),)
    return Statement(id=f"K-{number}", text=text, citations=citations, area=None)


def advice_list(documents: list[AdviceDocument], case: CaseDetails | None = None) -> tuple[Statement, ...]:
    young = young_person(case) if case is not None else False
    return tuple(entry(doc, n, young) for n, doc in enumerate(documents, start=1))
