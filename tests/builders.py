"""Small advice documents built in tests: Word files with python-docx and one-page text PDFs."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document

from appliance.documents import AdviceDocument, DocumentRecord
from appliance.ingest import ingest
from appliance.ingest.doctype import AdviceType
from appliance.ingest.passages import Passage

Block = str | tuple[str, str] | list[list[str]]  # paragraph | ("h", heading) | table rows


def docx_bytes(blocks: Sequence[Block]) -> bytes:
    doc = Document()
    for block in blocks:
        if isinstance(block, tuple):  # ("h", text) a Heading 1, ("h2", text) a Heading 2, ...
            doc.add_heading(block[1], level=int(block[0][1:] or 1))
        elif isinstance(block, list):
            table = doc.add_table(rows=0, cols=len(block[0]))
            for row in block:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
        else:
            doc.add_paragraph(block)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: Sequence[str | tuple[str, str]]) -> bytes:
    """A one-page PDF with a text layer: each line drawn in Helvetica, ("b", text) in Helvetica-Bold; blank lines
    leave a gap."""
    ops = ["BT", "14 TL", "60 790 Td"]
    for line in lines:
        font, text = ("/F2", line[1]) if isinstance(line, tuple) else ("/F1", line)
        ops.append(f"{font} 11 Tf ({_escape(text)}) Tj T*" if text else "T*")
    ops.append("ET")
    return _pdf("\n".join(ops).encode("latin-1"))


def pdf_layout_bytes(
    lines: Sequence[Sequence[tuple[float, str]]], leading: float = 12.0, row_starts: Sequence[int] = ()
) -> bytes:
    """A one-page PDF whose lines hold text at given x positions: a table's columns, as a word
    processor lays them out (a wrapped cell goes on in its column on the next line; the lines
    numbered in `row_starts` start a new row, a little further down, as cell padding puts them)."""
    ops = ["BT", "/F1 10 Tf"]
    y = 790.0
    for n, pieces in enumerate(lines):
        y -= 1.0 if n in row_starts else 0.0
        for x, text in pieces:
            ops.append(f"1 0 0 1 {x} {y} Tm ({_escape(text)}) Tj")
        y -= leading if pieces else 2 * leading
    ops.append("ET")
    return _pdf("\n".join(ops).encode("latin-1"))


def _pdf(stream: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


CHILD = "Zara Whitfield"

EP_REPORT = [
    "Westmere Educational Psychology Service",
    ("h", "Psychological Advice"),
    [
        ["Name", CHILD],
        ["Date of birth", "3 March 2016"],
        ["Report date", "12 February 2025"],
        ["Educational Psychologist", "Dr Imogen Hale"],
    ],
    ("h", "1. Background"),
    "1.1 Zara lives with her mother and two brothers. She joined the school in Reception.",
    ("h", "2. Special educational needs"),
    ("h", "Communication and interaction"),
    "2.1 Zara finds it hard to follow spoken instructions of more than two steps and loses track in class.",
    ("h", "Social, emotional and mental health"),
    "2.2 Zara becomes anxious at unstructured times and withdraws from her peers at lunchtime.",
    ("h", "3. Outcomes"),
    "3.1 By the end of Year 4, Zara will follow a three-step instruction in 4 out of 5 opportunities.",
    ("h", "4. Provision"),
    "4.1 Zara should attend a social communication group of four pupils for 30 minutes twice a week, "
    "led by a teaching assistant trained in Talkabout.",
    "4.2 The speech and language recommendations are set out in the therapist's report.",
    "Dr Imogen Hale, Educational Psychologist, 12 February 2025",
]

SCHOOL_ADVICE = [
    ("h", "Educational Advice"),
    [["Pupil", CHILD], ["Completed by", "Mr Owen Price, SENCO"], ["Date", "5 February 2025"]],
    ("h", "Needs"),
    "Zara's reading is well below age-related expectations and she avoids reading aloud.",
    ("h", "Provision map"),
    [
        ["Provision", "Frequency", "Duration", "Staff", "Group size"],
        ["Precision teaching of high-frequency words", "Daily", "10 minutes", "Teaching assistant", "1:1"],
    ],
    ("h", "Outcomes"),
    "By July 2025, Zara will read 50 high-frequency words accurately.",
]

PAEDIATRIC_LETTER = [
    "Westmere Hospitals NHS Trust",
    "",
    "20 January 2025",
    "",
    "Dear colleagues,",
    "",
    "Zara has asthma and needs her reliever inhaler with her in school at all times.",
    "",
    "Her asthma will be reviewed once a year by the practice nurse.",
    "",
    "Yours sincerely,",
    "",
    "Dr Farah Lowe, Consultant Paediatrician",
]

PARENT_VIEWS = [
    ("h", "Parent views"),
    ("h", "What we like about Zara"),
    "Zara is funny, kind and loves swimming and drawing horses.",
    ("h", "What we hope for"),
    "We hope Zara will make a good friend and enjoy reading.",
]


RECEIVED = "2025-02-10"  # the day the builders' uploads reached the council


def advice_document(doc_id: str, filename: str, data: bytes) -> AdviceDocument:
    """A file read as the appliance reads an upload, numbered as a draft numbers it."""
    d = ingest(data, filename, max_bytes=10**7, max_pages=20)
    details = d.details
    record = DocumentRecord(
        doc_id,
        filename,
        details.advice_type,
        details.author_role,
        details.author_name,
        details.date,
        d.pages,
        author_passage=details.author_passage,
        date_passage=details.date_passage,
        author_service=details.author_service,
        received=RECEIVED,
    )
    return AdviceDocument(record, tuple(d.passages))


# Passages built directly, for the rule tables: no file is parsed, so a row shows only the rule it tests.
# "paragraph" | ("h", heading) | ("h2", subheading) | ("header", *cells) | ("row", *cells)
PassageBlock = str | tuple[str, ...]


def passages(*blocks: PassageBlock) -> tuple[Passage, ...]:
    """Paragraphs under the headings above them; ("header", ...) starts a table whose ("row", ...)s
    carry it; a ("row", label, answer) with no header above is a form row."""
    out: list[Passage] = []
    stack: list[str] = []
    header: tuple[str, ...] = ()
    for block in blocks:
        seq = len(out)
        if isinstance(block, str):
            header = ()
            out.append(Passage(seq, "paragraph", block, tuple(stack), f"para {seq}"))
        elif block[0] in ("h", "h2"):
            header = ()
            stack = [*stack[:1], block[1]] if block[0] == "h2" and stack else [block[1]]
            out.append(Passage(seq, "heading", block[1], tuple(stack[:-1]), "heading"))
        else:
            cells = tuple(block[1:])
            header = cells if block[0] == "header" else header
            text = " | ".join(c for c in cells if c)
            out.append(Passage(seq, "table_row", text, tuple(stack), f"row {seq}", cells=cells, header=header))
    return tuple(out)


def advice(
    advice_type: AdviceType, *blocks: PassageBlock, doc_id: str = "D1", author_name: str | None = None
) -> AdviceDocument:
    record = DocumentRecord(doc_id, f"{doc_id}.docx", advice_type, author_name=author_name)
    return AdviceDocument(record, passages(*blocks))
