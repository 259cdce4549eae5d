"""A case folder drafted with no server: `CASE_DIR/case.json` and the advice in
`CASE_DIR/documents/` (or `CASE_DIR` itself). The CLI's `draft` and the evaluation use it.

The working store lives in memory, encrypted with a key that is never written down, so nothing
of the child's is left behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from appliance.case import DETAIL_FIELDS
from appliance.cases import casework
from appliance.cases.casedetails import infer_details
from appliance.config import Settings
from appliance.drafting.plan import Draft
from appliance.drafting.stages import Progress, no_progress
from appliance.errors import InputError
from appliance.llm.base import LLM
from appliance.store import Store, cases
from appliance.store.keys import new_key

DOCUMENT_SUFFIXES = {".docx", ".pdf", ".txt"}


@dataclass(frozen=True)
class FolderDraft:
    draft: Draft
    documents: int  # how many documents were read
    unreadable: tuple[tuple[str, str], ...]  # (file name, why) for each file that could not be read


def case_files(folder: Path) -> list[Path]:
    docs = folder / "documents" if (folder / "documents").is_dir() else folder
    return sorted(p for p in docs.iterdir() if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)


def case_json(folder: Path) -> dict[str, Any]:
    path = folder / "case.json"
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else {}


def add_files(
    folder: Path, add: Callable[[str, bytes, str], object], progress: Progress
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Each document of the folder handed to `add` (name, bytes, when the file was last saved as an
    ISO timestamp: when it reached the folder); the files, and (name, why) for each one that could
    not be read, which is skipped."""
    files = case_files(folder)
    unreadable = []
    for n, path in enumerate(files, start=1):
        progress("ingest", 0.05 * n / max(len(files), 1), f"Reading {path.name}")
        try:
            saved = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
            add(path.name, path.read_bytes(), saved)
        except InputError as exc:
            unreadable.append((path.name, str(exc)))
    return files, unreadable


def draft_folder(folder: Path, settings: Settings, llm: LLM | None, progress: Progress = no_progress) -> FolderDraft:
    """Read every document of the folder, complete the case details from them where case.json is
    silent, and draft the plan with its QA flags. A file that cannot be read is reported and
    skipped; the others are drafted."""
    details = case_json(folder)
    store = Store(":memory:", new_key())
    try:
        case_id = casework.create_case(store, {"child_name": details.get("child_name") or "Unknown"})
        _, unreadable = add_files(
            folder,
            lambda name, data, saved: casework.add_document(
                store, case_id, name, data, settings, require_consent=False, received_at=saved
            ),
            progress,
        )
        docs = casework.case_documents(store, case_id)
        merged = infer_details(docs, details)
        with store.write() as conn:
            cases.update(conn, case_id, **{k: v for k, v in merged.items() if k in DETAIL_FIELDS})
        _, draft = casework.draft_case(store, case_id, llm, casework.draft_options(settings), progress=progress)
    finally:
        store.close()
    return FolderDraft(draft, len(docs), tuple(unreadable))
