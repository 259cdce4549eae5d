"""OCR of scanned PDF pages with Tesseract, through pipes: no image or text touches the disk."""

from __future__ import annotations

import io
import shutil
import subprocess

import pypdfium2

from appliance.errors import UnreadableDocument

OCR_DPI = 200
OCR_TIMEOUT_S = 120
BLANK_CHECK_DPI = 36
BLANK_LEVEL = 200  # pixels darker than this are marks
BLANK_MAX_MARKS = 4


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def _blank(page: pypdfium2.PdfPage) -> bool:
    """Whether a page has no marks at all, judged from a small rendering."""
    small = page.render(scale=BLANK_CHECK_DPI / 72).to_pil().convert("L")
    marks: int = sum(small.histogram()[:BLANK_LEVEL])
    return marks <= BLANK_MAX_MARKS


def ocr_pdf_page(data: bytes, index: int) -> str:
    if not tesseract_available():
        raise UnreadableDocument(
            "This PDF is scanned, and the OCR engine (tesseract-ocr) is not installed on this appliance."
        )
    pdf = pypdfium2.PdfDocument(data)
    try:
        if _blank(pdf[index]):
            return ""  # nothing on the page: no OCR (a PDF of 200 blank pages cost 105 s of it)
        image = pdf[index].render(scale=OCR_DPI / 72).to_pil().convert("L")
    finally:
        pdf.close()
    png = io.BytesIO()
    image.save(png, format="PNG")
    result = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "eng", "--psm", "3", "--dpi", str(OCR_DPI)],
        input=png.getvalue(),
        capture_output=True,
        timeout=OCR_TIMEOUT_S,
        check=False,
        env={
            "OMP_THREAD_LIMIT": "1",
            "PATH": "/usr/bin:/bin",
        },  # OpenMP threads spin and starve on a busy 2-core box
    )
    if result.returncode != 0:
        raise UnreadableDocument("A scanned page of this PDF could not be read by OCR.")
    return result.stdout.decode("utf-8", errors="replace")
