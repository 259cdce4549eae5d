"""OCR of scanned PDF pages with Tesseract, through pipes: no image or text touches the disk.

A ruled table on a scanned page (a Word table printed with its grid) is read cell by cell: Tesseract
reads a page line by line, so a row of four cells whose text wraps would otherwise come back as lines
that run across all four ("This is me at college. I Too loud. Hurts my ears. I Tracey ..."). The
grid is found from the page's own ruling, after undoing the scanner's skew, and each word goes to the
cell its box lies in.
"""

from __future__ import annotations

import csv
import io
import itertools
import shutil
import subprocess
from dataclasses import dataclass

import numpy as np
import pypdfium2
from PIL import Image

from appliance.errors import UnreadableDocument

OCR_DPI = 200
OCR_TIMEOUT_S = 120
BLANK_CHECK_DPI = 36
BLANK_LEVEL = 200  # pixels darker than this are marks
BLANK_MAX_MARKS = 4
INK_LEVEL = 160  # pixels darker than this are ink (a scan's paper is grey, its print dark)
MAX_SKEW_DEG = 2.0
RULE_MIN_FRACTION = 8  # a table's horizontal rule runs at least 1/8 of the page's width
RULE_GAP_PX = 3  # dark rows (or columns) this close together are one rule
MIN_ROW_PX = 12  # the least height between two rules that a row of text fits
CELL_BORDER_FILL = 0.95  # a cell border is ink from the rule above it to the rule below (a letter's stroke is not)


@dataclass(frozen=True)
class OcrRow:
    """One row of a ruled table, its cells' words in reading order."""

    cells: tuple[str, ...]
    first: bool  # the first row of its table


OcrPiece = str | OcrRow  # running text (lines, blank lines between paragraphs) or a table row


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _blank(page: pypdfium2.PdfPage) -> bool:
    """Whether a page has no marks at all, judged from a small rendering."""
    small = page.render(scale=BLANK_CHECK_DPI / 72).to_pil().convert("L")
    marks: int = sum(small.histogram()[:BLANK_LEVEL])
    return marks <= BLANK_MAX_MARKS


def _tesseract(image: Image.Image, output: str) -> str:
    png = io.BytesIO()
    image.save(png, format="PNG")
    command = ["tesseract", "stdin", "stdout", "-l", "eng", "--psm", "3", "--dpi", str(OCR_DPI)]
    result = subprocess.run(
        command + ([output] if output != "txt" else []),
        input=png.getvalue(),
        capture_output=True,
        timeout=OCR_TIMEOUT_S,
        check=False,
        env={
            "OMP_THREAD_LIMIT": "1",
            "PATH": "/usr/bin:/bin",
        },  # OpenMP threads spin and starve on a busy 2-core box
    )
    if result.returncode != 0:
        raise UnreadableDocument("A scanned page of this PDF could not be read by OCR.")
    return result.stdout.decode("utf-8", errors="replace")


def ocr_pdf_page(data: bytes, index: int) -> list[OcrPiece]:
    if not tesseract_available():
        raise UnreadableDocument(
            "This PDF is scanned, and the OCR engine (tesseract-ocr) is not installed on this appliance."
        )
    pdf = pypdfium2.PdfDocument(data)
    try:
        if _blank(pdf[index]):
            return []  # nothing on the page: no OCR (a PDF of 200 blank pages cost 105 s of it)
        image = pdf[index].render(scale=OCR_DPI / 72).to_pil().convert("L")
    finally:
        pdf.close()
    # (levelling a page costs half a second: only a page with a line long enough to be a rule is levelled)
    if may_have_rules(np.asarray(image) < INK_LEVEL):
        straight = image.rotate(_skew(image), resample=Image.Resampling.BICUBIC, fillcolor=255)
        rows = table_rows(np.asarray(straight) < INK_LEVEL)
        if rows:
            return assemble(_words(_tesseract(straight, "tsv")), rows)
    return [_tesseract(image, "txt")]  # no ruled table: Tesseract's own reading of the page as scanned


def may_have_rules(ink: np.ndarray) -> bool:
    """Whether the page, as scanned (up to MAX_SKEW_DEG off level), has a line long enough to be a table's rule:
    ink by 2 x 2 blocks, each row widened by the rows either side, holding a run of half the rule's length in blocks
    (a rule 2 degrees off level drifts 3 block rows over that run)."""
    height, width = (ink.shape[0] // 2) * 2, (ink.shape[1] // 2) * 2
    blocks = np.asarray(ink[:height, :width].reshape(height // 2, 2, width // 2, 2).any(axis=(1, 3)), dtype=bool)
    wide = blocks.copy()
    for shift in (-2, -1, 1, 2):
        wide |= np.roll(blocks, shift, axis=0)
    return bool(_runs(wide, ink.shape[1] // RULE_MIN_FRACTION // 2).any())


def _skew(image: Image.Image) -> float:
    """The angle (degrees) that turns the page's lines level: the one whose rows of ink are most
    sharply separated from the white between them."""
    small = image.resize((image.width // 2, image.height // 2))
    best, best_score = 0.0, -1.0
    steps = int(MAX_SKEW_DEG * 10)
    for tenth in range(-steps, steps + 1):
        angle = tenth / 10
        ink = np.asarray(small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)) < INK_LEVEL
        profile = ink.sum(axis=1).astype(np.float64)
        score = float((np.diff(profile) ** 2).sum())
        if score > best_score:
            best, best_score = angle, score
    return best


def _runs(ink: np.ndarray, length: int) -> np.ndarray:
    """Per row, whether it holds an unbroken run of at least `length` ink pixels."""
    totals = np.concatenate([np.zeros((ink.shape[0], 1), np.int32), np.cumsum(ink, axis=1, dtype=np.int32)], axis=1)
    found: np.ndarray = ((totals[:, length:] - totals[:, :-length]) >= length).any(axis=1)
    return found


def _group(positions: np.ndarray) -> list[tuple[int, int]]:
    """Runs of neighbouring positions (pixel rows of one rule) as (first, last)."""
    groups: list[tuple[int, int]] = []
    for p in positions.tolist():
        if groups and p - groups[-1][1] <= RULE_GAP_PX:
            groups[-1] = (groups[-1][0], p)
        else:
            groups.append((p, p))
    return groups


@dataclass(frozen=True)
class GridRow:
    top: int
    bottom: int
    borders: tuple[int, ...]  # x of each vertical rule, left to right
    first: bool


def table_rows(ink: np.ndarray) -> list[GridRow]:
    """The rows of ruled tables on a level page: between two horizontal rules, a band with at least
    three vertical rules (two cells or more) running down it."""
    rules = _group(np.where(_runs(ink, ink.shape[1] // RULE_MIN_FRACTION))[0])
    out: list[GridRow] = []
    for (_, above), (below, _) in itertools.pairwise(rules):
        top, bottom = above + RULE_GAP_PX, below - RULE_GAP_PX
        if bottom - top < MIN_ROW_PX:
            continue
        # a border runs from rule to rule; a tall letter in a short row ("(", "l") stops short of them
        span = ink[above : below + 1]
        span = span | np.roll(span, 1, axis=1) | np.roll(span, -1, axis=1)  # a border a pixel off plumb
        borders = tuple((a + b) // 2 for a, b in _group(np.where(span.mean(axis=0) >= CELL_BORDER_FILL)[0]))
        if len(borders) < 3:
            continue
        continues = bool(out) and above - out[-1].bottom <= RULE_GAP_PX and len(out[-1].borders) == len(borders)
        out.append(GridRow(above, below, borders, first=not continues))
    return out


@dataclass(frozen=True)
class _Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line


def _words(tsv: str) -> list[_Word]:
    out = []
    for r in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (r.get("text") or "").strip()
        if r.get("level") == "5" and text:
            line = (int(r["block_num"]), int(r["par_num"]), int(r["line_num"]))
            out.append(_Word(text, int(r["left"]), int(r["top"]), int(r["width"]), int(r["height"]), line))
    return out


def assemble(words: list[_Word], rows: list[GridRow]) -> list[OcrPiece]:
    """The page's running text and its table rows, in order down the page. Words outside the
    tables keep Tesseract's lines and paragraphs; a "|" on a cell border is the border, not a word."""
    cells: dict[int, list[list[str]]] = {i: [[] for _ in row.borders[1:]] for i, row in enumerate(rows)}
    lines: dict[tuple[int, int, int], list[_Word]] = {}
    for w in words:
        x, y = w.left + w.width // 2, w.top + w.height // 2
        at = next((i for i, row in enumerate(rows) if row.top < y < row.bottom and row.borders[0] <= x), None)
        column = None if at is None else next((k for k, b in enumerate(rows[at].borders[1:]) if x < b), None)
        if at is None or column is None:
            lines.setdefault(w.line, []).append(w)
        elif not (
            w.text.strip("|!") == ""
            and any(w.left - RULE_GAP_PX <= b <= w.left + w.width + RULE_GAP_PX for b in rows[at].borders)
        ):
            cells[at][column].append(w.text)
    # each item sorts after the table rows above it; Tesseract's own order stands within the text between tables
    items: list[tuple[float, int, OcrRow | tuple[int, int, int]]] = []
    for n, (key, ws) in enumerate(lines.items()):
        middle = sum(w.top + w.height // 2 for w in ws) / len(ws)
        items.append((sum(row.bottom <= middle for row in rows), n, key))
    shown = -2  # the last row put out: a row after one left out (no words in it) starts its table afresh
    for i, row in enumerate(rows):
        texts = tuple(" ".join(c) for c in cells[i])
        if any(texts):
            items.append((i + 0.5, 0, OcrRow(texts, first=row.first or shown != i - 1)))
            shown = i
    items.sort(key=lambda t: (t[0], t[1]))
    out: list[OcrPiece] = []
    text: list[str] = []
    paragraph: tuple[int, int] | None = None
    for _, _, item in items:
        if isinstance(item, OcrRow):
            if text:
                out.append("\n".join(text))
                text, paragraph = [], None
            out.append(item)
            continue
        if paragraph is not None and item[:2] != paragraph:
            text.append("")
        paragraph = item[:2]
        text.append(" ".join(w.text for w in lines[item]))
    if text:
        out.append("\n".join(text))
    return out
