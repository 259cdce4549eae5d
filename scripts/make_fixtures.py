"""Generate the project's fictional test, evaluation and benchmark fixtures.

    .venv/bin/python scripts/make_fixtures.py [--only GROUP]

reads scripts/fixture_specs/ (see its README) and rewrites tests/fixtures/{cases,heldout,review,bench,hostile},
tests/fixtures/manifest.json and tests/fixtures/README.md. Everything in them is invented.
`--only cases` (or `heldout`, `review`) rewrites that one group of evaluation cases (and its manifest entry).
Output is deterministic (fixed zip and PDF dates and ids, seeded scan noise) except where
LibreOffice's own layout changes between versions. Tests use the committed files; they never
run this.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from datetime import datetime, time
from pathlib import Path
from typing import Any

from fixturegen import hostile
from fixturegen.checks import SpecError, check_case, normalise_space
from fixturegen.docx_render import DocxMeta, docx_text, render_docx
from fixturegen.pdf_render import docx_to_pdf, normalise_pdf, page_count, pdf_text, scan
from fixturegen.review import ReviewSpec, check_review, load_review
from fixturegen.spec import CaseSpec, DocumentSpec, load_case, load_documents

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "scripts" / "fixture_specs"
FIXTURES = ROOT / "tests" / "fixtures"
MAX_TREE_BYTES = 215 * 1024 * 1024
MIN_BENCH_PAGES = 40
# Evaluation groups: `cases` are tuned against; `heldout` cases are written blind and scored, never tuned on;
# `review` cases (annual reviews: a current plan and review evidence) are written blind too.
EVAL_GROUPS = (
    "cases",
    "cases2",
    "cases3",
    "cases4",
    "cases5",
    "cases6",
    "cases7",
    "cases8",
    "cases9",
    "cases10",
    "cases11",
    "cases12",
    "cases13",
    "cases14",
    "cases15",
    "cases16",
    "cases17",
    "cases18",
    "cases19",
    "cases20",
    "cases21",
    "cases22",
    "cases23",
    "cases24",
    "cases25",
    "cases26",
    "cases27",
    "cases28",
    "cases29",
    "cases30",
    "cases31",
    "cases32",
    "cases33",
    "cases34",
    "cases35",
    "cases36",
    "cases37",
    "cases38",
    "cases39",
    "cases40",
    "cases41",
    "cases42",
    "cases43",
    "cases44",
    "cases45",
    "cases46",
    "cases47",
    "cases48",
    "cases49",
    "cases50",
    "cases51",
    "cases52",
    "cases53",
    "cases54",
    "cases55",
    "cases56",
    "cases57",
    "cases58",
    "cases59",
    "cases60",
    "cases61",
    "cases62",
    "cases63",
    "cases64",
    "cases65",
    "cases66",
    "cases67",
    "cases68",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
    "heldout58",
    "heldout59",
    "heldout60",
    "heldout61",
    "heldout62",
    "heldout63",
    "heldout64",
    "heldout65",
    "heldout66",
    "heldout67",
    "review",
)
REVIEW_GROUPS = ("review",)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=EVAL_GROUPS, help="rewrite only this group of evaluation cases")
    args = parser.parse_args(argv)
    blocks = SPECS / "blocks"
    groups = {g: _load_group(g, blocks) for g in EVAL_GROUPS}
    if args.only:
        return _write_group(args.only, groups[args.only])
    cases = [spec for specs in groups.values() for spec in specs]
    bench = [load_case(path, blocks) for path in sorted((SPECS / "bench").glob("*.toml"))]
    hostile_docs = load_documents(SPECS / "hostile" / "hostile.toml", blocks)
    try:
        for spec in cases:
            _check(spec)
        for spec in bench:
            check_case(spec, min_docs=3, max_docs=12)
    except SpecError as error:
        print(error, file=sys.stderr)
        return 1

    docx, pdfs = _render([doc for spec in [*cases, *bench] for doc in spec.documents] + hostile_docs)
    manifest: dict[str, Any] = {group: {} for group in (*EVAL_GROUPS, "bench")}
    for group, specs in (*groups.items(), ("bench", bench)):
        shutil.rmtree(FIXTURES / group, ignore_errors=True)
        for spec in specs:
            manifest[group][spec.case_id] = _write_case(spec, FIXTURES / group / spec.case_id, docx, pdfs)
    bench_pages = sum(c["pages"] for c in manifest["bench"].values())
    manifest["bench_total_pages"] = bench_pages
    scanned = [d["pages"] for c in manifest["bench"].values() for d in c["documents"] if d["format"] == "scan"]
    if bench and (scanned != [1] or bench_pages < MIN_BENCH_PAGES):
        print(
            f"bench needs exactly one scanned page and {MIN_BENCH_PAGES}+ pages: {scanned}, {bench_pages}",
            file=sys.stderr,
        )
        return 1

    shutil.rmtree(FIXTURES / "hostile", ignore_errors=True)
    readme = (SPECS / "hostile" / "README.md").read_text(encoding="utf-8")
    rendered_hostile = {doc.file: docx[id(doc)] for doc in hostile_docs}
    source_pdf = pdfs[str(id(hostile_docs[0]))]
    problems = hostile.verify(hostile.build(FIXTURES / "hostile", readme, rendered_hostile, source_pdf))
    if problems:
        print("hostile fixtures are wrong:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    _write_json(FIXTURES / "manifest.json", manifest)
    shutil.copyfile(SPECS / "FIXTURES.md", FIXTURES / "README.md")

    print(f"{len(cases)} cases, {len(bench)} bench cases ({bench_pages} pages)")
    return _check_size()


def _check_size() -> int:
    size = sum(p.stat().st_size for p in FIXTURES.rglob("*") if p.is_file())
    print(f"fixtures {size / 1e6:.1f} MB")
    if size > MAX_TREE_BYTES:
        print(f"tests/fixtures is {size} bytes, over the {MAX_TREE_BYTES} limit", file=sys.stderr)
        return 1
    return 0


def _load_group(group: str, blocks: Path) -> list[CaseSpec]:
    load = load_review if group in REVIEW_GROUPS else load_case
    return [load(path, blocks) for path in sorted((SPECS / group).glob("*.toml"))]


def _check(spec: CaseSpec) -> None:
    if isinstance(spec, ReviewSpec):
        check_review(spec)
    else:
        check_case(spec)


def _write_group(group: str, specs: list[CaseSpec]) -> int:
    """One group of evaluation cases, rendered and written; the manifest entry for it replaced."""
    try:
        for spec in specs:
            _check(spec)
    except SpecError as error:
        print(error, file=sys.stderr)
        return 1
    docx, pdfs = _render([doc for spec in specs for doc in spec.documents])
    shutil.rmtree(FIXTURES / group, ignore_errors=True)
    manifest = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
    manifest[group] = {spec.case_id: _write_case(spec, FIXTURES / group / spec.case_id, docx, pdfs) for spec in specs}
    _write_json(FIXTURES / "manifest.json", manifest)
    shutil.copyfile(SPECS / "FIXTURES.md", FIXTURES / "README.md")
    print(f"{len(specs)} {group} cases written")
    return _check_size()


def _render(docs: list[DocumentSpec]) -> tuple[dict[int, bytes], dict[str, bytes]]:
    """Every document but the .txt ones as a .docx (keyed by id()) and as a normalised PDF (keyed by str(id()))."""
    docx = {
        id(doc): render_docx(doc.blocks, doc.style, _meta(doc), doc.header, doc.footer)
        for doc in docs
        if doc.format != "txt"
    }
    if not docx:  # LibreOffice given no files waits for input; an empty group has nothing to convert
        return docx, {}
    raw_pdfs = docx_to_pdf({str(key): data for key, data in docx.items()})
    pdfs = {str(id(doc)): normalise_pdf(raw_pdfs[str(id(doc))], _meta(doc).when) for doc in docs if doc.format != "txt"}
    return docx, pdfs


def _meta(doc: DocumentSpec) -> DocxMeta:
    title = doc.file.rsplit(".", 1)[0]
    return DocxMeta(title=title, author=doc.author, when=datetime.combine(doc.date, time(9, 30)))


def _write_case(spec: CaseSpec, folder: Path, docx: dict[int, bytes], pdfs: dict[str, bytes]) -> dict[str, Any]:
    (folder / "text").mkdir(parents=True)
    entries = []
    for doc in spec.documents:
        data, pages = _document_bytes(doc, docx, pdfs)
        _check_rendered(spec, doc, data)
        (folder / doc.folder).mkdir(exist_ok=True)
        (folder / doc.folder / doc.file).write_bytes(data)
        (folder / "text" / f"{doc.file}.txt").write_text(doc.text, encoding="utf-8")
        entry = {
            "file": doc.file,
            "format": doc.format,
            "advice_type": doc.advice_type,
            "date": doc.date.isoformat(),
            "pages": pages,
        }
        if doc.folder != "documents":
            entry["folder"] = doc.folder
        entries.append(entry)
    for name, value in spec.files().items():
        _write_json(folder / name, value)
    counted = [e["pages"] for e in entries if e["pages"] is not None]
    return {"documents": entries, "pages": sum(counted), "notes": spec.notes}


def _document_bytes(doc: DocumentSpec, docx: dict[int, bytes], pdfs: dict[str, bytes]) -> tuple[bytes, int | None]:
    if doc.format == "txt":
        return doc.text.encode("utf-8"), None
    pdf = pdfs[str(id(doc))]
    pages = page_count(pdf)
    if doc.format == "docx":
        return docx[id(doc)], pages
    if doc.format == "pdf":
        return pdf, pages
    when = datetime.combine(doc.date, time(15, 5))
    seed = sum(doc.file.encode())  # stable across runs, unlike hash()
    return scan(pdf, seed=seed, when=when, title=doc.file.rsplit(".", 1)[0]), pages


def _check_rendered(spec: CaseSpec, doc: DocumentSpec, data: bytes) -> None:
    """A .docx reads back as its text file, text PDFs give back every anchor, scans have no text."""
    if doc.format == "docx" and docx_text(data) != doc.text:
        raise SystemExit(f"{doc.file}: the .docx does not read back as its text file")
    if doc.format == "scan" and pdf_text(data).strip():
        raise SystemExit(f"{doc.file}: the scanned PDF has a text layer")
    if doc.format != "pdf":
        return
    # pdfium marks a hyphen where a line wraps as U+FFFE
    extracted = normalise_space(pdf_text(data).replace("\ufffe", "-"))
    for repeated in (doc.header, doc.footer):  # running headers split paragraphs across pages
        if repeated:
            extracted = normalise_space(extracted.replace(normalise_space(repeated), " "))
    for label, file, anchor in spec.anchors():
        if file != doc.file:
            continue
        # a table row comes back cell by cell, without the " | " the text file joins them with
        for cell in anchor.split(" | "):
            if cell.strip() and normalise_space(cell) not in extracted:
                raise SystemExit(f"{spec.case_id} {label}: {cell!r} not extractable from {doc.file}")


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
