"""Exports: JSON valid against the contract; the Word family copy (clean: no citations, ids or
flag codes; every section labelled; 12pt; tables whose words fit their columns) and caseworker
copy (every citation, the QA report with decisions); a council's own template filled; both opened
by LibreOffice."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, RGBColor

from appliance.cases.casework import DraftOptions, draft_and_check
from appliance.documents import DocumentRecord
from appliance.drafting import register
from appliance.drafting.plan import SECTION_TITLES, SECTIONS, Draft
from appliance.errors import InputError
from appliance.export import docx_export, json_export
from appliance.export.word import CELL_PADDING_CM, fit_widths, text_width_cm
from appliance.qa.registry import CHECKS
from appliance.qa.titles import flag_title
from tests.builders import RECEIVED
from tests.test_pipeline import CASE, _case

ID_RE = re.compile(r"\b(?:A|B|C|D|E|F|G|H1|H2|I|J|K)[-\u2011]\d+\b|\bD\d+\b|\[|\bSource\b")
LOGO = (  # a 1x1 PNG
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture(scope="module")
def draft() -> Draft:
    made = draft_and_check(CASE, _case(), None, DraftOptions())
    first = made.flags[0]
    decided = replace(first, decision="dismissed", reason="Checked with the EP", decided_by="caseworker-user")
    return made.with_flags((decided, *made.flags[1:]))


def text_of(data: bytes) -> str:
    """Every word of a .docx: paragraphs, table cells, headers and footers."""
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    parts += [p.text for s in doc.sections for p in (*s.header.paragraphs, *s.footer.paragraphs)]
    return "\n".join(parts)


def headings(data: bytes, style: str = "Heading 1") -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs if p.style is not None and p.style.name == style]


def test_json_is_valid_against_the_contract_with_every_section(draft: Draft) -> None:
    data = json_export.to_json(draft)
    assert json_export.validation_errors(data) == []
    assert list(data["sections"]) == list(SECTIONS)
    assert data["schema"] == "ehcp-draft/1" and "structure" in data


def test_contract_violations_are_reported(draft: Draft) -> None:
    data = json_export.to_json(draft)
    del data["sections"]["H1"]
    data["flags"].append({"code": "X", "severity": "catastrophic", "message": "m"})
    errors = json_export.validation_errors(data)
    assert any("H1" in e for e in errors) and any("catastrophic" in e for e in errors)


@pytest.mark.parametrize("copy", ["family", "caseworker"])
def test_both_copies_label_every_section(draft: Draft, copy: docx_export.Copy) -> None:
    data = docx_export.render(draft, copy)
    assert headings(data)[: len(SECTIONS)] == [f"Section {sec}: {SECTION_TITLES[sec]}" for sec in SECTIONS]
    assert headings(data, "Heading 2")[1:5] == [
        "Communication and interaction",
        "Cognition and learning",
        "Social, emotional and mental health",
        "Sensory and/or physical",
    ]


def test_the_family_copy_has_no_citations_ids_or_flag_codes(draft: Draft) -> None:
    text = text_of(docx_export.family_copy(draft))
    assert ID_RE.findall(text) == []
    assert [code for code in CHECKS if code in text] == []
    assert "Quality-assurance" not in text and "“" not in text
    locators = {c.locator for _, s in draft.statements() for c in s.citations if c.locator}
    assert [loc for loc in locators if loc in text] == []
    assert [d.filename for d in draft.documents if d.filename in text] == []
    for _, stmt in draft.statements():  # the plan itself is all there
        assert stmt.text in text


@pytest.mark.parametrize("copy", ["family", "caseworker"])
def test_section_k_says_which_advice_is_not_dated(draft: Draft, copy: docx_export.Copy) -> None:
    text = text_of(docx_export.render(draft, copy))
    dates = {d.id: d.date for d in draft.documents}
    undated = [k.text for k in draft.sections["K"] if dates[k.citations[0].document_id] is None]
    dated = [k.text for k in draft.sections["K"] if dates[k.citations[0].document_id] is not None]
    assert undated and dated  # the test case has both
    assert {d.received for d in draft.documents} == {RECEIVED}
    assert all(f"{k} (not dated; received 10 February 2025)" in text for k in undated)
    assert not any(f"{k} (not dated" in text for k in dated)


def test_section_k_notes_when_undated_advice_was_received() -> None:
    undated = DocumentRecord(id="D1", filename="Views.docx", advice_type="parent_views", received="2025-03-04")
    assert register.undated_note(undated) == "not dated; received 4 March 2025"
    assert register.undated_note(replace(undated, received=None)) == "not dated"
    assert register.undated_note(replace(undated, date="2025-02-01")) is None  # the advice's own date stands


def test_the_family_copy_reads_at_12pt(draft: Draft) -> None:
    doc = Document(io.BytesIO(docx_export.family_copy(draft)))
    assert doc.styles["Normal"].font.size == Pt(12)
    runs = [r for p in doc.paragraphs for r in p.runs]
    runs += [r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    assert [r.text for r in runs if r.font.size is not None and r.font.size < Pt(12)] == []


def test_the_caseworker_copy_has_every_citation_and_the_qa_report(draft: Draft) -> None:
    data = docx_export.caseworker_copy(draft)
    text = text_of(data)
    for _, stmt in draft.statements():
        for c in stmt.citations:
            doc = draft.document(c.document_id)
            assert doc is not None
            assert f"{c.document_id} ({doc.filename}), {c.locator}: “{c.quote}”" in text
    assert "Quality-assurance record" in headings(data)
    assert [f.code for f in draft.flags if f.code not in text or flag_title(f.code) not in text] == []
    assert "Dismissed: no change needed\nby caseworker-user" in text and "Reason: Checked with the EP" in text


def test_provision_is_a_landscape_table_per_area_with_its_golden_thread(draft: Draft) -> None:
    doc = Document(io.BytesIO(docx_export.family_copy(draft)))
    assert [s.orientation for s in doc.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    f_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "Need"]
    header = [c.text for c in f_tables[0].rows[0].cells]
    assert header == [
        "Need",
        "Provision",
        "How often",
        "How long",
        "Group size",
        "Who delivers it",
        "Outcomes it serves",
    ]
    f1 = draft.sections["F"][0]
    row = next(r for t in f_tables for r in t.rows if r.cells[1].text == f1.text)
    assert row.cells[0].text.startswith("Need ") and row.cells[2].text == f1.frequency
    assert row.cells[6].text.startswith("Outcome ")


def test_column_widths_fit_the_longest_word_of_each_column() -> None:
    columns = [["Group size", "1:1"], ["Who delivers it", "physiotherapist", "occupational therapist"]]
    widths = fit_widths(columns, 10.0)
    assert abs(sum(widths) - 10.0) < 1e-9
    assert widths[1] >= text_width_cm("physiotherapist", bold=True) + CELL_PADDING_CM
    assert text_width_cm("mmmm") > text_width_cm("iiii")


def _template(tmp_path: Path, suffix: str = ".docx") -> Path:
    """A council's template: its own body font, heading colour, a header with a logo and a body
    line that the plan replaces."""
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Heading 1"].font.color.rgb = RGBColor(0x00, 0x5E, 0xA5)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Westmere Council SEND Service"
    header.add_run().add_picture(io.BytesIO(LOGO))
    doc.add_paragraph("Template body text that the plan replaces.")
    path = tmp_path / f"council{suffix}"
    doc.save(str(path))
    if suffix == ".dotx":  # a Word template differs from a document only by its content type
        out = io.BytesIO()
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                body = src.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    body = body.replace(b"document.main+xml", b"template.main+xml")
                dst.writestr(item, body)
        path.write_bytes(out.getvalue())
    return path


def test_a_council_template_is_filled_with_its_styles_header_and_logo(draft: Draft, tmp_path: Path) -> None:
    data = docx_export.family_copy(draft, _template(tmp_path))
    doc = Document(io.BytesIO(data))
    assert doc.sections[0].header.paragraphs[0].text == "Westmere Council SEND Service"
    assert any(name.startswith("word/media/") for name in zipfile.ZipFile(io.BytesIO(data)).namelist())
    assert doc.styles["Normal"].font.name == "Liberation Serif"
    assert doc.styles["Heading 1"].font.color.rgb == RGBColor(0x00, 0x5E, 0xA5)
    assert "Template body text" not in text_of(data)
    assert headings(data)[0] == "Section A: " + SECTION_TITLES["A"]


def test_a_word_template_file_is_accepted_and_a_broken_one_refused(draft: Draft, tmp_path: Path) -> None:
    data = docx_export.caseworker_copy(draft, _template(tmp_path, ".dotx"))
    assert "Westmere Council SEND Service" in text_of(data)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a word file")
    with pytest.raises(InputError, match="could not be opened"):
        docx_export.family_copy(draft, broken)


def to_pdf_text(docx: Path, tmp_path: Path) -> str:
    """The document converted by LibreOffice, as pdftotext reads it back."""
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice or poppler-utils is not installed (scripts/system-deps.sh test)")
    convert = [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf"]
    subprocess.run([*convert, "--outdir", str(tmp_path), str(docx)], check=True, capture_output=True, timeout=180)
    pdf = docx.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    return subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.slow
def test_the_council_template_copy_opens_in_libreoffice(draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "family.docx"
    path.write_bytes(docx_export.family_copy(draft, _template(tmp_path)))
    text = to_pdf_text(path, tmp_path)
    assert "Westmere Council SEND Service" in text and "Section K: Advice and information gathered" in text


@pytest.mark.slow
def test_no_word_in_a_table_is_broken_across_lines(draft: Draft, tmp_path: Path) -> None:
    path = tmp_path / "caseworker.docx"
    path.write_bytes(docx_export.caseworker_copy(draft))
    words = set(to_pdf_text(path, tmp_path).split())
    doc = Document(str(path))
    cells = {
        w.strip(".,;:()").replace("\u2011", "-")  # a non-breaking hyphen is read back as a hyphen
        for t in doc.tables
        for row in t.rows
        for c in row.cells
        for w in c.text.split()
    }
    broken = [w for w in cells if len(w) >= 3 and not any(w in found for found in words)]
    assert broken == []


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
