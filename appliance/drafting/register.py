"""Section K: the advice and information gathered, one entry per document, from its details: the
type of advice, who wrote it (name, role, service) and when, as in "Psychological advice: Dr A.
Shah, Educational Psychologist, Westbrook EPS, 12 March 2025". An entry never uses a heading or an
addressee as its words. It cites the passages that name the author and state the date (found once,
at ingest) and the line that says what the document is; a date is given only where a cited
passage states it."""

from __future__ import annotations

import re
from datetime import date

from appliance.case import CaseDetails, iso_date
from appliance.documents import AdviceDocument, DocumentRecord
from appliance.drafting.compose import cite
from appliance.drafting.details import advice_label, author_parts, long_date, plan_name, young_person
from appliance.drafting.plan import Draft, Statement
from appliance.evidence.grounding import content_words
from appliance.evidence.routing import Excerpt
from appliance.ingest.doctype import parse_date
from appliance.ingest.passages import Passage
from appliance.ingest.people import FAMILY_RE

TITLE_LOOKAHEAD = 15  # a document says what it is near its start
FAMILY_LABELS = {"parents": "Parents' views", "carers": "Carers' views", "family": "Family views"}
VIEWS_TITLE_RE = re.compile(
    r"^(?:all about me|my views|one[- ]page profile|what i think|pupil (?:voice|views)|my (?:voice|say|profile|story)|"
    r"about me)$",
    re.I,
)


def _dated(doc: AdviceDocument) -> tuple[str, Passage] | None:
    """The document's date as K gives it, with the passage that states it."""
    when = iso_date(doc.record.date)
    if when is None:
        return None
    stated = doc.passage(doc.record.date_passage)
    candidates = ([stated] if stated is not None else []) + [p for p in doc.passages if p is not stated]
    for p in candidates:
        written = _written(p.text, when)
        if written is not None:
            return _as_written(written, when), p
    return None


def _written(text: str, when: date) -> str | None:
    """How `text` writes the date `when`, if it does (a passage may give a date of birth first)."""
    found = parse_date(text)
    while found is not None:
        if found[0] == when:
            return found[1]
        text = text[found[2] + len(found[1]) :]
        found = parse_date(text)
    return None


def _as_written(written: str, when: date) -> str:
    """The date with the advice's own figures: "12 March 2025" where it names the month, the figures
    exactly as written ("3/12/2025", "26.11.25") where it gives the date in figures: a figure the
    advice did not write ("03") would be a number the citation does not hold."""
    if re.search(r"[A-Za-z]", written):
        return long_date(when)
    return written.strip()


def _mentioning(doc: AdviceDocument, words: str) -> Passage | None:
    low = words.lower()
    return next((p for p in doc.passages if low in p.text.lower()), None)


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


def label(doc: AdviceDocument, name: str = "", young: bool = False) -> str:
    """The type of advice: a family's own views are named by whose they are, in the family's word
    for themselves where they give one ("Family views", "Carers' views")."""
    if name and doc.advice_type == "child_views":
        return f"Views of {name}"
    if doc.advice_type == "parent_views":
        return FAMILY_LABELS[_family_word(doc)]
    return advice_label(doc.advice_type, young)


def own_title(doc: AdviceDocument, names: set[str]) -> tuple[str, Passage] | None:
    """A child's own document by the name it gives itself at its top ("All about me", "One-page
    profile", "What I think"), without the child's name, and the line that gives it."""
    if doc.advice_type != "child_views":
        return None
    for p in doc.passages[:2]:
        title = p.text
        for n in names:
            title = re.sub(rf"\b{re.escape(n)}\b(?:'s)?", "", title, flags=re.I)
        title = title.strip(" :-\u2013\u2014()")
        if VIEWS_TITLE_RE.match(title):
            return title[:1].upper() + title[1:], p
    return None


def _family_word(doc: AdviceDocument) -> str:
    """ "parents", "carers" or "family": the first the writer uses, where they say who they are."""
    said = doc.passage(doc.record.author_passage)
    for p in [*([said] if said else []), *doc.passages[:TITLE_LOOKAHEAD]]:
        low = p.text.lower()
        used = [w for w in ("parents", "carers", "family") if w.rstrip("s") in low]
        if used:
            return min(used, key=lambda w: low.index(w.rstrip("s")))
    return "parents"


def _relation(part: str, name: str) -> str:
    """A family member's role as their relation to the child: "Mum" -> "Dan's mum"."""
    if not name or not FAMILY_RE.fullmatch(part.split()[-1]):
        return part
    return f"{name}'s {part.lower()}"


def entry(doc: AdviceDocument, number: int, case: CaseDetails | None = None) -> Statement:
    """One document in K, cited to where it names its author (and their role) and its date, and
    to the line that says what it is. A child's own document is named as it names itself, with
    the child as its author ("All about me: Theo, 28 January 2025")."""
    rec = doc.record
    case = case or CaseDetails()
    name = plan_name(case)
    who = [_relation(part, name) if doc.advice_type == "parent_views" else part for part in author_parts(rec)]
    titled = own_title(doc, case.names)
    if titled is not None and name:
        who = [name, *who]
    kind = titled[0] if titled else label(doc, name, young_person(case))
    dated = _dated(doc)
    parts = [*who, dated[0]] if dated else who
    text = f"{kind}: {', '.join(parts)}" if parts else kind
    given = (titled[1] if titled else None, doc.passage(rec.author_passage), dated[1] if dated else None)
    cited = [p for p in given if p is not None]
    for part in who:  # a name or role the passages found at ingest do not give
        if not any(part.lower() in p.text.lower() for p in cited):
            cited += [p for p in (_mentioning(doc, part),) if p is not None]
    title = _title(doc, content_words(text) - content_words(" ".join(p.text for p in cited)), cited)
    unique = {p.seq: p for p in ([title] if title else []) + cited}
    citations = tuple(cite(rec.id, Excerpt.whole(p)) for p in sorted(unique.values(), key=lambda p: p.seq))
    if not citations and doc.passages:
        citations = (cite(rec.id, Excerpt.whole(doc.passages[0])),)
    return Statement(id=f"K-{number}", text=text, citations=citations, area=None)


def entry_note(draft: Draft, stmt: Statement) -> str | None:
    """The note a K entry is shown with (the review page, both Word copies): its document's
    `undated_note`."""
    rec = draft.document(stmt.citations[0].document_id) if stmt.citations else None
    return undated_note(rec) if rec else None


def undated_note(rec: DocumentRecord) -> str | None:
    """What K adds, outside the cited words, for a document that states no date: that it is not
    dated, and when the council received it (its upload, or the case folder's file time)."""
    if rec.date is not None:
        return None
    received = iso_date(rec.received)
    return f"not dated; received {long_date(received)}" if received else "not dated"


def advice_list(documents: list[AdviceDocument], case: CaseDetails | None = None) -> tuple[Statement, ...]:
    return tuple(entry(doc, n, case) for n, doc in enumerate(documents, start=1))
