"""When an outcome's time frame ends, as a date: "by July 2025", "by the end of Year 4", "by the end
of the autumn term 2025", "by Easter 2026", "by February half term 2026", "within 12 months".

The school year runs September to July: "the end of Year 4" is the July of the school year in
which the child is in Year 4, worked out from the year group on a reference date. A time frame
that cannot be read gives None (no check is made on it).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from appliance.ingest.dates import all_dates

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m[:3].lower(): i for m, i in list(MONTHS.items())})
TERM_END = {"autumn": (12, 20), "spring": (4, 5), "summer": (7, 22)}  # about when each term ends
KEY_STAGE_END_YEAR = {1: 2, 2: 6, 3: 9, 4: 11, 5: 13}

MONTH_YEAR_RE = re.compile(r"\b(?:end of |the end of )?([A-Za-z]{3,9})\.? (\d{4})\b")
# a school year, not the year of a course ("by the end of Year 2 of her course (July 2027)")
YEAR_GROUP_RE = re.compile(
    r"(?:\bend of (?:the )?(?:school )?year (\d{1,2})\b|\b(?:by|before) year (\d{1,2})\b)"
    r"(?! of (?:her|his|their|the|this) (?:course|programme|apprenticeship|internship|study|studies))",
    re.I,
)
TERM_RE = re.compile(r"\b(autumn|spring|summer) term,? (?:of )?(\d{4})\b|\b(autumn|spring|summer) (\d{4})\b", re.I)
HALF_TERM_RE = re.compile(r"\b(october|february|may) half[- ]?term,? (\d{4})\b", re.I)
HALF_TERM_END = {"october": (10, 31), "february": (2, 21), "may": (5, 31)}  # about when each half-term break ends
EASTER_RE = re.compile(r"\b(?:easter|christmas)(?: holidays?)? (\d{4})\b", re.I)
KEY_STAGE_RE = re.compile(r"\bend of (?:key stage|ks) ?(\d)\b", re.I)
WITHIN_RE = re.compile(
    r"\b(?:within|in|over) (?:the next )?(\d+|one|two|three|six|twelve|eighteen) (weeks?|months?|terms?|years?)\b", re.I
)
SCHOOL_YEAR_RE = re.compile(r"\bend of (?:this|the) (?:school |academic )?year\b", re.I)
NUMBERS = {"one": 1, "two": 2, "three": 3, "six": 6, "twelve": 12, "eighteen": 18}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def school_year_end(on: date, years_ahead: int = 0) -> date:
    """The July end of the school year `on` falls in, `years_ahead` years later."""
    start = on.year if on.month >= 9 else on.year - 1
    return date(start + 1 + years_ahead, *TERM_END["summer"])


def easter_sunday(year: int) -> date:
    """Easter Day in the Gregorian calendar (the anonymous Gregorian computus): "by Easter 2027" is 28 March 2027."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    w = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * w) // 451
    month, day = divmod(h + w - 7 * m + 114, 31)
    return date(year, month, day + 1)


def ends(timeframe: str, *, year_group: int | None, on: date) -> date | None:
    """The last day of `timeframe`, read against the child's year group on the date `on`."""
    text = timeframe.lower()
    if m := TERM_RE.search(text):
        term, year = (m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
        return date(year, *TERM_END[term.lower()])
    if m := HALF_TERM_RE.search(text):
        return date(int(m.group(2)), *HALF_TERM_END[m.group(1).lower()])
    if m := EASTER_RE.search(text):
        year = int(m.group(1))
        return easter_sunday(year) if "easter" in m.group(0) else date(year, 12, 31)
    # a day or a month the writer names outweighs the end of the year group it is in: "By the end of Year 11 (June
    # 2026)", a target table's "19/12/2025"
    if written := all_dates(timeframe):
        return max(found for found, _, _ in written)
    for m in MONTH_YEAR_RE.finditer(timeframe):
        month = MONTHS.get(m.group(1).lower())
        if month:
            return _month_end(int(m.group(2)), month)
    if m := KEY_STAGE_RE.search(text):
        stage = int(m.group(1))
        return _year_end(KEY_STAGE_END_YEAR.get(stage, 0), year_group, on) if stage in KEY_STAGE_END_YEAR else None
    if m := YEAR_GROUP_RE.search(text):
        return _year_end(int(m.group(1) or m.group(2)), year_group, on)
    if SCHOOL_YEAR_RE.search(text):
        return school_year_end(on)
    if m := WITHIN_RE.search(text):
        count = int(m.group(1)) if m.group(1).isdigit() else NUMBERS[m.group(1).lower()]
        days = {"week": 7, "month": 31, "term": 92, "year": 366}[m.group(2).lower().rstrip("s")]
        return on + timedelta(days=count * days)
    return None


def _year_end(target: int, year_group: int | None, on: date) -> date | None:
    return None if year_group is None else school_year_end(on, target - year_group)
