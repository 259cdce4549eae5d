"""Passages become units: the pieces of text that are classified one by one.

A paragraph or list item gives its sentences; a form row ("question | answer") gives the
sentences of its answer, with the question as their label; a table row under a header gives
itself, each cell with its column's header. Every unit is a verbatim span of its passage, so a
citation quoting it is text of the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appliance.ingest.parse import FORM_NUMBER
from appliance.ingest.passages import Passage

# A sentence ends at . ! or ? (a closing quote or bracket may follow) before a space and a
# capital, a digit or an opening quote; not after a title, an initial or a common abbreviation.
SENTENCE_END_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u2019\u201d)\]]))\s+(?=[\"'\u2018\u201c(\[]?[A-Z0-9])")
NO_BREAK_AFTER_RE = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|St|No|Nos|vs|approx|cf|ref|tel|dept|incl|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|est|ed|eds|vol|fig|para|paras)\.|\b(?:e\.g|i\.e|a\.m|p\.m)\.|(?:^|\s)[A-Z]\.)$"
)
# a picture bullet: "🎯 By Christmas 2026 ...", "⭐ 12-piece inset puzzles" (not a tick box or a tick, which say
# whether the line was chosen)
EMOJI = (
    r"(?:[\U0001F000-\U0001FAFF\u2B50\u2B55\u2600-\u260F\u2613-\u26FF\u2700-\u2712\u2719-\u27BF]"
    r"[\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+"
)
LABEL_RE = re.compile(
    r"^\s*(?:\[\s*\w{1,4}\s*\]|\(?[a-z0-9]{1,3}[.)]|\d{1,2}(?:\.\d{1,2})+[a-z]?\.?|P\d{1,3}[.:]?|" + EMOJI + r")\s+",
    re.I,
)
LABEL_ONLY_RE = re.compile(r"^\s*(?:\[\s*\w{1,4}\s*\]|\(?\w{1,4}[.)]|P\d{1,3}\.?|[•◦▪●○·*-])\s*$")


def unlabelled(text: str) -> str:
    """Text without its paragraph or list label ("[13]", "2.3", "(a)", "P10.", "11a")."""
    return LABEL_RE.sub("", text.strip(), count=1)


@dataclass(frozen=True)
class Unit:
    passage: Passage
    start: int  # the unit's span in passage.text
    end: int
    label: str | None = None  # a form row's question or label cell

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]

    @property
    def is_row(self) -> bool:
        """A table row under a header: its cells carry their columns' meaning."""
        return self.passage.kind == "table_row" and bool(self.passage.header)

    def cells(self) -> list[tuple[str, str]]:
        """(header, cell) for each filled cell of a table row under a header."""
        return [(h, c) for h, c in zip(self.passage.header, self.passage.cells, strict=False) if c]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as spans of `text`, trimmed of surrounding spaces."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in SENTENCE_END_RE.finditer(text, start, end):
        piece = text[begin : m.start()]
        if NO_BREAK_AFTER_RE.search(piece) or LABEL_ONLY_RE.match(piece) or _inside_quote(piece):
            continue
        spans.append((begin, m.start()))
        begin = m.end()
    spans.append((begin, end))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


# A dictated letter's run-on sentence joins what the writer heard, found and did: "... irritable, which is
# a well-recognised side effect, and I have started pyridoxine 50 mg once daily". A long sentence is cut
# where the writer's own action begins (", and I have started", ", so I have asked"), and each part is
# read alone; not at a semicolon, nor where the writer says what they want or think (", and I want him to
# be happy" is still a parent's hope about the child).
RUN_ON_WORDS = 40
CLAUSE_BREAK_RE = re.compile(
    r",\s+(?:and|but|so)\s+(?=(?:(?:since|as|because|when)\s+)?(?:I|we)\s+(?:have\s+|had\s+|will\s+|would\s+|also\s+|"
    r"then\s+|'ve\s+|'ll\s+)?(?:started|stopped|increased|reduced|changed|prescribed|referred|asked|written|"
    r"arranged|requested|recommended|advised|agreed|booked|sent|see|review|explained|suggest|recommend|advise|"
    r"propose)\b)"
    # "In summary, ..., and in terms of recommendations I would suggest that ...": the summary ends there
    r"|,\s+and\s+(?=in terms of (?:recommendations|treatment|management|support),?\s+(?:I|we)\b)"
)
# a recommendation's list of "that" clauses, each its own recommendation: "I would suggest that he continues
# on Movicol ..., and that school staff are aware ...; that he should have speech and language therapy ..."
RECOMMENDS_THAT_RE = re.compile(r"\b(?:suggest|recommend|advise|propose)(?:s|ed)? that\b", re.I)
SEMICOLON_THAT_RE = re.compile(r";\s+(?:and\s+)?that\s")
THAT_BREAK_RE = re.compile(
    r";\s+(?:and\s+)?(?=that\s)|,\s+and\s+(?=that\s+(?:he|she|they|his|her|their|the|school|staff)\b)"
)
CLAUSE_WORDS = 8  # a shorter piece is not a clause of its own: it stays with the clause before it


def clause_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A long run-on sentence as its clauses, each where the writer's next statement begins; any
    other sentence as it is."""
    if len(text[a:b].split()) < RUN_ON_WORDS:
        return [(a, b)]
    cuts = [(m.start(), m.end()) for m in CLAUSE_BREAK_RE.finditer(text, a, b)]
    # (a list of them continued from the page before has no "suggest that" of its own, only its "; that"s, and
    # starts in mid-sentence)
    # (one "..., and that ..." is a single recommendation with its detail: a list has its "; that"s)
    listed = len(SEMICOLON_THAT_RE.findall(text, a, b))
    continued = text[a : a + 1].islower() and listed >= 2
    if listed and (continued or RECOMMENDS_THAT_RE.search(text, a, b)):
        cuts = sorted(cuts + [(m.start(), m.end()) for m in THAT_BREAK_RE.finditer(text, a, b)])
    spans: list[tuple[int, int]] = []
    begin = a
    for end, next_start in cuts:
        if len(text[begin:end].split()) >= CLAUSE_WORDS and len(text[next_start:b].split()) >= CLAUSE_WORDS:
            spans.append((begin, end))
            begin = next_start
    spans.append((begin, b))
    return spans


# what joins two clauses that may be two items: a semicolon, or an arrow from an outcome to the help for it
# ("By Easter, Teddy will ... -> the class teacher gives him a two-minute warning ...")
CLAUSE_JOINS = (";", "->", "\u2192", "=>")


def joined_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of text[a:b] between its semicolons and arrows (outside brackets), where each part is long
    enough to be a clause of its own; the whole span otherwise."""
    cuts: list[tuple[int, int]] = []  # (where the join starts, where the next part starts)
    depth, i = 0, a
    while i < b:
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        join = next((j for j in CLAUSE_JOINS if text.startswith(j, i)), None) if depth == 0 else None
        if join is not None:
            cuts.append((i, i + len(join)))
            i += len(join)
            continue
        i += 1
    starts = [a, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), b]
    spans = [_trim(text, x, y) for x, y in zip(starts, ends, strict=True)]
    if len(spans) < 2 or any(len(text[x:y].split()) < CLAUSE_WORDS for x, y in spans):
        return [(a, b)]
    return spans


# someone's words in quotation marks stay one unit, however many sentences they run to; a stray
# opening mark does not swallow the rest of a long paragraph
QUOTE_HOLD = 400


def _inside_quote(piece: str) -> bool:
    """The piece opens a double quotation that it does not close."""
    if len(piece) > QUOTE_HOLD:
        return False
    return piece.count('"') % 2 == 1 or piece.count("\u201c") > piece.count("\u201d")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# a form's question with its answer on the same line: "3. Does the child take regular medication?
# [X] Yes [ ] No Details: Levothyroxine 75 micrograms ..."
INLINE_QUESTION_RE = re.compile(rf"^\s*(?:{FORM_NUMBER})?[A-Z][^?]{{3,200}}\?\s+(?=\S)")
FORM_NUMBER_RE = re.compile(rf"^\s*{FORM_NUMBER}")
TICK_BOXES_RE = re.compile(
    r"(?:\[\s*[xX\u2713\u2714]?\s*\]\s*(?:yes|no|n/?a)\b\s*)+(?:(?:if (?:yes|so),?\s*)?(?:please\s+)?"
    r"(?:give\s+)?details\s*:?\s*)?",
    re.I,
)


def inline_answer(p: Passage) -> tuple[str, int] | None:
    """A form's question with tick boxes or its answer after it on one line: (the question, where
    the answer starts)."""
    m = INLINE_QUESTION_RE.match(p.text)
    if not m:
        return None
    boxes = TICK_BOXES_RE.match(p.text, m.end())
    if not (boxes or FORM_NUMBER_RE.match(p.text)):
        return None  # "Why does everyone shout? I hate it.": a question the writer asks, not a form's
    return p.text[: m.end()].strip(), boxes.end() if boxes else m.end()


# a record's field whose answer is only a figure: "Night waking due to asthma | 2-3 nights a week", "Asthma Control
# Test | 13/25 - poorly controlled". The figure means nothing without the field that names what was counted, so the
# row is read whole (not a question's answer, nor a detail such as "How often | 3 times a week" or "Age | 9")
FIGURE_ANSWER_RE = re.compile(
    r"\s*\d+(?:\.\d+)?(?:\s*(?:/\s*\d+(?![\d/])|%|(?:-|\u2013|to|or)\s*\d+(?:\.\d+)?)|\s+(?:days?|nights?|times?|episodes?|"
    r"seizures?|per|a|an|each|every)\b)",
    re.I,
)
NAMING_LABEL_RE = re.compile(
    r"^(?!.*\?)(?!\s*(?:how|what|when|where|who|which|frequency|duration|time|times|date|age|year|cost|hours|"
    r"group|staff|sessions?|length|score|total|number|no\.?)\b)[A-Za-z][^|]{3,60}$",
    re.I,
)


def form_answer(p: Passage) -> tuple[str, int] | None:
    """A question-and-answer form row without a header: (label, where the answer starts in the
    passage text)."""
    if p.kind != "table_row":
        return inline_answer(p)
    if p.header or len(p.cells) != 2 or not p.cells[0] or not p.cells[1]:
        return None
    at = p.text.rfind(p.cells[1])
    return (p.cells[0], at) if at >= 0 else None


def units(p: Passage, whole: bool = False) -> list[Unit]:
    """The units of one passage; `whole` keeps a paragraph as one unit (a family's own words)."""
    if p.kind == "heading" or not p.text.strip():
        return []
    answer = form_answer(p)
    if p.kind == "table_row" and answer is None:
        return [Unit(p, 0, len(p.text))]
    if answer is not None:
        label, at = answer
        if at >= len(p.text.rstrip()):
            return []
        if p.kind == "table_row" and FIGURE_ANSWER_RE.match(p.text, at) and NAMING_LABEL_RE.match(label):
            return [Unit(p, 0, len(p.text))]
        if whole:
            return [Unit(p, at, len(p.text), label)]
        return [Unit(p, c, d, label) for a, b in sentence_spans(p.text, at) for c, d in clause_spans(p.text, a, b)]
    if whole:
        return [Unit(p, *_trim(p.text, 0, len(p.text)))]
    return [Unit(p, c, d) for a, b in sentence_spans(p.text) for c, d in clause_spans(p.text, a, b)]


def cell_units(p: Passage) -> list[Unit]:
    """Each filled cell of a table row as its own unit, labelled with its column's header."""
    out: list[Unit] = []
    at = 0
    for header, cell in zip(p.header, p.cells, strict=False):
        start = p.text.find(cell, at) if cell else -1
        if start < 0:
            continue
        out.append(Unit(p, start, start + len(cell), header))
        at = start + len(cell)
    return out
