"""The review evidence as the proposal reads it: every citable passage of the review documents,
the new items drafting finds in them (tidied for a review: outcomes given inside a sentence about
the old ones, outcomes filed under recommendations, reports of what was delivered), the
differences of opinion recorded at the meeting, and the documents typed for a review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from appliance.amendments.text import DELIVERED_RE, OUTCOME_WORD_RE, outcome_status
from appliance.case import CaseDetails
from appliance.documents import AdviceDocument
from appliance.drafting.compose import Candidate, compose
from appliance.drafting.pipeline import find_candidates
from appliance.evidence import fields
from appliance.evidence.routing import Evidence
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
NOTHING_RE = re.compile(r"^(none|no\b|nil|n/a|there (were|was) no)", re.I)
LABEL_LINE_RE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,3}:\s")
REVIEW_RETYPE = ("annual_review", "existing_plan", "other")
VIEWS_TYPES = ("parent_views", "child_views")


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
    parent and carer views") is typed as views, so its views are read as such."""
    if doc.advice_type not in REVIEW_RETYPE:
        return doc.advice_type
    words = re.compile(r"annual review|review of (an|the) ehc plan|ehc ?plan", re.I)
    plain = [replace(p, text=words.sub("", p.text)) for p in doc.passages]
    again = detect_type(words.sub("", doc.record.filename), plain)
    return again if again in VIEWS_TYPES else doc.advice_type


def new_items(case: CaseDetails, documents: list[AdviceDocument]) -> list[Candidate]:
    """What drafting finds in the review evidence, tidied for a review, and the outcomes a review
    report proposes in so many words ("New outcome: By the end of Year 5, ...")."""
    out = []
    found = find_candidates(case, documents)
    for cand in found:
        tidied = _tidy(cand)
        if tidied is not None:
            out.append(tidied)
    seen = {(c.document_id, c.passage) for cand in found for c in cand.citations}
    roles = {d.id: d.record.author_role for d in documents}
    for src in sources(documents):
        p = src.passage
        if (src.document_id, p.seq) not in seen and OUTCOME_LABEL_RE.match(p.text) and OUTCOME_CLAUSE_RE.search(p.text):
            tidied = _tidy(compose(Evidence("outcome", "E", src.document_id, (p,)), roles.get(src.document_id)))
            out.extend([tidied] if tidied else [])
    return out


def _tidy(cand: Candidate) -> Candidate | None:
    text = cand.text
    unlabelled = OUTCOME_LABEL_RE.sub("", text)
    looks_like_outcome = unlabelled != text or OUTCOME_CLAUSE_RE.search(text) is not None
    if cand.section == "E" or (looks_like_outcome and cand.section == "F" and not _quantified(cand)):
        clause = OUTCOME_CLAUSE_RE.search(unlabelled)
        if clause is None and (OUTCOME_WORD_RE.search(text) and outcome_status(text)):
            return None  # a report on the old outcomes, not a new one
        body = clause.group(1) if clause else unlabelled
        body = body[:1].upper() + body[1:]
        body = body if body.endswith((".", "!")) else body + "."
        return replace(cand, section="E", kind="outcome", text=body, fields=None, timeframe=fields.timeframe(body))
    if cand.kind.endswith("provision") and DELIVERED_RE.search(text):
        return None  # what was delivered this year, not a recommendation
    return cand


def _quantified(cand: Candidate) -> bool:
    f = cand.fields
    return bool(f and (f.frequency or f.duration))


def _disputed(p: Passage) -> bool:
    label = p.cells[0] if p.kind == "table_row" and len(p.cells) == 2 else ""
    return any(DISPUTE_HEADING_RE.search(h) for h in p.headings) or bool(DISPUTE_HEADING_RE.search(label))


def disputed(documents: list[AdviceDocument]) -> list[Source]:
    """Passages under a "Differences of opinion" heading or label, unless they say there were none."""
    out = []
    for doc in documents:
        for p in doc.passages:
            label = p.cells[0] if p.kind == "table_row" and len(p.cells) == 2 else ""
            under = any(DISPUTE_HEADING_RE.search(h) for h in p.headings) or DISPUTE_HEADING_RE.search(label)
            body = p.cells[1] if label else p.text
            other_label = LABEL_LINE_RE.match(body) and not DISPUTE_HEADING_RE.search(body.split(":")[0])
            if p.kind == "heading" or not under or other_label or SIGN_OFF_RE.search(body):
                continue
            if not NOTHING_RE.match(body) and len(body.split()) >= 4:
                out.append(Source(doc.id, p))
    return out
