"""The amendment notice (SEND Regulations 2014 reg 22): the existing plan with the proposed
amendments as real Word tracked changes (insertions and deletions a reader can accept or reject in
Word or LibreOffice), the amendment schedule (section, current text, proposed text, reason,
evidence), the outcome review, disagreements recorded at the meeting, and the statutory dates.

python-docx has no API for revisions, so the `w:ins` / `w:del` elements are written with its
oxml helpers, as WordprocessingML defines them (ECMA-376 Part 1, 17.13.5).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import count
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from appliance.amendments.contract import Proposal
from appliance.amendments.deadlines import LABELS, deadlines
from appliance.amendments.model import REVIEW_TYPE_LABELS
from appliance.amendments.schedule import ScheduleItem, changes, schedule
from appliance.drafting.plan import SECTION_TITLES, SECTIONS, Citation
from appliance.review.diff import TextOp, text_ops

AUTHOR = "Proposed amendment"
KEEP_WORDING = 0.5  # share of a changed paragraph's wording that must stay for a word-by-word view
GREY = RGBColor(0x50, 0x5A, 0x5F)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
STATUS = {
    "achieved": "Achieved",
    "progressing": "Progressing",
    "not_yet": "Not yet achieved",
    "no_evidence": "No evidence",
}
INTRO = (
    "The local authority proposes to amend the Education, Health and Care plan after its review. The plan below "
    "shows each proposed amendment as a tracked change: inserted text is underlined, deleted text is struck through. "
    "The schedule that follows gives the reason for each amendment and the evidence for it; copies of that evidence "
    "come with this notice. You have at least 15 days to make representations about the proposed amendments, to ask "
    "for a particular school or other institution to be named, and to ask for a meeting with an officer of the "
    "local authority (SEND Regulations 2014 reg 22)."
)


def _clean(text: str | None) -> str:
    return CONTROL_RE.sub("", text or "")


class _Revisions:
    """Numbered, dated, attributed revision marks."""

    def __init__(self) -> None:
        self.ids = count(1)
        self.date = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")

    def mark(self, tag: str) -> Any:
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(next(self.ids)))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.date)
        return el

    def run(self, paragraph: Paragraph, text: str, kind: str) -> None:
        """Append `text` to the paragraph as plain, inserted ("added") or deleted ("removed") text."""
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "removed" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = _clean(text)
        r.append(t)
        if kind == "same":
            paragraph._p.append(r)
            return
        wrapper = self.mark("w:del" if kind == "removed" else "w:ins")
        wrapper.append(r)
        paragraph._p.append(wrapper)

    def whole_paragraph(self, paragraph: Paragraph, kind: str) -> None:
        """Mark the paragraph itself inserted or deleted, so accepting or rejecting removes it whole."""
        ppr = paragraph._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(self.mark("w:del" if kind == "removed" else "w:ins"))
        ppr.append(rpr)


def _tracked(doc: DocxDocument, marks: _Revisions, item: ScheduleItem) -> None:
    paragraph = doc.add_paragraph()
    if item.change == "unchanged":
        marks.run(paragraph, item.new or "", "same")
    elif item.change == "added":
        marks.run(paragraph, item.new or "", "added")
        marks.whole_paragraph(paragraph, "added")
    elif item.change == "removed":
        marks.run(paragraph, item.old or "", "removed")
        marks.whole_paragraph(paragraph, "removed")
    else:
        for op in _word_changes(item.old or "", item.new or ""):
            marks.run(paragraph, op.text, op.op)


def _word_changes(old: str, new: str) -> tuple[TextOp, ...]:
    """Word by word where most of the wording stays; a rewritten paragraph is shown deleted and
    inserted whole, which reads better than a confetti of small changes."""
    ops = text_ops(old, new)
    kept = sum(len(op.text.strip()) for op in ops if op.op == "same")
    if kept >= KEEP_WORDING * max(len(old), len(new)):
        return ops
    return (TextOp("removed", old), TextOp("same", " "), TextOp("added", new))


def _evidence(proposal: Proposal, citations: tuple[Citation, ...]) -> str:
    parts = []
    for c in citations:
        doc = proposal.draft.document(c.document_id)
        name = doc.filename if doc else c.document_id
        parts.append(f"{name} ({c.locator or c.document_id}): \u201c{c.quote}\u201d")
    return "\n".join(parts) or "None cited"


def _table(doc: DocxDocument, header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = _clean(text)


def _facts(doc: DocxDocument, proposal: Proposal) -> None:
    a = proposal.amendment
    case = proposal.draft.case
    rows = [
        ("Name", case.child_name),
        ("Date of birth", case.date_of_birth or ""),
        ("Review", f"{REVIEW_TYPE_LABELS[a.review.review_type]}, meeting held on {a.review.meeting_date:%d %B %Y}"),
        ("Decision", f"{a.decision}: {a.decision_reason}" if a.decision else "Not yet recorded"),
    ]
    due = deadlines(a.review, case.year_group, a.notice_date)
    rows += [(LABELS[key], f"{when:%d %B %Y}") for key, when in due.items() if when is not None]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, _clean(value)


def _plan(doc: DocxDocument, items: list[ScheduleItem]) -> None:
    doc.add_heading("The plan with the proposed amendments", level=1)
    marks = _Revisions()
    for sec in SECTIONS:
        doc.add_heading(f"Section {sec}: {SECTION_TITLES[sec]}", level=2)
        here = [i for i in items if i.section == sec]
        if not here:
            doc.add_paragraph("None.")
        for item in here:
            _tracked(doc, marks, item)


def _schedule(doc: DocxDocument, proposal: Proposal) -> None:
    doc.add_heading("Schedule of proposed amendments", level=1)
    rows = [
        (f"{i.section}", i.old or "(new)", i.new or "(removed)", i.reason or "", _evidence(proposal, i.evidence))
        for i in changes(proposal)
    ]
    if rows:
        _table(doc, ("Section", "Current plan", "Proposed", "Reason", "Evidence"), rows)
    else:
        doc.add_paragraph("No amendments are proposed.")


def _outcomes(doc: DocxDocument, proposal: Proposal) -> None:
    a = proposal.amendment
    if not a.outcome_review:
        return
    doc.add_heading("Review of the outcomes", level=1)
    rows = []
    for o in a.outcome_review:
        prev = a.current.statement(o.previous_id)
        note = f" {o.note}" if o.note else ""
        evidence = _evidence(proposal, o.evidence) if o.evidence else "No evidence of progress in the review"
        rows.append((prev.text if prev else o.previous_id, STATUS[o.status] + note, evidence, o.proposal))
    _table(doc, ("Outcome", "Progress", "Evidence", "Proposal"), rows)


def _disputed(doc: DocxDocument, proposal: Proposal) -> None:
    if not proposal.amendment.disputed:
        return
    doc.add_heading("Differences of opinion recorded at the review meeting", level=1)
    doc.add_paragraph("The local authority has not yet decided these; they are listed so nothing is lost.")
    for d in proposal.amendment.disputed:
        doc.add_paragraph(_clean(d.text), style="List Bullet")


def render(proposal: Proposal) -> bytes:
    doc = Document()
    doc.add_heading("Notice of proposed amendments to an Education, Health and Care plan", level=0)
    intro = doc.add_paragraph(INTRO)
    intro.runs[0].font.size = Pt(10)
    _facts(doc, proposal)
    items = schedule(proposal)
    _plan(doc, items)
    _schedule(doc, proposal)
    _outcomes(doc, proposal)
    _disputed(doc, proposal)
    note = doc.add_paragraph("Drafted by the EHCP drafting appliance and checked by a caseworker.")
    note.runs[0].font.size = Pt(8)
    note.runs[0].font.color.rgb = GREY
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
