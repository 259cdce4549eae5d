"""Text PDFs (LibreOffice headless) and simulated scans (image-only PDFs)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

SCAN_DPI = 200


def soffice_binary() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("LibreOffice (soffice) is needed to make text PDFs")


def docx_to_pdf(docx_files: dict[str, bytes]) -> dict[str, bytes]:
    """Convert many documents in one LibreOffice run (keys are file stems); see normalise_pdf."""
    with tempfile.TemporaryDirectory(prefix="fixtures-lo-") as tmp:
        root = Path(tmp)
        sources = []
        for stem, data in docx_files.items():
            path = root / "in" / f"{stem}.docx"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            sources.append(str(path))
        # a private profile so a LibreOffice someone else has open does not swallow the job
        profile = f"-env:UserInstallation={(root / 'profile').as_uri()}"
        cmd = [soffice_binary(), profile, "--headless", "--convert-to", "pdf", "--outdir", str(root / "out")]
        subprocess.run([*cmd, *sources], check=True, capture_output=True, timeout=600)
        return {stem: (root / "out" / f"{stem}.pdf").read_bytes() for stem in docx_files}


def normalise_pdf(data: bytes, when: datetime) -> bytes:
    """Stamp the advice date and zero the checksum and file id, keeping every byte offset."""
    stamp = when.strftime("%Y%m%d%H%M%S").encode()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)\d{14}", lambda m: m.group(1) + stamp, data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    return re.sub(
        rb"/ID\s*\[\s*<[0-9A-F]{32}>\s*<[0-9A-F]{32}>\s*\]",
        lambda m: re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", m.group(0)),
        data,
    )


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        document.close()


def scan(pdf: bytes, seed: int, when: datetime, title: str) -> bytes:
    """Print and scan: grey pages at 200 dpi, a slight skew, speckle; no text layer."""
    rng = np.random.default_rng(seed)
    document = pdfium.PdfDocument(pdf)
    pages: list[Image.Image] = []
    try:
        for index, page in enumerate(document):
            bitmap = page.render(scale=SCAN_DPI / 72, grayscale=True)
            image = bitmap.to_pil().convert("L")
            page.close()
            pages.append(_age(image, rng, skew=0.6 if index % 2 == 0 else -0.4))
    finally:
        document.close()
    out = io.BytesIO()
    pages[0].save(
        out,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=SCAN_DPI,
        quality=50,
        title=title,
        producer="Fixture scanner",
        creator="Fixture scanner",
        creationDate=when.timetuple(),
        modDate=when.timetuple(),
    )
    return out.getvalue()


def _age(image: Image.Image, rng: np.random.Generator, skew: float) -> Image.Image:
    image = image.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * 0.93 + 10 + rng.normal(0, 6, pixels.shape).astype(np.float32)  # greyish paper, sensor noise
    specks = rng.random(pixels.shape) < 0.0006
    pixels[specks] = rng.uniform(40, 140, int(specks.sum()))
    noisy = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return noisy.filter(ImageFilter.GaussianBlur(0.6))
