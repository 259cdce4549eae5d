"""Loud checks on a case spec: every annotation must point at text that is really there."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from fixturegen.spec import AREAS, CaseSpec, DocumentSpec

KINDS = (
    "need",
    "provision",
    "outcome",
    "view",
    "aspiration",
    "health_need",
    "health_provision",
    "social_care_need",
    "social_care_provision",
)
SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
FLAG_CODES = (
    "SECTION_MISSING",
    "ADVICE_MISSING",
    "SENSORY_SPECIALIST_ADVICE_MISSING",
    "CHILD_VIEWS_MISSING",
    "PARENT_VIEWS_MISSING",
    "ADVICE_OUT_OF_DATE",
    "OTHER_CHILD_NAME",
    "PROVISION_NOT_QUANTIFIED",
    "PROVISION_NO_DELIVERER",
    "VAGUE_WORDING",
    "PROVISION_DELEGATED",
    "MONEY_ONLY_PROVISION",
    "NEED_WITHOUT_PROVISION",
    "PROVISION_WITHOUT_NEED",
    "HEALTH_NEED_WITHOUT_PROVISION",
    "SOCIAL_CARE_NEED_WITHOUT_PROVISION",
    "EDUCATIONAL_PROVISION_MISPLACED",
    "OUTCOME_NOT_SMART",
    "PFA_MISSING",
    "PLACEMENT_IN_DRAFT",
    "UNSUPPORTED_STATEMENT",
    "ADVICE_CONFLICT",
    "INSTRUCTION_IN_ADVICE",
    "ADVICE_NOT_DRAFTED",
    "OUTCOME_EXPIRES",
)
STALE_DAYS = 365


class SpecError(Exception):
    pass


def check_case(spec: CaseSpec, min_docs: int = 3, max_docs: int = 10) -> None:
    problems: list[str] = []
    problems += _check_case_details(spec)
    if not min_docs <= len(spec.documents) <= max_docs:
        problems.append(f"{len(spec.documents)} documents; expected {min_docs}-{max_docs}")
    files = [d.file for d in spec.documents]
    if len(set(files)) != len(files):
        problems.append("two documents share a file name")
    for document in spec.documents:
        if not date_written(document):
            problems.append(f"{document.file}: its date {document.date} is not written in its text")
    problems += _check_items(spec)
    problems += _check_flags(spec)
    texts = [d.text for d in spec.documents]
    for forbidden in spec.forbidden:
        if not any(forbidden in text for text in texts):
            problems.append(f"forbidden string {forbidden!r} occurs in no document")
    if problems:
        raise SpecError(f"{spec.source}:\n  " + "\n  ".join(problems))


def _check_case_details(spec: CaseSpec) -> list[str]:
    return check_year_group(spec.case, date.fromisoformat(spec.case["request_date"]))


def check_year_group(case: dict[str, Any], when: date) -> list[str]:
    """The child's date of birth puts them in their year group in the academic year of `when`."""
    born = date.fromisoformat(case["date_of_birth"])
    academic_year = when.year if when.month >= 9 else when.year - 1
    # a child starts Reception in the September after their fourth birthday (1 Sep - 31 Aug cohorts)
    cohort = born.year if born.month >= 9 else born.year - 1
    year_group = academic_year - cohort - 5
    if year_group != case["year_group"]:
        return [f"date of birth {born} puts the child in year {year_group}, not {case['year_group']}"]
    return []


def _check_items(spec: CaseSpec) -> list[str]:
    problems: list[str] = []
    ids = [item["id"] for item in spec.items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate item ids")
    by_file = {d.file: d for d in spec.documents}
    for item in spec.items:
        where = f"item {item['id']}"
        anchor = item["anchor"]
        if item["kind"] not in KINDS:
            problems.append(f"{where}: unknown kind {item['kind']}")
        if not set(item["sections"]) <= set(SECTIONS):
            problems.append(f"{where}: unknown section in {item['sections']}")
        if item["area"] is not None and item["area"] not in AREAS:
            problems.append(f"{where}: unknown area {item['area']}")
        if item["kind"] == "need" and item["area"] is None:
            problems.append(f"{where}: a need must name its area")
        if anchor not in by_file[item["document"]].text:
            problems.append(f"{where}: anchor not in {item['document']}: {anchor!r}")
        if not 2 <= len(item["keywords"]) <= 4:
            problems.append(f"{where}: needs 2-4 keywords")
        for keyword in item["keywords"]:
            if keyword != keyword.lower() or keyword.lower() not in anchor.lower():
                problems.append(f"{where}: keyword {keyword!r} is not a lower-case part of the anchor")
        for name in ("frequency", "duration", "delivered_by", "timeframe"):
            if item[name] is not None and item[name] not in anchor:
                problems.append(f"{where}: {name} {item[name]!r} is not in the anchor")
        if item["kind"] in ("view", "aspiration") and item["who"] not in ("child", "parent"):
            problems.append(f"{where}: a view needs who = child or parent")
    return problems


def _check_flags(spec: CaseSpec) -> list[str]:
    problems: list[str] = []
    by_file = {d.file: d for d in spec.documents}
    for flag in spec.flags:
        if flag["code"] not in FLAG_CODES:
            problems.append(f"unknown flag code {flag['code']}")
        if flag["anchor"] is not None and flag["anchor"] not in by_file[flag["document"]].text:
            problems.append(f"flag {flag['code']}: anchor not in {flag['document']}")
    requested = date.fromisoformat(spec.case["request_date"])
    stale = {d.file for d in spec.documents if (requested - d.date).days > STALE_DAYS}
    flagged = {f["document"] for f in spec.flags if f["code"] == "ADVICE_OUT_OF_DATE"}
    if stale != flagged:
        problems.append(f"stale documents {sorted(stale)} but ADVICE_OUT_OF_DATE flags on {sorted(flagged)}")
    return problems


def date_written(document: DocumentSpec) -> bool:
    d = document.date
    day_suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    forms = [
        f"{d.day} {d:%B %Y}",
        f"{d.day}{day_suffix} {d:%B %Y}",
        f"{d:%d/%m/%Y}",
        d.isoformat(),
        f"{d.day} {d:%b %Y}",
        f"{d:%d.%m.%Y}",
        f"{d.day}/{d.month}/{d.year}",
    ]
    text = re.sub(r"\s+", " ", document.text)
    return any(form in text for form in forms)


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
