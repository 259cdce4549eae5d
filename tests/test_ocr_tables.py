"""A ruled table on a scanned page is read cell by cell: its grid is found from the page's own
ruling after the scanner's skew is undone, each word goes to the cell its box lies in, and a row
the page break split is one row again. A page with no ruled table is read as before."""

from __future__ import annotations

import io
import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from appliance.ingest import ingest, ocr
from appliance.ingest.ocr import GridRow, OcrRow, _Word
from appliance.ingest.parse import _scanned_page, text_elements
from appliance.ingest.passages import Element

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _grid(rows: list[int], columns: list[int], size: tuple[int, int] = (1000, 1400)) -> np.ndarray:
    """Ink of a ruled table: horizontal rules at `rows`, vertical rules at `columns` between the first and last."""
    ink = np.zeros((size[1], size[0]), dtype=bool)
    for y in rows:
        ink[y : y + 2, columns[0] : columns[-1] + 2] = True
    for x in columns:
        ink[rows[0] : rows[-1] + 2, x : x + 2] = True
    return ink


def test_a_ruled_table_gives_one_row_between_each_pair_of_rules() -> None:
    rows = ocr.table_rows(_grid([100, 160, 300, 420], [100, 400, 700, 900]))
    assert [(r.top, r.bottom) for r in rows] == [(101, 160), (161, 300), (301, 420)]
    assert all(len(r.borders) == 4 for r in rows)
    assert [r.first for r in rows] == [True, False, False]


def test_a_letter_in_a_short_row_is_not_a_cell_border() -> None:
    ink = _grid([100, 140, 300], [100, 500, 900])
    ink[108:133, 300:303] = True  # a tall "(" or "l" in the header row: it stops short of both rules
    assert [len(r.borders) for r in ocr.table_rows(ink)] == [3, 3]


def test_lines_with_no_cells_between_them_are_not_a_table() -> None:
    ink = np.zeros((1400, 1000), dtype=bool)
    ink[500:502, 100:600] = True  # a signature line
    ink[900:902, 100:900] = True  # a rule under a heading
    assert ocr.table_rows(ink) == []
    boxed = _grid([100, 400], [100, 900])  # one box round a paragraph: no columns
    assert ocr.table_rows(boxed) == []


def test_a_second_table_starts_afresh() -> None:
    ink = _grid([100, 160, 300], [100, 500, 900]) | _grid([600, 660, 800], [100, 300, 600, 900])
    assert [r.first for r in ocr.table_rows(ink)] == [True, False, True, False]


def _word(text: str, left: int, top: int, line: tuple[int, int, int], width: int = 60) -> _Word:
    return _Word(text, left, top, width, 30, line)


def test_words_go_to_their_cells_and_text_keeps_its_place_around_the_table() -> None:
    rows = [GridRow(200, 300, (100, 500, 900), first=True), GridRow(300, 500, (100, 500, 900), first=False)]
    words = [
        _word("Heading", 100, 100, (1, 1, 1)),
        _word("Day", 120, 230, (2, 1, 1)),
        _word("Why", 520, 230, (2, 1, 1)),
        _word("Carpet", 120, 330, (3, 1, 1)),
        _word("|", 498, 330, (3, 1, 1), width=4),  # the border read as a letter
        _word("Too", 520, 330, (3, 1, 1)),
        _word("loud.", 590, 330, (3, 1, 1)),
        _word("|", 520, 380, (3, 1, 2), width=4),  # "I" read as a bar, inside the cell
        _word("bite.", 540, 380, (3, 1, 2)),
        _word("After", 100, 600, (4, 1, 1)),
        _word("Next", 100, 700, (4, 2, 1)),
    ]
    pieces = ocr.assemble(words, rows)
    assert pieces == [
        "Heading",
        OcrRow(("Day", "Why"), first=True),
        OcrRow(("Carpet", "Too loud. | bite."), first=False),
        "After\n\nNext",
    ]


def test_a_row_with_no_words_is_left_out_and_the_next_starts_its_table() -> None:
    rows = [GridRow(200, 300, (100, 500, 900), True), GridRow(300, 400, (100, 500, 900), False)]
    rows.append(GridRow(400, 500, (100, 500, 900), False))
    words = [_word("A", 120, 230, (1, 1, 1)), _word("C", 120, 430, (1, 1, 2))]
    assert ocr.assemble(words, rows) == [OcrRow(("A", ""), True), OcrRow(("C", ""), True)]


def test_a_row_split_by_the_page_break_is_one_row() -> None:
    elements: list[Element] = []
    page_one = [OcrRow(("Risk", "Control"), True), OcrRow(("Allergies", "Two pens in the first"), False)]
    tables = _scanned_page(page_one, 1, elements, 0)
    tables = _scanned_page(
        [OcrRow(("", "aid bag"), True), OcrRow(("Climbing", "Rest breaks"), False)], 2, elements, tables
    )
    assert [e.cells for e in elements] == [
        ("Risk", "Control"),
        ("Allergies", "Two pens in the first aid bag"),
        ("Climbing", "Rest breaks"),
    ]
    assert [(e.table, e.row) for e in elements] == [(1, 1), (1, 2), (1, 3)]  # the table goes on


def test_a_new_table_on_the_next_page_is_not_joined_to_the_last() -> None:
    elements: list[Element] = []
    tables = _scanned_page([OcrRow(("Risk", "Control"), True)], 1, elements, 0)
    _scanned_page([OcrRow(("Name", "Role"), True)], 2, elements, tables)  # its first cell is filled
    assert [e.cells for e in elements] == [("Risk", "Control"), ("Name", "Role")]


def test_a_scanned_cells_bar_for_I_is_read_as_I() -> None:
    elements: list[Element] = []
    _scanned_page([OcrRow(("Playtime", "| like cops but they don't do it right."), True)], 1, elements, 0)
    assert elements[0].cells[1] == "I like cops but they don't do it right."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("2. BACKGROUND", "heading"),
        ("8. ADVICE GIVEN TO PARENTS (VIA INTERPRETER)", "heading"),
        ("1. Ingestion of a single small magnet.", "list_item"),  # near miss: a numbered sentence
        ("3. PE", "list_item"),  # near miss: too short to say it is a section's name
    ],
)
def test_a_numbered_line_in_capitals_is_a_section_heading(line: str, kind: str) -> None:
    assert [e.kind for e in text_elements(line)] == [kind]


def test_if_bar_could_is_if_I_could() -> None:
    from appliance.ingest.parse import fix_ocr

    assert fix_ocr("If | could change one thing") == "If I could change one thing"
    assert fix_ocr("Yes | no") == "Yes | no"  # near miss: a table's bar between two cells


def _page(draw_grid: bool, skew: float) -> bytes:
    """A scanned sheet at 200 dpi: a title, then a three-column table whose cells wrap onto two lines."""
    font = ImageFont.truetype(FONT, 30)
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    draw.text((150, 120), "How my school day feels", font=font, fill=0)
    columns = [150, 550, 950, 1500]
    table = [
        ("Part of my day", "My weather", "Why (in his words)"),
        ("Coming in", "Cloudy and cold", "My tummy goes funny at the gate every day"),
        ("Carpet time", "Stormy", "Everyone is behind me and I can't see the door"),
    ]
    top = 300
    for cells in table:
        bottom = top + 140
        for x, cell in zip(columns, cells, strict=False):
            words = cell.split()
            half = (len(words) + 1) // 2
            draw.text((x + 20, top + 20), " ".join(words[:half]), font=font, fill=0)
            draw.text((x + 20, top + 70), " ".join(words[half:]), font=font, fill=0)
        if draw_grid:
            draw.line([(columns[0], top), (columns[-1], top)], fill=0, width=2)
        top = bottom
    if draw_grid:
        draw.line([(columns[0], top), (columns[-1], top)], fill=0, width=2)
        for x in columns:
            draw.line([(x, 300), (x, top)], fill=0, width=2)
    draw.text((150, top + 100), "Scribed by the class teacher and read back to him.", font=font, fill=0)
    page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    out = io.BytesIO()
    page.save(out, format="PDF", resolution=200)
    return out.getvalue()


def test_the_scanners_skew_is_found() -> None:
    ink = Image.open(io.BytesIO(_png(_page(True, 0.6))))
    assert abs(ocr._skew(ink) + 0.6) <= 0.2


def _png(pdf: bytes) -> bytes:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=200 / 72).to_pil().convert("L")
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
def test_a_skewed_scan_of_a_ruled_table_is_read_cell_by_cell() -> None:
    doc = ingest(_page(True, 0.6), "Weather sheet (scanned).pdf", max_bytes=10**7, max_pages=10)
    rows = [p for p in doc.passages if p.kind == "table_row"]
    assert [p.cells for p in rows] == [
        ("Part of my day", "My weather", "Why (in his words)"),
        ("Coming in", "Cloudy and cold", "My tummy goes funny at the gate every day"),
        ("Carpet time", "Stormy", "Everyone is behind me and I can't see the door"),
    ]
    assert rows[1].header == rows[0].cells
    assert any(p.text == "Scribed by the class teacher and read back to him." for p in doc.passages)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
def test_the_same_sheet_with_no_ruling_is_read_as_lines() -> None:
    doc = ingest(_page(False, 0.6), "Weather sheet (scanned).pdf", max_bytes=10**7, max_pages=10)
    assert not any(p.kind == "table_row" for p in doc.passages)


def _ink_of(pdf: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(_png(pdf)))) < ocr.INK_LEVEL


@pytest.mark.parametrize("skew", [0.0, 0.6, -2.0])
def test_a_ruled_page_however_skewed_may_have_rules(skew: float) -> None:
    assert ocr.may_have_rules(_ink_of(_page(True, skew)))


def test_a_page_of_text_has_no_rules_to_level() -> None:
    """Near miss: the same sheet with no ruling is read as scanned, with no time spent levelling it."""
    assert not ocr.may_have_rules(_ink_of(_page(False, 0.6)))
