"""How the plan names the child and the advice in the sentences the appliance writes: "young
person" from Year 12, the name it uses, who wrote a piece of advice and when."""

from __future__ import annotations

from datetime import date
from typing import Literal

from appliance.case import CaseDetails, iso_date
from appliance.documents import DocumentRecord
from appliance.ingest.authorship import DEFAULT_ROLE
from appliance.ingest.doctype import ADVICE_LABELS

Person = Literal["child", "young person"]
PFA_YEAR = 9  # preparing for adulthood from Year 9 (SEND Regulations 2014 reg 12(3))
YOUNG_PERSON_YEAR = 12  # over compulsory school age: a young person (Children and Families Act 2014 s83(2))
# The role a family's own document records for its writer says no more than the type of advice.
FAMILY_ROLES = {"parent or carer", "parent", "carer", "parents", "child or young person", "child", "young person"}


def reference_date(case: CaseDetails, today: date | None = None) -> date:
    """What ages and years are measured against: the request date, else today."""
    return case.requested or today or date.today()


def age(case: CaseDetails, today: date | None = None) -> int | None:
    born = case.born
    if born is None:
        return None
    on = reference_date(case, today)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def year_group(case: CaseDetails, today: date | None = None) -> int | None:
    """The case's national curriculum year, else the one the date of birth gives (Reception starts
    in the September after the fourth birthday)."""
    if case.year_group is not None:
        return case.year_group
    born = case.born
    if born is None:
        return None
    cohort = born.year if born.month >= 9 else born.year - 1
    on = reference_date(case, today)
    return (on.year if on.month >= 9 else on.year - 1) - (cohort + 5)


def young_person(case: CaseDetails, today: date | None = None) -> bool:
    year = year_group(case, today)
    return year is not None and year >= YOUNG_PERSON_YEAR


def person(case: CaseDetails, today: date | None = None) -> Person:
    return "young person" if young_person(case, today) else "child"


def plan_name(case: CaseDetails) -> str:
    """The name the appliance's own sentences use: the preferred name, else the first name."""
    if case.preferred_name:
        return case.preferred_name.strip()
    parts = case.child_name.split()
    return parts[0] if parts else ""


def possessive(name: str, fallback: str) -> str:
    """ "Sophie's", or "the child's" when the case has no name."""
    return f"{name}'s" if name else f"the {fallback}'s"


def long_date(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def advice_label(advice_type: str, young: bool = False) -> str:
    """The type of advice as the plan names it; a young person's own views are not a child's."""
    if advice_type == "child_views":
        return "Views of the young person" if young else "Views of the child"
    return ADVICE_LABELS.get(advice_type, "Other advice")


MANY_WRITERS = ("medical", "social_care")  # advice that doctors, nurses and therapists, or any kind of worker, send


def role_guessed(rec: DocumentRecord) -> bool:
    """The author's role is only the usual writer of advice of its type, named nowhere in it, where many kinds of
    writer send that type."""
    return (
        rec.advice_type in MANY_WRITERS
        and rec.author_passage is None
        and rec.author_role == DEFAULT_ROLE.get(rec.advice_type)
    )


def author_parts(rec: DocumentRecord) -> list[str]:
    """Who wrote a document: name, role and service, each said once (a name that only repeats the
    role, a family's generic role, or a role that is only a guess, is left out)."""
    role = (rec.author_role or "").strip()
    if role.lower() in FAMILY_ROLES or role_guessed(rec):
        role = ""
    name = (rec.author_name or "").strip()
    if name and role and name.lower() in role.lower():
        name = ""  # "Consultant Paediatrician" read as a name repeats the role
    elif name and role and role.lower() in name.lower():
        role = ""
    service = (rec.author_service or "").strip()
    if service and any(service.lower() in x.lower() for x in (name, role) if x):
        service = ""
    return [x for x in (name, role, service) if x]


def described(rec: DocumentRecord) -> str:
    """ "Dr Ifeoma Stanhope, Consultant Community Paediatrician, 4 February 2025": who and when."""
    when = iso_date(rec.date)
    return ", ".join([*author_parts(rec), *([long_date(when)] if when else [])])
