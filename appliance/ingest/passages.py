"""Elements become `Passage`s: the smallest citable units, each with its heading path and a
locator a person can follow ("p.2, para 7.1", "table 2, row 3", "'Recommendations', para 2").

Light on purpose: about every module imports `Passage`; the parsers that make `Element`s (and
their heavy libraries) live in `parse.py` and load only when a file is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

PassageKind = Literal["heading", "paragraph", "list_item", "table_row"]


@dataclass(frozen=True)
class Element:
    """One block as a parser found it, before headings and locators are worked out."""

    kind: PassageKind
    text: str
    page: int | None = None
    cells: tuple[str, ...] = ()
    table: int | None = None  # index of the table within the document, for table rows
    row: int | None = None  # 1-based row within its table


NUMBERED_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)")
NUMBERED_HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-Z])")
AREA_HEADING_RE = re.compile(
    r"^(communication|interaction|cognition|learning|social|emotional|sensory|physical|"
    r"sensory and/or physical|health|independence|self-care|speech|language)\b",
    re.I,
)
LETTERHEAD_RE = re.compile(
    r"\b(trust|council|hospital|foundation|clinic|centre|center|department|service|team|wing|house|"
    r"road|street|lane|school|academy|college|nursery|unit|practice|surgery)\b",
    re.I,
)
HEADER_WORDS = re.compile(
    r"\b(provision|intervention|support|frequency|how often|duration|how long|staff|delivered|who|"
    r"group|target|outcome|by when|timescale|need|subject|area|measure|score|percentile|date)\b",
    re.I,
)


@dataclass(frozen=True)
class Passage:
    seq: int
    kind: PassageKind
    text: str
    headings: tuple[str, ...]
    locator: str
    page: int | None = None
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()  # the table's header cells, for table rows

    @property
    def number(self) -> str | None:
        m = NUMBERED_RE.match(self.text)
        return m.group(1) if m else None

    @property
    def body(self) -> str:
        """The text without its paragraph number."""
        return NUMBERED_RE.sub("", self.text, count=1)


def _heading_level(text: str, stack: list[tuple[int, str]]) -> int:
    m = NUMBERED_HEADING_RE.match(text)
    if m:
        return m.group(1).count(".") + 1
    if AREA_HEADING_RE.match(text) and stack and not AREA_HEADING_RE.match(stack[-1][1]):
        return stack[-1][0] + 1
    if AREA_HEADING_RE.match(text) and stack:
        return stack[-1][0]
    return 1


def _is_header_row(cells: tuple[str, ...]) -> bool:
    filled = [c for c in cells if c]
    if len(filled) < 2:
        return False
    short = all(len(c) <= 40 and not re.search(r"\d{2,}", c) for c in filled)
    return short and sum(bool(HEADER_WORDS.search(c)) for c in filled) >= max(1, len(filled) // 2)


def build_passages(elements: list[Element]) -> list[Passage]:
    passages: list[Passage] = []
    stack: list[tuple[int, str]] = []
    counters: dict[tuple[str, ...], int] = {}
    header: tuple[str, ...] = ()
    current_table: tuple[int | None, int | None] = (None, None)
    last_label = ""
    table_counter = row_no = 0
    body_seen = False
    for el in elements:
        page_prefix = f"p.{el.page}, " if el.page else ""
        if el.kind == "heading" and not body_seen and LETTERHEAD_RE.search(el.text):
            el = Element("paragraph", el.text, el.page)  # letterhead, not a section of the report
        body_seen = body_seen or (el.kind != "heading" and len(el.text) > 60)
        if el.kind == "heading":
            level = _heading_level(el.text, stack)
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, el.text))
            headings = tuple(h for _, h in stack)
            passages.append(Passage(len(passages), "heading", el.text, headings[:-1], f"{page_prefix}heading"))
            continue
        headings = tuple(h for _, h in stack)
        if el.kind == "table_row":
            key = (el.table, el.page)
            cells = el.cells
            if key != current_table or el.row == 1:
                table_counter += 1
                header = cells if _is_header_row(cells) else ()
                last_label = ""
                row_no = 0
            current_table = key
            row_no += 1
            if len(cells) == 2 and not cells[0] and last_label:
                cells = (last_label, cells[1])  # a form row continuing the label above
            elif cells and cells[0]:
                last_label = cells[0]
            text = " | ".join(c for c in cells if c)
            locator = f"{page_prefix}table {table_counter}, row {row_no}"
            passages.append(Passage(len(passages), "table_row", text, headings, locator, el.page, cells, header))
            continue
        current_table = (None, None)
        m = NUMBERED_RE.match(el.text)
        counters[headings] = counters.get(headings, 0) + 1
        if m:
            where = f"para {m.group(1)}"
        else:
            noun = "bullet" if el.kind == "list_item" else "para"
            where = f"'{headings[-1]}', {noun} {counters[headings]}" if headings else f"{noun} {counters[headings]}"
        passages.append(Passage(len(passages), el.kind, el.text, headings, page_prefix + where, el.page))
    return passages
