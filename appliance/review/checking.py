"""The QA flags of a version as it is saved: a draft is checked as a new plan; the proposal of an
open annual review is checked as a proposal, after working out again how each of its statements
stands against the current plan (an edit can make an unchanged statement modified, a deletion a
removal)."""

from __future__ import annotations

from appliance.amendments.checks import review_checks
from appliance.amendments.contract import reconcile
from appliance.amendments.model import Amendment
from appliance.drafting.plan import Draft
from appliance.qa import QASettings, run_checks
from appliance.store import annual_reviews, documents
from appliance.store.db import Connection


def checked(conn: Connection, case_id: int, draft: Draft, qa: QASettings) -> Draft:
    docs = documents.drafted_documents(conn, draft.documents)
    review = annual_reviews.open_for_case(conn, case_id)
    if review is None or review.amendment is None:
        return draft.with_flags(run_checks(draft, docs, qa))
    amendment = reconcile(draft, Amendment.from_store(review.amendment))
    annual_reviews.save_amendment(conn, review.id, amendment.to_store())
    return draft.with_flags(review_checks(draft, amendment, docs, qa))
