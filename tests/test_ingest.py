"""Real .docx, .pdf and .txt parsing into passages with locators; bad files get clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from appliance.errors import DocumentTooLarge, UnreadableDocument
from appliance.ingest import ingest
from tests.builders import EP_REPORT, PAEDIATRIC_LETTER, SCHOOL_ADVICE, docx_bytes, pdf_bytes, pdf_layout_bytes

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
LIMIT = 5 * 1024 * 1024


def _ingest(data: bytes, name: str):  # type: ignore[no-untyped-def]
    return ingest(data, name, max_bytes=LIMIT, max_pages=50)


def test_docx_passages_have_headings_and_locators() -> None:
    doc = _ingest(docx_bytes(EP_REPORT), "EP report.docx")
    by_text = {p.text[:12]: p for p in doc.passages}
    need = by_text["2.1 Zara fin"]
    assert need.locator == "para 2.1"
    assert need.headings[-2:] == ("2. Special educational needs", "Communication and interaction")
    assert doc.details.advice_type == "psychological"
    assert doc.details.author_name == "Dr Imogen Hale"
    assert doc.details.date == "2025-02-12"


@pytest.mark.parametrize(
    ("level", "kind"),
    [
        # a writer's "Heading 2" is a heading, though it reads like a form's "Label: value"
        pytest.param(2, "heading", id="a-styled-subheading-with-a-colon"),
        # and so is a paragraph its writer set wholly in bold
        pytest.param("bold", "heading", id="a-bold-paragraph-with-a-colon"),
        # near miss: the same words in a plain paragraph are a label and its value
        pytest.param(None, "paragraph", id="near-miss-a-plain-label-line"),
    ],
)
def test_a_styled_heading_with_a_colon(level: int | str | None, kind: str) -> None:
    import io

    from docx import Document

    document = Document()
    document.add_heading("Psychological advice", level=1)
    document.add_paragraph("I met Romy in school on 4 March 2026 and spoke with her mother on the phone.")
    document.add_heading("Recommendations", level=1)
    document.add_paragraph("I have set my recommendations out as three priorities, with a timeline in school weeks.")
    title = "Priority 1: feeling safe enough to be in school"
    if level is None:
        document.add_paragraph(title)
    elif isinstance(level, str):
        document.add_paragraph().add_run(title).bold = True
    else:
        document.add_heading(title, level=level)
    document.add_paragraph("Romy has a 30-minute mentoring session with Ms Kaur every week.")
    data = io.BytesIO()
    document.save(data)
    doc = _ingest(data.getvalue(), "EP advice.docx")
    assert next(p.kind for p in doc.passages if p.text == title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # a PDF line set wholly in bold is its writer's heading, though it reads like a form's "Label: value"
        pytest.param(("b", "Active learning: motivation and persistence"), "heading", id="a-bold-title-with-a-colon"),
        # near misses: the same words in plain type are a label and its value; a bold label with a date is a details
        # line
        pytest.param("Active learning: motivation and persistence", "paragraph", id="near-miss-plain-type"),
        pytest.param(("b", "Date of report: 10 March 2026"), "paragraph", id="near-miss-a-bold-date-line"),
        pytest.param(("b", "Table 1: Conners 4 rating scales (T-scores)"), "paragraph", id="near-miss-a-bold-caption"),
    ],
)
def test_a_bold_pdf_title_with_a_colon(title: str | tuple[str, str], kind: str) -> None:
    lines: list[str | tuple[str, str]] = [
        ("b", "How I gathered information"),
        "I observed Cormac in class for a morning and talked with his teacher.",
        "",
        title,
        "",
        "Cormac stays with an adult-led activity for one to two minutes.",
    ]
    doc = _ingest(pdf_bytes(lines), "EP advice.pdf")
    text = title[1] if isinstance(title, tuple) else title
    assert next(p.kind for p in doc.passages if p.text == text) == kind
    attention = next(p for p in doc.passages if p.text.startswith("Cormac stays"))
    assert attention.headings[-1] == (text if kind == "heading" else "How I gathered information")


def test_docx_table_rows_keep_their_header() -> None:
    doc = _ingest(docx_bytes(SCHOOL_ADVICE), "School advice.docx")
    row = next(p for p in doc.passages if p.text.startswith("Precision teaching"))
    assert row.kind == "table_row"
    assert row.header == ("Provision", "Frequency", "Duration", "Staff", "Group size")
    assert row.cells[1:3] == ("Daily", "10 minutes")
    assert row.locator.startswith("table 2, row 2")
    assert doc.details.advice_type == "educational"


def test_a_pdf_table_s_first_column_wrapping_with_the_others_stays_in_its_row() -> None:
    """A line closer to the row above than rows are to each other, with a cell left empty, goes on
    with that row; the next row starts further down (near miss)."""
    lines = [
        [(60, "Area"), (200, "What I found"), (330, "Rating"), (420, "Action")],
        [(60, "Hall (assembly,"), (200, "Very reverberant,"), (330, "Poor"), (420, "Teacher wears the")],
        [(60, "PE and lunch)"), (200, "78 dB at lunch"), (420, "radio aid microphone.")],
        [(60, "Library"), (200, "Quiet"), (330, "Good"), (420, "No action")],
    ]
    doc = _ingest(pdf_layout_bytes(lines, row_starts=(1, 3)), "Listening audit.pdf")
    rows = [p.cells for p in doc.passages if p.kind == "table_row"]
    assert rows[1] == (
        "Hall (assembly, PE and lunch)",
        "Very reverberant, 78 dB at lunch",
        "Poor",
        "Teacher wears the radio aid microphone.",
    )
    assert rows[2][0] == "Library"


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        # every cell wraps, the first going on in lower case: one row
        pytest.param(
            [(60, "and take turns."), (200, "with one other child."), (330, "group, 4 x 15"), (420, "autism")],
            True,
            id="lower-case-wrap",
        ),
        # near miss: a new row that fills every cell starts with a capital
        pytest.param(
            [(60, "Asking for help."), (200, "Uses a help card."), (330, "PECS"), (420, "Key person")],
            False,
            id="near-miss-new-row",
        ),
    ],
)
def test_a_pdf_table_row_wrapping_in_every_column_stays_one_row(second: list[tuple[int, str]], joined: bool) -> None:
    lines = [
        [(60, "Aim"), (200, "Target"), (330, "Activities"), (420, "Who")],
        [(60, "Poppy will play"), (200, "Poppy will take 3 turns"), (330, "Attention Autism"), (420, "TA trained in")],
        second,
        [(60, "Library"), (200, "Quiet"), (330, "Good"), (420, "No action")],
    ]
    doc = _ingest(pdf_layout_bytes(lines, row_starts=(1, 3)), "Target sheet.pdf")
    rows = [p.cells for p in doc.passages if p.kind == "table_row"]
    assert (rows[1][0] == "Poppy will play and take turns.") == joined
    assert rows[-1][0] == "Library"


@pytest.mark.parametrize(
    ("header", "is_header"),
    [
        pytest.param(["Target", "Baseline", "RAG", "Next steps"], True, id="a-support-plan-s-columns"),
        pytest.param(["Reading", "Year 2", "Amber", "Phonics Phase 3"], False, id="near-miss-a-data-row"),
        pytest.param(["By", "Zara will"], True, id="a-date-column-and-the-start-of-a-sentence"),
        pytest.param(["July", "Zara will not"], False, id="near-miss-a-month-and-a-sentence"),
        pytest.param(["You said", "We did", "What next"], True, id="a-reply-to-a-family-point-by-point"),
        pytest.param(["You said so", "We did too", "Next week"], False, id="near-miss-a-row-of-short-remarks"),
        pytest.param(["Area", "Then (Sept 2025)", "Now (March 2026)", "Next"], True, id="a-then-and-now-review"),
        pytest.param(["Track", "Song", "When", "Why it's on my playlist"], True, id="a-column-of-reasons"),
        pytest.param(["Why do you like it?", "Because it is quiet"], False, id="near-miss-a-question-asked"),
        pytest.param(
            ["Unit", "What the unit asks", "Where Zara is now", "What would make it possible"],
            True,
            id="an-access-review-s-columns",
        ),
        pytest.param(["Unit 5", "Where is it now?", "What would make it possible?"], False, id="near-miss-questions"),
        pytest.param(
            ["Skill", "Usually seen by", "Zara now (October 2026)", "What helps"], True, id="a-milestone-chart"
        ),
        pytest.param(["Jumping", "2 years 6 months", "Cannot yet jump", "A trampette"], False, id="near-miss-its-row"),
        pytest.param(
            ["Reading", "Then 8 words", "Now 20 words", "Next: 40"], False, id="near-miss-then-and-now-figures"
        ),
        pytest.param(["Visit date", "Focus", "Advice given", "Follow-up"], True, id="a-visiting-service-s-record"),
        pytest.param(["Visit 2", "Toileting", "Photo sequence", "Chart"], False, id="near-miss-a-visit-s-row"),
        pytest.param(["Time", "What happens", "What is hard for us"], True, id="a-family-s-day"),
        pytest.param(["8.30", "What a morning", "Hard for us all"], False, id="near-miss-a-row-of-the-day"),
    ],
)
def test_a_table_s_header_row_is_known_by_its_words(header: list[str], is_header: bool) -> None:
    row = ["By July, Zara will read 20 words.", "Reads 8 words", "Red", "Precision teaching daily."][: len(header)]
    doc = _ingest(docx_bytes([("h", "Targets"), [header, row]]), "Support plan.docx")
    second = [p for p in doc.passages if p.kind == "table_row"][1]
    assert second.header == (tuple(header) if is_header else ())


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        pytest.param([(60, "(hyper)"), (360, "the meter, then ring parents.")], True, id="every-line-goes-on"),
        pytest.param([(60, "Severe hypo"), (360, "give glucagon.")], False, id="near-miss-a-new-row-s-capital"),
        pytest.param(
            [(60, "(hyper)"), (200, "work, hiding"), (360, "the meter, then ring parents.")],
            True,
            id="every-cell-goes-on-mid-sentence",
        ),
    ],
)
def test_a_wrapped_row_evenly_spaced_stays_one_row(second: list[tuple[int, str]], joined: bool) -> None:
    lines = [
        [(60, "Reading"), (200, "What you might see"), (360, "What to do")],
        [(60, "High: above 14"), (200, "thirsty, irritable"), (360, "Check blood ketones with")],
        second,
    ]
    doc = _ingest(pdf_layout_bytes(lines), "Care plan.pdf")
    rows = [p.cells for p in doc.passages if p.kind == "table_row"]
    assert (rows[1][2] == "Check blood ketones with the meter, then ring parents.") == joined
    assert len(rows) == (2 if joined else 3)


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        pytest.param([(60, "yes"), (200, "no"), (360, "n/a")], False, id="near-miss-a-lower-case-data-row"),
        pytest.param([(60, "(hypo)"), (200, "work"), (360, "then a starchy snack")], True, id="a-phrase-goes-on"),
    ],
)
def test_a_row_of_short_lower_case_cells_is_a_row_of_its_own(second: list[tuple[int, str]], joined: bool) -> None:
    lines = [
        [(60, "Reading"), (200, "What you might see"), (360, "What to do")],
        [(60, "Low: below 4"), (200, "pale, quiet"), (360, "Treat where he is")],
        second,
    ]
    doc = _ingest(pdf_layout_bytes(lines), "Care plan.pdf")
    rows = [p for p in doc.passages if p.kind == "table_row"]
    assert len(rows) == (2 if joined else 3)
    assert rows[1].header == ("Reading", "What you might see", "What to do")


def test_text_pdf_is_read_with_page_locators() -> None:
    doc = _ingest(pdf_bytes(PAEDIATRIC_LETTER), "Paediatric letter.pdf")
    assert doc.pages == 1
    assert doc.ocr_pages == 0
    asthma = next(p for p in doc.passages if "inhaler" in p.text)
    assert asthma.locator.startswith("p.1, ")
    assert doc.details.advice_type == "medical"
    assert doc.details.date == "2025-01-20"


def test_a_pdf_table_s_wrapped_cells_stay_in_their_row() -> None:
    """Cells that wrap together go on under their columns; a line that starts in the first column
    is the next row (near miss)."""
    lines = [
        [(60, "Thread"), (200, "Now"), (360, "Helpers and how often")],
        [(60, "Joining in"), (200, "Zara rarely looks at an"), (360, "Key person: People Play")],
        [(200, "adult or follows a point."), (360, "games for 5 minutes daily.")],
        [(60, "Asking"), (200, "Zara leads an adult by the hand."), (360, "PECS, three sessions a day.")],
    ]
    doc = _ingest(pdf_layout_bytes(lines), "Communication profile.pdf")
    rows = [p.cells for p in doc.passages if p.kind == "table_row"]
    assert rows[1] == (
        "Joining in",
        "Zara rarely looks at an adult or follows a point.",
        "Key person: People Play games for 5 minutes daily.",
    )
    assert rows[2][0] == "Asking"


def test_txt_is_read() -> None:
    doc = _ingest(b"Parent views\n\nWe hope Zara will make a friend.\n", "views.txt")
    assert [p.text for p in doc.passages if p.kind != "heading"] == ["We hope Zara will make a friend."]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "damaged|no pages|No text"),
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not a document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "password-protected or in the old .doc"),
    ],
)
def test_bad_files_are_rejected_clearly(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableDocument, match=message):
        _ingest(data, "bad.pdf")


def test_too_large_is_rejected() -> None:
    with pytest.raises(DocumentTooLarge, match="largest file accepted"):
        ingest(b"x" * 2048, "big.txt", max_bytes=1024, max_pages=5)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("corrupt.pdf", "damaged|no pages|No text"),
        ("encrypted.pdf", "password-protected"),
        ("not-a-docx.docx", "not a document|not a Word"),
        ("zip-bomb.docx", "zip bomb"),
        ("path-traversal.docx", "unsafe paths"),
        ("empty.txt", "empty"),
    ],
)
def test_hostile_fixtures(name: str, message: str) -> None:
    path = HOSTILE / name
    if not path.exists():
        pytest.skip(f"{name} not generated")
    with pytest.raises(UnreadableDocument, match=message):
        _ingest(path.read_bytes(), name)


def test_a_form_s_numbered_questions_head_their_answers_in_word_and_pdf() -> None:
    question = "3. What does the child say about school? (please record the views of the child)"
    answer = "Zara told her teaching assistant that she hates the dining hall."
    for data, name in ((docx_bytes([question, answer]), "Form.docx"), (pdf_bytes([question, "", answer]), "Form.pdf")):
        doc = _ingest(data, name)
        said = next(p for p in doc.passages if p.text == answer)
        assert said.headings == (question,), name


def test_a_recommendation_and_rationale_table_keeps_its_header_row() -> None:
    """The header names the columns (recommendation, rationale; action, owner, deadline), so each row's
    cells are read by their column. Near miss: a first row of content is not a header."""
    care_act = ["Outcome", "What Zara told me and what I saw", "Eligible"]
    grid = ["Strengths", "Needs", "Outcomes sought", "Provision required"]
    for header in (
        ["Recommendation", "Rationale"],
        ["Action", "Owner", "Deadline"],
        ["Exercise", "Sets / reps"],
        care_act,
        grid,
    ):
        row = ["Zara will have a 20-minute social skills group each week.", "x", "y", "z"][: len(header)]
        doc = _ingest(docx_bytes([("h", "Plan"), [header, row]]), "Plan.docx")
        passage = next(p for p in doc.passages if p.text.startswith("Zara will"))
        assert passage.header == tuple(header)
    first = ["Zara will have a 20-minute social skills group each week.", "Because she is isolated at lunch."]
    doc = _ingest(docx_bytes([("h", "Plan"), [first, first]]), "Plan.docx")
    assert all(p.header == () for p in doc.passages if p.kind == "table_row")


def test_a_pdf_bullet_set_apart_from_its_text_is_a_list_item() -> None:
    """A bullet drawn well left of its text reads as a column of its own; it is a list item. Near miss: a
    row whose first cell says something is a table row."""
    lines = [
        [(60, "What Zara does")],
        [(60, "\u00b7"), (90, "Hand-biting: Zara bites the back of her hand when the hall is loud.")],
        [(60, "\u00b7"), (90, "Leaving: she walks out of the classroom without telling anyone.")],
        [],
        [(60, "Hall"), (200, "Very reverberant, 78 dB at lunch")],
        [(60, "Library"), (200, "Quiet")],
    ]
    doc = _ingest(pdf_layout_bytes(lines, row_starts=(1, 2, 4, 5)), "Behaviour assessment.pdf")
    items = [p.text for p in doc.passages if p.kind == "list_item"]
    assert items == [
        "Hand-biting: Zara bites the back of her hand when the hall is loud.",
        "Leaving: she walks out of the classroom without telling anyone.",
    ]
    assert [p.cells for p in doc.passages if p.kind == "table_row"][-1] == ("Library", "Quiet")


BOX_TEXT = "Dex is very sensitive to noise: he covers his ears and bolts from the dinner hall when it is loud."


@pytest.mark.parametrize(
    ("below", "labelled"),
    [
        # a grid of labelled boxes: the short labels name the columns of the prose below them
        pytest.param(
            [BOX_TEXT, "Dex wants friends and plays chase happily, but ends up in arguments at break."],
            True,
            id="labels-over-boxes",
        ),
        # near miss: a form's short answers under short labels are no boxes of prose
        pytest.param(["Year 5", "Hollins Cross"], False, id="near-miss-short-answers"),
    ],
)
def test_a_grid_of_labelled_boxes(below: list[str], labelled: bool) -> None:
    doc = _ingest(docx_bytes([("h", "Four-box summary"), [["Sensory", "Social"], below]]), "Summary.docx")
    second = [p for p in doc.passages if p.kind == "table_row"][1]
    assert second.header == (("Sensory", "Social") if labelled else ())


@pytest.mark.parametrize(
    ("columns", "header"),
    [
        # a then-and-now comparison's columns name when; near miss: a row of what was seen then and now
        pytest.param(["", "Then (September 2025)", "Now (May 2026)"], True, id="then-and-now"),
        pytest.param(["PE", "Enjoyed netball", "Will not use the changing room"], False, id="near-miss-a-row"),
    ],
)
def test_a_then_and_now_table_s_header(columns: list[str], header: bool) -> None:
    rows = [columns, ["Homework", "Handed in on time", "Takes two to three hours a night"]]
    doc = _ingest(docx_bytes([("h", "Then and now"), rows]), "Then and now.docx")
    last = [p for p in doc.passages if p.kind == "table_row"][-1]
    assert (last.header == tuple(columns)) is header


@pytest.mark.parametrize(
    ("third", "labelled"),
    [
        # the same table's next rows fill the same boxes: "Do | Don't", then a row of each
        pytest.param(["Speak to him privately and calmly", "Challenge him in front of his mates"], True, id="next-row"),
        # near miss: a row of labels of its own starts new boxes
        pytest.param(["Communication", "Flexibility"], False, id="near-miss-new-labels"),
    ],
)
def test_a_grid_s_next_rows_fill_the_same_boxes(third: list[str], labelled: bool) -> None:
    below = [BOX_TEXT, "Dex wants friends and plays chase happily, but ends up in arguments at break."]
    doc = _ingest(docx_bytes([("h", "Do and don't"), [["Do", "Don't"], below, third]]), "Briefing.docx")
    rows = [p for p in doc.passages if p.kind == "table_row"]
    assert rows[2].header == (("Do", "Don't") if labelled else ())


@pytest.mark.parametrize(
    ("above", "joined"),
    [
        # prose cells fill their lines, so a line that starts a new sentence with a capital goes on in its row
        pytest.param(
            [
                (60, "Dex is very sensitive to noise in the hall and"),
                (300, "Dex wants friends and plays chase at break"),
            ],
            True,
            id="full-lines-wrap",
        ),
        # near miss: short cells end well short of their columns, so a capital starts the next row
        pytest.param([(60, "Noise in the hall"), (300, "Chase at break")], False, id="near-miss-short-cells"),
    ],
)
def test_a_pdf_table_s_prose_cells_wrap_onto_a_capital(above: list[tuple[int, str]], joined: bool) -> None:
    lines = [
        [(60, "Sensory"), (300, "Social")],
        above,
        [
            (60, "He covers his ears in the dinner hall, then bolts."),
            (300, "He tells adults they hate him afterwards."),
        ],
        [(60, "Communication"), (300, "Flexibility")],
    ]
    doc = _ingest(pdf_layout_bytes(lines, row_starts=(1, 3)), "Four-box summary.pdf")
    rows = [p.cells for p in doc.passages if p.kind == "table_row"]
    assert rows[1][0].endswith("then bolts.") == joined
    assert rows[-1] == ("Communication", "Flexibility")
