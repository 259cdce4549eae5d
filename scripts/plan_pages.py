"""Render both Word copies of one of the project's fictional cases with LibreOffice, as PDF and as
page images, for the README: `python scripts/plan_pages.py [CASE_DIR] [--family-page N]
[--caseworker-page N]`. Drafted with no model; writes docs/screenshots/plan-family.png and
plan-caseworker.png (and the PDFs beside the Word files in a temporary folder)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appliance.cases.folder import draft_folder  # noqa: E402
from appliance.config import Settings  # noqa: E402
from appliance.export import docx_export  # noqa: E402

CASE = ROOT / "tests" / "fixtures" / "cases" / "c08-sophie-year9-cerebral-palsy"
OUT = ROOT / "docs" / "screenshots"


def to_png(docx: Path, page: int, target: Path, workdir: Path) -> None:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        raise SystemExit("LibreOffice and poppler-utils are needed (scripts/system-deps.sh test)")
    profile = f"-env:UserInstallation=file://{workdir}/lo"
    subprocess.run(
        [soffice, "--headless", profile, "--convert-to", "pdf", "--outdir", str(workdir), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    stem = workdir / target.stem
    pdf = docx.with_suffix(".pdf")
    subprocess.run(
        [pdftoppm, "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    shutil.copyfile(stem.with_suffix(".png"), target)
    print(f"{target.relative_to(ROOT)}: page {page} of {pdf.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("case_dir", nargs="?", default=str(CASE))
    parser.add_argument("--family-page", type=int, default=4)
    parser.add_argument("--caseworker-page", type=int, default=6)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        draft = draft_folder(Path(args.case_dir), Settings(data_dir=work / "data"), None).draft
        for copy, page in (("family", args.family_page), ("caseworker", args.caseworker_page)):
            docx = work / f"{copy}.docx"
            docx.write_bytes(docx_export.render(draft, copy))
            to_png(docx, page, OUT / f"plan-{copy}.png", work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
