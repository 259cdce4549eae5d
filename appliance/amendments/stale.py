"""Content of the current plan that the review shows is out of date: the child's year group, key
stage or age as the plan states them, the school or setting it names, and (found where the
changes are worked out) needs the evidence says have changed."""

from __future__ import annotations

import re
from datetime import date

from appliance.amendments.evidence import Source
from appliance.amendments.model import CurrentPlan, Stale
from appliance.case import CaseDetails
from appliance.drafting.plan import Statement
from appliance.evidence.grounding import NUMBER_WORDS

STATED_YEAR_RE = re.compile(
    r"\b(?:is|was|now|currently|in|into|attends|attending|joined)\s+(?:in\s+)?(?:year|yr)\s*(\d{1,2})\b", re.I
)
RECEPTION_RE = re.compile(r"\b(?:is|currently|now) in (?:the )?reception\b", re.I)
AGE_RE = re.compile(r"\b(\d{1,2}|[a-z]+)[- ]years?[- ]old\b|\baged (\d{1,2})\b", re.I)
KEY_STAGE_RE = re.compile(r"\b(?:is|currently|now) in key stage (\d)\b", re.I)
SCHOOL_RE = re.compile(
    r"\b((?:[A-Z][\w'&-]+ ){1,4}(?:School|Academy|College|Nursery|Pre-school|Preschool|Centre|Unit))\b"
)
SCHOOL_LABEL_RE = re.compile(r"^(current )?(school|setting|placement|education(al)? setting|college|nursery)\b", re.I)
STALE_SECTIONS = ("A", "B", "C", "D", "I")


def key_stage(year: int) -> int:
    return 1 if year <= 2 else 2 if year <= 6 else 3 if year <= 9 else 4 if year <= 11 else 5


def age_on(born: date | None, on: date) -> int | None:
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def out_of_date(plan: CurrentPlan, case: CaseDetails, meeting: date, pool: list[Source]) -> list[Stale]:
    found = []
    age = age_on(case.born, meeting)
    school = current_school(pool)
    for sec, stmt in plan.statements():
        if sec not in STALE_SECTIONS:
            continue
        why = dated(stmt, case.year_group, age) or (_moved(stmt, school) if school else None)
        if why:
            found.append(Stale(stmt.id, sec, why))
    return found


def dated(stmt: Statement, year_group: int | None, age: int | None) -> str | None:
    if year_group is not None:
        stated = STATED_YEAR_RE.search(stmt.text)
        if stated and int(stated.group(1)) != year_group:
            return f"It says Year {stated.group(1)}; the child is now in Year {year_group}."
        if RECEPTION_RE.search(stmt.text) and year_group != 0:
            return f"It says Reception; the child is now in Year {year_group}."
        stage = KEY_STAGE_RE.search(stmt.text)
        if stage and int(stage.group(1)) != key_stage(year_group):
            return f"It says Key Stage {stage.group(1)}; the child is now in Key Stage {key_stage(year_group)}."
    if age is not None:
        for m in AGE_RE.finditer(stmt.text):
            raw = (m.group(1) or m.group(2)).lower()
            stated_age = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
            if isinstance(stated_age, int) and stated_age != age:
                return f"It says {stated_age} years old; the child was {age} at the review meeting."
    return None


def current_school(pool: list[Source]) -> tuple[str, Source] | None:
    """The school or setting the review evidence names in a form row ("School | Ashgrove Primary")."""
    for src in pool:
        p = src.passage
        if p.kind == "table_row" and len(p.cells) >= 2 and SCHOOL_LABEL_RE.match(p.cells[0]):
            m = SCHOOL_RE.search(p.cells[1] + " ")
            if m:
                return m.group(1).strip(), src
    return None


def _moved(stmt: Statement, school: tuple[str, Source]) -> str | None:
    named = SCHOOL_RE.findall(stmt.text)
    if not named:
        return None
    now = _key(school[0])
    if any(_key(n) == now for n in named):
        return None
    return f"It names {named[0].strip()}; the review evidence gives the school as {school[0]}."


def _key(name: str) -> str:
    """Enough of a school's name to tell two schools apart ("Ashgrove Primary")."""
    words = [w.lower() for w in name.split() if w.lower() not in ("the", "school", "academy", "college")]
    return " ".join(words[:2])
