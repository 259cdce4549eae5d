"""The outcome review (reg 19(b)): every outcome of the current plan with the evidence of progress
towards it, a status, and a proposal; and when an outcome's time frame ends.

Evidence of an outcome is a passage that names it ("E2:", "outcome 3") or is about it (the words
it shares with the outcome and the need it relates to) and reports progress. The status is the
strongest wording of the best such passage: "not yet achieved" before "partly", "partly" before
"achieved".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from appliance.amendments.evidence import Source
from appliance.amendments.matching import Matcher, referenced
from appliance.amendments.model import OutcomeProposal, OutcomeStatus
from appliance.amendments.text import OUTCOME_WORD_RE, outcome_status
from appliance.drafting.plan import Statement
from appliance.ingest.doctype import MONTHS

ABOUT = 0.2  # least similarity for a passage without a reference to count as evidence of an outcome
TERM_ENDS = (7, 22)  # the end of the summer term, near enough
KEY_STAGE_LAST_YEAR = {1: 2, 2: 6, 3: 9, 4: 11, 5: 13}
YEAR_RE = re.compile(r"\b(?:end of |by |in )?year (\d{1,2})\b", re.I)
KEY_STAGE_RE = re.compile(r"\bkey stage (\d)\b|\bks(\d)\b", re.I)
MONTH_YEAR_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)
TERM_YEAR_RE = re.compile(r"\b(summer|spring|autumn)(?: term)?\s+(\d{4})\b", re.I)
TERM_MONTH = {"spring": (4, 1), "summer": TERM_ENDS, "autumn": (12, 20)}


@dataclass(frozen=True)
class Progress:
    status: OutcomeStatus
    evidence: tuple[Source, ...]


def progress(outcome: Statement, pool: list[Source], matcher: Matcher, needs: dict[str, set[str]]) -> Progress:
    """The status of one current outcome and the passages it rests on."""
    named: list[Source] = []
    about: list[tuple[float, Source]] = []
    for src in pool:
        if outcome.id in referenced(src.text, matcher.plan):
            named.append(src)
            continue
        ranked = matcher.matches(src.text, ["E"], extra=needs)
        top = ranked[0] if ranked else None
        reports = OUTCOME_WORD_RE.search(src.text) or outcome_status(_report(src))
        if top and top.statement.id == outcome.id and top.score >= ABOUT and reports:
            about.append((top.score, src))
    ordered = named + [s for _, s in sorted(about, key=lambda x: -x[0])]
    for src in ordered:
        status = outcome_status(_report(src))
        if status:
            return Progress(status, (src,))
    return Progress("no_evidence", ())


def _report(src: Source) -> str:
    """A progress table row without the outcome it restates (the first cell)."""
    cells = [c for c in src.passage.cells if c]
    return " ".join(cells[1:]) if len(cells) >= 2 else src.text


def proposal(status: OutcomeStatus, ends: date | None, on: date, replaced: bool) -> OutcomeProposal:
    if status == "achieved":
        return "replace" if replaced else "remove"
    if ends is not None and ends < on:
        return "revise"
    return "keep"


def ends(timeframe: str | None, year_group: int | None, meeting: date) -> date | None:
    """When an outcome's time frame ends: the end of a school year or key stage (counted from the
    child's year group at the meeting), a month, or a term."""
    if not timeframe:
        return None
    school_year_end = (meeting.year if meeting.month >= 9 else meeting.year - 1) + 1
    stage = KEY_STAGE_RE.search(timeframe)
    year = YEAR_RE.search(timeframe)
    target_year = None
    if stage and year_group is not None:
        target_year = KEY_STAGE_LAST_YEAR.get(int(stage.group(1) or stage.group(2)))
    elif year and year_group is not None:
        target_year = int(year.group(1))
    if target_year is not None and year_group is not None:
        return date(school_year_end + target_year - year_group, *TERM_ENDS)
    month = MONTH_YEAR_RE.search(timeframe)
    if month:
        m = MONTHS[month.group(1).lower()]
        return date(int(month.group(2)), *TERM_ENDS) if m == TERM_ENDS[0] else _month_end(int(month.group(2)), m)
    term = TERM_YEAR_RE.search(timeframe)
    if term:
        return date(int(term.group(2)), *TERM_MONTH[term.group(1).lower()])
    return None


def _month_end(year: int, month: int) -> date:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)
