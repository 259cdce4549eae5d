"""Routing uses the report's own structure: needs, provision, outcomes, views; not background."""

from __future__ import annotations

from appliance.documents import AdviceDocument
from appliance.evidence.routing import route
from tests.builders import (
    EP_REPORT,
    PAEDIATRIC_LETTER,
    PARENT_VIEWS,
    SCHOOL_ADVICE,
    advice_document,
    docx_bytes,
    pdf_bytes,
)


def _doc(doc_id: str, data: bytes, name: str) -> AdviceDocument:
    return advice_document(doc_id, name, data)


def _routed() -> list[tuple[str, str, str]]:
    docs = [
        _doc("D1", docx_bytes(EP_REPORT), "EP report.docx"),
        _doc("D2", docx_bytes(SCHOOL_ADVICE), "School advice.docx"),
        _doc("D3", pdf_bytes(PAEDIATRIC_LETTER), "Paediatric letter.pdf"),
        _doc("D4", docx_bytes(PARENT_VIEWS), "Parent views.docx"),
    ]
    return [(ev.section, ev.kind, ev.passages[0].text[:24]) for ev in route(docs)]


def test_sections_follow_the_reports_structure() -> None:
    assert PAEDIATRIC_LETTER  # the letter has no headings: sentence patterns decide
    assert _routed() == [
        ("B", "need", "2.1 Zara finds it hard t"),
        ("B", "need", "2.2 Zara becomes anxious"),
        ("E", "outcome", "3.1 By the end of Year 4"),
        ("F", "provision", "4.1 Zara should attend a"),
        ("B", "need", "Zara's reading is well b"),
        ("F", "provision", "Precision teaching of hi"),
        ("E", "outcome", "By July 2025, Zara will "),
        ("C", "health_need", "Zara has asthma and need"),
        ("G", "health_provision", "Her asthma will be revie"),
        ("A", "view", "Zara is funny, kind and "),
        ("A", "view", "We hope Zara will make a"),
    ]


def test_a_provision_map_row_is_read_with_its_how_often_and_who() -> None:
    """A provision cell that names a group and nothing more is provision because its row says how
    often, how long and who; the near miss is the same cell in a row that says none of that."""
    from tests.builders import advice

    header = ("header", "Intervention", "Frequency", "Duration", "Staff")
    full = ("row", "Paired reading comprehension group", "Three times a week", "30 minutes", "Class teacher")
    bare = ("row", "Paired reading comprehension group", "", "", "")
    for row, drafted in ((full, True), (bare, False)):
        doc = advice("educational", ("h", "Provision map"), header, row)
        found = [ev for ev in route([doc]) if ev.kind == "provision"]
        assert bool(found) is drafted, row
