"""Exports: JSON valid against the contract; every section A-K separately labelled in both."""

from __future__ import annotations

import io

from docx import Document

from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.drafting.plan import SECTION_TITLES, SECTIONS
from appliance.export import docx_export, json_export
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
    assert "Quality-assurance report" in headings
    text = "\n".join(p.text for p in doc.paragraphs)
    first = draft.sections["F"][0]
    assert first.text in text
    assert f"“{first.citations[0].quote}”" in text
