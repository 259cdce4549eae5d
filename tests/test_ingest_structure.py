"""A clinic letter, a pasted email and a school's form read from real Word files, text PDFs and a
scanned PDF (through Tesseract): label lines head what follows, numbered lines under them are a
list, the letterhead, address block and sign-off are not headings, a quoted original message is
marked, and the document's details (type, author, service, date) come from where they are written."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image, ImageDraw, ImageFont

from appliance.ingest import IngestedDocument, ingest
from tests.builders import docx_bytes, pdf_bytes

CLINIC_LETTER = [
    "Westmere Child Development Centre, Fenwick Road, Westmere WM4 2PL",
    "Clinic date: 28 January 2025",
    "Date typed: 4 February 2025",
    "Dr Alastair Marchant",
    "Greenway Surgery",
    "Re: Zara WHITFIELD, DOB 03/03/2016",
    "Dear Dr Marchant,",
    "Diagnoses:",
    "1. Autism spectrum disorder",
    "2. Sleep-onset insomnia",
    "I reviewed Zara in clinic today with her mother, who says her sleep is still poor most nights.",
    "Plan:",
    "1. Increase melatonin to 3 mg, 45 minutes before bedtime.",
    "2. I have referred Zara to the dietetic service for an assessment and three follow-up visits.",
    "Follow-up:",
    "Review in the community paediatric clinic in six months.",
    "Yours sincerely,",
    "Dr Ifeoma Stanhope",
    "Consultant Community Paediatrician",
    "cc: Mrs Lauren Whitfield (mother)",
]
PARENT_EMAIL = [
    "From: Lauren Whitfield <lauren@mail.example>",
    "Sent: 03 February 2025 22:47",
    "To: SEND Assessment Team <send@westmere.example>",
    "Hi,",
    "Zara is the funniest, most honest girl you will ever meet, and she loves trains.",
    "I want her to stay at her school with proper help that does not disappear.",
    "Thanks, Lauren (Zara's mum)",
    "-----Original Message-----",
    "From: SEND Assessment Team",
    "Sent: 21 January 2025 09:12",
    "Dear Ms Whitfield,",
    "We have agreed to carry out an EHC needs assessment for Zara and would like your views.",
    "Kind regards,",
    "Jade Morrow, SEND Officer",
]
SCHOOL_FORM = [
    "WESTMERE COUNCIL",
    "Request for advice: parents' views and rights",
    [
        ["Child's name", "Zara Whitfield"],
        ["Date of birth", "03/03/2016"],
        ["Setting", "Linden Vale Primary School, Orchard Rise"],
        ["Advice given by", "Mrs Harriet Oduya, SENCO, with Miss Poppy Aldred, class teacher"],
        ["Date", "24 February 2025"],
        ["1. What are the child's special educational needs?", "Zara finds it hard to follow spoken instructions."],
    ],
]


def _read(data: bytes, name: str) -> IngestedDocument:
    return ingest(data, name, max_bytes=10**7, max_pages=10)


def _spaced(lines: list[str]) -> list[str]:
    """One block per line in a text PDF: a blank line between each."""
    return [part for line in lines for part in (line, "")]


def _scanned(lines: list[str]) -> bytes:
    """An image-only PDF at 200 dpi, as a scanner makes it: no text layer."""
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    y = 120
    for line in lines:
        draw.text((130, y), line, font=font, fill=0)
        y += 90
    out = io.BytesIO()
    page.save(out, format="PDF", resolution=200)
    return out.getvalue()


def _by_text(doc: IngestedDocument) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {p.text: (p.kind, p.headings) for p in doc.passages}


LETTERS = [
    pytest.param(lambda: docx_bytes(CLINIC_LETTER), "Clinic letter.docx", id="word"),
    pytest.param(lambda: pdf_bytes(_spaced(CLINIC_LETTER)), "Clinic letter.pdf", id="text-pdf"),
]


@pytest.mark.parametrize(("build", "name"), LETTERS)
def test_clinic_letter_structure_and_details(build, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = _read(build(), name)
    seen = _by_text(doc)
    assert seen["Plan"] == ("heading", ())
    assert seen["1. Increase melatonin to 3 mg, 45 minutes before bedtime."] == ("list_item", ("Plan",))
    assert seen["2. Sleep-onset insomnia"] == ("list_item", ("Diagnoses",))
    assert seen["Review in the community paediatric clinic in six months."] == ("paragraph", ("Follow-up",))
    assert seen["Greenway Surgery"] == ("paragraph", ())
    for line in ("Dr Ifeoma Stanhope", "Consultant Community Paediatrician", "cc: Mrs Lauren Whitfield (mother)"):
        assert seen[line] == ("paragraph", ("Signature",)), line
    details = doc.details
    assert (details.advice_type, details.author_role, details.author_name, details.author_service, details.date) == (
        "medical",
        "Consultant Community Paediatrician",
        "Dr Ifeoma Stanhope",
        "Westmere Child Development Centre",
        "2025-02-04",
    )


@pytest.mark.parametrize(
    ("build", "name"),
    [
        pytest.param(lambda: docx_bytes(PARENT_EMAIL), "Parent views (email).docx", id="word"),
        pytest.param(lambda: pdf_bytes(_spaced(PARENT_EMAIL)), "Parent views (email).pdf", id="text-pdf"),
    ],
)
def test_pasted_email_marks_the_quoted_original(build, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = _read(build(), name)
    seen = _by_text(doc)
    assert seen["Zara is the funniest, most honest girl you will ever meet, and she loves trains."][1] == ()
    quoted = "We have agreed to carry out an EHC needs assessment for Zara and would like your views."
    assert seen[quoted][1] == ("Original message",)
    details = doc.details
    assert (details.advice_type, details.author_name, details.date) == (
        "parent_views",
        "Lauren Whitfield",
        "2025-02-03",
    )


def test_school_form_is_educational_advice_and_keeps_its_question_labels() -> None:
    doc = _read(docx_bytes(SCHOOL_FORM), "Advice request.docx")
    row = next(p for p in doc.passages if p.text.startswith("1. What are"))
    assert row.kind == "table_row"
    assert row.cells[0] == "1. What are the child's special educational needs?"
    details = doc.details
    assert (details.advice_type, details.author_role, details.author_name, details.author_service, details.date) == (
        "educational",
        "SENCO",
        "Mrs Harriet Oduya",
        "Linden Vale Primary School",
        "2025-02-24",
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
def test_scanned_letter_is_read_the_same_way() -> None:
    lines = [
        "Westmere Children's Physiotherapy Service",
        "6 November 2023",
        "Dear Mr Faulkner,",
        "I reviewed Zara at school and I am writing with my advice for her support.",
        "Plan:",
        "1. Zara should stretch her calf muscles every day for ten minutes.",
        "2. Her teachers should let her leave lessons five minutes early.",
        "Yours sincerely,",
        "Mrs Felicity Ogunleye",
        "Senior Paediatric Physiotherapist",
    ]
    doc = _read(_scanned(lines), "Physiotherapy letter (scanned).pdf")
    assert doc.ocr_pages == 1
    seen = _by_text(doc)
    assert seen["Plan"] == ("heading", ())
    assert seen["1. Zara should stretch her calf muscles every day for ten minutes."] == ("list_item", ("Plan",))
    assert seen["I reviewed Zara at school and I am writing with my advice for her support."][0] == "paragraph"
    assert seen["Senior Paediatric Physiotherapist"] == ("paragraph", ("Signature",))
    details = doc.details
    assert (details.advice_type, details.author_role, details.author_name, details.date) == (
        "physiotherapy",
        "Senior Paediatric Physiotherapist",
        "Mrs Felicity Ogunleye",
        "2023-11-06",
    )


def test_word_heading_styles_nest_a_sub_heading_under_its_area_and_end_it_at_the_next_area() -> None:
    report = [
        ("h1", "Pupil annual report"),
        ("h2", "Communication"),
        "Zara uses about 30 signs.",
        ("h3", "Next steps"),
        "Staff will model the core vocabulary board every day.",
        ("h2", "Cognition"),
        "Zara can sort objects by colour.",
    ]
    doc = _read(docx_bytes(report), "Annual report.docx")
    under = {p.text: p.headings for p in doc.passages if p.kind == "paragraph"}
    assert under["Staff will model the core vocabulary board every day."][-2:] == ("Communication", "Next steps")
    assert under["Zara can sort objects by colour."][-1] == "Cognition"
    assert "Next steps" not in under["Zara can sort objects by colour."]
    # a Heading 1 is often the document's title: a Heading 2 after it starts afresh, not under its words
    placed = [("h1", "Assessment placement report"), ("h2", "How Zara settled"), "Zara settled within a week."]
    settled = next(p for p in _read(docx_bytes(placed), "Placement.docx").passages if p.kind == "paragraph")
    assert settled.headings == ("How Zara settled",)
    # near miss: an area styled like the heading above it still nests under it
    needs = [("h2", "Special educational needs"), ("h2", "Communication"), "Zara uses about 30 signs."]
    doc = _read(docx_bytes(needs), "Needs.docx")
    said = next(p for p in doc.passages if p.kind == "paragraph")
    assert said.headings == ("Special educational needs", "Communication")
