"""The annual review through the web app (TestClient, fake model): start a review with the LA's
plan, add the evidence, propose the amendments in the draft queue, see the schedule and the clock,
edit the proposal on the plan page, give reasons for the cuts before the notice can go, record the
decision, a representation and the response, and a manager signs off the amended plan as the next
version. Every review action is in the audit; other teams cannot reach the review."""

from __future__ import annotations

import io
import zipfile

from fastapi.testclient import TestClient

from appliance.safeguards import audit
from appliance.store import annual_reviews
from appliance.store.audit import Query
from tests import review_builders as rb
from tests.conftest import csrf_of, sign_in_as, wait_for_job


def _start(client: TestClient) -> tuple[str, str, str]:
    token = sign_in_as(client, "caseworker")
    token = csrf_of(client.get("/cases/new").text)
    created = client.post(
        "/cases",
        data={"csrf_token": token, "child_name": rb.CHILD, "date_of_birth": rb.CASE["date_of_birth"],
              "year_group": "6", "lawful_basis": "Public task", "family_informed_on": "2026-02-01",
              "request_date_unknown": "yes"},
        follow_redirects=False,
    )  # fmt: skip
    case_url = created.headers["location"]
    assert "Start a review" in client.get(case_url).text
    started = client.post(
        f"{case_url}/reviews",
        data={"csrf_token": token, "meeting_date": "2026-03-05", "review_type": "annual", "plan_source": "import"},
        files=[("plan", ("EHC plan - Ellis.docx", rb.plan_with_headings()))],
        follow_redirects=False,
    )
    assert started.status_code == 303
    return token, case_url, started.headers["location"]


def _flag_keys(client: TestClient, review_url: str, code: str) -> list[str]:
    data = client.get(f"{review_url}/amended.json").json()
    return [f["key"] for f in data["flags"] if f["code"] == code]


def test_the_review_journey(app_client: TestClient) -> None:
    token, case_url, review_url = _start(app_client)
    files = [("files", (name, data)) for name, data in rb.evidence().items()]
    uploaded = app_client.post(
        f"{review_url}/documents", data={"csrf_token": token, "role": "evidence"}, files=files,
        headers={"Accept": "application/json"},
    ).json()["results"]  # fmt: skip
    assert all(r["ok"] for r in uploaded) and len(uploaded) == 4
    page = app_client.get(review_url).text
    assert "The statutory clock" in page and "2 Apr 2026" in page  # decision and notice: 4 weeks after the meeting
    job = wait_for_job(app_client, app_client.post(f"{review_url}/propose", data={"csrf_token": token},
                                                   follow_redirects=False).headers["location"])  # fmt: skip
    assert job["status"] == "done" and job["review_id"] is not None
    page = app_client.get(review_url).text
    assert "Schedule of amendments" in page and "Removed" in page and "Changed" in page
    assert "Mr Varga does not agree" in page and "Before an amendment notice can go" in page
    plan_page = app_client.get(f"{case_url}/draft").text
    assert "Proposed amendments" in plan_page and "app-amend-tag" in plan_page

    # the notice cannot go while a cut has no recorded reason
    blocked = app_client.post(f"{review_url}/decision", data={"csrf_token": token, "decision": "amend",
                              "reason": "Therapy advice", "notice_date": "2026-03-20"})  # fmt: skip
    assert blocked.status_code == 400 and "cannot go yet" in blocked.text
    for key in _flag_keys(app_client, review_url, "PROVISION_REDUCED"):
        no_reason = app_client.post(f"{case_url}/flags/{key}", data={"csrf_token": token, "decision": "accepted"})
        assert no_reason.status_code == 400
        app_client.post(f"{case_url}/flags/{key}", data={"csrf_token": token, "decision": "accepted",
                        "reason": "Agreed at the meeting on the therapist's evidence of progress."})  # fmt: skip
    decided = app_client.post(f"{review_url}/decision", data={"csrf_token": token, "decision": "amend",
                              "reason": "Progress in speech; new outcome.", "notice_date": "2026-03-20"},
                              follow_redirects=False)  # fmt: skip
    assert decided.status_code == 303
    notice = app_client.get(f"{review_url}/notice.docx")
    with zipfile.ZipFile(io.BytesIO(notice.content)) as z:
        assert "<w:ins " in z.read("word/document.xml").decode()

    rep = app_client.post(f"{review_url}/representations", data={"csrf_token": token, "from_whom": "Mr Varga",
                          "text": "Keep weekly therapy until the summer.", "statement_id": "F-1"})  # fmt: skip
    assert rep.status_code == 200 or rep.is_redirect
    store = app_client.app.state.appliance.store  # type: ignore[attr-defined]
    with store.read() as conn:
        rep_id = annual_reviews.representations(conn, int(review_url.rsplit("/", 1)[-1]))[0].id
    app_client.post(f"{review_url}/representations/{rep_id}", data={"csrf_token": token, "response": "accepted",
                    "reason": "The therapist's evidence shows the sounds are secure."})  # fmt: skip

    # a manager marks every section reviewed and signs off the amended plan
    manager_token = sign_in_as(app_client, "manager")
    manager_token = csrf_of(app_client.get(review_url).text)
    early = app_client.post(f"{review_url}/finalise", data={"csrf_token": manager_token})
    assert early.status_code == 400 and "Sections not yet marked reviewed" in early.text
    for sec in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        app_client.post(f"{case_url}/sections/{sec}/reviewed", data={"csrf_token": manager_token})
    for key in _flag_keys(app_client, review_url, "CHANGE_UNEVIDENCED") + _flag_keys(
        app_client, review_url, "REVIEW_DEADLINE"
    ):
        app_client.post(f"{case_url}/flags/{key}", data={"csrf_token": manager_token, "decision": "dismissed",
                        "reason": "Checked."})  # fmt: skip
    open_errors = [f for f in app_client.get(f"{review_url}/amended.json").json()["flags"]
                   if f["severity"] == "error" and not f.get("decision")]  # fmt: skip
    for f in open_errors:
        app_client.post(f"{case_url}/flags/{f['key']}", data={"csrf_token": manager_token, "decision": "dismissed",
                        "reason": "Checked against the plan."})  # fmt: skip
    undeclared = app_client.post(f"{review_url}/finalise", data={"csrf_token": manager_token})
    assert undeclared.status_code == 400 and "Confirm the declaration" in undeclared.text
    done = app_client.post(f"{review_url}/finalise", data={"csrf_token": manager_token, "declaration": "yes"},
                           follow_redirects=True)  # fmt: skip
    problem = done.text[done.text.find("There is a problem") :][:600]
    assert done.status_code == 200, problem
    assert "Amended plan signed off" in done.text
    final = app_client.get(f"{review_url}/final.docx")
    assert final.status_code == 200 and final.content.startswith(b"PK")
    assert "Signed off" in app_client.get(case_url).text

    query = Query(case_id=int(case_url.rsplit("/", 1)[-1]), limit=None)
    actions = [r["action"] for r in audit.search(store, query)]
    for action in ("review.start", "review.plan", "review.evidence", "review.propose", "review.view",
                   "review.decision", "review.representation", "review.response", "review.finalise",
                   "review.export.notice", "review.export.json", "review.export.final"):  # fmt: skip
        assert action in actions, action


def test_another_team_cannot_reach_the_review(app_client: TestClient) -> None:
    _, _, review_url = _start(app_client)
    sign_in_as(app_client, "caseworker", username="other-team", team="north")
    assert app_client.get(review_url).status_code == 403
    assert app_client.get(f"{review_url}/notice.docx").status_code == 403


def test_the_team_list_shows_reviews_due(app_client: TestClient) -> None:
    _start(app_client)
    page = app_client.get("/reviews").text
    assert rb.CHILD in page and "overdue" in page  # the meeting was in March 2026: the decision is overdue
