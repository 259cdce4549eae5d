"""Exports: JSON valid against the contract; every section A-K separately labelled in both."""

from __future__ import annotations

import io

from docx import Document

from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.drafting.plan import SECTION_TITLES, SECTIONS
from appliance.export import docx_export, json_export
from appliance.qa.titles import flag_title
from tests.test_pipeline import CASE, _case


def test_json_is_valid_against_the_contract_with_every_section() -> None:
    data = json_export.to_json(draft_and_check(CASE, _case(), None, DraftOptions()))
    assert json_export.validation_errors(data) == []
    assert list(data["sections"]) == list(SECTIONS)
    assert data["schema"] == "ehcp-draft/1"


def test_contract_violations_are_reported() -> None:
    data = json_export.to_json(draft_and_check(CASE, _case(), None, DraftOptions()))
    del data["sections"]["H1"]
    data["flags"].append({"code": "X", "severity": "catastrophic", "message": "m"})
    errors = json_export.validation_errors(data)
    assert any("H1" in e for e in errors) and any("catastrophic" in e for e in errors)


def test_docx_labels_every_section_and_shows_citations() -> None:
    draft = draft_and_check(CASE, _case(), None, DraftOptions())
    doc = Document(io.BytesIO(docx_export.render(draft)))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    expected = [f"Section {sec}: {SECTION_TITLES[sec]}" for sec in SECTIONS]
    assert headings[: len(SECTIONS)] == expected
    assert "Quality-assurance record" in headings
    text = "\n".join(p.text for p in doc.paragraphs)
    first = draft.sections["F"][0]
    assert first.text in text
    assert f"“{first.citations[0].quote}”" in text


def test_the_qa_record_is_readable_and_shows_overrides() -> None:
    from dataclasses import replace

    draft = draft_and_check(CASE, _case(), None, DraftOptions())
    flags = list(draft.flags)
    assert flags, "the fixture case raises flags"
    flags[0] = replace(
        flags[0],
        severity="error",
        decision="overridden",
        reason="Agreed at the meeting",
        decided_by="morgan",
        decided_at="2025-10-27T15:04:00+00:00",
    )
    doc = Document(io.BytesIO(docx_export.render(draft.with_flags(tuple(flags)))))
    table = doc.tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["Flag", "Where", "What to check", "Decision"]
    first = [c.text for c in table.rows[1].cells]
    assert first[0].startswith(flag_title(flags[0].code) + "\nError\n")  # the title, not a bare code
    assert first[3] == "Overridden\nby morgan, 2025-10-27\nReason: Agreed at the meeting"
    body = doc.element.body.xml
    assert body.index('w:type="page"') < body.index("Quality-assurance record"), "the QA record starts a new page"
