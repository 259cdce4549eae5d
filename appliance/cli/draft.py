"""`python -m appliance draft CASE_DIR`: draft a plan from a folder of advice, with no server.

The working store lives in memory, encrypted with a key that is never written down.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from appliance.case import DETAIL_FIELDS
from appliance.config import Settings
from appliance.errors import InputError

DOCUMENT_SUFFIXES = {".docx", ".pdf", ".txt"}


class ProgressLine:
    """One updating line on a terminal; plain lines when stderr is not a terminal."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.tty = sys.stderr.isatty()
        self.last = ""

    def __call__(self, stage: str, fraction: float, message: str) -> None:
        line = f"[{time.monotonic() - self.started:5.1f}s] {fraction:4.0%} {stage}: {message}"
        if self.tty:
            sys.stderr.write("\r" + line.ljust(90)[:120])
            sys.stderr.flush()
        elif message != self.last:
            print(line, file=sys.stderr)
        self.last = message

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def case_files(folder: Path) -> list[Path]:
    docs = folder / "documents" if (folder / "documents").is_dir() else folder
    return sorted(p for p in docs.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)


def cmd_draft(args: argparse.Namespace, settings: Settings) -> int:
    from appliance.cases import casework
    from appliance.cases.casedetails import infer_details
    from appliance.export import docx_export, json_export
    from appliance.llm import load_llm
    from appliance.store import Store, cases
    from appliance.store.keys import new_key

    folder = Path(args.case_dir)
    if not folder.is_dir():
        print(f"{folder} is not a folder", file=sys.stderr)
        return 2
    progress = ProgressLine()
    details: dict[str, Any] = {}
    if (folder / "case.json").exists():
        details = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    # The working store lives in memory, encrypted with a key that is never written down.
    store = Store(":memory:", new_key())
    case_id = casework.create_case(store, {"child_name": details.get("child_name") or "Unknown"})
    files = case_files(folder)
    failed = 0
    for n, path in enumerate(files, start=1):
        progress("ingest", 0.05 * n / max(len(files), 1), f"Reading {path.name}")
        try:
            casework.add_document(store, case_id, path.name, path.read_bytes(), settings, require_consent=False)
        except InputError as exc:
            failed += 1
            progress.done()
            print(f"{path.name}: {exc}", file=sys.stderr)
    docs = casework.case_documents(store, case_id)
    merged = infer_details(docs, details)
    with store.write() as conn:
        cases.update(conn, case_id, **{k: v for k, v in merged.items() if k in DETAIL_FIELDS})
    llm = None if args.no_model else load_llm(settings)
    _, draft = casework.draft_case(store, case_id, llm, casework.draft_options(settings), progress=progress)
    progress.done()
    data = json_export.to_json(draft)
    Path(args.out).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.docx:
        Path(args.docx).write_bytes(docx_export.render(draft))
    store.close()
    stats = draft.stats
    print(
        f"Drafted {stats['statements']} statements from {len(docs)} documents "
        f"({stats['written_by_model']} written by the model), {len(draft.flags)} QA flags"
        + (f"; {failed} file(s) could not be read" if failed else ""),
        file=sys.stderr,
    )
    return 0
