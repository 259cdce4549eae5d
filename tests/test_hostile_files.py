"""Hostile files (issue 14, items 2, 4 and 12): each upload is read in a child process with hard
limits on memory, processor time, wall-clock time and output, cancellable; what exceeds a limit
is refused with a message naming it, and nothing else in the case is touched. PDFs over the
page limit are refused whole, never cut off. The files are built here, small, and the limits in
these tests are low so they stay fast."""

from __future__ import annotations

import io
import os
import random
import resource
import threading
import time
import zipfile
import zlib

import pytest

from appliance.cases import casework
from appliance.config import Settings
from appliance.errors import Cancelled, DocumentTooLarge, UnreadableDocument
from appliance.ingest.isolation import ParseLimits, ingest_isolated, warm_up
from appliance.store import Store, documents
from tests.builders import docx_bytes

LIMITS = ParseLimits(max_bytes=25 * 1024 * 1024, max_pages=200, memory_mb=200, cpu_seconds=20, wall_seconds=30)
MB = 1024 * 1024


@pytest.fixture(scope="module", autouse=True)
def _reader_started() -> None:
    warm_up()
    ingest_isolated(b"Warm\n\nup.\n", "warm.txt", LIMITS)  # the first child waits for the parsers to load


def _pdf(pages: list[bytes], extra: list[bytes] | None = None) -> bytes:
    """A PDF with one page per content stream in `pages` (already encoded, with its dictionary)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects.append(font)
    for stream in pages:
        objects.append(stream)
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % content
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, deflate: bool = False) -> bytes:
    head = b"<< /Length %d%s >>\nstream\n" % (len(data), b" /Filter /FlateDecode" if deflate else b"")
    return head + data + b"\nendstream"


def _text_page(text: str) -> bytes:
    return _stream(f"BT /F1 11 Tf 60 790 Td ({text}) Tj ET".encode("latin-1"))


def _bomb(inflated: int) -> bytes:
    """A page whose one content stream inflates to `inflated` bytes (spaces: pdfminer holds them all)."""
    z = zlib.compressobj(9)
    chunk = b" " * MB
    packed = b"".join(z.compress(chunk) for _ in range(inflated // MB)) + z.flush()
    return _pdf([_text_page("Needs"), _stream(packed, deflate=True)])


def _slow_docx(paragraphs: int) -> bytes:
    """A Word file well inside the zip-bomb limits whose paragraphs take a long time to lay out."""
    rng = random.Random(14)
    words = ["reading", "support", "group", "weekly", "speech", "therapy", "minutes", "assistant", "class", "Zara"]
    body = "".join(
        f"<w:p><w:r><w:t>{' '.join(rng.choice(words) for _ in range(8))} {n}.</w:t></w:r></w:p>"
        for n in range(paragraphs)
    )
    base = io.BytesIO(docx_bytes(["x"]))
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:p>", body.encode() + b"<w:p>", 1)
            dst.writestr(info.filename, data)
    return out.getvalue()


def _descendants() -> set[int]:
    """Live processes below this one (the fork server and what it forked)."""
    parents: dict[int, int] = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    state, ppid = f.read().rsplit(")", 1)[1].split()[:2]
            except OSError:
                continue
            if state != "Z":
                parents[int(pid)] = int(ppid)
    found, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {pid for pid, ppid in parents.items() if ppid in frontier} - found
        found |= frontier
    return found


# ---------------------------------------------------------------------------- item 2: bombs
def test_a_pdf_stream_that_inflates_to_hundreds_of_mb_is_refused_and_the_server_does_not_grow() -> None:
    bomb = _bomb(400 * MB)
    assert len(bomb) < MB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(DocumentTooLarge, match="more than 200 MB of memory"):
        ingest_isolated(bomb, "bomb.pdf", LIMITS)
    assert time.monotonic() - started < LIMITS.wall_seconds
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 50 * 1024, f"the server grew by {grown_kb // 1024} MB"


def test_a_word_file_that_takes_too_long_is_stopped_at_the_wall_clock_limit() -> None:
    slow = _slow_docx(40_000)
    assert len(slow) < 2 * MB
    before = _descendants()
    started = time.monotonic()
    with pytest.raises(UnreadableDocument, match="took longer than 2 seconds"):
        ingest_isolated(slow, "slow.docx", ParseLimits(LIMITS.max_bytes, 200, wall_seconds=2))
    assert time.monotonic() - started < 10
    assert _descendants() <= before


def test_a_word_file_that_needs_too_much_processing_is_stopped_at_the_cpu_limit() -> None:
    slow = _slow_docx(40_000)
    with pytest.raises(UnreadableDocument, match="more than 1 seconds of processing"):
        ingest_isolated(slow, "slow.docx", ParseLimits(LIMITS.max_bytes, 200, cpu_seconds=1, wall_seconds=60))


def test_reading_can_be_cancelled_and_leaves_no_process_behind() -> None:
    before = _descendants()
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        ingest_isolated(_slow_docx(40_000), "slow.docx", LIMITS, cancel)
    assert time.monotonic() - started < 5
    assert _descendants() <= before


def test_blank_pages_are_not_sent_to_ocr() -> None:
    blank = _pdf([_stream(b"")] * 200)
    assert len(blank) < 60_000
    started = time.monotonic()
    with pytest.raises(UnreadableDocument, match="No text could be read"):
        ingest_isolated(blank, "blank.pdf", LIMITS)
    assert time.monotonic() - started < 25  # OCR of 200 pages took 105 s in the attack


def test_output_is_bounded() -> None:
    text = ("Zara needs support with reading every day. " * 30 + "\n\n").encode() * 1000
    with pytest.raises(UnreadableDocument, match="more than 1 MB of text"):
        ingest_isolated(text, "long.txt", ParseLimits(LIMITS.max_bytes, 200, output_mb=1))


def test_a_refused_file_touches_nothing_else_in_the_case(store: Store, settings: Settings) -> None:
    low = settings.model_copy(update={"parse_memory_mb": 200})
    case_id = casework.create_case(
        store, {"child_name": "T"}, lawful_basis="Public task", family_informed_on="2025-01-01"
    )
    kept = casework.add_document(store, case_id, "ok.txt", b"Needs\n\nReading.\n", low)
    with pytest.raises(DocumentTooLarge):
        casework.add_document(store, case_id, "bomb.pdf", _bomb(400 * MB), low)
    with store.read() as conn:
        assert [d.id for d in documents.for_case(conn, case_id)] == [kept]
        assert documents.passages(conn, kept)


def test_a_good_file_still_reads_in_the_child() -> None:
    doc = ingest_isolated(_pdf([_text_page("Zara needs help with reading.")]), "ok.pdf", LIMITS)
    assert [p.text for p in doc.passages] == ["Zara needs help with reading."]
    assert doc.pages == 1 and doc.media_type == "application/pdf"


# ---------------------------------------------------------------------------- item 4: pages
def _long_pdf(pages: int, last: str) -> bytes:
    blank = _text_page(" ")
    return _pdf([blank] * (pages - 1) + [_text_page(last)])


def test_a_pdf_over_the_page_limit_is_refused_not_cut_off() -> None:
    recommendation = "Zara should have speech therapy weekly for 30 minutes."
    over = _long_pdf(201, recommendation)
    with pytest.raises(UnreadableDocument, match="more than 200 pages"):
        ingest_isolated(over, "201 pages.pdf", LIMITS)
    read = ingest_isolated(over, "201 pages.pdf", ParseLimits(LIMITS.max_bytes, 201))
    assert read.pages == 201 and recommendation in [p.text for p in read.passages]


def test_a_pdf_of_thousands_of_pages_is_refused_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(UnreadableDocument, match="more than 200 pages"):
        ingest_isolated(_long_pdf(5000, "Page 5000."), "5000 pages.pdf", LIMITS)
    assert time.monotonic() - started < 15
