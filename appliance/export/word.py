"""A Word document to write a plan into: the appliance's own A4 layout at 12pt, or a council's
template (its styles, page set-up, header, footer and logo kept; its body replaced by the plan).
The only module that imports python-docx for writing.

Tables get fixed column widths worked out from their content, so that no word (and no code such
as "F-12") is wider than its column and broken in the middle.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from appliance.errors import InputError

BODY_PT = 12
NOTE_PT = 10
GREY = RGBColor(0x50, 0x5A, 0x5F)
CELL_PADDING_CM = 0.45  # left and right cell margins together, with a little to spare
TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
HEADINGS = {"Title": 20, "Heading 1": 16, "Heading 2": 14, "Heading 3": 12}

# Widths of Arial (and the metric-compatible Liberation Sans) in thousandths of an em.
NARROW = dict.fromkeys("ijlI.,:;'|!", 280) | dict.fromkeys("frt()-/[]", 340) | {" ": 280}
WIDE = dict.fromkeys("mwMW@%", 900) | dict.fromkeys("ABCDEGHKNOQRSUVXY&", 730)


def text_width_cm(text: str, size_pt: float = BODY_PT, bold: bool = False) -> float:
    """About how wide `text` is set in Arial: enough to size a column, a little generously."""
    em = sum(NARROW.get(ch, WIDE.get(ch, 570)) for ch in text) / 1000
    return em * size_pt * (1.08 if bold else 1.0) * 1.05 * 2.54 / 72


def fit_widths(columns: Sequence[Sequence[str]], total_cm: float, size_pt: float = BODY_PT) -> list[float]:
    """Column widths summing to `total_cm`: each at least as wide as its longest word (so that no
    word is broken), the rest shared by how much text each column holds."""
    longest = [
        max((text_width_cm(w, size_pt, bold=True) for t in col for w in t.split()), default=0.5) for col in columns
    ]
    mins = [min(w + CELL_PADDING_CM, total_cm * 0.4) for w in longest]
    spare = max(total_cm - sum(mins), 0.0)
    weights = [max(sum(len(t) for t in col) / max(len(col), 1), 1.0) ** 0.5 for col in columns]
    return [m + spare * w / sum(weights) for m, w in zip(mins, weights, strict=True)]


def _as_document(data: bytes) -> bytes:
    """A Word template (.dotx) opened as a document: only its package's content type differs."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        types = src.read("[Content_Types].xml")
        if TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                body = src.read(item.filename)
                dst.writestr(
                    item,
                    types.replace(TEMPLATE_TYPE, DOCUMENT_TYPE) if item.filename == "[Content_Types].xml" else body,
                )
        return out.getvalue()


def load_template(path: Path) -> DocxDocument:
    """A council's Word template with its body emptied (the last section's page set-up, header and
    footer stay). A file that is not a Word document is an InputError, not a crash."""
    try:
        doc = Document(io.BytesIO(_as_document(path.read_bytes())))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"The Word template {path.name} could not be opened: {exc.__class__.__name__}.") from exc
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def _own_layout(doc: DocxDocument) -> None:
    """The appliance's layout without a template: A4, 2 cm margins, Arial 12pt, black headings."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    for name, size in {"Normal": BODY_PT, **HEADINGS}.items():
        style = doc.styles[name]
        style.font.name, style.font.size = "Arial", Pt(size)
        fonts = style.element.rPr.rFonts if style.element.rPr is not None else None
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if fonts is not None and fonts.get(qn(theme)) is not None:
                del fonts.attrib[qn(theme)]  # a theme font would win over Arial
        if name != "Normal":
            style.font.bold = True
            style.font.color.rgb = RGBColor(0x0B, 0x0C, 0x0C)


def _ensure_styles(doc: DocxDocument) -> None:
    """A template made in Word may hold only the styles it uses: add the headings the plan needs."""
    names = {s.name for s in doc.styles}
    for name, size in HEADINGS.items():
        if name not in names:
            style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = doc.styles["Normal"]
            style.font.size, style.font.bold = Pt(size), True


class WordDocument:
    def __init__(self, template: Path | None = None, header: str | None = None) -> None:
        self.templated = template is not None
        self.doc = load_template(template) if template is not None else Document()
        if template is None:
            _own_layout(self.doc)
            if header:
                self.doc.sections[0].header.paragraphs[0].text = header
            _page_numbers(self.doc)
        _ensure_styles(self.doc)

    def heading(self, text: str, level: int) -> Paragraph:
        return self.doc.add_paragraph(text, style="Title" if level == 0 else f"Heading {min(level, 3)}")

    def paragraph(self, text: str = "", lead: str | None = None, indent: bool = False) -> Paragraph:
        para = self.doc.add_paragraph()
        if lead:
            para.add_run(lead.rstrip() + " ").bold = True
        if text:
            para.add_run(text)
        if indent:
            para.paragraph_format.left_indent = Cm(0.8)
        return para

    def note(self, text: str, indent: bool = True, italic: bool = True) -> Paragraph:
        """Smaller grey text: a caseworker copy's sources and details."""
        para = self.doc.add_paragraph()
        run = para.add_run(text)
        run.italic, run.font.size, run.font.color.rgb = italic, Pt(NOTE_PT), GREY
        if indent:
            para.paragraph_format.left_indent = Cm(0.8)
        return para

    def bullet(self, text: str) -> Paragraph:
        if "List Bullet" in {s.name for s in self.doc.styles}:
            return self.doc.add_paragraph(text, style="List Bullet")
        return self.paragraph(f"\u2022 {text}", indent=True)

    def usable_width_cm(self) -> float:
        section = self.doc.sections[-1]
        width = (section.page_width or Cm(21)) - (section.left_margin or 0) - (section.right_margin or 0)
        return float(width) / 360000

    def widths(self, header: Sequence[str], rows: Sequence[Sequence[str]], size_pt: float = BODY_PT) -> list[float]:
        """Column widths that fit the words of `rows` on the current page."""
        columns = [[h, *(r[i] for r in rows)] for i, h in enumerate(header)]
        return fit_widths(columns, self.usable_width_cm(), size_pt)

    def details(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label and value, two columns, no header row."""
        table = self.doc.add_table(rows=0, cols=2)
        _borders(table)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].paragraphs[0].add_run(value)
        self.doc.add_paragraph()

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        size_pt: float = BODY_PT,
        widths: Sequence[float] | None = None,
    ) -> None:
        """A table with a repeated header row and column widths that fit its words (or `widths`,
        shared by several tables)."""
        widths = widths or self.widths(header, rows, size_pt)
        table = self.doc.add_table(rows=0, cols=len(header))
        table.autofit = False
        _borders(table)
        _fixed_layout(table)
        for n, cells in enumerate([list(header), *map(list, rows)]):
            row = table.add_row()
            if n == 0:
                _repeat_header(row._tr)
            for cell, text, width in zip(row.cells, cells, widths, strict=True):
                cell.width = Cm(width)
                para = cell.paragraphs[0]
                run = para.add_run(text)
                run.font.size, run.bold = Pt(size_pt), n == 0
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        self.doc.add_paragraph()

    def orientation(self, landscape: bool) -> None:
        """A new section turned to landscape (wide tables) or back to portrait; headers carry on."""
        last = self.doc.sections[-1]
        if (last.orientation == WD_ORIENT.LANDSCAPE) == landscape:
            return
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = last.page_height, last.page_width

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _borders(table: Table) -> None:
    """Single lines round every cell, set on the table itself (a template may lack "Table Grid")."""
    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:color"), "505A5F")
        borders.append(line)
    props.append(borders)


def _fixed_layout(table: Table) -> None:
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)


def _repeat_header(tr: object) -> None:
    props = tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def _page_numbers(doc: DocxDocument) -> None:
    """ "Page N of M" in the footer, as Word fields."""
    para = doc.sections[0].footer.paragraphs[0]
    para.add_run("Page ")
    _field(para, "PAGE")
    para.add_run(" of ")
    _field(para, "NUMPAGES")


def _field(para: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES): begin, its instruction, a placeholder result, end."""
    _field_char(para, "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    para.add_run()._r.append(instr)
    _field_char(para, "separate")
    para.add_run("1")
    _field_char(para, "end")


def _field_char(para: Paragraph, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    para.add_run()._r.append(char)
