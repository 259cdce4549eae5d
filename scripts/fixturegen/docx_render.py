"""Render parsed markup blocks as a .docx with python-docx."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from docx import Document as new_document
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from fixturegen import zipfiles
from fixturegen.markup import Block

THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


@dataclass(frozen=True)
class DocxStyle:
    font: str = "Arial"
    size: float = 11
    # "styled": Word heading styles; "bold": bold Normal paragraphs, as many reports are typed
    headings: str = "styled"
    table_style: str = "Table Grid"


@dataclass(frozen=True)
class DocxMeta:
    title: str
    author: str
    when: datetime


def render_docx(blocks: list[Block], style: DocxStyle, meta: DocxMeta, header: str = "", footer: str = "") -> bytes:
    doc = new_document()
    _set_fonts(doc, style)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for block in blocks:
        _add_block(doc, block, style)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = meta.title, meta.author, meta.author
    props.created = props.modified = meta.when
    props.revision = 1
    out = io.BytesIO()
    doc.save(out)
    return zipfiles.normalise(out.getvalue())


def _add_block(doc: Document, block: Block, style: DocxStyle) -> None:
    if block.kind == "heading":
        if style.headings == "styled":
            doc.add_heading(block.text, level=min(block.level, 3))
        else:
            run = doc.add_paragraph().add_run(block.text)
            run.bold = True
            run.font.size = Pt(style.size + max(0, 3 - block.level))
    elif block.kind == "para":
        doc.add_paragraph(block.text)
    elif block.kind == "bullet":
        doc.add_paragraph(block.text, style="List Bullet")
    elif block.kind == "table":
        _add_table(doc, block, style)
    elif block.kind == "pagebreak":
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _add_table(doc: Document, block: Block, style: DocxStyle) -> None:
    table = doc.add_table(rows=len(block.rows), cols=len(block.rows[0]))
    table.style = doc.styles[style.table_style]
    two_column_form = len(block.rows[0]) == 2 and not block.header_row
    for r, row in enumerate(block.rows):
        for c, text in enumerate(row):
            paragraph = table.cell(r, c).paragraphs[0]
            run = paragraph.add_run(text)
            run.bold = (block.header_row and r == 0) or (two_column_form and c == 0)
    doc.add_paragraph()


def _set_fonts(doc: Document, style: DocxStyle) -> None:
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"):
        font = doc.styles[name].font
        font.name = style.font
        rpr = doc.styles[name].element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is not None:
            for attr in THEME_FONT_ATTRS:
                rfonts.attrib.pop(qn(attr), None)
        if name.startswith("Heading"):
            font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
    doc.styles["Normal"].font.size = Pt(style.size)


def docx_text(data: bytes) -> str:
    """Read a .docx back the way the text files are written: header, blocks, footer."""
    doc = new_document(io.BytesIO(data))
    parts = [p.text for p in doc.sections[0].header.paragraphs if p.text]
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            parts += [text] if text else []
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t"))) for cell in row.iter(qn("w:tc"))]
                parts.append(" | ".join(cells))
    parts += [p.text for p in doc.sections[0].footer.paragraphs if p.text]
    return "\n\n".join(parts) + "\n"
