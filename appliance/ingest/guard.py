"""Checks on uploaded bytes before any parser sees them: size, real type, unsafe archives."""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
import zlib
from typing import IO

from appliance.errors import DocumentTooLarge, UnreadableDocument

MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ENTRIES = 2000
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
        _check_xml_parts(archive, infos)
        if "word/document.xml" not in names:
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise UnreadableDocument("OpenDocument files are not read yet: save it as .docx and upload that.")
            raise UnreadableDocument(f"This file is not a Word document. {SUPPORTED} can be read.")


XML_CHUNK = 64 * 1024
DECLARATION_RE = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)
ENCODING_RE = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""", re.I)
SAFE_ENCODINGS = {
    "utf-8",
    "utf8",
    "utf-16",
    "utf-16le",
    "utf-16be",
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "latin-1",
    "windows-1252",
    "cp1252",
}
BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)
UNSAFE_XML = "This Word document contains unsafe XML declarations and was rejected."


def _xml_encoding(head: bytes) -> str | None:
    """The encoding a part is written in when it is XML (by its byte-order mark or first
    character, whatever its name), or None for a part that is not XML (an image)."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return "utf-8" if head.lstrip()[:1] == b"<" else None


def _check_xml_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """A Word document never declares a DTD; one that does may be an entity-expansion ("billion
    laughs") or external-entity attack on the XML parser, so it is refused unparsed. Every part
    that is XML, whatever it is called, is read whole, decoded in its own encoding (UTF-16 and
    UTF-32 included); an encoding that could hide markup (UTF-7, EBCDIC) is refused. The bytes
    actually inflated are counted, whatever the archive's directory claims."""
    inflated = 0
    for info in infos:
        try:
            with archive.open(info) as part:
                inflated += _scan_part(part, MAX_UNZIPPED_BYTES - inflated)
        except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, zlib.error):
            raise UnreadableDocument("This Word document is damaged and cannot be read.") from None


def _scan_part(part: IO[bytes], budget: int) -> int:
    """Scan one part; the bytes it inflated to."""
    head = part.read(XML_CHUNK)
    encoding = _xml_encoding(head)
    size = len(head)
    if encoding is None:
        while chunk := part.read(XML_CHUNK):  # not XML: only counted
            size += len(chunk)
            if size > budget:
                raise UnreadableDocument("This file expands to an unsafe size (a 'zip bomb') and was rejected.")
        return size
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(head)
    declared = ENCODING_RE.match(text.lstrip("\ufeff"))
    if declared and declared.group(1).lower() not in SAFE_ENCODINGS:
        raise UnreadableDocument(
            f"This Word document uses an unusual text encoding ({declared.group(1)}) and was rejected."
        )
    tail = ""
    while True:
        if DECLARATION_RE.search(tail + text):
            raise UnreadableDocument(UNSAFE_XML)
        tail = (tail + text)[-16:]  # a declaration split across two chunks
        chunk = part.read(XML_CHUNK)
        if not chunk:
            return size
        size += len(chunk)
        if size > budget:
            raise UnreadableDocument("This file expands to an unsafe size (a 'zip bomb') and was rejected.")
        text = decoder.decode(chunk)


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
