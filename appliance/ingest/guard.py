"""Checks on uploaded bytes before any parser sees them: size, real type, unsafe archives."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from appliance.errors import DocumentTooLarge, UnreadableDocument

MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ENTRIES = 2000
XML_PROLOG_BYTES = 4096
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUPPORTED = "Word (.docx), PDF (.pdf) and text (.txt) files"


MAX_FILENAME = 120  # characters kept of a file's name
HIDDEN_CATEGORIES = ("Cc", "Cf", "Co", "Cs", "Zl", "Zp")  # controls, bidi overrides, zero-width, ...


def megabytes(n: int) -> str:
    """A size as people say it: "30 MB", "25.4 MB", "700 KB"."""
    if n < 1024 * 1024:
        return f"{max(n // 1024, 1)} KB"
    return f"{n / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        shown = megabytes(size)
        if shown == megabytes(max_bytes):  # 25 MB and a few bytes: say it in bytes, not "25 MB"
            shown = f"{size:,} bytes"
            limit = f"{max_bytes:,} bytes ({megabytes(max_bytes)})"
        else:
            limit = megabytes(max_bytes)
        raise DocumentTooLarge(f"This file is {shown}; the largest file accepted is {limit}. It was not kept.")


def clean_filename(name: str) -> str:
    """A file's name as it is kept and shown: no right-to-left overrides or other invisible and
    control characters (which disguise "report\u202efdp.exe" as "reportexe.pdf"), no folders, at
    most MAX_FILENAME characters with its extension kept."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = "".join(c for c in name if unicodedata.category(c) not in HIDDEN_CATEGORIES)
    name = re.sub(r"\s+", " ", name).strip(" .") or "document"
    if len(name) <= MAX_FILENAME:
        return name
    _, dot, ext = name.rpartition(".")
    ext = f".{ext}" if dot and 0 < len(ext) <= 8 else ""
    return name[: MAX_FILENAME - len(ext) - 1].rstrip() + "\u2026" + ext


def _check_docx(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnreadableDocument("This Word document is damaged and cannot be read.") from None
    with archive:
        infos = archive.infolist()
        names = {i.filename for i in infos}
        for info in infos:
            name = info.filename.replace("\\", "/")
            if name.startswith("/") or ".." in name.split("/"):
                raise UnreadableDocument("This file contains unsafe paths and was rejected.")
        total = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos) or 1
        if len(infos) > MAX_ENTRIES or total > MAX_UNZIPPED_BYTES or total / packed > MAX_COMPRESSION_RATIO:
            raise UnreadableDocument("This file expands to an unsafe size (a 'zip bomb') and was rejected.")
        _check_xml_prologs(archive, infos)
        if "word/document.xml" not in names:
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise UnreadableDocument("OpenDocument files are not read yet: save it as .docx and upload that.")
            raise UnreadableDocument(f"This file is not a Word document. {SUPPORTED} can be read.")


def _check_xml_prologs(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """A Word document never declares a DTD; one that does may be an entity-expansion ("billion
    laughs") or external-entity attack on the XML parser, so it is refused unparsed."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        try:
            with archive.open(info) as part:
                prolog = part.read(XML_PROLOG_BYTES)
        except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError):
            raise UnreadableDocument("This Word document is damaged and cannot be read.") from None
        if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
            raise UnreadableDocument("This Word document contains unsafe XML declarations and was rejected.")


def sniff(data: bytes, max_bytes: int) -> str:
    """The real type of `data` ("docx", "pdf" or "txt"), judged by content, never by name."""
    check_size(len(data), max_bytes)
    if not data.strip():
        raise UnreadableDocument("This file is empty.")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        _check_docx(data)
        return "docx"
    if data.startswith(OLE_MAGIC):
        raise UnreadableDocument(
            "This Word file is password-protected or in the old .doc format: save an unprotected .docx copy."
        )
    head = data[:8192]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 100:
        raise UnreadableDocument(f"This file is not a document the appliance can read. {SUPPORTED} can be read.")
    return "txt"
