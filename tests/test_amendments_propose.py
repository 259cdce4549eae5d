"""Proposing the amendments of a review from a case folder (contracts/amendments.md): every change
cited, no provision silently cut, outcomes reviewed, stale content and disagreements found, the
statutory clock worked out; and a caseworker's edits change how the proposal stands."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from appliance.amendments.checks import review_checks
from appliance.amendments.contract import Proposal, reconcile
from appliance.cases.review_folder import review_folder
from appliance.config import Settings
from appliance.drafting.plan import Statement
from appliance.export.json_export import validation_errors
from appliance.qa import QASettings, run_checks
from tests import review_builders as rb

FLAGGED = ("PROVISION_REDUCED", "CHANGE_UNEVIDENCED", "OUTCOME_ROLLED_OVER", "STALE_CONTENT", "REVIEW_DEADLINE")


def _propose(tmp: Path, layout: str, **review: Any) -> Proposal:
    folder = rb.write_case(tmp / layout, layout)
    if review:
        (folder / "review.json").write_text(json.dumps({**rb.REVIEW, **review}))
    settings = Settings(data_dir=tmp / "data", store_key=None, llm_base_url=None)
    return review_folder(folder, settings, None).proposal


@pytest.fixture(scope="module", params=["headings", "tables", "pdf"])
def proposal(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _propose(tmp_path_factory.mktemp("review"), request.param).to_json()


def _by_previous(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["previous_id"]: s for items in data["sections"].values() for s in items if s["previous_id"]}


def test_the_proposal_is_a_valid_draft_with_the_contract_fields(proposal: dict[str, Any]) -> None:
    assert validation_errors(proposal) == []
    assert {"review", "current_plan", "removed", "outcome_review"} <= set(proposal)
    assert proposal["review"]["type"] == "annual" and proposal["review"]["decision"] is None
    types = [(d["id"], d["advice_type"]) for d in proposal["documents"]]
    assert types[0] == ("D1", "existing_plan") and ("D5", "annual_review") in types
    for items in proposal["sections"].values():
        for s in items:
            assert s["change"] in ("unchanged", "added", "modified")
            assert (s["previous_id"] is not None) == (s["change"] != "added")
            assert (s["reason"] is not None) == (s["change"] != "unchanged")


def test_unchanged_statements_cite_the_plan_and_changes_cite_the_evidence(proposal: dict[str, Any]) -> None:
    for items in proposal["sections"].values():
        for s in items:
            cited = {c["document_id"] for c in s["citations"]}
            assert cited == {"D1"} if s["change"] == "unchanged" else cited - {"D1"}, s["id"]
    assert all(r["citations"] for r in proposal["removed"])


def test_what_the_review_changes(proposal: dict[str, Any]) -> None:
    changed = {k: s for k, s in _by_previous(proposal).items() if s["change"] == "modified"}
    assert sorted(changed) == ["cur-A-1", "cur-B-1", "cur-F-1"]
    assert changed["cur-A-1"]["text"].startswith("Ellis is now 10 years old and is in Year 6")
    fluency = changed["cur-F-1"]
    assert (fluency["frequency"], fluency["duration"], fluency["group_size"]) == ("fortnightly", "30 minutes", "1:1")
    assert [r["previous_id"] for r in proposal["removed"]] == ["cur-E-1"]
    added = [s["text"] for s in proposal["sections"]["E"] if s["change"] == "added"]
    assert added == ["By the end of Year 7, Ellis will ask a question in class every day."]
    # the school's staffing cut is flagged but not adopted: precision teaching stays as it is
    assert _by_previous(proposal)["cur-F-2"]["change"] == "unchanged"


def test_the_outcome_review(proposal: dict[str, Any]) -> None:
    assert [(o["previous_id"], o["status"], o["proposal"]) for o in proposal["outcome_review"]] == [
        ("cur-E-1", "achieved", "remove"),
        ("cur-E-2", "progressing", "keep"),
        ("cur-E-3", "no_evidence", "keep"),
    ]
    assert proposal["outcome_review"][0]["evidence"][0]["document_id"] == "D5"


def test_the_review_flags(proposal: dict[str, Any]) -> None:
    ids = {s["id"]: s["previous_id"] for items in proposal["sections"].values() for s in items}
    raised = sorted(
        (f["code"], ids.get(f["statement_id"], f["statement_id"])) for f in proposal["flags"] if f["code"] in FLAGGED
    )
    assert raised == [
        ("OUTCOME_ROLLED_OVER", "cur-E-3"),
        ("PROVISION_REDUCED", "cur-F-1"),
        ("PROVISION_REDUCED", "cur-F-2"),
        ("STALE_CONTENT", "cur-A-1"),
        ("STALE_CONTENT", "cur-B-1"),
    ]
    kept = next(
        f for f in proposal["flags"] if f["code"] == "PROVISION_REDUCED" and ids[f["statement_id"]] == "cur-F-2"
    )
    assert "keeps the provision" in kept["message"]
    other = [f["code"] for f in proposal["flags"] if f["code"] not in FLAGGED]
    assert "ADVICE_MISSING" not in other and "PLACEMENT_IN_DRAFT" not in other


def test_disagreements_are_listed_and_never_taken_as_evidence(proposal: dict[str, Any]) -> None:
    assert [d["text"] for d in proposal["disputed"]] == [
        "Mr Varga does not agree that fluency therapy should be reduced to fortnightly sessions."
    ]
    assert proposal["review"]["deadlines"] == {
        "report": "2026-03-19",
        "decision_and_notice": "2026-04-02",
        "final_plan": "2026-05-28",
        "phase_transfer": None,
        "next_review": "2027-03-05",
    }


def test_a_late_phase_transfer_review(tmp_path: Path) -> None:
    late = _propose(
        tmp_path, "headings", review_type="phase_transfer", next_phase="secondary", today="2026-04-20"
    ).to_json()
    assert late["sections"]["I"] == []
    assert [r["previous_id"] for r in late["removed"] if r["section"] == "I"] == ["cur-I-1"]
    assert late["review"]["deadlines"]["phase_transfer"] == "2026-02-15"
    deadline_flags = sorted(f["message"][:40] for f in late["flags"] if f["code"] == "REVIEW_DEADLINE")
    assert len(deadline_flags) == 2  # the decision (2 April) and the phase transfer (15 February) are missed
    assert not [f for f in late["flags"] if f["code"] == "CHANGE_UNEVIDENCED"]


def test_a_caseworkers_edits_change_how_the_proposal_stands(tmp_path: Path) -> None:
    found = _propose(tmp_path, "headings")
    draft, amendment = found.draft, found.amendment
    ids = {amendment.mark(s.id).previous_id: (sec, s) for sec, s in draft.statements()}
    sec_f, precision = ids["cur-F-2"]
    sec_a, views = ids["cur-A-2"]
    sections = dict(draft.sections)
    sections[sec_f] = tuple(
        replace(s, frequency="twice a week") if s.id == precision.id else s for s in sections[sec_f]
    )
    added = Statement("A-99", "Ellis wants to join the chess club.", ())
    sections[sec_a] = (*(s for s in sections[sec_a] if s.id != views.id), added)
    edited = replace(draft, sections=sections)
    now = reconcile(edited, amendment)
    assert now.mark(precision.id).change == "modified" and now.mark(precision.id).reason == "Changed by the caseworker."
    assert now.mark("A-99").change == "added"
    assert [(r.previous_id, r.reason) for r in now.removed if r.previous_id == "cur-A-2"] == [
        ("cur-A-2", "Deleted by the caseworker.")
    ]
    flags = review_checks(edited, now, [], QASettings())
    unevidenced = sorted(f.statement_id or "" for f in flags if f.code == "CHANGE_UNEVIDENCED")
    assert unevidenced == sorted(["A-99", precision.id, "cur-A-2"])
    reduced = [f for f in flags if f.code == "PROVISION_REDUCED" and f.statement_id == precision.id]
    assert "daily, 10 minutes -> twice a week, 10 minutes" in reduced[0].message
    # put back as it was, the item is unchanged again
    assert reconcile(draft, now).mark(precision.id).change == "unchanged"


def test_review_checks_raise_nothing_on_a_new_plan(tmp_path: Path) -> None:
    found = _propose(tmp_path, "headings")
    plain = run_checks(found.draft, [], QASettings())
    assert not [f for f in plain if f.code in FLAGGED]
