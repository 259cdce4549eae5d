"""The plan's structure, computed from a draft: how its sections are laid out for a reader.

- Section A: the child's or young person's own words first (what is important to them, how best
  to support them, their hopes), then the family's, then views the reports give;
- Section B by the four broad areas of need, and preparing for adulthood from Year 9, every area
  present: an area with nothing in it says so; attainment shown where the advice gives it;
- E grouped by area, each outcome with the needs it addresses (its `meets`);
- F as a table per area: need, provision, how often, how long, group size, who delivers it, and
  the outcomes it serves (outcomes that address the same need);
- C, D, E, F, G, H1, H2, I, J and K stated positively when empty, naming the advice that says so;
- H1 notes that provision under the Chronically Sick and Disabled Persons Act 1970 ends at 18
  once that is near: the child is 17 or older (or, without a date of birth, in Year 12 or above).
  The note is left out for younger children, where it would only be noise in the family's copy.

Pure: a draft in, frozen values out. The Word copies, the review page and the JSON export read
it; nothing here adds a statement to the plan. "Young person" replaces "child" from Year 12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from appliance.documents import DocumentRecord
from appliance.drafting import details
from appliance.drafting.plan import AREA_LABELS, AREAS, SECTION_TITLES, Draft, Statement
from appliance.evidence.areas import classify_area

NEED_AREAS = (
    "communication_and_interaction",
    "cognition_and_learning",
    "social_emotional_mental_health",
    "sensory_and_physical",
)
PFA = "preparing_for_adulthood"
OTHER = "other"
NO_NEEDS_IN_AREA = "The advice received does not identify needs in this area."
CSDPA = "Chronically Sick and Disabled Persons Act 1970"
ADULT_AGE = 18
NEAR_ADULT_AGE = 17

ATTAINMENT_RE = re.compile(
    r"\battainment\b|\bworking (?:at|towards|below|within|well below)\b|\b(?:reading|spelling|maths) age\b|"
    r"\bstandardi[sz]ed scores?\b|\bpercentile\b|\bage[- ]related expectations?\b|\bexpected standard\b|"
    r"\bscaled scores?\b|\b(?:below|above|in line with) (?:age|national) (?:expectations|average)\b|"
    r"\b(?:years?|months?) behind\b|\bpre-key stage\b|\bengagement model\b|\bSATs?\b|\bGCSE grades?\b",
    re.I,
)
HOPES_RE = re.compile(
    r"\bwhen I (?:am|'m|grow|leave|finish)\b|\bin the future\b|\bone day\b|\bmy (?:dream|hopes?|ambitions?|goals?)\b|"
    r"\bI (?:hope|dream)\b|\bI (?:want|would like|'d like) to (?:be|become|work|live|go to (?:college|university))\b",
    re.I,
)
SUPPORT_RE = re.compile(
    r"\bhelps? me\b|\bhelpful\b|\bsupports? me\b|\bit helps\b|\bI (?:need|learn best)\b|\bI like it when\b|"
    r"\bI (?:don't|do not) like it when\b|\b(?:adults?|teachers?|people|staff|grown-ups) (?:can|could|should|need)\b|"
    r"\bwhen I(?:'m| am| get) (?:stuck|upset|worried|angry|cross|anxious)\b|\bI find it (?:hard|easier|difficult)\b|"
    r"\bmakes? it (?:easier|harder)\b|\bcalms? me\b",
    re.I,
)


ViewKind = Literal["important", "support", "hopes"]  # what a child's own words tell a reader


@dataclass(frozen=True)
class ViewGroup:
    key: str  # a ViewKind for the child's own words, "family" or "reported"
    label: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class AreaNeeds:
    area: str
    label: str
    statements: tuple[Statement, ...]
    attainment: tuple[Statement, ...] = ()
    empty: str | None = None  # what the plan says where the area has nothing


@dataclass(frozen=True)
class Outcome:
    statement: Statement
    needs: tuple[Statement, ...]


@dataclass(frozen=True)
class OutcomeGroup:
    area: str
    label: str
    outcomes: tuple[Outcome, ...]


@dataclass(frozen=True)
class ProvisionRow:
    provision: Statement
    needs: tuple[Statement, ...]
    outcomes: tuple[Statement, ...]


@dataclass(frozen=True)
class ProvisionTable:
    area: str
    label: str
    rows: tuple[ProvisionRow, ...]


@dataclass(frozen=True)
class PlanStructure:
    person: details.Person
    name: str  # how the appliance's own sentences name the child
    titles: dict[str, str]
    views: tuple[ViewGroup, ...]
    needs: tuple[AreaNeeds, ...]
    outcomes: tuple[OutcomeGroup, ...]
    provision: tuple[ProvisionTable, ...]
    notes: dict[str, str]  # section -> what the plan says where the section is empty
    h1_note: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Statement ids only: the statements themselves are in `sections`."""
        ids = _ids
        return {
            "person": self.person,
            "titles": self.titles,
            "A": [{"group": g.key, "label": g.label, "statements": ids(g.statements)} for g in self.views],
            "B": [
                {
                    "area": a.area,
                    "label": a.label,
                    "statements": ids(a.statements),
                    "attainment": ids(a.attainment),
                    "empty": a.empty,
                }
                for a in self.needs
            ],
            "E": [
                {
                    "area": g.area,
                    "label": g.label,
                    "outcomes": [{"id": o.statement.id, "needs": ids(o.needs)} for o in g.outcomes],
                }
                for g in self.outcomes
            ],
            "F": [
                {
                    "area": t.area,
                    "label": t.label,
                    "rows": [
                        {"id": r.provision.id, "needs": ids(r.needs), "outcomes": ids(r.outcomes)} for r in t.rows
                    ],
                }
                for t in self.provision
            ],
            "notes": self.notes,
            "H1_note": self.h1_note,
        }


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ids(statements: tuple[Statement, ...]) -> list[str]:
    return [s.id for s in statements]


def of(draft: Draft, today: date | None = None) -> PlanStructure:
    """The structure of `draft`; ages and years are measured at the request date, else `today`."""
    case = draft.case
    young = details.young_person(case, today)
    person = details.person(case, today)
    name = details.plan_name(case)
    year = details.year_group(case, today)
    needs = needs_by_area(draft, year)
    need_areas = {s.id: a.area for a in needs for s in (*a.statements, *a.attainment)}
    need_areas |= {s.id: "health" for s in draft.sections.get("C", ())}
    need_areas |= {s.id: "social_care" for s in draft.sections.get("D", ())}
    return PlanStructure(
        person=person,
        name=name,
        titles=titles(young),
        views=views(draft, name, person),
        needs=needs,
        outcomes=outcomes_by_area(draft, need_areas),
        provision=provision_by_area(draft, need_areas),
        notes=empty_notes(draft, name, person),
        h1_note=h1_note(draft, name, today),
    )


def titles(young: bool) -> dict[str, str]:
    out = dict(SECTION_TITLES)
    if young:
        out["A"] = "Views, interests and aspirations of the young person"
    return out


def view_kind(text: str) -> ViewKind:
    """What a child's own words tell a reader: their hopes, how best to support them, or what is
    important to them."""
    if HOPES_RE.search(text):
        return "hopes"
    if SUPPORT_RE.search(text):
        return "support"
    return "important"


def views(draft: Draft, name: str, person: str) -> tuple[ViewGroup, ...]:
    statements = draft.sections.get("A", ())
    own = [s for s in statements if s.who == "child"]
    them = name or f"the {person}"
    labels: tuple[tuple[ViewKind, str], ...] = (
        ("important", f"What is important to {them}"),
        ("support", f"How best to support {them}"),
        ("hopes", upper_first(f"{details.possessive(name, person)} hopes and aspirations")),
    )
    groups = [ViewGroup(key, label, tuple(s for s in own if view_kind(s.text) == key)) for key, label in labels]
    groups.append(ViewGroup("family", "The family's views", tuple(s for s in statements if s.who == "parent")))
    reported = tuple(s for s in statements if s.who not in ("child", "parent"))
    groups.append(ViewGroup("reported", "Views given in the advice", reported))
    return tuple(g for g in groups if g.statements)


def _area(stmt: Statement, allowed: tuple[str, ...]) -> str | None:
    """The statement's own area where it is one of `allowed`, else the one its words suggest."""
    if stmt.area in allowed:
        return stmt.area
    guessed = classify_area(stmt.text)
    return guessed if guessed in allowed else None


def needs_by_area(draft: Draft, year: int | None) -> tuple[AreaNeeds, ...]:
    """Section B by area: the four broad areas always, preparing for adulthood from Year 9 (or
    where the advice places a need there), and needs no area fits last."""
    found: dict[str, list[Statement]] = {}
    for stmt in draft.sections.get("B", ()):
        found.setdefault(_area(stmt, (*NEED_AREAS, PFA)) or OTHER, []).append(stmt)
    shown = list(NEED_AREAS)
    if (year is not None and year >= details.PFA_YEAR) or found.get(PFA):
        shown.append(PFA)
    if found.get(OTHER):
        shown.append(OTHER)
    out = []
    for area in shown:
        group = found.get(area, [])
        attainment = tuple(s for s in group if ATTAINMENT_RE.search(s.text))
        rest = tuple(s for s in group if s not in attainment)
        label = "Other needs" if area == OTHER else AREA_LABELS[area]
        out.append(AreaNeeds(area, label, rest, attainment, None if group else NO_NEEDS_IN_AREA))
    return tuple(out)


def _by_id(draft: Draft, ids: tuple[str, ...], sections: tuple[str, ...]) -> tuple[Statement, ...]:
    found = (draft.statement(i) for i in ids)
    return tuple(s for s in found if s is not None and draft.section_of(s.id) in sections)


def _grouped_area(stmt: Statement, need_areas: dict[str, str]) -> str:
    """An outcome's or provision's area: its own, else the area of the need it meets, else the
    one its words suggest."""
    if stmt.area in AREAS and stmt.area != OTHER:
        return stmt.area
    met = next((need_areas[m] for m in stmt.meets if m in need_areas), None)
    return met or _area(stmt, (*NEED_AREAS, PFA)) or OTHER


def _label(area: str, other: str) -> str:
    return other if area == OTHER else AREA_LABELS.get(area, other)


def outcomes_by_area(draft: Draft, need_areas: dict[str, str]) -> tuple[OutcomeGroup, ...]:
    found: dict[str, list[Outcome]] = {}
    for stmt in draft.sections.get("E", ()):
        needs = _by_id(draft, stmt.meets, ("B", "C", "D"))
        found.setdefault(_grouped_area(stmt, need_areas), []).append(Outcome(stmt, needs))
    return tuple(
        OutcomeGroup(area, _label(area, "Other outcomes"), tuple(found[area])) for area in AREAS if area in found
    )


def provision_by_area(draft: Draft, need_areas: dict[str, str]) -> tuple[ProvisionTable, ...]:
    outcomes = draft.sections.get("E", ())
    found: dict[str, list[ProvisionRow]] = {}
    for stmt in draft.sections.get("F", ()):
        needs = _by_id(draft, stmt.meets, ("B", "C", "D"))
        served = tuple(o for o in outcomes if set(o.meets) & set(stmt.meets))
        found.setdefault(_grouped_area(stmt, need_areas), []).append(ProvisionRow(stmt, needs, served))
    return tuple(
        ProvisionTable(area, _label(area, "Other provision"), tuple(found[area])) for area in AREAS if area in found
    )


def _named(docs: list[DocumentRecord], kind: str) -> str:
    """ "The medical advice (Dr A, Consultant Paediatrician, 4 February 2025)", and every other
    piece of that advice."""
    parts = [f"({details.described(d)})" if details.described(d) else "" for d in docs]
    return upper_first(" and ".join(f"the {kind} advice {p}".strip() for p in parts))


def empty_notes(draft: Draft, name: str, person: str) -> dict[str, str]:
    """What each empty section says, positively, and which advice says so."""
    their = details.possessive(name, person)
    sen = f"{their} special educational needs"
    said = {
        "C": ("medical", "identifies no", f"health needs related to {sen}"),
        "G": ("medical", "recommends no", f"health provision related to {sen}"),
        "D": ("social_care", "identifies no", f"social care needs related to {sen} or disability"),
        "H1": ("social_care", "identifies no", f"provision under section 2 of the {CSDPA}"),
        "H2": ("social_care", "identifies no", f"other social care provision related to {sen} or disability"),
    }
    notes = {
        "A": f"The views of {name or 'the ' + person} and of the family have not been received yet.",
        "E": "The advice received does not propose outcomes.",
        "F": "The advice received does not recommend special educational provision.",
        "I": "This section is left blank in the draft plan: the local authority names the school or other "
        "institution after consultation.",
        "J": _no_budget(name, person),
        "K": "No advice has been received yet.",
    }
    for sec, (advice_type, verb, what) in said.items():
        docs = [d for d in draft.documents if d.advice_type == advice_type]
        kind = advice_type.replace("_", " ")
        if docs:
            plural = verb.replace("ies ", "y ").replace("ends ", "end ") if len(docs) > 1 else verb
            notes[sec] = f"{_named(docs, kind)} {plural} {what}."
        else:
            notes[sec] = f"No {kind} advice has been received, so {what} cannot be set out yet."
    return {sec: text for sec, text in notes.items() if not draft.sections.get(sec)}


def _no_budget(name: str, person: str) -> str:
    who = (name or f"the {person}") if person == "young person" else f"{details.possessive(name, person)} parents"
    return (
        "The advice received does not mention a personal budget. "
        f"{upper_first(who)} can ask the local authority for one while the plan is being drafted."
    )


def h1_note(draft: Draft, name: str, today: date | None = None) -> str | None:
    """Provision under section 2 of the 1970 Act is for children: said where 18 is near."""
    case = draft.case
    who = name or "the young person"
    law = f"Provision under section 2 of the {CSDPA} is made only for children under 18."
    after = "eligible social care needs are met under the Care Act 2014 and set out in Section H2."
    years = details.age(case, today)
    if years is not None and case.born is not None:
        if years >= ADULT_AGE:
            return f"{law} {upper_first(who)} is over 18, so {after}"
        if years >= NEAR_ADULT_AGE:
            birthday = _eighteenth(case.born)
            return f"{law} {upper_first(who)} turns 18 on {details.long_date(birthday)}; from then, {after}"
        return None
    year = details.year_group(case, today)
    if year is not None and year >= details.YOUNG_PERSON_YEAR:
        return f"{law} From {details.possessive(name, 'young person')} 18th birthday, {after}"
    return None


def _eighteenth(born: date) -> date:
    try:
        return born.replace(year=born.year + ADULT_AGE)
    except ValueError:  # born on 29 February
        return born.replace(year=born.year + ADULT_AGE, day=28) + timedelta(days=1)
