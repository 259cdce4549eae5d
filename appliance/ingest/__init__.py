"""Ingestion: uploaded bytes become a typed document with citable passages, all in memory."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from appliance.ingest.doctype import DocumentDetails, describe
from appliance.ingest.guard import sniff
from appliance.ingest.passages import Passage, build_passages
from appliance.ingest.structure import reshape

MEDIA_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "txt": "text/plain",
}


@dataclass(frozen=True)
class IngestedDocument:
    """One uploaded file, read: what it is and its passages, ready to be stored."""

    filename: str
    media_type: str
    sha256: str
    pages: int | None
    ocr_pages: int
    details: DocumentDetails
    passages: list[Passage]


def ingest(data: bytes, filename: str, *, max_bytes: int, max_pages: int) -> IngestedDocument:
    """Parse one uploaded file. Raises `InputError` subclasses with a message for the user."""
    from appliance.ingest import parse  # heavy: unstructured + spaCy load on first use

    kind = sniff(data, max_bytes)
    if kind == "pdf":
        parsed = parse.parse_pdf(data, max_pages)
    elif kind == "docx":
        parsed = parse.parse_docx(data)
    else:
        parsed = parse.parse_txt(data)
    passages = build_passages(reshape(parsed.elements))
    return IngestedDocument(
        filename=filename,
        media_type=MEDIA_TYPES[kind],
        sha256=hashlib.sha256(data).hexdigest(),
        pages=parsed.pages,
        ocr_pages=parsed.ocr_pages,
        details=describe(filename, passages),
        passages=passages,
    )
