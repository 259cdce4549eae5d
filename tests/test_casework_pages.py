"""A caseworker's day in the web app with the fake model (issue 13): cases created with GOV.UK date
inputs and corrected (history kept), documents removed and given a second advice type, advice
the plan does not use added in one click, error flags that agreement alone cannot clear, sign-off
with a declaration, the manager's queue, export names, and a first start that refuses a bad
admin password."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from appliance.config import PROJECT_ROOT
from appliance.evidence import learned
from appliance.qa.registry import CHECKS
from appliance.qa.titles import FLAG_TITLES
from appliance.safeguards import audit
from appliance.store import documents
from tests.builders import CHILD, EP_REPORT, SCHOOL_ADVICE, docx_bytes
from tests.conftest import sign_in_as, upload, wait_for_job

DATES = {
    "date_of_birth-day": "2",
    "date_of_birth-month": "11",
    "date_of_birth-year": "2015",
    "request_date-day": "3",
    "request_date-month": "2",
    "request_date-year": "2025",
    "family_informed_on-day": "4",
    "family_informed_on-month": "2",
    "family_informed_on-year": "2025",
}


def _state(client: TestClient):  # type: ignore[no-untyped-def]
    return client.app.state.appliance  # type: ignore[attr-defined]


def _create(client: TestClient, token: str, **extra: str) -> str:
    data = {
        "csrf_token": token,
        "child_name": CHILD,
        "year_group": "4",
        "lawful_basis": "Public task",
        **DATES,
        **extra,
    }
    reply = client.post("/cases", data=data, follow_redirects=False)
    assert reply.status_code == 303, reply.text[:500]
    return str(reply.headers["location"])


def _drafted(client: TestClient, token: str, **extra: str) -> str:
    case_url = _create(client, token, **extra)
    files = [
        ("files", ("EP advice.docx", docx_bytes(EP_REPORT))),
        ("files", ("School.docx", docx_bytes(SCHOOL_ADVICE))),
    ]
    assert all(r["ok"] for r in upload(client, case_url, token, files))
    started = client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
    assert wait_for_job(client, started.headers["location"])["status"] == "done"
    return case_url


def test_a_case_is_created_with_date_inputs_then_corrected_with_its_history_kept(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    refused = app_client.post(
        "/cases",
        data={"csrf_token": token, "child_name": CHILD, **DATES, "date_of_birth-day": "31", "date_of_birth-month": "2"},
    )
    assert refused.status_code == 400 and 'href="#date_of_birth-day"' in refused.text
    assert "Date of birth must be a real date" in refused.text and 'value="31"' in refused.text, "what was typed stays"
    assert 'spellcheck="false"' in refused.text and "&#34;" not in refused.text and "&quot;false" not in refused.text
    case_url = _create(app_client, token, la_reference="WC/EHC/25/0037")
    page = app_client.get(case_url).text
    assert "2 November 2015" in page and "3 February 2025" in page
    assert "Draft to the family (week 16)" in page and "26 May 2025" in page and "23 June 2025" in page
    form = app_client.get(f"{case_url}/details").text
    assert 'name="date_of_birth-day" type="text" inputmode="numeric" value="2"' in form
    changed = {**DATES, "date_of_birth-day": "12", "child_name": CHILD, "preferred_name": "Zee", "year_group": "5"}
    saved = app_client.post(f"{case_url}/details", data={"csrf_token": token, **changed})
    assert saved.status_code == 200 and "The child&#39;s details are saved" in saved.text
    assert "12 November 2015" in saved.text and "Zee" in saved.text and "Year 5" in saved.text
    assert "Earlier details (1 change)" in saved.text and "Date of birth was <del>2 November 2015</del>" in saved.text
    case_id = int(case_url.rsplit("/", 1)[1])
    edits = audit.search(_state(app_client).store, audit.Query(action="case.edit", case_id=case_id))
    assert edits and '"date_of_birth"' in edits[0]["detail"] and "2015" not in edits[0]["detail"], "names, not values"
    unchanged = app_client.post(f"{case_url}/details", data={"csrf_token": token, **changed}, follow_redirects=False)
    assert unchanged.headers["location"].endswith("done=details-unchanged")


def test_a_document_is_removed_erased_and_left_out_of_the_next_draft(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _drafted(app_client, token)
    store = _state(app_client).store
    with store.read() as conn:
        school = next(
            d for d in documents.for_case(conn, int(case_url.rsplit("/", 1)[1])) if d.filename == "School.docx"
        )
    confirm = app_client.get(f"{case_url}/documents/{school.id}/remove")
    assert "Remove School.docx from the case?" in confirm.text
    refused = app_client.post(f"{case_url}/documents/{school.id}/remove", data={"csrf_token": token})
    assert refused.status_code == 400 and 'href="#confirm"' in refused.text
    removed = app_client.post(f"{case_url}/documents/{school.id}/remove", data={"csrf_token": token, "confirm": "yes"})
    assert (
        "The document was removed and erased" in removed.text
        and "School.docx" not in removed.text.split('id="documents"')[1].split("Draft plan")[0]
    )
    case_id = int(case_url.rsplit("/", 1)[1])
    with store.read() as conn:
        assert [d.filename for d in documents.for_case(conn, case_id)] == ["EP advice.docx"]
        assert documents.passages(conn, school.id) == [] and documents.search(conn, case_id, "precision") == []
    assert audit.search(store, audit.Query(action="document.remove", case_id=case_id))
    review = app_client.get(f"{case_url}/draft").text
    assert "School.docx was removed from the case after this version was drafted" in review
    assert "removed since version 1: School.docx" in app_client.get(f"{case_url}/redraft").text
    started = app_client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
    wait_for_job(app_client, started.headers["location"])
    data = app_client.get(f"{case_url}/draft.json").json()
    assert [d["filename"] for d in data["documents"]] == ["EP advice.docx"]


def test_a_joint_report_counts_for_both_its_advice_types(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _drafted(app_client, token)
    assert "Medical advice (reg 6(1)(c))" in app_client.get(case_url).text
    with _state(app_client).store.read() as conn:
        doc = documents.for_case(conn, int(case_url.rsplit("/", 1)[1]))[0]
    wrong_date = {
        f"advice_date_{doc.id}-day": "1",
        f"advice_date_{doc.id}-month": "2",
        f"advice_date_{doc.id}-year": "24",
    }
    form = {"csrf_token": token, "advice_type": doc.advice_type, "also_advice_type": "medical", **wrong_date}
    refused = app_client.post(f"{case_url}/documents/{doc.id}/info", data=form)
    assert refused.status_code == 400 and f'href="#advice_date_{doc.id}-year"' in refused.text
    assert "Year must include 4 numbers" in refused.text
    form[f"advice_date_{doc.id}-year"] = "2025"
    page = app_client.post(f"{case_url}/documents/{doc.id}/info", data=form).text
    assert "and medical advice" in page and "Medical advice (reg 6(1)(c))" not in page
    started = app_client.post(f"{case_url}/draft", data={"csrf_token": token}, follow_redirects=False)
    wait_for_job(app_client, started.headers["location"])
    flags = app_client.get(f"{case_url}/draft.json").json()["flags"]
    missing = [f["message"] for f in flags if f["code"] == "ADVICE_MISSING"]
    assert missing and not any("medical" in m.lower() for m in missing)


def test_advice_the_plan_does_not_use_is_listed_and_added_in_one_click(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _drafted(app_client, token)
    page = app_client.get(f"{case_url}/draft").text
    assert "Advice the plan does not use" in page
    sid = re.search(r'id="stmt-(F-\d+)"', page).group(1)  # type: ignore[union-attr]
    app_client.post(f"{case_url}/draft/statements/{sid}/delete", data={"csrf_token": token})
    page = app_client.get(f"{case_url}/draft").text
    form = re.search(
        r'name="section" value="(\w+)">\s*<input type="hidden" name="text" value="([^"]*)">\s*'
        r'<input type="hidden" name="from_document" value="(\d+)">\s*'
        r'<input type="hidden" name="from_spans" value="([^"]+)">',
        page,
    )

    assert form, "the deleted provision's advice is now listed as not used"
    section, text, doc_id, spans = form.groups()
    added = app_client.post(
        f"{case_url}/draft/statements",
        data={
            "csrf_token": token,
            "section": section,
            "text": text.replace("&#39;", "'"),
            "from_document": doc_id,
            "from_spans": spans,
        },
        follow_redirects=False,
    )
    new_id = added.headers["location"].rsplit("#stmt-", 1)[1]
    stmt = next(s for s in app_client.get(f"{case_url}/draft.json").json()["sections"][section] if s["id"] == new_id)
    assert stmt["origin"] == "caseworker" and stmt["citations"][0]["passage"] == int(spans.split(":")[0])
    doc_page = app_client.get(f"{case_url}/documents/{doc_id}").text
    assert f'href="/cases/{case_url.rsplit("/", 1)[1]}/draft#stmt-{new_id}">{new_id}</a>' in doc_page
    assert "Cited in" in doc_page


def test_agreeing_to_an_error_flag_does_not_clear_it_and_sign_off_needs_a_declaration(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker")
    case_url = _drafted(app_client, token, la_reference="WC/EHC/25/0037")
    manager = sign_in_as(app_client, "manager")
    flags = app_client.get(f"{case_url}/draft.json").json()["flags"]
    errors = [f for f in flags if f["severity"] == "error"]
    assert errors
    first = errors[0]["key"]
    agreed = app_client.post(f"{case_url}/flags/{first}", data={"csrf_token": manager, "decision": "accepted"})
    assert "Still blocks sign-off" in agreed.text
    sign_off = app_client.get(f"{case_url}/sign-off").text
    assert f'href="{case_url}/draft#flag-{first}"' in sign_off, "the blocking flag is a link"
    refused = app_client.post(f"{case_url}/flags/{first}", data={"csrf_token": manager, "decision": "overridden"})
    assert refused.status_code == 400 and f'href="#reason-overridden-{first}"' in refused.text
    for f in errors:
        app_client.post(
            f"{case_url}/flags/{f['key']}",
            data={"csrf_token": manager, "decision": "overridden", "reason": "Agreed with the family"},
        )
    for sec in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        app_client.post(f"{case_url}/sections/{sec}/reviewed", data={"csrf_token": manager})
    confirm = app_client.get(f"{case_url}/sign-off").text
    assert "Agreed with the family" in confirm and "Declaration" in confirm
    version = re.search(r'name="version" value="(\d+)"', confirm).group(1)  # type: ignore[union-attr]
    undeclared = app_client.post(f"{case_url}/sign-off", data={"csrf_token": manager, "version": version})
    assert undeclared.status_code == 400 and 'href="#declaration"' in undeclared.text
    signed = app_client.post(
        f"{case_url}/sign-off", data={"csrf_token": manager, "version": version, "declaration": "yes"}
    )
    assert "The plan is signed off." in signed.text and f"Version {version}, by manager-user" in signed.text
    data = app_client.get(f"{case_url}/draft.json").json()
    overridden = [f for f in data["flags"] if f["decision"] == "overridden"]
    assert len(overridden) == len(errors) and all(f["reason"] and f["decided_at"] for f in overridden)
    case_id = int(case_url.rsplit("/", 1)[1])
    logged = audit.search(_state(app_client).store, audit.Query(action="flag.overridden", case_id=case_id))
    assert len(logged) == len(errors) and '"code"' in logged[0]["detail"]
    docx = app_client.get(f"{case_url}/draft.docx")
    assert 'filename="draft-ehc-plan-WC-EHC-25-0037-v' in docx.headers["content-disposition"]


def test_the_manager_sees_a_queue_with_caseworkers_and_deadlines(app_client: TestClient) -> None:
    token = sign_in_as(app_client, "caseworker", "casey")
    case_url = _drafted(app_client, token)
    assert "casey" in app_client.get("/").text, "the case list shows who a case is assigned to"
    assert app_client.get("/queue").status_code == 403
    sign_in_as(app_client, "manager")
    queue = app_client.get("/queue").text
    row = queue.split(f'href="{case_url}/draft"')[1].split("</tr>")[0]
    assert "casey" in row and "23 June 2025" in row and "26 May 2025" in row and "error flag" in row


def test_every_flag_code_has_a_title() -> None:
    assert set(CHECKS) <= set(FLAG_TITLES)
    assert FLAG_TITLES["PFA_MISSING"] == "Preparing for adulthood missing"


def test_a_first_start_with_a_bad_admin_password_stops_in_one_line(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "EHCP_DATA_DIR": str(tmp_path / "data"),
        "EHCP_ADMIN_PASSWORD": "Admin-password-1",
        "PYTHONPATH": str(PROJECT_ROOT),
    }
    env.pop("EHCP_STORE_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "server"], env=env, capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert (
        len(lines) == 1
        and lines[0].startswith("error: EHCP_ADMIN_PASSWORD")
        and "must not contain the username" in lines[0]
    )
    assert not (tmp_path / "data").exists(), "nothing is created"


def test_readings_to_check_are_tagged_and_have_their_own_filter(app_client: TestClient, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Where the learned reading doubts what the rules read, the statement is tagged for a check, says
    why, and the filter lists only those; a plan without doubts tags nothing."""
    token = sign_in_as(app_client, "caseworker")
    sure_url = _drafted(app_client, token)
    sure = app_client.get(f"{sure_url}/draft.json").json()
    sure_count = sum(s["unsure"] for items in sure["sections"].values() for s in items)
    tag = 'class="govuk-tag govuk-tag--orange app-unsure"'
    assert app_client.get(f"{sure_url}/draft").text.count(tag) == sure_count
    doubt = learned.Model(("need", "background"), (-9.0, 0.0), {})  # type: ignore[arg-type]
    monkeypatch.setattr(learned, "model", lambda path=None: doubt)
    case_url = _drafted(app_client, token)
    data = app_client.get(f"{case_url}/draft.json").json()
    unsure = [s["id"] for items in data["sections"].values() for s in items if s["unsure"]]
    assert len(unsure) > sure_count
    page = app_client.get(f"{case_url}/draft").text
    assert f"Readings to check ({len(unsure)})" in page
    assert page.count(tag) == len(unsure)
    assert f'id="unsure-{unsure[0]}"' in page and "Check it belongs in this section" in page
    provision = next(s["id"] for s in data["sections"]["F"] if s["unsure"])
    said = page.split(f'id="unsure-{provision}">', 1)[1].split("</p>", 1)[0]
    assert "not sure the advice says this as provision." in said  # from its section, not its id
    filtered = app_client.get(f"{case_url}/draft?show=unsure").text
    assert f'id="stmt-{unsure[0]}"' in filtered
