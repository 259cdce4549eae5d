"""Elements become `Passage`s: the smallest citable units, each with its heading path and a
locator a person can follow ("p.2, para 7.1", "table 2, row 3", "'Recommendations', para 2").

Light on purpose: about every module imports `Passage`; the parsers that make `Element`s (and
their heavy libraries) live in `parse.py` and load only when a file is read.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
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
    minor: bool = False  # a label heading ("Plan:"): it nests under the heading above it
    quoted: bool = False  # part of an email's quoted original message
    signature: bool = False  # the sign-off: closing, name, role, copy lines
    depth: int | None = None  # a Word heading's outline depth (Heading 1 is 0), where its writer styled it


NUMBERED_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)")
NUMBERED_HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-Z])")
AREA_HEADING_RE = re.compile(
    r"^(communication|interaction|cognition|learning|social|emotional|sensory|physical|"
    r"sensory and/or physical|health|independence|self-care|speech|language)\b",
    re.I,
)
CLOSING_RE = re.compile(
    r"^(yours (sincerely|faithfully|truly)|(with )?(kind|best|warm)(est)? (regards|wishes))\b", re.I
)
# a one-page profile's or passport's columns: "Things I like | Things I find hard | How to help me"
PROFILE_COLUMNS = r"things (?:i|that|we|people)|how (?:to|you can|best to) help|likes|dislikes|important (?:to|for) me"
HEADER_WORDS = re.compile(
    r"\b(provisions?|interventions?|supports?|frequency|how often|duration|how long|staff|delivered|who|"
    r"groups?|targets?|outcomes?|by when|timescale|needs?|subject|area|measure|score|percentile|date|"
    r"baseline|strengths?|"
    r"next steps?|strateg\w*|actions?|rag|review|comments?|resources?|progress|impact|evidence|helpers|"
    r"starting point|recommendations?|rationale|reasons?|notes?|description|owner|deadline|exercises?|equipment|"
    r"purpose|aims?|goals?|objectives?|activit(?:y|ies)|responsib\w*|sessions?|minutes|hours|setting|condition|"
    r"symptoms?|medication|dose|details?|eligib\w*|what .{0,30}(?:told|saw|said|observed|looks? like)|triggers?|"
    r"early signs|"
    # a lesson-by-lesson table: "Lesson | What Crohn's means here | In place now | What Jess needs"
    r"lessons?|(?:already |currently )?in place|what .{0,30}means (?:here|for (?:him|her|them))|"
    r"tasks?|risks?|hazards?|control measures?|provider|rate|(?:annual |total |unit )?costs?|element|"
    rf"what helps|what to avoid|what to do|what you (?:might|may|will|can) (?:see|notice)|{PROFILE_COLUMNS}|"
    # a council's needs, outcomes and provision table: "What Barney finds hard (B) | What we hope he will
    # achieve (E) | What will help (F)"
    r"finds? (?:it )?(?:hard|difficult|tricky)|what (?:will|would|might|can) help|hopes? .{0,30}achieve|"
    # a reply to a family, point by point: "You said | We did | What next"
    r"^you said$|^we did$|^what (?:happens )?next$|"
    # the child's answers beside the questions put: "Question | Romy's answer"
    r"^(?:[a-z][a-z'-]+['\u2019]s|his|her|their|my) (?:answers?|words|responses?)$|"
    # a then-and-now review: "Area | Then (September 2025) | Now (March 2026) | Next"
    r"^(?:then|now|next)(?: \([^)]*\))?$|"
    # a family's day, hour by hour: "Time | What happens | What is hard for us"
    r"^what happens$|^what(?:'s| is) (?:hard|difficult|tricky)\b|"
    # a visiting service's record: "Visit date | Focus | Advice given | Follow-up"
    r"^advice\b|^advised\b|^focus$|^follow[- ]?ups?$)\b",
    re.I,
)
PROFILE_COLUMN_RE = re.compile(rf"\b(?:{PROFILE_COLUMNS})\b", re.I)

# a header cell that starts the sentence its column's cells complete ("Conall will")
SENTENCE_START_HEADER = r"\bwill(?: be able to)?$"
# a date column ("By"), a sentence's start, a column of reasons ("Why it's on my playlist"), an access
# review's "What the unit asks | Where Ewan is now | What would make it possible"
HEADER_CUE_RE = re.compile(
    rf"^(?:by|when)$|{SENTENCE_START_HEADER}|^why\b(?!.*\?$)|^where [\w' ]{{1,20}} (?:is|are) now$"
    r"|^what (?:would|will|could) (?:make|help)\b(?!.*\?$)|^what the [\w ]{1,20} (?:asks|needs|involves)\b(?!.*\?$)"
    # a milestone chart's "Skill | Usually seen by | Ify now (October 2026) | What helps"
    r"|^(?-i:[A-Z][a-z'-]+) now\b|^(?:skills?|milestones?)$|^(?:usually|typically) (?:seen|reached|achieved)\b"
    # a then-and-now comparison's columns: "Then (September 2025) | Now (May 2026)"
    r"|^(?:then|now|before|since)(?:\s*\([^)]{1,30}\))?$"
    # what adults stop doing and what they do instead: "Instead of ... | Try ..."
    r"|^(?:instead of|rather than|try)\b(?:\W*$| \.{3}|\u2026)",
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
    def is_header_row(self) -> bool:
        """A table's header row itself: it names the columns, it says nothing of the child."""
        return self.kind == "table_row" and self.cells == self.header

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


# when a column is for, in brackets or after "by": "Target (September 2025)", "0 expected by 31 July 2026"
DATED_RE = re.compile(r"\([^)]*\)|\bby \d{1,2}(?:st|nd|rd|th)? [A-Za-z]+ \d{4}\b")
# a rating scale's levels as columns: Goal Attainment Scaling's "-2 | -1 | 0 expected | +1 | +2"
SCALE_LEVEL_RE = re.compile(r"^\s*[-+\u2212]\d\b")
GLOSS_RE = re.compile(r"\([^)]*\)")
# a column for a term or a month of the plan: "Autumn 2026", "Spring term 2027", "Term 3", "January 2027"
PERIOD_HEADER = (
    r"^(?:(?:autumn|spring|summer)(?: term)?(?: [12])?|term \d|half[- ]term \d|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december))"
    r"(?: \d{4}(?:[-/]\d{2,4})?)?$"
)
PERIOD_HEADER_RE = re.compile(PERIOD_HEADER, re.I)
# a week's timetable's columns: "Time | Monday | Tuesday | ..."
DAY_HEADER = r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$"
DAY_HEADER_RE = re.compile(DAY_HEADER, re.I)
WEEK_DAYS = 3  # day columns that make a table a week's timetable


def _is_header_row(cells: tuple[str, ...]) -> bool:
    filled = [c for c in cells if c]
    if len(filled) < 2:
        return False
    # a header names its columns; a date in brackets says when ("Target (September 2025)"), a data row has figures;
    # a gloss in brackets lists what a column holds ("Transactional support (who, what, how often)")
    # a term-by-term plan's columns are its terms ("Autumn 2026 | Spring 2027"); one date beside a label is data
    periods = sum(bool(PERIOD_HEADER_RE.match(c.strip())) for c in filled) >= 2
    week = sum(bool(DAY_HEADER_RE.match(c.strip())) for c in filled) >= WEEK_DAYS
    short = all(
        len(GLOSS_RE.sub("", c).strip()) <= 40
        and ((periods and PERIOD_HEADER_RE.match(c.strip())) or not re.search(r"\d{2,}", DATED_RE.sub("", c)))
        for c in filled
    )
    said = sum(
        bool(
            HEADER_WORDS.search(c)
            or HEADER_CUE_RE.search(c)
            or SCALE_LEVEL_RE.match(c)
            or (periods and PERIOD_HEADER_RE.match(c.strip()))
            or (week and DAY_HEADER_RE.match(c.strip()))
        )
        for c in filled
    )
    return short and said >= max(1, len(filled) // 2)


CELL_SEPARATOR = " | "  # how a table row's cells are joined into its text
QUOTED = "Original message"  # the heading path of an email's quoted original message
SIGNATURE = "Signature"  # the heading path of a sign-off


@dataclass
class _Outline:
    """The headings above the current block: (level, text, is a label heading, Word outline depth)."""

    stack: list[tuple[int, str, bool, int | None]] = field(default_factory=list)
    listed: bool = False  # list items have come under the label heading on top
    quoted: bool = False
    lead_in: dict[tuple[str, ...], str] = field(default_factory=dict)  # the opening words under each heading path

    def path(self) -> tuple[str, ...]:
        return tuple(h for _, h, _, _ in self.stack)

    def enter(self, el: Element) -> tuple[str, ...]:
        """Push a heading; returns the path above it."""
        top = self.stack[-1] if self.stack else None
        if el.minor:
            level = top[0] if top and top[2] else (top[0] + 1 if top else 1)
        else:
            level = self._styled_level(el, _heading_level(el.text, [(lv, h) for lv, h, _, _ in self.stack]))
            level = self._announced_level(el) or level
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        above = self.path()
        self.stack.append((level, el.text, el.minor, el.depth))
        self.listed = False
        return above

    def _styled_level(self, el: Element, inferred: int) -> int:
        """Where the writer's Word styles put a heading: a "Heading 3" under the "Heading 2" above it ("Next steps"
        under "Communication"), a "Heading 2" beside the one before (the next area, not under "Next steps"). An
        area styled like the heading above it still nests under it ("Needs", then "Communication")."""
        styled = [(lv, h, d) for lv, h, _, d in self.stack if d is not None]
        if el.depth is None or not styled:
            return inferred
        top_level, top_text, top_depth = styled[-1]
        if el.depth > top_depth:
            # (not under a "Heading 1", often the document's own title: its words are no section's role)
            return max(inferred, top_level + 1) if top_depth >= 1 else inferred
        area = AREA_HEADING_RE.match(el.text) is not None
        if area and el.depth == top_depth and not AREA_HEADING_RE.match(top_text):
            return inferred
        return min(lv for lv, _, d in styled if d >= el.depth)

    def _announced_level(self, el: Element) -> int | None:
        """A heading that the opening words of a section above named as one of its parts ("I have grouped my
        recommendations under Environment (...), Task (...) and Person (...)") nests under that section."""
        if el.depth is not None or len(el.text) < 4 or not el.text[0].isupper():
            return None
        named = re.compile(rf"(?<=[a-z,] ){re.escape(el.text)}\b")
        path = self.path()
        for i in range(len(path), 0, -1):
            if named.search(self.lead_in.get(path[:i], "")):
                return self.stack[i - 1][0] + 1
        return None

    def block(self, el: Element) -> None:
        """A block below the headings: a label's list ends at the first block that is not an item."""
        path = self.path()
        said = self.lead_in.get(path)
        if el.kind == "paragraph" and path and (said is None or len(said) < LEAD_IN_CHARS):
            self.lead_in[path] = f"{said or ''} {el.text}"
        if el.quoted and not self.quoted:
            self.quoted = True
            self.stack = [(0, QUOTED, False, None)]
        elif not el.quoted and el.kind != "heading" and CLOSING_RE.match(el.text):
            self.stack = []  # the sign-off belongs to no section
        if self.stack and self.stack[-1][2]:
            if el.kind == "list_item":
                self.listed = True
            elif self.listed:
                self.stack.pop()
                self.listed = False


LEAD_IN_CHARS = 300  # the opening words under a heading that may name its parts

# a cell's text wrapped out of its table by a PDF's layout: short, and starting mid-sentence in lower case
WRAPPED_FRAGMENT_RE = re.compile(r"^[a-z(][^\n]{0,80}$")


def build_passages(elements: list[Element]) -> list[Passage]:
    passages: list[Passage] = []
    outline = _Outline()
    counters: dict[tuple[str, ...], int] = {}
    table = _Table()
    for el in elements:
        page_prefix = f"p.{el.page}, " if el.page else ""
        outline.block(el)
        if el.kind == "heading":
            above = outline.enter(el)
            passages.append(Passage(len(passages), "heading", el.text, above, f"{page_prefix}heading"))
            continue
        headings = outline.path()
        if el.signature and not el.quoted:
            headings = (SIGNATURE,)
        if el.kind == "table_row":
            passages.append(table.row(el, len(passages), headings, page_prefix))
            continue
        table.end(fragment=el.kind == "paragraph" and WRAPPED_FRAGMENT_RE.match(el.text) is not None)
        for text in _numbered_items(el.text):
            m = NUMBERED_RE.match(text)
            counters[headings] = counters.get(headings, 0) + 1
            if m:
                where = f"para {m.group(1)}"
            else:
                noun = "bullet" if el.kind == "list_item" else "para"
                where = f"'{headings[-1]}', {noun} {counters[headings]}" if headings else f"{noun} {counters[headings]}"
            passages.append(Passage(len(passages), el.kind, text, headings, page_prefix + where, el.page))
    return _box_labels(passages)


BOX_LABEL_RE = re.compile(r"^[A-Z][\w'’&/-]*(?: [\w'’&/-]+){0,3}$")  # "Sensory", "Communication and interaction"
BOX_WORDS = 12  # a box's text: each cell of the row below its labels says this much at least


def _box_labels(passages: list[Passage]) -> list[Passage]:
    """A grid of labelled boxes ("Sensory | Social", then what was seen and what to try in each box): a row of
    short labels with no header above it names the columns of the row of prose straight below it."""
    out = list(passages)
    for i, (labels, box) in enumerate(itertools.pairwise(passages)):
        if (
            labels.kind == box.kind == "table_row"
            and not labels.header
            and not box.header
            and len(labels.cells) == len(box.cells) >= 2
            and all(BOX_LABEL_RE.match(c.strip()) for c in labels.cells)
            and all(len(c.split()) >= BOX_WORDS for c in box.cells)
        ):
            out[i] = replace(labels, header=labels.cells)
            out[i + 1] = replace(box, header=labels.cells)
            # the rows straight after fill the same boxes ("Do | Don't", then a row of each), until a row of labels
            # of its own
            for j in range(i + 2, len(passages)):
                row = passages[j]
                if not (
                    row.kind == "table_row"
                    and not row.header
                    and len(row.cells) == len(box.cells)
                    and not all(BOX_LABEL_RE.match(c.strip()) for c in row.cells)
                ):
                    break
                out[j] = replace(row, header=labels.cells)
    return out


LIST_NUMBER_RE = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")


def _numbered_items(text: str) -> list[str]:
    """A numbered list a PDF gave as one block ("1. A key adult ... every day. 2. All staff ..."), item
    by item: each next number in turn, after a sentence's end and before a capital."""
    m = LIST_NUMBER_RE.match(text)
    if not m:
        return [text]
    items, start, number = [], 0, int(m.group(1))
    while nxt := re.search(rf"(?<=[.!?])\s+(?={number + 1}[.)]\s+[A-Z])", text[start:]):
        items.append(text[start : start + nxt.start()])
        start += nxt.end()
        number += 1
    return [*items, text[start:]]


@dataclass
class _Table:
    """Numbers table rows, keeps each table's header row, and fills a form's continued labels."""

    current: tuple[int | None, int | None] = (None, None)
    header: tuple[str, ...] = ()
    last_label: str = ""
    counter: int = 0
    row_no: int = 0
    paused_on: int | None = None  # the page of a table a cell's wrapped fragment interrupted

    def end(self, fragment: bool = False) -> None:
        """The table is over, unless what came between is a fragment of a cell's text wrapped out of it (a PDF's
        "pictures, crowded); nystagmus quietest on left gaze"): the rows after it are the same table's."""
        self.paused_on = self.current[1] if fragment and self.header else None
        self.current = (None, None)

    def row(self, el: Element, seq: int, headings: tuple[str, ...], page_prefix: str) -> Passage:
        key = (el.table, el.page)
        cells = el.cells
        # a table that runs on to the next page, straight after its last row there, keeps its header
        last_page = self.current[1]
        runs_on = (
            self.header
            and el.page is not None
            and last_page is not None
            and el.page == last_page + 1
            and len(cells) == len(self.header)
            and not _is_header_row(cells)
        )
        resumes = (
            self.paused_on is not None
            and el.page in (self.paused_on, self.paused_on + 1)  # (the fragment may open the next page)
            and len(cells) == len(self.header)
            and not _is_header_row(cells)
        )
        self.paused_on = None
        if (key != self.current or el.row == 1) and not (runs_on or resumes):
            self.counter += 1
            self.header = cells if _is_header_row(cells) else ()
            self.last_label = ""
            self.row_no = 0
        self.current = key
        self.row_no += 1
        if len(cells) == 2 and not cells[0] and self.last_label:
            cells = (self.last_label, cells[1])  # a form row continuing the label above
        elif cells and cells[0]:
            self.last_label = cells[0]
        text = CELL_SEPARATOR.join(c for c in cells if c)
        locator = f"{page_prefix}table {self.counter}, row {self.row_no}"
        return Passage(seq, "table_row", text, headings, locator, el.page, cells, self.header)
