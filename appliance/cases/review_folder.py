"""A review case folder proposed with no server (`contracts/amendments.md`): `case.json`,
`review.json`, the current plan in `plan/` and the review evidence in `documents/`. The CLI's
`review` and the evaluation use it.

Like `folder.draft_folder`, the working store lives in memory under a key that is never written
down, so nothing of the child's is left behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from appliance.amendments.contract import Proposal
from appliance.amendments.model import ReviewDetails
from appliance.cases import reviewing
from appliance.cases.folder import DOCUMENT_SUFFIXES, add_files, case_json
from appliance.config import Settings
from appliance.drafting.stages import Progress, no_progress
from appliance.errors import InputError
from appliance.llm.base import LLM
from appliance.store import Store
from appliance.store.keys import new_key


@dataclass(frozen=True)
class FolderReview:
    proposal: Proposal
    documents: int
    unreadable: tuple[tuple[str, str], ...]


def review_json(folder: Path) -> ReviewDetails:
    path = folder / "review.json"
    if not path.exists():
        raise InputError(f"{folder} has no review.json (meeting_date, review_type).")
    try:
        return ReviewDetails.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as exc:
        raise InputError(f"review.json: {exc}") from None


def plan_file(folder: Path) -> Path:
    plans = sorted(p for p in (folder / "plan").glob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not plans:
        raise InputError(f"{folder / 'plan'} holds no current plan (.docx or .pdf).")
    return plans[0]


def review_folder(folder: Path, settings: Settings, llm: LLM | None, progress: Progress = no_progress) -> FolderReview:
    review = review_json(folder)
    plan = plan_file(folder)
    store = Store(":memory:", new_key())
    try:
        details = case_json(folder)
        case_id = reviewing.open_case(store, details)
        review_id = reviewing.start(store, case_id, review, created_by=None)
        reviewing.import_plan(store, review_id, plan.name, plan.read_bytes(), settings)
        files, unreadable = add_files(
            folder, lambda name, data, _saved: reviewing.add_evidence(store, review_id, name, data, settings), progress
        )
        reviewing.complete_details(store, case_id, review_id, details)
        _, proposal = reviewing.propose_review(
            store, review_id, llm, reviewing.review_options(settings, review), progress=progress
        )
    finally:
        store.close()
    return FolderReview(proposal, len(files) - len(unreadable), tuple(unreadable))
