"""The Word export: every section separately labelled, each statement with its sources, the
provision details, and a QA report. The only module that imports python-docx for writing."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt, RGBColor
from docx.table import _Cell

from appliance.drafting.plan import AREA_LABELS, SECTION_TITLES, SECTIONS, Draft, Flag, Statement
from appliance.ingest.doctype import ADVICE_LABELS
from appliance.qa.titles import flag_title

GREY = RGBColor(0x50, 0x5A, 0x5F)
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
EMPTY = {
    "I": "Left blank in a draft: the local authority names the placement after consultation.",
    "J": "No personal budget has been requested in the advice.",
}


def _clean(text: str | None) -> str:
    return CONTROL_RE.sub("", text or "")


def _details(stmt: Statement) -> str:
    parts = [
        ("How often", stmt.frequency),
        ("How long", stmt.duration),
        ("Group size", stmt.group_size),
        ("Delivered by", stmt.delivered_by),
        ("By when", stmt.timeframe),
        ("Meets", ", ".join(stmt.meets) if stmt.meets else None),
    ]
    return "; ".join(f"{label}: {value}" for label, value in parts if value)


def _statement(doc: DocxDocument, draft: Draft, stmt: Statement) -> None:
    para = doc.add_paragraph()
    run = para.add_run(f"[{stmt.id}] ")
    run.bold = True
    para.add_run(_clean(stmt.text))
    details = _details(stmt)
    if details:
        extra = doc.add_paragraph()
        extra.paragraph_format.left_indent = Pt(18)
        r = extra.add_run(_clean(details))
        r.font.size = Pt(9)
    for c in stmt.citations:
        source = draft.document(c.document_id)
        name = source.filename if source else c.document_id
        cite = doc.add_paragraph()
        cite.paragraph_format.left_indent = Pt(18)
        r = cite.add_run(f"Source {c.document_id} ({_clean(name)}), {_clean(c.locator or '')}: “{_clean(c.quote)}”")
        r.italic = True
        r.font.size = Pt(8)
        r.font.color.rgb = GREY


def _section(doc: DocxDocument, draft: Draft, sec: str) -> None:
    doc.add_heading(f"Section {sec}: {SECTION_TITLES[sec]}", level=1)
    statements = draft.sections.get(sec, ())
    if not statements:
        doc.add_paragraph(EMPTY.get(sec, "Nothing was drafted for this section from the advice."))
        return
    if sec == "A":
        for who, title in (
            ("child", "The child's or young person's views"),
            ("parent", "Parents' views"),
            (None, "Other views"),
        ):
            group = [s for s in statements if s.who == who]
            if group:
                doc.add_heading(title, level=2)
                for stmt in group:
                    _statement(doc, draft, stmt)
        return
    if sec == "B":
        for area, label in AREA_LABELS.items():
            group = [s for s in statements if s.area == area]
            if group:
                doc.add_heading(label, level=2)
                for stmt in group:
                    _statement(doc, draft, stmt)
        for stmt in (s for s in statements if s.area not in AREA_LABELS):
            _statement(doc, draft, stmt)
        return
    for stmt in statements:
        _statement(doc, draft, stmt)


DECISIONS = {
    "accepted": "Agreed: the plan will change",
    "dismissed": "Dismissed: no change needed",
    "overridden": "Overridden",
}
QA_COLUMNS = (("Flag", 1.7), ("Where", 0.9), ("What to check", 2.6), ("Decision", 1.6))


def _cell(cell: _Cell, lines: list[tuple[str, bool, int]]) -> None:
    """Fill a table cell with lines of (text, bold, points)."""
    cell.text = ""
    para = cell.paragraphs[0]
    for n, (text, bold, size) in enumerate(lines):
        run = para.add_run(_clean(text))
        run.bold, run.font.size = bold, Pt(size)
        if n < len(lines) - 1:
            run.add_break()


def _decision(f: Flag) -> list[tuple[str, bool, int]]:
    if not f.decision:
        return [("Open", True, 9)] + ([("Blocks sign-off", False, 8)] if f.blocks_sign_off else [])
    who = ", ".join(x for x in (f.decided_by, (f.decided_at or "")[:10]) if x)
    lines = [(DECISIONS.get(f.decision, f.decision), True, 9)]
    lines += [(f"by {who}", False, 8)] if who else []
    lines += [(f"Reason: {f.reason}", False, 8)] if f.reason else []
    return lines + ([("Still blocks sign-off", False, 8)] if f.blocks_sign_off else [])


def _qa_report(doc: DocxDocument, draft: Draft) -> None:
    """The QA record, on its own pages after the plan: for the local authority, not the family."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Quality-assurance record", level=1)
    note = doc.add_paragraph(
        "For the local authority: remove these pages before the draft goes to the family. Each flag, where it "
        "applies, what to check and what was decided, by whom and when; an override is an error flag a person "
        "let stand, with their reason."
    )
    note.runs[0].italic = True
    if not draft.flags:
        doc.add_paragraph("No quality-assurance flags were raised.")
        return
    table = doc.add_table(rows=1, cols=len(QA_COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    for cell, (title, width) in zip(table.rows[0].cells, QA_COLUMNS, strict=True):
        _cell(cell, [(title, True, 9)])
        cell.width = Inches(width)
    for f in draft.flags:
        where = ", ".join(
            x for x in (f"Section {f.section}" if f.section else "", f.statement_id or "", f.document_id or "") if x
        )
        what = [(f.message, False, 9)] + ([(f"“{f.quote[:300]}”", False, 8)] if f.quote else [])
        what += [(f"Basis: {f.basis}", False, 7)] if f.basis else []
        row = table.add_row().cells
        _cell(row[0], [(flag_title(f.code), True, 9), (f.severity.capitalize(), False, 8), (f.code, False, 6)])
        _cell(row[1], [(where or "The case", False, 9)])
        _cell(row[2], what)
        _cell(row[3], _decision(f))
        for cell, (_, width) in zip(row, QA_COLUMNS, strict=True):
            cell.width = Inches(width)


def render(draft: Draft) -> bytes:
    doc = Document()
    title = doc.add_heading("Draft Education, Health and Care plan", level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    note = doc.add_paragraph(
        "DRAFT: for the family's comments. Drafted from the advice listed in Section K; "
        "every statement shows its source."
    )
    note.runs[0].italic = True
    case = draft.case.to_json()
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, key in (
        ("Name", "child_name"),
        ("Date of birth", "date_of_birth"),
        ("Year group", "year_group"),
        ("Date of request", "request_date"),
        ("LA reference", "la_reference"),
    ):
        if case.get(key) not in (None, ""):
            row = table.add_row().cells
            row[0].text, row[1].text = label, _clean(str(case[key]))
    for sec in SECTIONS:
        _section(doc, draft, sec)
    doc.add_heading("Documents", level=1)
    for d in draft.documents:
        who = ", ".join(x for x in (d.author_name, d.author_role) if x)
        kind = ADVICE_LABELS.get(d.advice_type, d.advice_type)
        doc.add_paragraph(_clean(f"{d.id}: {d.filename} ({kind}; {who}; {d.date or 'undated'})"), style="List Bullet")
    _qa_report(doc, draft)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
