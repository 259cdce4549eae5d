"""The review evidence as the proposal reads it: every citable passage of the review documents,
the new items drafting finds in them (tidied for a review: outcomes given inside a sentence about
the old ones, outcomes filed under recommendations, reports of what was delivered), the
differences of opinion recorded at the meeting, and the documents typed for a review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from appliance.amendments.provision import provision_fields
from appliance.amendments.text import DELIVERED_RE, DISAGREE_RE, OUTCOME_WORD_RE, outcome_status
from appliance.case import CaseDetails
from appliance.documents import AdviceDocument
from appliance.drafting.compose import Candidate, compose
from appliance.drafting.pipeline import find_candidates
from appliance.evidence import classify, fields
from appliance.evidence.routing import Evidence, Excerpt
from appliance.ingest.doctype import detect_type
from appliance.ingest.passages import Passage

OUTCOME_LABEL_RE = re.compile(
    r"^(?:(?:new|suggested|proposed|revised|updated|next) )?(?:outcomes?|targets?|goals?)\s*(?:\d+\s*)?[:.-]\s*", re.I
)
OUTCOME_CLAUSE_RE = re.compile(
    r"(?:^|[:;]\s+|\.\s+)((?:by|before|within|at the end of|over the next)\b[^:;]*?\bwill\b[^:;]*)$", re.I
)
SIGN_OFF_RE = re.compile(
    r"^(signed|yours|record taken|written by|completed by|date|dob|re:|cc\b)|,\s*(hcpc|senco)\b", re.I
)
DISPUTE_HEADING_RE = re.compile(
    r"differen(ces?|t views?) of opinion|disagree|not agreed|dispute|areas? of concern raised|unresolved", re.I
)
NOT_AN_ITEM_RE = re.compile(
    r"^section [a-k]\b|^sections [a-k]\b|\bplease (see|can you|could you|find)\b|\battached\b|\bjust a few things\b|"
    r"\b(wanted|want) to make sure\b|\b(advice|report|views|record) (for|of) (the|this|her|his|their)? ?"
    r"(annual )?review\b",
    re.I,
)
VIEW_WORDS_RE = re.compile(
    r"\b(I|I'm|I've|we|my|our|wants?|wanted|likes?|loves?|enjoys?|hopes?|worried|worries|would like|feels?|said|says|"
    r"told|scared|pleased|happy|upset)\b"
)
NARRATIVE_RE_PAST = re.compile(
    r"\b(visited|ran|was|were|has been|have been|has continued|have continued|has had|has made|have made|went|did|"
    r"took place|has come|came|has learned|has learnt|has started|have started|had)\b",
    re.I,
)
RECOMMEND_RE = re.compile(
    r"\b(will|should|must|recommend\w*|propose\w*|needs? to|to have|would benefit|to receive|needs? (a|an|the|more)|"
    r"requires?)\b",
    re.I,
)
LEAD_IN_RE = re.compile(r":\s*\.?$")
ACTION_RE = re.compile(
    r"^(send|arrange|make|contact|book|refer|write|complete|circulate|update|share|organise|invite|request|chase|"
    r"e-?mail|phone|ring|forward|check with|ask)\b",
    re.I,
)
ACTION_HEADER_RE = re.compile(r"\baction", re.I)
NARRATIVE_RE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (described|reported|explained|said|told|noted|"
    r"discussed|shared|mentioned|confirmed|gave)\b|\b(has|have) (applied|been accepted|been offered|started)\b"
)
VIEW_TITLE_RE = re.compile(r"\b(views|comments)\b.{0,40}\breview\b|\breview\b.{0,40}\bviews\b", re.I)
NOTHING_RE = re.compile(r"^(none|no\b|nil|n/a|there (were|was) no)", re.I)
LABEL_LINE_RE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,3}:\s")
REVIEW_RETYPE = ("annual_review", "existing_plan", "other")
VIEWS_TYPES = ("parent_views", "child_views")
SCHOOL_NAME_RE = re.compile(
    r"\b(?:[A-Z][\w'&-]+ ){1,4}(?:School|Academy|College|Nursery|Pre-school|Centre|Unit)\b(?! (?:report|staff|nurse))"
)
PARENT_DOC_RE = re.compile(r"\b(mum|dad|mother|father|parents?|carers?|family)('s)?\b", re.I)
CHILD_DOC_RE = re.compile(r"\b(my|me)\b|\bpupil voice\b|\b(child|young person)'?s views\b|\ball about\b", re.I)
REPORT_DOC_RE = re.compile(r"\b(report|record|minutes|notes|advice|assessment|letter from (the )?school)\b", re.I)


@dataclass(frozen=True)
class Source:
    """One citable passage of the review evidence."""

    document_id: str
    passage: Passage

    @property
    def text(self) -> str:
        return self.passage.text


def sources(documents: list[AdviceDocument]) -> list[Source]:
    """Every passage that could bear on the plan: not headings, labels, letterheads or signatures,
    nor a difference of opinion (listed for the caseworker, never taken as a proposal)."""
    out = []
    for doc in documents:
        for p in doc.passages:
            if p.kind == "heading" or len(p.text.split()) < 4 or SIGN_OFF_RE.search(p.text) or _disputed(p):
                continue
            out.append(Source(doc.id, p))
    return out


def prose(source: Source) -> bool:
    """A sentence of the report, not a form row or a letter's reference line."""
    p = source.passage
    return p.kind in ("paragraph", "list_item") and len(p.text.split()) >= 8 and p.text.rstrip().endswith((".", "!"))


def review_type(doc: AdviceDocument) -> str:
    """A review document typed as "annual review" that is really the family's views ("Annual review:
    parent and carer views", "Email from mum", "Zara - my annual review page") is typed as views,
    so its views are read as such."""
    if doc.advice_type not in REVIEW_RETYPE:
        return doc.advice_type
    words = re.compile(r"annual review|review of (an|the) ehc plan|ehc ?plan", re.I)
    plain = [replace(p, text=words.sub("", p.text)) for p in doc.passages]
    again = detect_type(words.sub("", doc.record.filename), plain)
    for head in (doc.record.filename, " ".join(p.text for p in doc.passages[:2])):
        if REPORT_DOC_RE.search(head):
            break
        if PARENT_DOC_RE.search(head):
            return "parent_views"
        if CHILD_DOC_RE.search(head):
            return "child_views"
    return again if again in VIEWS_TYPES else doc.advice_type


def new_items(case: CaseDetails, documents: list[AdviceDocument]) -> list[Candidate]:
    """What drafting finds in the review evidence, tidied for a review, and the outcomes a review
    report proposes in so many words ("New outcome: By the end of Year 5, ...")."""
    subject = re.compile(rf"\b({'|'.join(map(re.escape, case.names | {'he', 'she', 'they'}))})\s+will\b", re.I)
    passages = {(d.id, p.seq): p for d in documents for p in d.passages}
    out = []
    found = [one for cand in find_candidates(case, documents) for one in _one_view_each(cand)]
    for cand in found:
        tidied = _tidy(cand, subject, passages)
        if tidied is not None:
            out.append(tidied)
    seen = {(c.document_id, c.passage) for cand in found for c in cand.citations}
    roles = {d.id: d.record.author_role for d in documents}
    for src in sources(documents):
        p = src.passage
        if (src.document_id, p.seq) not in seen and OUTCOME_LABEL_RE.match(p.text) and OUTCOME_CLAUSE_RE.search(p.text):
            evidence = Evidence("outcome", "E", src.document_id, (Excerpt.whole(p),))
            composed = compose(evidence, roles.get(src.document_id))  # None: letter talk, not an outcome
            tidied = _tidy(composed, subject, passages) if composed else None
            out.extend([tidied] if tidied else [])
    return out


def _one_view_each(cand: Candidate) -> list[Candidate]:
    """Views drafting gathered under one heading, one by one: a review keeps, changes or adds each."""
    if cand.section != "A" or len(cand.citations) < 2:
        return [cand]
    return [
        replace(cand, text=source, citations=(c,), sources=(source,))
        for c, source in zip(cand.citations, cand.sources, strict=True)
    ]


def _tidy(cand: Candidate, subject: re.Pattern[str], passages: dict[tuple[str, int], Passage]) -> Candidate | None:
    """A candidate as a review reads it, or None: a lead-in ("the following outcome:"), a
    disagreement, a meeting's action point, a report of what someone said or did, a form's title,
    or a report on the old outcomes is not an item of the plan. An outcome has the child as its
    subject ("By July, Priya will ..."); "college will offer Priya visits" is provision."""
    text = cand.text
    cited = [p for c in cand.citations if (p := passages.get((c.document_id, c.passage or -1))) is not None]
    if LEAD_IN_RE.search(text) or any(_disputed(p) for p in cited) or NOT_AN_ITEM_RE.search(text):
        return None
    if SIGN_OFF_RE.search(text) or classify.names_placement(text):
        return None  # a signature, or the placement: the LA names it after consultation
    if cand.section == "A":  # a school the family asks for is a request under reg 22, listed, not drafted
        title = (VIEW_TITLE_RE.search(text) and len(text.split()) <= 15) or _title(text)
        fragment = len(text.split()) < 5 or (len(text.split()) < 8 and not VIEW_WORDS_RE.search(text))
        return None if title or fragment or names_a_school(text) else cand
    narrative = NARRATIVE_RE_PAST.search(text) and not RECOMMEND_RE.search(text)
    if cand.section in ("B", "C", "D", "F", "G", "H1", "H2") and narrative:
        return None  # what happened this year: evidence about the plan, not a new item of it
    if ACTION_RE.match(text) or any(ACTION_HEADER_RE.search(h) for p in cited for h in p.header):
        return None
    if NARRATIVE_RE.search(text):
        return None
    unlabelled = OUTCOME_LABEL_RE.sub("", text)
    clause = OUTCOME_CLAUSE_RE.search(unlabelled)
    body = clause.group(1) if clause else unlabelled
    childs = subject.search(body) is not None
    if cand.section == "E":
        if clause is None and OUTCOME_WORD_RE.search(text) and outcome_status(text):
            return None  # a report on the old outcomes, not a new one
        if not childs and re.search(r"\bwill\b", body):
            return replace(cand, section="F", kind="provision", fields=provision_fields(text), timeframe=None)
        return _outcome(cand, body)
    starts = clause is not None and clause.start(1) == 0
    if cand.section == "F" and clause is not None and childs and (starts or not _quantified(cand)):
        return _outcome(cand, body)
    if cand.kind.endswith("provision") and DELIVERED_RE.search(text):
        return None  # what was delivered this year, not a recommendation
    return cand


def _title(text: str) -> bool:
    """ "My annual review: what I think": a form's title, not a view."""
    return len(text.split()) <= 8 and not text.rstrip().endswith((".", "!", '"', "'", ")"))


def _outcome(cand: Candidate, body: str) -> Candidate:
    body = body[:1].upper() + body[1:]
    body = body if body.endswith((".", "!")) else body + "."
    return replace(cand, section="E", kind="outcome", text=body, fields=None, timeframe=fields.timeframe(body))


def _quantified(cand: Candidate) -> bool:
    f = cand.fields
    return bool(f and (f.frequency or f.duration))


def _disputed(p: Passage) -> bool:
    """Under a "Differences of opinion" heading or label, or saying someone does not agree."""
    label = p.cells[0] if p.kind == "table_row" and len(p.cells) == 2 else ""
    under = any(DISPUTE_HEADING_RE.search(h) for h in p.headings) or bool(DISPUTE_HEADING_RE.search(label))
    body = p.cells[1] if label else p.text
    return (under and not NOTHING_RE.match(body)) or bool(DISAGREE_RE.search(p.text))


def names_a_school(text: str) -> bool:
    return SCHOOL_NAME_RE.search(text) is not None


def disputed(documents: list[AdviceDocument]) -> list[Source]:
    """What the caseworker decides, never the appliance: differences of opinion (under such a heading,
    or someone not agreeing) and the family's request for a particular school."""
    out = []
    for doc in documents:
        for p in doc.passages:
            body = p.cells[1] if p.kind == "table_row" and len(p.cells) == 2 else p.text
            other_label = LABEL_LINE_RE.match(body) and not DISPUTE_HEADING_RE.search(body.split(":")[0])
            if p.kind == "heading" or other_label or SIGN_OFF_RE.search(body) or len(body.split()) < 4:
                continue
            if _disputed(p) or (doc.advice_type in VIEWS_TYPES and names_a_school(body)):
                out.append(Source(doc.id, p))
    return out
