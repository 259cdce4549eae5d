"""Section K from the documents' details: the type of advice, the author's name, role and service,
and the date, cited to the passages that name the author and state the date; never a heading or an
addressee as the entry itself."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from appliance.case import CaseDetails
from appliance.cases.folder import draft_folder
from appliance.config import Settings
from appliance.documents import AdviceDocument, DocumentRecord
from appliance.drafting.register import advice_list, entry, undated_note
from tests.builders import passages

EP = passages(
    "Westbrook Educational Psychology Service",
    ("h", "Psychological Advice"),
    ("row", "To", "Mrs J. Cole, SEND Casework Team"),
    ("row", "Report date", "12 March 2025"),
    ("row", "Date of birth", "03/03/2016"),
    "Zara finds it hard to follow instructions.",
    "Dr A. Shah, Educational Psychologist, Westbrook EPS",
)


def ep(**details: object) -> AdviceDocument:
    record = DocumentRecord(
        "D1",
        "EP report.docx",
        "psychological",
        author_role="Educational Psychologist",
        author_name="Dr A. Shah",
        date="2025-03-12",
        author_passage=6,
        date_passage=3,
        author_service="Westbrook EPS",
    )
    return AdviceDocument(replace(record, **details), EP)  # type: ignore[arg-type]


def test_an_entry_gives_type_name_role_service_and_date() -> None:
    k = entry(ep(), 1)
    assert (k.id, k.text) == (
        "K-1",
        "Psychological advice: Dr A. Shah, Educational Psychologist, Westbrook EPS, 12 March 2025",
    )


def test_it_cites_the_passages_that_name_the_author_and_state_the_date() -> None:
    quotes = [c.quote for c in entry(ep(), 1).citations]
    assert "Dr A. Shah, Educational Psychologist, Westbrook EPS" in quotes
    assert "Report date | 12 March 2025" in quotes
    assert not any("Mrs J. Cole" in q for q in quotes)  # the addressee is neither cited nor named


def test_never_a_heading_or_an_addressee_as_the_entry() -> None:
    text = entry(ep(author_name=None, author_role=None, author_service=None), 1).text
    assert text == "Psychological advice: 12 March 2025"
    assert "Cole" not in text and "Psychological Advice" not in text


def test_a_date_is_given_only_where_a_passage_states_it() -> None:
    assert entry(ep(date="2025-04-01", date_passage=None), 1).text.endswith("Westbrook EPS")
    found = entry(ep(date_passage=None), 1)  # the date found elsewhere in the document is cited
    assert found.text.endswith("12 March 2025") and "Report date | 12 March 2025" in [c.quote for c in found.citations]


def test_a_date_keeps_the_figures_the_advice_wrote() -> None:
    for written, given in (("12/03/2025", "12/03/2025"), ("12.3.25", "12.3.25"), ("2025-03-12", "2025-03-12")):
        doc = AdviceDocument(ep().record, passages(f"Date: {written}", "Dr A. Shah, Educational Psychologist"))
        assert entry(replace(doc, record=replace(doc.record, date_passage=0, author_passage=1)), 1).text.endswith(given)


def test_a_name_that_only_repeats_the_role_is_said_once() -> None:
    doc = ep(
        author_name="Educational Psychologist", author_role="Educational Psychologist (Senior)", author_service=None
    )
    assert entry(doc, 1).text == "Psychological advice: Educational Psychologist (Senior), 12 March 2025"
    same_service = ep(author_service="Educational Psychologist")
    assert entry(same_service, 1).text.count("Educational Psychologist") == 1


def test_a_familys_own_views_are_named_by_whose_they_are() -> None:
    child = AdviceDocument(
        DocumentRecord("D2", "My thoughts.docx", "child_views", author_role="Child or young person"),
        passages("Things I want you to know", "I like football."),
    )
    assert [k.text for k in advice_list([child])] == ["Views of the child"]
    assert [k.text for k in advice_list([child], CaseDetails(year_group=12))] == ["Views of the young person"]
    tobias = CaseDetails(child_name="Tobias Mallory", year_group=12)
    assert [k.text for k in advice_list([child], tobias)] == ["Views of Tobias"]
    assert advice_list([child], tobias)[0].citations  # a document always has something cited
    family = AdviceDocument(
        DocumentRecord("D3", "Family views.docx", "parent_views", author_role="Parent or carer"),
        passages(("h", "Family views"), "We want Tobias to go to college."),
    )
    parents = replace(family, passages=passages(("h", "Parent views"), "We want Tobias to go to college."))
    assert [k.text for k in advice_list([family, parents], tobias)] == [
        "Family views",
        "Parents' views",
    ]


def test_a_childs_own_document_is_named_as_it_names_itself() -> None:
    record = DocumentRecord("D2", "All about me.docx", "child_views", date="2025-01-28", date_passage=2)
    doc = AdviceDocument(record, passages(("h", "All About Me - Theo"), "I like trains.", "28 January 2025"))
    theo = CaseDetails(child_name="Theo Marsh")
    k = entry(doc, 1, theo)
    assert k.text == "All About Me: Theo, 28 January 2025"
    assert [c.quote for c in k.citations] == ["All About Me - Theo", "28 January 2025"]
    headed = replace(doc, passages=passages(("h", "Strengths and interests"), "I like trains."))
    assert entry(headed, 1, theo).text == "Views of Theo"  # a heading that is not the document's name


def test_a_family_member_is_named_with_their_relation_to_the_child() -> None:
    def views(role: str) -> AdviceDocument:
        record = DocumentRecord(
            "D3", "Views.docx", "parent_views", author_role=role, author_name="Abena Osei", author_passage=1
        )
        return AdviceDocument(record, passages(("h", "Parent views"), "By Abena Osei (mum)", "Dan is kind."))

    dan = CaseDetails(child_name="Daniel Osei", preferred_name="Dan")
    assert entry(views("Mum"), 1, dan).text == "Parents' views: Abena Osei, Dan's mum"
    assert entry(views("Foster carer"), 1, dan).text == "Parents' views: Abena Osei, Dan's foster carer"
    assert entry(views("Parent or carer"), 1, dan).text == "Parents' views: Abena Osei"  # no relation given
    assert entry(views("Mum"), 1).text == "Parents' views: Abena Osei, Mum"  # no child's name to relate to


def test_a_case_folder_records_when_each_file_was_received(tmp_path: Path) -> None:
    """An undated family document gets its receipt date in K's note: the file's time in a case
    folder (the upload's time in the web app), never a date the advice does not state."""
    folder = tmp_path / "case"
    (folder / "documents").mkdir(parents=True)
    (folder / "case.json").write_text(json.dumps({"child_name": "Zara Ahmed"}), encoding="utf-8")
    views = folder / "documents" / "Parent views.txt"
    views.write_text("Our views\n\nZara loves swimming. She gets very anxious when plans change.\n", encoding="utf-8")
    saved = datetime(2025, 3, 4, 15, 30, tzinfo=UTC).timestamp()
    os.utime(views, (saved, saved))
    draft = draft_folder(folder, Settings(data_dir=tmp_path / "data"), None).draft
    record = draft.documents[0]
    assert (record.date, record.received) == (None, "2025-03-04")
    assert undated_note(record) == "not dated; received 4 March 2025"
    assert "2025" not in draft.sections["K"][0].text  # the plan's own words state only what the advice says
