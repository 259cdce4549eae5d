"""When a piece of advice was written, from where people write it: "Date of report", "Typed",
"Date completed", an email's "Sent:", a letter's date line, the signature block.

Each date is read with the words just before it. A date of birth (and any date equal to one, or
written beside the child's name) is never the advice date; a future date ("Next review") never
is; a clinic, visit or assessment date counts only when nothing better is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from appliance.ingest import layout
from appliance.ingest.passages import Passage
from appliance.ingest.people import SENTENCE_VERB_RE, name_at_start

MONTH_LIST = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
MONTHS = {m: i for i, m in enumerate(MONTH_LIST, 1)}
MONTH_NAMES = "|".join(list(MONTHS) + [m[:3] for m in MONTHS] + ["sept"])
DATE_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_NAMES})\.?,?\s+(\d{{4}})\b"
    r"|\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b"
    rf"|\b({MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s+(\d{{4}})\b",  # "March 12, 2025"
    re.I,
)
# the date that opens an entry in a log or a home-school book: "Tues 23 Sept - ", "23rd Sept: ", "10/11/2025 - ",
# a planner's "Mon 12 Jan. MUM: ...";
# also a label that is only such a date ("Tues 23 Sept"), not a numbered one ("1 Completed by")
ENTRY_DATE = (
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]{3,9}\.?)?(?:\s+\d{4})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\.?(?:\s+\d{{4}})?"
    r"|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)(?:\s*[-\u2013\u2014:]\s*|\s*$|[.,]?(?<=[.,])\s+)"
)
BIRTH_RE = re.compile(r"\b(dob|d\.o\.b\.?|date of birth|birth ?date|born)\b", re.I)
CHILD_ROW_RE = re.compile(
    r"^\s*(re|name|full name|child|child'?s name|pupil|student|learner|young person|child / young person|patient)\b",
    re.I,
)
# a court order's date is the family's history, not the advice's: "Order made: 12 September 2024"
ORDER_RE = re.compile(r"\border (?:made|granted|dated)\b", re.I)
FUTURE_RE = re.compile(
    r"\b(next|due|until|deadline|expir\w*|planned|follow-up|review(ed)? (on|by|in)|review date|date of review)\b", re.I
)
REPORT_RE = re.compile(
    r"\b(report|advice|typed|dictated|completed|completion|written|prepared|signed|signature|sent|dated|response|"
    r"letter|submitted|returned|exported|held|"
    r"gathered|recorded|scribed|compiled|finali[sz]ed|issued)\b",
    re.I,
)
EVENT_RE = re.compile(
    r"\b(clinic|seen|assessed|assessment|observ\w*|visit\w*|involvement|interview|contacts?|work undertaken|"
    r"met|meeting|appointment|started|received|request\w*|referr\w*)\b",
    re.I,
)
CREDIT_RE = re.compile(
    r"^\W*(written|completed|gathered|recorded|made|typed|scribed|compiled|prepared|signed|filled in|exported)\b"
    r"|\b(written|completed|gathered|recorded|made|typed|scribed|compiled|prepared|signed|filled in|exported) "
    r"(by|with)\b"
    r"|\bwrote (it|this|them)\b",
    re.I,
)
WEEKDAY_RE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|date[ds]?)\b", re.I)
CLAUSE_END_RE = re.compile(r"[;|]|(?<![A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)\.\s")
WORD_RE = re.compile(r"[A-Za-z]{2,}")
LABEL_WINDOW = 160  # the words just before a date say what it is
TAIL = 4  # the last blocks of a document, where an unlabelled sign-off sits
LABEL_WORDS = 8  # a first cell longer than this is a sentence, not a label
SHORT = 250  # a head or tail block longer than this is prose, not a date line or a sign-off

# Ranks, best first
LABELLED, DATE_LABEL, PLACED, EVENT = range(4)


@dataclass(frozen=True)
class Dated:
    when: date
    seq: int
    rank: int


def parse_date(text: str) -> tuple[date, str, int] | None:
    """The first date written in `text`, with the text as written and where it starts."""
    return next(iter(all_dates(text)), None)


def _month(name: str) -> int:
    return next(v for k, v in MONTHS.items() if k.startswith(name.lower()[:3]))


def all_dates(text: str) -> list[tuple[date, str, int]]:
    """Every date written in `text` (impossible ones skipped), with the text as written and where it starts."""
    out = []
    for m in DATE_RE.finditer(text):
        try:
            if m.group(1):
                found = date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
            elif m.group(10):
                found = date(int(m.group(12)), _month(m.group(10)), int(m.group(11)))
            elif m.group(4):
                year = int(m.group(6))
                year = year + 2000 if year < 100 else year
                found = date(year, int(m.group(5)), int(m.group(4)))
            else:
                found = date(int(m.group(7)), int(m.group(8)), int(m.group(9)))
        except (ValueError, StopIteration):
            continue
        out.append((found, m.group(0), m.start()))
    return out


def _label_before(text: str, start: int, previous_end: int) -> str:
    """The words between the previous date (or clause break) and this date."""
    before = text[previous_end:start]
    breaks = list(CLAUSE_END_RE.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _rank(label: str, lead: str, where: str, alone: bool, edge: bool) -> int | None:
    """How good a date is as the advice date, from its label and where it sits; None: never."""
    if BIRTH_RE.search(label) or BIRTH_RE.search(lead) or FUTURE_RE.search(label) or FUTURE_RE.search(lead):
        return None
    if ORDER_RE.search(label[-40:]) or ORDER_RE.search(lead):
        return None
    if CHILD_ROW_RE.match(lead) or CHILD_ROW_RE.match(label):
        return None
    adjacent = re.search(r"([\w'() -]{0,40}?)\s*([:|]?)\s*$", label[-60:])
    near = adjacent.group(1) if adjacent else ""
    if adjacent and not adjacent.group(2) and len(near.split()) > 2:
        near = ""  # prose before a date ("... which started on"), not a label ("Typed", "Clinic date:")
    if REPORT_RE.search(near) or REPORT_RE.search(lead):
        return LABELLED
    if EVENT_RE.search(near) or EVENT_RE.search(lead):
        return EVENT if where != "body" else None
    if re.search(r"\bdate\b", near, re.I) or re.search(r"\bdate\b", lead, re.I):
        return DATE_LABEL
    if where == "head" and (alone or edge):
        return PLACED  # the letter's date line
    if where in ("head", "tail") and CREDIT_RE.search(label):
        return PLACED  # "Completed by ..., 12 March 2025", "Written with Mr Hale on 3 March 2025"
    if where in ("head", "tail") and name_at_start(label) and not SENTENCE_VERB_RE.search(label):
        return PLACED  # a signature line: "Dr A. Shah, Educational Psychologist, 12 March 2025"
    if where == "tail" and alone:
        return PLACED
    return None


def _where(p: Passage, index: int, starts: int, tail: set[int]) -> str:
    if p.kind == "table_row" and len(p.cells) >= 2:
        return "row"
    if len(p.text) > SHORT:
        return "body"
    if index < max(starts, 1) or index < 3:
        return "head"
    return "tail" if index in tail else "body"


def _candidates(p: Passage, where: str) -> list[tuple[date, int]]:
    # a row's first cell labels its dates when it is a label ("Date of report"), not a sentence of its own
    # ("Barney will write 3 sentences ... with a capital letter" is no letter's date)
    lead = p.cells[0] if where == "row" and len(p.cells[0].split()) <= LABEL_WORDS else ""
    text = " | ".join(p.cells[1:]) if where == "row" else p.text
    words = len(WORD_RE.findall(WEEKDAY_RE.sub("", text)))
    out, previous_end = [], 0
    for when, written, start in all_dates(text):
        label = _label_before(text, start, previous_end)[-LABEL_WINDOW:]
        previous_end = start + len(written)
        if where == "body" and not re.search(r"[:|]\s*$", label):
            continue  # a date in running prose is an event, unless it is labelled like a form
        alone = words - len(WORD_RE.findall(written)) <= 1
        at_edge = (start == 0 or previous_end >= len(text.rstrip(" ."))) and text[start - 1 : start] != "("
        rank = _rank(label, lead, where, alone, at_edge)  # a scanned line runs on
        if rank is not None:
            out.append((when, rank))
    return out


def births(passages: Sequence[Passage]) -> set[date]:
    """Dates of birth the document gives."""
    out = set()
    for p in passages:
        text = p.text
        for when, _, start in all_dates(text):
            if BIRTH_RE.search(text[max(0, start - 40) : start]):
                out.add(when)
    return out


def detect_date(passages: Sequence[Passage]) -> tuple[str | None, int | None]:
    """The advice's date (ISO) and the seq of the passage that states it."""
    texts = [p.text for p in passages]
    starts = layout.body_starts(texts)
    tail = set(range(max(0, len(passages) - TAIL), len(passages))) | set(layout.sign_off(texts))
    born = births(passages)
    found = [
        Dated(when, p.seq, rank)
        for i, p in enumerate(passages)
        for when, rank in _candidates(p, _where(p, i, starts, tail))
        if when not in born
    ]
    if not found:
        return None, None
    best = min(found, key=lambda d: (d.rank, -d.when.toordinal()))
    return best.when.isoformat(), best.seq


def dated_blocks(passages: Sequence[Passage]) -> list[int]:
    """Indexes of the blocks near the top that carry a date that is not a date of birth: a letter's
    date line, "Typed", "Clinic date" (the address block follows them)."""
    texts = [p.text for p in passages]
    starts = layout.body_starts(texts)
    born = births(passages)
    out = []
    for i, p in enumerate(passages[: starts + 1]):
        lead = p.cells[0] if p.cells else ""
        for when, _, start in all_dates(p.text):
            label = _label_before(p.text, start, 0)
            if when not in born and not BIRTH_RE.search(label + lead) and not CHILD_ROW_RE.match(lead or label):
                out.append(i)
                break
    return out
