"""QA checks on the draft as a whole: sections, Section A's voices, preparing for adulthood,
a placement in a draft, and statements their advice does not support."""

from __future__ import annotations

from dataclasses import replace

import pytest

from appliance.drafting.plan import Citation
from tests.test_qa_fixtures import add, codes, document, draft, flags, sections, stmt, with_document


def test_a_missing_section_is_flagged_and_an_empty_one_is_not() -> None:
    d = draft()
    missing = replace(d, sections={k: v for k, v in d.sections.items() if k != "H1"})
    assert [f.section for f in codes(flags(missing), "SECTION_MISSING")] == ["H1"]
    assert not codes(flags(d), "SECTION_MISSING")


def test_a_placement_named_in_section_i_is_flagged() -> None:
    named = draft({"I": (stmt("I-1", "Larkfield Academy, an enhanced resource base.", "D5"),)})
    assert [f.statement_id for f in codes(flags(named), "PLACEMENT_IN_DRAFT")] == ["I-1"]
    assert not codes(flags(), "PLACEMENT_IN_DRAFT")


def test_section_a_without_the_childs_views() -> None:
    parents_only = draft({"A": sections()["A"][:1]})
    assert [f.section for f in codes(flags(parents_only), "CHILD_VIEWS_MISSING")] == ["A"]
    assert not codes(flags(), "CHILD_VIEWS_MISSING")


def test_a_caseworkers_first_person_statement_counts_as_the_childs_views() -> None:
    typed = stmt("A-2", "I want to be a vet.", "D2", origin="caseworker")
    assert not codes(flags(draft({"A": (sections()["A"][0], typed)})), "CHILD_VIEWS_MISSING")


def test_section_a_without_the_parents_views_for_a_child_under_16() -> None:
    child_only = draft({"A": sections()["A"][1:]})
    assert [f.section for f in codes(flags(child_only), "PARENT_VIEWS_MISSING")] == ["A"]
    young_person = draft({"A": sections()["A"][1:]}, date_of_birth="2008-01-10", year_group=12)
    assert not codes(flags(young_person), "PARENT_VIEWS_MISSING")


def test_preparing_for_adulthood_missing_from_year_9() -> None:
    assert [f.section for f in codes(flags(draft(year_group=9)), "PFA_MISSING")] == ["E"]
    assert not codes(flags(draft(year_group=8)), "PFA_MISSING")


def test_an_outcome_on_independent_travel_is_preparing_for_adulthood() -> None:
    text = "By the end of Year 10, Sam will travel independently to college on the bus twice a week."
    college = document("D3", "educational", [text])
    found = flags(
        draft(add("E", stmt("E-3", text, "D3", timeframe="By the end of Year 10")), year_group=9),
        with_document(college),
    )
    assert not codes(found, "PFA_MISSING")


@pytest.mark.parametrize(
    ("text", "pfa"),
    [
        pytest.param("By July 2027, Tamsin will travel to school on the 42 bus on her own.", True, id="bus-on-her-own"),
        pytest.param("By July 2027, Tamsin will read a page on her own.", False, id="near-miss-reading-on-her-own"),
    ],
)
def test_travel_on_their_own_is_preparing_for_adulthood(text: str, pfa: bool) -> None:
    found = flags(draft(add("E", stmt("E-3", text, "D3", timeframe="By July 2027")), year_group=9))
    assert (not codes(found, "PFA_MISSING")) is pfa


def test_a_statement_without_a_citation_is_unsupported() -> None:
    bare = replace(sections()["F"][0], citations=())
    found = codes(flags(draft({"F": (bare, sections()["F"][1])})), "UNSUPPORTED_STATEMENT")
    assert [(f.statement_id, f.message) for f in found] == [("F-1", "This statement cites no advice.")]


def test_a_number_the_advice_does_not_give_is_unsupported() -> None:
    changed = replace(sections()["F"][0], text=sections()["F"][0].text.replace("three times", "five times"))
    found = codes(flags(draft({"F": (changed, sections()["F"][1])})), "UNSUPPORTED_STATEMENT")
    assert len(found) == 1 and "5" in found[0].message


def test_a_quote_that_is_not_in_its_document_is_unsupported() -> None:
    wrong = replace(sections()["G"][0], citations=(Citation("D4", "His asthma will be reviewed weekly."),))
    found = codes(flags(draft({"G": (wrong,)})), "UNSUPPORTED_STATEMENT")
    assert len(found) == 1 and "not in Paediatric letter.pdf" in found[0].message


def test_the_advice_list_in_k_is_checked_for_its_dates_only() -> None:
    k = stmt("K-1", "Medical advice - 1 February 2025", "D4", quote="Date: 01/02/2025")
    letter = document(
        "D4",
        "medical",
        [
            "Date: 01/02/2025",
            *[
                t
                for t in (
                    "Sam has asthma and needs his inhaler with him in school.",
                    "His asthma will be reviewed once a year by the practice nurse.",
                )
            ],
        ],
    )
    assert not codes(flags(draft({"K": (k,)}), with_document(letter)), "UNSUPPORTED_STATEMENT")
    wrong = replace(k, text="Medical advice - 1 February 2024")
    assert codes(flags(draft({"K": (wrong,)}), with_document(letter)), "UNSUPPORTED_STATEMENT")


def test_a_childs_own_words_in_a_family_form_are_the_childs_views() -> None:
    mixed = stmt("A-2", "I like dancing and singing. I like my friend Lola.", "D1", who="parent")
    parent_about_child = stmt("A-3", "I want Sam to be happy at school.", "D1", who="parent")
    assert not codes(flags(draft({"A": (sections()["A"][0], mixed)})), "CHILD_VIEWS_MISSING")
    assert codes(flags(draft({"A": (sections()["A"][0], parent_about_child)})), "CHILD_VIEWS_MISSING")
