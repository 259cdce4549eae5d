"""Which blocks head what follows, decided from the lines around them (`ingest.structure`) and from
the line itself (`parse.looks_like_heading`): one row per rule, near misses included. Blocks are
built as the parsers give them, so a row shows only the rule it tests."""

from __future__ import annotations

import pytest

from appliance.ingest.parse import fix_ocr, is_form_question, looks_like_heading, text_elements
from appliance.ingest.passages import Element, PassageKind, _is_header_row, build_passages
from appliance.ingest.structure import reshape

Block = str | tuple[str, str]  # a paragraph, or ("h" | "li", text)
KINDS: dict[str, PassageKind] = {"h": "heading", "li": "list_item"}
BODY = "Zara reads well and enjoys books of all kinds in the classroom library."


def _read(*blocks: Block) -> list[tuple[str, str, tuple[str, ...]]]:
    elements = [Element("paragraph", b) if isinstance(b, str) else Element(KINDS[b[0]], b[1]) for b in blocks]
    return [(p.kind, p.text, p.headings) for p in build_passages(reshape(elements))]


Expected = list[tuple[str, str, tuple[str, ...]]]

ROWS = [
    # a numbered list a PDF gave as one block: an item each; near miss: a number inside a sentence
    pytest.param(
        ("1. A key adult meets Zara at the gate every morning. 2. Staff give any correction privately.",),
        [
            ("paragraph", "1. A key adult meets Zara at the gate every morning.", ()),
            ("paragraph", "2. Staff give any correction privately.", ()),
        ],
        id="a-numbered-list-run-together",
    ),
    pytest.param(
        ("1. Zara reads at level 3. 5 books a week are sent home.",),
        [("paragraph", "1. Zara reads at level 3. 5 books a week are sent home.", ())],
        id="near-miss-a-number-that-is-not-the-next-item",
    ),
    # a short label line ending with a colon heads what follows it
    pytest.param(
        ("Dear Dr Marchant,", "Plan:", "Increase melatonin to 3 mg at bedtime.", ("h", "Follow-up")),
        [("heading", "Plan", ()), ("paragraph", "Increase melatonin to 3 mg at bedtime.", ("Plan",))],
        id="label-heads-what-follows",
    ),
    pytest.param(
        (("h", "Medical advice"), "Diagnoses:", "Autism", BODY),
        [("heading", "Diagnoses", ("Medical advice",)), ("paragraph", "Autism", ("Medical advice", "Diagnoses"))],
        id="label-nests-under-the-heading-above",
    ),
    pytest.param(
        ("The college will also provide the following from its own resources:", BODY),
        [("paragraph", BODY, ())],
        id="label-near-miss-a-lead-in-sentence",
    ),
    pytest.param(
        ("Dear Ms Whitfield:", BODY), [("paragraph", "Dear Ms Whitfield:", ())], id="label-near-miss-salutation"
    ),
    # the numbered or short lines under a label are its list; the list ends at the next paragraph
    pytest.param(
        ("Diagnoses:", ("h", "1. Autism spectrum disorder"), ("h", "2. Sleep-onset insomnia"), BODY),
        [
            ("list_item", "1. Autism spectrum disorder", ("Diagnoses",)),
            ("list_item", "2. Sleep-onset insomnia", ("Diagnoses",)),
            ("paragraph", BODY, ()),
        ],
        id="label-list-then-body",
    ),
    pytest.param(
        ("Plan:", "1. Increase melatonin to 3 mg at bedtime.", "2. I have referred Zara to the dietitian."),
        [
            ("list_item", "1. Increase melatonin to 3 mg at bedtime.", ("Plan",)),
            ("list_item", "2. I have referred Zara to the dietitian.", ("Plan",)),
        ],
        id="label-numbered-sentences-are-items",
    ),
    pytest.param(
        ("Medication:", ("h", "Melatonin 2 mg at bedtime")),
        [("list_item", "Melatonin 2 mg at bedtime", ("Medication",))],
        id="label-short-line-is-an-item",
    ),
    # numbered lines one after another are a list, not headings
    pytest.param(
        (("h", "1. Autism spectrum disorder"), ("h", "2. Sleep-onset insomnia"), BODY),
        [
            ("list_item", "1. Autism spectrum disorder", ()),
            ("list_item", "2. Sleep-onset insomnia", ()),
            ("paragraph", BODY, ()),
        ],
        id="numbered-run-is-a-list",
    ),
    pytest.param(
        (("h", "1. Background"), BODY, ("h", "2. Assessment"), BODY),
        [
            ("heading", "1. Background", ()),
            ("paragraph", BODY, ("1. Background",)),
            ("heading", "2. Assessment", ()),
            ("paragraph", BODY, ("2. Assessment",)),
        ],
        id="numbered-near-miss-sections-with-text-between",
    ),
    # a sign-off is not a heading
    pytest.param(
        (BODY, "Yours sincerely,", "Dr Ifeoma Stanhope", ("h", "Consultant Community Paediatrician"), "cc: GP"),
        [("paragraph", "Consultant Community Paediatrician", ("Signature",))],
        id="signature-role-after-the-closing",
    ),
    pytest.param(
        (("h", "Recommendations"), BODY, ("h", "Anya Korhonen"), ("h", "Speech and Language Therapist")),
        [
            ("paragraph", "Anya Korhonen", ("Signature",)),
            ("paragraph", "Speech and Language Therapist", ("Signature",)),
        ],
        id="signature-trailing-lines-head-nothing",
    ),
    pytest.param(
        (("h", "Outcomes"), BODY),
        [("heading", "Outcomes", ()), ("paragraph", BODY, ("Outcomes",))],
        id="signature-near-miss-a-heading-with-text-below",
    ),
    pytest.param(
        (BODY, "Mrs Pryce, teaching assistant, will run the group twice a week."),
        [("paragraph", "Mrs Pryce, teaching assistant, will run the group twice a week.", ())],
        id="signature-near-miss-a-last-sentence-about-someone",
    ),
    pytest.param(
        (("h", "By Abena Osei (mum)"), ("h", "About Dan"), BODY),
        [("paragraph", "By Abena Osei (mum)", ()), ("heading", "About Dan", ())],
        id="credit-line",
    ),
    pytest.param(
        (BODY, "Follow-up:", "Review in six months.", "Yours sincerely,", "Dr Ifeoma Stanhope"),
        [
            ("paragraph", "Review in six months.", ("Follow-up",)),
            ("paragraph", "Yours sincerely,", ("Signature",)),
            ("paragraph", "Dr Ifeoma Stanhope", ("Signature",)),
        ],
        id="closing-ends-the-last-section",
    ),
    # letterhead and address lines at the top are not headings; the title is
    pytest.param(
        (("h", "Greenway Surgery"), ("h", "14 Greenway Road"), "Dear Dr Marchant,", BODY),
        [("paragraph", "Greenway Surgery", ()), ("paragraph", "14 Greenway Road", ())],
        id="letterhead-and-address",
    ),
    pytest.param(
        (("h", "SEND Assessment and Review Team, Westmere Council"), "Dear colleagues,", BODY),
        [("paragraph", "SEND Assessment and Review Team, Westmere Council", ())],
        id="letterhead-addressee-service",
    ),
    pytest.param(
        (("h", "Psychological advice"), BODY),
        [("heading", "Psychological advice", ())],
        id="letterhead-near-miss-the-title",
    ),
    pytest.param(
        (("h", "Westmere Educational Psychology Service: statutory advice"), BODY),
        [("heading", "Westmere Educational Psychology Service: statutory advice", ())],
        id="letterhead-near-miss-a-title-naming-its-service",
    ),
    pytest.param(
        ("All about me: Kai", ("h", "What I am good at"), BODY),
        [("heading", "All about me: Kai", ()), ("heading", "What I am good at", ())],
        id="title-line",
    ),
    pytest.param(
        ("Name: Zara Whitfield", BODY), [("paragraph", "Name: Zara Whitfield", ())], id="title-line-near-miss-a-field"
    ),
    # a numbered item standing alone, a few words with no full stop, heads the paragraphs below it
    pytest.param(
        (BODY, ("li", "3. What the behaviour looks like"), BODY),
        [("heading", "3. What the behaviour looks like", ())],
        id="numbered-title-standing-alone",
    ),
    pytest.param(
        (("h", "Recommendations"), ("li", "1. Visual timetable"), ("li", "2. Ear defenders"), BODY),
        [
            ("list_item", "1. Visual timetable", ("Recommendations",)),
            ("list_item", "2. Ear defenders", ("Recommendations",)),
        ],
        id="numbered-title-near-miss-a-list",
    ),
    pytest.param(
        ("Plan:", ("li", "1. Review in clinic"), BODY),
        [("list_item", "1. Review in clinic", ("Plan",))],
        id="numbered-title-near-miss-one-item-under-a-label",
    ),
    pytest.param(
        (BODY, ("li", "2. She will have a daily check-in"), BODY),
        [("list_item", "2. She will have a daily check-in", ())],
        id="numbered-title-near-miss-a-sentence",
    ),
    # an email's quoted original message is marked
    pytest.param(
        (
            "From: Lauren Whitfield",
            "Sent: 3 February 2025",
            "Hi,",
            BODY,
            "Thanks, Lauren",
            "-----Original Message-----",
            "From: SEND Assessment Team",
            "Sent: 21 January 2025",
            "We would like your views.",
        ),
        [
            ("paragraph", BODY, ()),
            ("paragraph", "-----Original Message-----", ("Original message",)),
            ("paragraph", "We would like your views.", ("Original message",)),
        ],
        id="quoted-original-message",
    ),
    pytest.param(
        (
            "From: Lauren Whitfield",
            "Sent: 3 February 2025",
            BODY,
            "From: SEND Assessment Team",
            "Sent: 21 January 2025",
            "We would like your views.",
        ),
        [
            ("paragraph", "From: Lauren Whitfield", ()),
            ("paragraph", "From: SEND Assessment Team", ("Original message",)),
            ("paragraph", "We would like your views.", ("Original message",)),
        ],
        id="quoted-second-header-near-miss-the-first-is-the-email",
    ),
    # a heading with prose below it after a sign-off begins a second part (another professional's
    # advice added to the letter); near miss: a name and role under the closing are the signature
    pytest.param(
        (
            BODY,
            "With best wishes,",
            "Lowri Castellanos, Education Mental Health Practitioner",
            ("h", "Psychological advice"),
            "I have supervised Lowri's work with Jethro and observed him in class and at lunchtime this term.",
        ),
        [
            ("paragraph", "Lowri Castellanos, Education Mental Health Practitioner", ("Signature",)),
            ("heading", "Psychological advice", ()),
            (
                "paragraph",
                "I have supervised Lowri's work with Jethro and observed him in class and at lunchtime this term.",
                ("Psychological advice",),
            ),
        ],
        id="a-second-part-after-the-sign-off",
    ),
    pytest.param(
        (BODY, "With best wishes,", ("h", "Lowri Castellanos"), "Education Mental Health Practitioner"),
        [
            ("paragraph", "Lowri Castellanos", ("Signature",)),
            ("paragraph", "Education Mental Health Practitioner", ("Signature",)),
        ],
        id="near-miss-a-name-and-role-after-the-closing",
    ),
    # "Thank you for ..." opening a letter is not its closing; "Thank you, Jo" is
    pytest.param(
        (
            ("h", "What we offered"),
            "Thank you for working with me since November. I am writing to close Oren's case with the team.",
        ),
        [
            (
                "paragraph",
                "Thank you for working with me since November. I am writing to close Oren's case with the team.",
                ("What we offered",),
            )
        ],
        id="thank-you-opening-a-letter",
    ),
    pytest.param(
        (("h", "What we offered"), BODY, "Thank you, Jo", "Jo Reed, SENCo"),
        [("paragraph", "Jo Reed, SENCo", ("Signature",))],
        id="near-miss-thank-you-with-a-name-closes-it",
    ),
]


@pytest.mark.parametrize(("blocks", "expected"), ROWS)
def test_structure(blocks: tuple[Block, ...], expected: Expected) -> None:
    read = _read(*blocks)
    assert [r for r in read if r[1] in {e[1] for e in expected}] == expected


HEADINGS = [
    pytest.param("Special educational needs", True, id="a-title"),
    pytest.param("Rhys Okonjo-Reid, Year 8, 7 January 2025", False, id="a-details-line-with-a-date"),
    pytest.param("Harry Callaghan-Moss, DOB 11/02/2019", False, id="a-details-line-with-a-birth-date"),
    pytest.param("Functional vision assessment (March 2025)", True, id="near-miss-month-and-year-only"),
    pytest.param("Plan:", False, id="a-label-is-decided-by-what-follows"),
    pytest.param("1. Increase melatonin to 3 mg at bedtime.", False, id="a-numbered-sentence"),
    pytest.param("4.3 Training", True, id="a-numbered-sub-heading"),
    pytest.param("3.2 Communication and interaction", True, id="a-numbered-area-heading"),
    pytest.param("2.1 Zara finds reading very hard in class", False, id="near-miss-a-numbered-paragraph"),
    pytest.param("4. Support plan (started 8 September 2025)", True, id="a-numbered-title-with-a-date-in-brackets"),
    pytest.param("Ava Lund (born 8 September 2015)", False, id="near-miss-unnumbered-name-with-a-date-in-brackets"),
    pytest.param("4. Seen on 8 September 2025", False, id="near-miss-a-numbered-line-with-a-date-outside-brackets"),
    pytest.param("Agreed (in place from 2 November 2026)", True, id="a-title-with-a-note-of-when-in-brackets"),
    pytest.param("Agreed on 2 November 2026", False, id="near-miss-the-date-outside-brackets"),
    pytest.param(
        "SENCo summary for EHC needs assessment (G Linley, 29/06/2026)", True, id="a-title-with-a-dated-credit"
    ),
    pytest.param("Ava Lund (12/03/2016)", False, id="near-miss-a-name-with-a-date-in-brackets"),
    pytest.param(
        "Psychological advice for the EHC needs assessment (Dr Imogen Saltash, Educational Psychologist)",
        True,
        id="a-title-with-a-long-credit-in-brackets",
    ),
    pytest.param(
        "Psychological advice for the EHC needs assessment from Dr Imogen Saltash our Educational Psychologist",
        False,
        id="near-miss-as-long-without-brackets",
    ),
    pytest.param(
        "3di (Developmental, Dimensional and Diagnostic Interview), both parents, through the interpreter",
        False,
        id="near-miss-brackets-inside-a-long-line",
    ),
    # a question with the child's answer quoted is their words, not a heading
    pytest.param('What else helps? "When you say hi and ask about Pickle."', False, id="a-question-and-its-answer"),
    pytest.param('What\'s the best bit of school? "Art. And you."', False, id="a-short-quoted-answer"),
    pytest.param('What "good" looks like for Tilly', True, id="near-miss-a-quoted-word-in-a-title"),
]


@pytest.mark.parametrize(("text", "heading"), HEADINGS)
def test_looks_like_heading(text: str, heading: bool) -> None:
    assert looks_like_heading(text) is heading


@pytest.mark.parametrize(
    ("text", "styled", "heading"),
    [
        # an EP's headings in the child's own words, styled as Word headings; near miss: the same line unstyled is
        # the child's speech
        pytest.param("\"I'm not thick, I just can't read it fast\"", True, True, id="a-styled-quoted-heading"),
        pytest.param("\"I'm not thick, I just can't read it fast\"", False, False, id="near-miss-an-unstyled-quote"),
        pytest.param('"i just go"', True, False, id="near-miss-a-styled-quote-in-lower-case"),
    ],
)
def test_a_quoted_heading_needs_its_style(text: str, styled: bool, heading: bool) -> None:
    assert looks_like_heading(text, styled=styled) is heading


FORM_QUESTIONS = [
    pytest.param("3. What does the child say about school? (please record the child's own views)", True, id="numbered"),
    pytest.param("4. What provision is the school making now, and what will it provide?", True, id="long-numbered"),
    pytest.param("Q2. How does Zara get on with others?", True, id="q-numbered"),
    pytest.param("What is important to you?", True, id="asks-the-reader"),
    pytest.param("1. Please describe the child's strengths and interests.", True, id="numbered-prompt"),
    # near misses: a child's own question, a numbered sentence, a prompt with no number
    pytest.param("Why does everyone shout at me?", False, id="near-miss-a-child-s-question"),
    pytest.param("2. Zara will have a check-in every morning.", False, id="near-miss-numbered-sentence"),
    pytest.param("Please describe what happened at lunch.", False, id="near-miss-unnumbered-request"),
]


@pytest.mark.parametrize(("text", "question"), FORM_QUESTIONS)
def test_is_form_question(text: str, question: bool) -> None:
    assert is_form_question(text) is question


@pytest.mark.parametrize(
    ("cells", "header"),
    [
        (("Area", "Target (September 2025)", "RAG", "Evidence", "Provision in place", "Next step"), True),
        # near misses: a data row's figures, not in brackets
        (("Literacy", "Reads 62 of 100 words", "R", "NGRT 84", "Fresh Start group", "Continue"), False),
        (("Target", "September 2025", "Provision", "Review"), False),
        # a risk assessment's columns; near miss: its first data row
        (("Task", "Risks", "Control measures", "Equipment and staff"), True),
        (("Toileting", "Falls when standing", "One trained adult stands by", "Grab rails"), False),
        # a council's needs / outcomes / provision columns; near miss: a row of short answers
        (("What Barney finds hard (B)", "What we hope he will achieve (E)", "What will help (F)"), True),
        (("Reading is hard", "Read 20 words", "Daily phonics"), False),
        # stages of regulation: what each looks like and the supports for it; near miss: a stage's row
        (("Stage", "What it looks like for Jude", "Supports"), True),
        (("Calm", "Talks a little", "Keep routines"), False),
        # a Goal Attainment Scaling table's levels, dated after "by"; near miss: a goal's row
        (("Goal", "Baseline (Feb 2026)", "-2", "-1", "0 expected by 31 July 2026", "+1", "+2"), True),
        (
            (
                "Cooking",
                "Has never made a meal",
                "Baseline",
                "Makes toast",
                "Makes pasta",
                "Two meals",
                "Cooks for all",
            ),
            False,
        ),
        # a costed package's columns; near miss: a costed row
        (("Element", "Provider", "Rate", "Hours or sessions a year", "Annual cost"), True),
        (("English tuition", "Halloran Tuition", "£42 an hour", "114 hours", "£4,788"), False),
        # a gloss in brackets lists what a column holds; near miss: a long cell with a bracket is still data
        (("Domain", "Goal", "Transactional support (who, what, how often)"), True),
        (("SC: joint attention", "-", "Mrs Patel runs an Attention Autism group (stages 1 and 2) daily"), False),
        # a term-by-term plan's terms as its columns; near miss: a row of dated events
        (("Area", "Autumn 2026", "Spring 2027", "Summer 2027"), True),
        (("Review", "Met on 12 October 2026", "Met on 3 March 2027", "-"), False),
        # what adults stop doing and what they try instead; near miss: a row that says what to try
        (("Instead of ...", "Try ..."), True),
        (("Instead of shouting across the room", "Try a quiet word at his desk"), False),
        # a lesson-by-lesson table; near miss: one lesson's row
        (("Lesson", "What Crohn's means here", "In place now", "What Jess needs"), True),
        (("Drama", "Avoids it; worried about leaving", "None", "A role she can step out of"), False),
    ],
)
def test_a_header_row_may_date_a_column_in_brackets(cells: tuple[str, ...], header: bool) -> None:
    assert _is_header_row(cells) is header


def _row(cells: tuple[str, ...], page: int, table: int, row: int) -> Element:
    return Element("table_row", " | ".join(cells), page=page, cells=cells, table=table, row=row)


@pytest.mark.parametrize(
    ("next_row", "keeps_header"),
    [
        pytest.param(("High: above 14", "thirsty", "Check ketones"), True, id="runs-on-to-the-next-page"),
        pytest.param(("Name", "Role", "Date"), False, id="near-miss-a-new-table-with-its-own-header"),
        pytest.param(("Mrs Hale", "TA"), False, id="near-miss-a-narrower-table"),
    ],
)
def test_a_table_that_runs_on_to_the_next_page_keeps_its_header(next_row: tuple[str, ...], keeps_header: bool) -> None:
    header = ("Reading", "What you might see", "What to do")
    elements = [
        _row(header, 1, 3, 1),
        _row(("Low: below 4", "pale, quiet", "Give 4 glucose tablets"), 1, 3, 2),
        _row(next_row, 2, 4, 1),
    ]
    last = build_passages(elements)[-1]
    assert (last.header == header) is keeps_header


@pytest.mark.parametrize(
    ("between", "keeps_header"),
    [
        pytest.param("pictures, crowded); nystagmus quietest on left gaze", True, id="a-cell-s-wrapped-fragment"),
        pytest.param("Her next appointment is on 13 August 2026.", False, id="near-miss-a-sentence-between-tables"),
    ],
)
def test_a_table_a_cell_s_wrapped_fragment_interrupts_keeps_its_header(between: str, keeps_header: bool) -> None:
    """A PDF's layout can set a cell's last words apart, between one page's rows and the next's."""
    header = ("Date", "Problem", "Action", "By whom")
    elements = [
        _row(header, 1, 1, 1),
        _row(("12/02/2026", "Binocular vision 6/38 (Kay", "New glasses", "Orthoptist"), 1, 1, 2),
        Element("paragraph", between, page=2),
        _row(
            ("Now", "Glasses", "Glasses to be worn all waking hours, at nursery and at home.", "Nursery staff"), 2, 2, 1
        ),
    ]
    last = build_passages(elements)[-1]
    assert (last.header == header) is keeps_header


@pytest.mark.parametrize(
    ("foot", "top", "joined"),
    [
        pytest.param(
            "Strangers understand about half of what he says, because",
            "he swaps the sounds at the start of words.",
            True,
            id="a-sentence-the-page-broke",
        ),
        pytest.param(
            "Strangers understand about half of what he says.",
            "his teacher understands almost all of it.",
            False,
            id="near-miss-the-page-ends-a-sentence",
        ),
        pytest.param(
            "Strangers understand about half of what he says, because",
            "He swaps the sounds at the start of words.",
            False,
            id="near-miss-the-next-page-starts-a-sentence",
        ),
    ],
)
def test_a_paragraph_the_page_broke_is_one_paragraph(foot: str, top: str, joined: bool) -> None:
    elements = [Element("paragraph", foot, page=1), Element("paragraph", top, page=2)]
    texts = [p.text for p in build_passages(reshape(elements))]
    assert texts == ([f"{foot} {top}"] if joined else [foot, top])


@pytest.mark.parametrize(
    ("ocr", "fixed"),
    [
        pytest.param(
            '"| like The Snug because nobody stares."', '"I like The Snug because nobody stares."', id="i-like"
        ),
        pytest.param("When | grow up | want to swim.", "When I grow up I want to swim.", id="i-grow-up-i-want"),
        pytest.param("Reading | Writing | Maths", "Reading | Writing | Maths", id="near-miss-a-table-row"),
        # a doctor's "When | saw him", which had kept the line from joining its paragraph; near miss: a row
        pytest.param("When | saw him in October", "When I saw him in October", id="when-i-saw-him"),
        pytest.param("Seen | Referred | Discharged", "Seen | Referred | Discharged", id="near-miss-a-status-row"),
        # a bar where a sentence's subject stands, whatever the verb; near miss: a bar between two cells' words
        pytest.param(
            "Lyra: | shake it and then | stop.", "Lyra: I shake it and then I stop.", id="after-a-speaker-s-label"
        ),
        pytest.param("I want to play tig but | always fall", "I want to play tig but I always fall", id="after-but"),
        pytest.param("Toileting | every two hours", "Toileting | every two hours", id="near-miss-a-row-of-cells"),
    ],
)
def test_ocr_reads_a_lone_capital_i_as_a_bar(ocr: str, fixed: str) -> None:
    assert fix_ocr(ocr) == fixed


@pytest.mark.parametrize(
    ("ocr", "item"),
    [
        pytest.param('e "Goes to drama club after school."', '"Goes to drama club after school."', id="e"),
        pytest.param("¢ Teachers who sigh when you ask again.", "Teachers who sigh when you ask again.", id="cent"),
        pytest.param(
            "« (by the door) Small. Like thirty people.", "(by the door) Small. Like thirty people.", id="guil"
        ),
        # near misses: a word that starts with e, and e-safety
        pytest.param("every day she reads to her dog.", None, id="near-miss-a-word"),
        pytest.param("e-safety lessons every term.", None, id="near-miss-e-safety"),
    ],
)
def test_ocr_reads_a_bullet_as_a_letter_or_a_sign(ocr: str, item: str | None) -> None:
    (element,) = text_elements(fix_ocr(ocr), page=1, scanned=True)
    if item is None:
        assert element.kind != "list_item" and element.text == ocr
    else:
        assert (element.kind, element.text) == ("list_item", item)


@pytest.mark.parametrize(
    ("scanned", "kinds"),
    [
        pytest.param(True, ["heading", "paragraph"], id="a-scanned-page-s-heading-above-its-paragraph"),
        pytest.param(False, ["paragraph"], id="near-miss-typed-text-keeps-its-block"),
    ],
)
def test_a_scanned_heading_line_is_set_apart_from_its_paragraph(scanned: bool, kinds: list[str]) -> None:
    text = "Next term\nJethro will continue in The Snug four afternoons a week, with Mrs Gault.\n"
    assert [el.kind for el in text_elements(text, scanned=scanned)] == kinds


def test_a_scanned_block_of_prose_stays_whole() -> None:
    text = "Jethro will continue in The Snug four afternoons\na week, with Mrs Gault and Mr Tandoh.\n"
    assert [el.kind for el in text_elements(text, scanned=True)] == ["paragraph"]


@pytest.mark.parametrize(
    ("lead_in", "headings"),
    [
        pytest.param(
            "I have grouped my recommendations under Environment (the places she uses) and Task (what she does).",
            ("Recommendations", "Task"),
            id="a-part-the-section-named",
        ),
        pytest.param(
            "I have grouped my recommendations by setting.", ("Task",), id="near-miss-a-lead-in-naming-no-part"
        ),
    ],
)
def test_a_heading_the_section_above_named_as_one_of_its_parts_nests_under_it(
    lead_in: str, headings: tuple[str, ...]
) -> None:
    elements = [
        Element("heading", "Recommendations"),
        Element("paragraph", lead_in),
        Element("heading", "Environment"),
        Element("paragraph", "E1. A perching stool at her workstation."),
        Element("heading", "Task"),
        Element("paragraph", "T1. Every recipe is broken into steps on photo cards."),
    ]
    assert build_passages(elements)[-1].headings == headings
