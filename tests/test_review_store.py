"""Review records in the encrypted store: nothing of the review is readable in the store's files,
a subject access export includes the review, and erasing the case erases it."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from appliance.amendments.model import ReviewDetails
from appliance.cases import reviewing
from appliance.config import Settings
from appliance.safeguards import lifecycle
from appliance.store import Store, annual_reviews
from tests import review_builders as rb


def _reviewed(store: Store, tmp_path: Path) -> tuple[int, int]:
    settings = Settings(data_dir=tmp_path / "data", store_key=None, llm_base_url=None)
    case_id = reviewing.open_case(store, rb.CASE)
    review_id = reviewing.start(store, case_id, ReviewDetails.from_json(rb.REVIEW), created_by=None)
    reviewing.import_plan(store, review_id, "plan.docx", rb.plan_with_headings(), settings)
    for name, data in rb.evidence().items():
        reviewing.add_evidence(store, review_id, name, data, settings)
    reviewing.propose_review(store, review_id, None, reviewing.review_options(settings))
    return case_id, review_id


def test_a_review_is_encrypted_exported_and_erased(store: Store, tmp_path: Path) -> None:
    case_id, review_id = _reviewed(store, tmp_path)
    with store.read() as conn:
        record = annual_reviews.get(conn, review_id)
    assert record.status == "proposed" and record.amendment is not None
    files = [Path(store.path), *Path(store.path).parent.glob("*.db-wal")]
    for f in files:
        data = f.read_bytes()
        assert b"Fluency therapy" not in data and b"Ellis" not in data and b"SQLite format 3" not in data[:16]

    archive = zipfile.ZipFile(io.BytesIO(lifecycle.subject_access_export(store, case_id)))
    reviews = json.loads(archive.read("records/annual_reviews.json"))
    assert [r["id"] for r in reviews] == [review_id]
    assert "records/review_documents.json" in archive.namelist()

    erased = lifecycle.erase_case(store, case_id, "created_in_error", actor="dpo")
    assert erased.rows["annual_reviews"] == 1
    with store.read() as conn:
        assert annual_reviews.for_case(conn, case_id) == [] and annual_reviews.documents(conn, review_id) == []
