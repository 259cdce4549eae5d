"""The plan's structure, computed from a draft: B by area with every area present, E and F by area
with the golden thread, positive empty sections naming their advice, Section A's own words first,
"young person" from Year 12, and the 1970 Act's note in H1 near 18. Hand-built drafts, no parsing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from appliance.documents import DocumentRecord
from appliance.drafting import structure
from appliance.drafting.plan import SECTIONS, Draft, empty_sections
from appliance.export import json_export
from tests.test_qa_fixtures import draft, stmt

FOUR = ["Communication and interaction", "Cognition and learning", "Social, emotional and mental health"]
FOUR += ["Sensory and/or physical"]
MEDICAL = DocumentRecord(
    "D4",
    "Paediatric letter.pdf",
    "medical",
    author_role="Consultant Community Paediatrician",
    author_name="Dr Ifeoma Stanhope",
    date="2025-02-04",
)
SOCIAL = DocumentRecord("D6", "Social care.docx", "social_care", author_role="Social Worker", date="2025-01-20")


def with_docs(d: Draft, *docs: DocumentRecord) -> Draft:
    return replace(d, documents=docs)


def test_b_shows_every_area_and_says_so_where_an_area_is_empty() -> None:
    st = structure.of(draft())
    assert [a.label for a in st.needs] == FOUR
    by_label = {a.label: a for a in st.needs}
    assert [s.id for s in by_label["Cognition and learning"].statements] == ["B-1"]
    assert [s.id for s in by_label["Social, emotional and mental health"].statements] == ["B-2"]
    assert (
        by_label["Communication and interaction"].empty == "The advice received does not identify needs in this area."
    )
    assert by_label["Cognition and learning"].empty is None


def test_preparing_for_adulthood_is_an_area_from_year_9() -> None:
    assert [a.area for a in structure.of(draft(year_group=8)).needs][-1] == "sensory_and_physical"
    st = structure.of(draft(year_group=9))
    assert st.needs[-1].label == "Preparing for adulthood"
    assert st.needs[-1].empty == structure.NO_NEEDS_IN_AREA


def test_a_need_without_an_area_is_placed_by_its_words_or_shown_as_other_never_lost() -> None:
    b = (
        stmt("B-1", "Sam's speech is hard to understand and he has a small vocabulary."),
        stmt("B-2", "Sam needs help to get ready in the mornings."),
    )
    st = structure.of(draft({"B": b}))
    placed = {s.id: a.area for a in st.needs for s in a.statements}
    assert placed == {"B-1": "communication_and_interaction", "B-2": "other"}
    assert st.needs[-1].label == "Other needs"


def test_attainment_is_shown_within_its_area() -> None:
    b = (
        stmt("B-1", "Sam is working below age-related expectations in reading.", area="cognition_and_learning"),
        stmt("B-2", "Sam finds it hard to remember instructions.", area="cognition_and_learning"),
    )
    area = next(a for a in structure.of(draft({"B": b})).needs if a.area == "cognition_and_learning")
    assert ([s.id for s in area.statements], [s.id for s in area.attainment]) == (["B-2"], ["B-1"])


def test_outcomes_by_area_with_the_needs_they_address() -> None:
    st = structure.of(draft())
    assert [(g.label, [(o.statement.id, [n.id for n in o.needs]) for o in g.outcomes]) for g in st.outcomes] == [
        ("Cognition and learning", [("E-1", ["B-1"])]),
        ("Social, emotional and mental health", [("E-2", ["B-2"])]),
    ]


def test_provision_table_rows_carry_need_and_the_outcomes_sharing_it() -> None:
    extra = stmt("E-3", "By July 2025 Sam will read 20 common words.", "D5", meets=("B-1",), timeframe="July 2025")
    d = draft({"E": (*draft().sections["E"], extra)})
    tables = {t.label: t for t in structure.of(d).provision}
    row = tables["Cognition and learning"].rows[0]
    assert (row.provision.id, [n.id for n in row.needs], [o.id for o in row.outcomes]) == (
        "F-1",
        ["B-1"],
        ["E-1", "E-3"],
    )
    assert [r.provision.id for r in tables["Social, emotional and mental health"].rows] == ["F-2"]


def test_provision_meeting_no_need_is_grouped_by_its_words() -> None:
    f = (stmt("F-1", "A phonics programme for 20 minutes daily, delivered by a teaching assistant."),)
    st = structure.of(draft({"F": f}))
    assert [(t.area, t.rows[0].needs, t.rows[0].outcomes) for t in st.provision] == [("cognition_and_learning", (), ())]


def test_empty_sections_say_so_naming_the_advice() -> None:
    d = with_docs(draft({"C": (), "G": (), "D": ()}, child_name="Noah Price", preferred_name=None), MEDICAL, SOCIAL)
    notes = structure.of(d).notes
    assert notes["C"] == (
        "The medical advice (Dr Ifeoma Stanhope, Consultant Community Paediatrician, 4 February 2025) identifies "
        "no health needs related to Noah's special educational needs."
    )
    assert (
        notes["G"].startswith("The medical advice (Dr Ifeoma Stanhope, ")
        and "recommends no health provision" in notes["G"]
    )
    assert notes["D"] == (
        "The social care advice (Social Worker, 20 January 2025) identifies no social care needs related to Noah's "
        "special educational needs or disability."
    )
    assert "section 2 of the Chronically Sick and Disabled Persons Act 1970" in notes["H1"]
    assert set(notes) == {"C", "D", "G", "H1", "H2", "I", "J", "K"}  # the clean draft lists no advice in K


def test_missing_advice_is_said_honestly() -> None:
    notes = structure.of(with_docs(draft({"C": (), "G": ()}), SOCIAL)).notes
    assert notes["C"] == (
        "No medical advice has been received, so health needs related to Sam's special educational needs "
        "cannot be set out yet."
    )
    notes = structure.of(with_docs(draft(), MEDICAL)).notes
    assert notes["D"].startswith("No social care advice has been received, so social care needs")


def test_two_pieces_of_the_same_advice_are_both_named() -> None:
    second = replace(MEDICAL, id="D7", author_name="Dr Ben Ode", author_role="Neurologist", date="2025-03-01")
    note = structure.of(with_docs(draft({"C": ()}), MEDICAL, second)).notes["C"]
    assert (
        note.startswith("The medical advice (Dr Ifeoma Stanhope, ") and " and the medical advice (Dr Ben Ode, " in note
    )
    assert " identify no health needs" in note


def test_no_section_ever_says_nothing_was_drafted() -> None:
    bare = Draft(case=draft().case, documents=(), sections=empty_sections())
    st = structure.of(bare)
    assert set(st.notes) == set(SECTIONS) - {"B"}
    assert all("Nothing was drafted" not in text for text in st.notes.values())
    assert all(a.empty == structure.NO_NEEDS_IN_AREA for a in st.needs)


def test_section_a_gives_the_childs_own_words_first_then_the_familys() -> None:
    a = (
        stmt("A-1", "We would like Sam to make friends.", "D1", who="parent"),
        stmt("A-2", "When I grow up I want to be a vet.", "D2", who="child"),
        stmt("A-3", "It helps me when my teacher writes things down.", "D2", who="child"),
        stmt("A-4", "I like drawing and football.", "D2", who="child"),
        stmt("A-5", "Sam told me he enjoys maths.", "D5", who=None),
    )
    groups = structure.of(draft({"A": a})).views
    assert [(g.label, [s.id for s in g.statements]) for g in groups] == [
        ("What is important to Sam", ["A-4"]),
        ("How best to support Sam", ["A-3"]),
        ("Sam's hopes and aspirations", ["A-2"]),
        ("The family's views", ["A-1"]),
        ("Views given in the advice", ["A-5"]),
    ]


def test_a_young_person_from_year_12() -> None:
    child, young = structure.of(draft(year_group=11)), structure.of(draft(year_group=12))
    assert (child.person, young.person) == ("child", "young person")
    assert child.titles["A"] == "Views, interests and aspirations of the child and their parents"
    assert young.titles["A"] == "Views, interests and aspirations of the young person"
    assert young.notes["J"].startswith("The advice received does not mention a personal budget. Sam can ask")
    assert child.notes["J"].endswith(
        "Sam's parents can ask the local authority for one while the plan is being drafted."
    )
    unknown_year = draft(year_group=None, date_of_birth="2008-01-10", request_date="2025-03-01")
    assert structure.of(unknown_year).person == "young person"


def test_h1_notes_the_1970_act_ends_at_18_once_18_is_near() -> None:
    def note(**case: object) -> str | None:
        return structure.of(draft(**case)).h1_note

    assert note(date_of_birth="2009-06-01", request_date="2025-03-01") is None  # 15
    near = note(date_of_birth="2008-02-10", request_date="2025-03-01", year_group=12)  # 17
    assert near == (
        "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is made only for children "
        "under 18. Sam turns 18 on 10 February 2026; from then, eligible social care needs are met under the Care "
        "Act 2014 and set out in Section H2."
    )
    over = note(date_of_birth="2006-02-10", request_date="2025-03-01", year_group=14)
    assert over is not None and "Sam is over 18, so eligible social care needs" in over
    no_birthday = note(date_of_birth=None, year_group=12)
    assert no_birthday is not None and "From Sam's 18th birthday" in no_birthday
    assert note(date_of_birth=None, year_group=10) is None


def test_the_json_export_carries_the_structure_beside_the_sections() -> None:
    d = draft(year_group=9)
    data = json_export.to_json(d)
    assert json_export.validation_errors(data) == []
    assert data["sections"] == d.to_json()["sections"]  # no statement added for the layout
    st = data["structure"]
    assert [a["area"] for a in st["B"]] == [*structure.NEED_AREAS, "preparing_for_adulthood"]
    assert st["B"][1]["statements"] == ["B-1"] and st["B"][0]["empty"] == structure.NO_NEEDS_IN_AREA
    assert st["F"][0]["rows"] == [{"id": "F-1", "needs": ["B-1"], "outcomes": ["E-1"]}]
    assert st["notes"]["J"].startswith("The advice received does not mention a personal budget")
    assert st["person"] == "child" and st["titles"]["K"] == "Advice and information gathered"


def test_ages_are_measured_at_the_request_date_else_today() -> None:
    d = draft(request_date=None, date_of_birth="2008-02-10", year_group=None)
    assert structure.of(d, today=date(2025, 3, 1)).h1_note is not None
    assert structure.of(d, today=date(2024, 3, 1)).h1_note is None
