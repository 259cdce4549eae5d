"""When a piece of advice was written: the date ingestion found, else the latest date in the
document's header or sign-off that is not a date of birth."""

from __future__ import annotations

import calendar
import re
from datetime import date

from appliance.case import iso_date
from appliance.documents import AdviceDocument
from appliance.ingest.doctype import DATE_RE, parse_date
from appliance.ingest.passages import Passage

BIRTH_RE = re.compile(r"\b(dob|d\.o\.b\.?|date of birth|born)\b", re.I)
HEADER_PASSAGES = 12
SIGN_OFF_PASSAGES = 6


def dates_in(text: str) -> list[tuple[date, int]]:
    """Every date written in `text` with where it starts, skipping dates of birth."""
    out = []
    for m in DATE_RE.finditer(text):
        found = parse_date(m.group(0))
        if found and not BIRTH_RE.search(text[max(0, m.start() - 30) : m.start()]):
            out.append((found[0], m.start()))
    return out


def advice_date(doc: AdviceDocument) -> tuple[date, Passage | None] | None:
    """The advice's date and the passage that states it."""
    recorded = iso_date(doc.record.date)
    passages = doc.passages
    if recorded:
        return recorded, doc.passage(doc.record.date_passage)
    edges = list(passages[:HEADER_PASSAGES]) + list(passages[-SIGN_OFF_PASSAGES:])
    found = [(d, p) for p in edges if len(p.text) < 200 for d, _ in dates_in(p.text)]
    return max(found, key=lambda item: item[0]) if found else None


def months_before(later: date, earlier: date) -> int:
    """Whole months from `earlier` to `later`."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (later.day < earlier.day)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (earlier where negative), or the month's last day where it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
